import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * A closed-loop referral in the browser: Hamid consents to share with the social enterprise; the labour-market
 * unit's caseworker refers him to its café place with only the consented categories; the enterprise's provider
 * accepts in its inbox; Hamid sees the state on his phone in Persian. axe on every page.
 */
const { sv } = texts;
const suite = demoSuite();
const CAFE = 'Träningsplats i Kvarnens café och bageri';
const KVARNEN = 'Kvarnen arbetsintegrerande socialt företag ek. för.';

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
    await page.getByRole('heading', { name: fa.referrals.title }).waitFor();
    await expect.poll(() => page.getByText(fa.offer.referralStates.accepted).count()).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
