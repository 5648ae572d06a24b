import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * A closed-loop referral in the browser: Hamid consents to share with the social enterprise; the labour-market
 * unit's caseworker refers him to its café place with only the consented categories; the enterprise's provider
 * accepts in its inbox; Hamid sees the state on his phone in Persian; the enterprise starts him (his plan shows the
 * place), ends it with work, and records the 90-day follow-up; the analyst sees the outcome as "< 5". axe on every page.
 */
const { sv } = texts;
const suite = demoSuite();
const CAFE = 'Träningsplats i Kvarnens café och bageri';
const KVARNEN = 'Kvarnen arbetsintegrerande socialt företag ek. för.';
/** A day `n` days before today, as the date inputs take it. */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Picks `option` in the Mantine select labelled `label` inside `scope`. */
async function choose(page: import('playwright-core').Page, scope: import('playwright-core').Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the situation: an occupation and one income source (typed into the multi-select, chosen, closed). */
async function situation(
  page: import('playwright-core').Page,
  dialog: import('playwright-core').Locator,
  occupation: string,
  income: string,
) {
  await choose(page, dialog, sv.participations.situation.occupation, occupation);
  await dialog.getByRole('combobox', { name: sv.participations.situation.incomeSources, exact: true }).focus();
  await page.keyboard.type(income);
  await page.getByRole('option', { name: income, exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('a referral from the labour-market unit to the social enterprise', () => {
  let hamid = '';

  it('lets the caseworker share only what Hamid consented to, and send', async () => {
    const person = await suite.as('deltagare@sjostad.example');
    const me = (await (await person.request.get(`${suite.kitt.url}/api/me`)).json()) as { participantId: string; csrfToken: string };
    hamid = me.participantId;
    const orgs = (await (await person.request.get(`${suite.kitt.url}/api/organisations`)).json()) as {
      items: { id: string; name: string }[];
    };
    const kvarnen = orgs.items.find((o) => o.name === KVARNEN)!;
    for (const category of ['identity', 'plan'])
      expect(
        (
          await person.request.post(`${suite.kitt.url}/api/participants/${hamid}/consents`, {
            headers: { 'x-csrf-token': me.csrfToken },
            data: { organisationId: kvarnen.id, category, validFrom: '2026-01-01', validTo: null, method: 'digital', documentDate: null },
          })
        ).status(),
      ).toBe(201);

    const page = await suite.as('amf.handlaggare@sjostad.example');
    await page.goto(`${suite.kitt.url}/participants/${hamid}/referrals`);
    await page.getByRole('link', { name: sv.referralsStaff.findIntervention }).click();
    await page.getByRole('searchbox', { name: sv.catalogue.search }).fill('Kvarnens café');
    await page.getByRole('article', { name: CAFE }).getByRole('link', { name: CAFE }).click();
    const form = page.getByRole('region', { name: sv.referralsStaff.form.title });
    await form.waitFor();
    // Intake has no consent for the enterprise: it cannot be chosen. Identity always goes.
    expect(await form.getByRole('checkbox', { name: new RegExp(`^${sv.categories.intake}`) }).isDisabled()).toBe(true);
    expect(await form.getByRole('checkbox', { name: sv.categories.identity }).isChecked()).toBe(true);
    await form.getByRole('checkbox', { name: sv.categories.plan }).check();
    await form.getByRole('textbox', { name: sv.referralsStaff.form.note }).fill('Hamid vill arbeta i kök och träna svenska.');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: sv.referralsStaff.form.send }).click();
    await page.getByText(sv.referralsStaff.form.sent).waitFor();

    await page.goto(`${suite.kitt.url}/participants/${hamid}/referrals`);
    const card = page.getByRole('article', { name: CAFE });
    await expect.poll(() => card.textContent()).toContain(sv.offer.referralStates.sent);
    expect(await card.textContent()).toContain(`${sv.referralsStaff.shared}: ${sv.categories.identity}, ${sv.categories.plan}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets the enterprise see Hamid’s name in its inbox and accept', async () => {
    const page = await suite.as('handledare@sjostad.example');
    await page.goto(`${suite.kitt.url}/referrals`);
    const card = page.getByRole('article', { name: CAFE }).filter({ hasText: 'Hamid Rahimi' });
    await card.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await card.getByRole('button', { name: sv.referralsStaff.actions.accept }).click();
    await expect.poll(() => card.textContent()).toContain(sv.offer.referralStates.accepted);
  });

  it('shows Hamid the accepted referral on his phone, in Persian', async () => {
    const fa = (await import('../web/src/i18n/fa.json', { with: { type: 'json' } })).default;
    const page = await suite.as('deltagare@sjostad.example', { language: 'fa', phone: true });
    await page.goto(`${suite.kitt.url}/me/referrals`);
    await page.getByRole('heading', { name: fa.referrals.title, exact: true }).waitFor();
    await expect.poll(() => page.getByText(fa.offer.referralStates.accepted).count()).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets the enterprise start Hamid: the place becomes an activity in his one plan', async () => {
    const page = await suite.as('handledare@sjostad.example');
    await page.goto(`${suite.kitt.url}/referrals`);
    const card = page.getByRole('article', { name: CAFE }).filter({ hasText: 'Hamid Rahimi' });
    await card.getByRole('button', { name: sv.referralsStaff.actions.start }).click();
    const dialog = page.getByRole('dialog', { name: sv.participations.start.title });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: sv.participations.start.startDate }).fill(daysAgo(200));
    await dialog.getByRole('textbox', { name: sv.participations.start.hoursPerWeek }).fill('20');
    await choose(page, dialog, sv.finsam.lists.timeInSupport, sv.finsam.timeInSupport['1_2_years']);
    await choose(page, dialog, sv.finsam.lists.educationLevel, sv.finsam.educationLevel.compulsory);
    await situation(page, dialog, sv.finsam.occupation.job_seeking, sv.finsam.income.establishment_allowance);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: sv.participations.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => card.textContent()).toContain(sv.offer.referralStates.started);

    const person = await suite.as('deltagare@sjostad.example');
    await person.goto(`${suite.kitt.url}/me/plan`);
    await person.getByText(CAFE).first().waitFor();
    expect(await seriousViolations(person)).toEqual([]);
  });

  it('lets the enterprise end it with work, closing the loop for the caseworker, and record the 90-day follow-up', async () => {
    const page = await suite.as('handledare@sjostad.example');
    await page.goto(`${suite.kitt.url}/referrals`);
    const card = page.getByRole('article', { name: CAFE }).filter({ hasText: 'Hamid Rahimi' });
    await card.getByRole('button', { name: sv.referralsStaff.actions.end }).click();
    const dialog = page.getByRole('dialog', { name: sv.participations.end.title });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: sv.participations.end.endDate }).fill(daysAgo(95));
    await choose(page, dialog, sv.finsam.lists.endReason, sv.finsam.endReason.work);
    await situation(page, dialog, sv.finsam.occupation.work_unsubsidised, sv.finsam.income.salary);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: sv.participations.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => card.textContent()).toContain(`${sv.referralsStaff.outcome}: ${sv.finsam.endReason.work}`);

    // The sender sees the loop closed, with the outcome.
    const caseworker = await suite.as('amf.handlaggare@sjostad.example');
    await caseworker.goto(`${suite.kitt.url}/participants/${hamid}/referrals`);
    // The referral's card, not the participation's below it.
    const sent = caseworker.getByRole('article', { name: CAFE }).filter({ hasText: sv.referrals.from });
    await expect.poll(() => sent.textContent()).toContain(sv.offer.referralStates.ended);
    expect(await sent.textContent()).toContain(sv.finsam.endReason.work);

    // Ended 95 days ago: the 90-day follow-up is due now.
    await page.goto(`${suite.kitt.url}/follow-ups?state=due`);
    const due = page.getByRole('article').filter({ hasText: 'Hamid Rahimi' }).filter({ hasText: CAFE });
    await due.getByRole('button', { name: sv.participations.followUps.record }).click();
    const record = page.getByRole('dialog', { name: sv.participations.followUps.dialogTitle });
    await situation(page, record, sv.finsam.occupation.work_unsubsidised, sv.finsam.income.salary);
    await record.getByRole('button', { name: sv.participations.followUps.save }).click();
    await record.waitFor({ state: 'hidden' });
    await page.goto(`${suite.kitt.url}/follow-ups?state=recorded`);
    await page.getByRole('article').filter({ hasText: 'Hamid Rahimi' }).filter({ hasText: CAFE }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the analyst the café’s outcome in the evaluation, with the small cell as “< 5”', async () => {
    const page = await suite.as('analytiker@sjostad.example');
    await page.goto(`${suite.kitt.url}/evaluation`);
    const table = page.getByRole('region', { name: sv.evaluation.tables.participations });
    const row = table.getByRole('row').filter({ hasText: CAFE });
    await row.waitFor();
    // Hamid's end counts: the café has ended participations, published exactly only from 5 people up.
    expect(await row.locator(`[data-label="${sv.evaluationExport.columns.ended}"]`).textContent()).not.toBe('0');
    // No count of 1–4 is published anywhere in the table: small cells read "< 5", their complements "–".
    const cells = await table.locator('td').allTextContents();
    expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
    expect(cells).toContain(sv.evaluationExport.small);
    expect(await seriousViolations(page)).toEqual([]);
    const csv = await page.request.get(`${suite.kitt.url}/api/evaluation/export.csv?language=sv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(CAFE);
  });
});
