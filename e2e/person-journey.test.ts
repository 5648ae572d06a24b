import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, seriousViolations } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';

/**
 * The person level's journey across organisations, on one newly housed person (Saida Abdullahi in the demo): the
 * coordinator books the joint intake in the window with an interpreter; Arbetsförmedlingen, the labour-market unit
 * and SFI each add an activity to the one plan; the calendar flags the placement booked before the language; social
 * services, without consent, sees only that consent is needed; the person reads their week in Arabic on a phone.
 */
const { sv, ar } = texts;
const PERSON = 'Saida Abdullahi';
const suite = demoSuite();

const as = suite.as;

/** Adds an activity through the plan's form, with one weekly time (the form's default Monday 09:00–12:00). */
async function addActivity(page: Page, planUrl: string, kind: string, title: string) {
  await page.goto(planUrl);
  await page.getByRole('button', { name: sv.plan.activities.add }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(sv.plan.form.kind).selectOption(kind);
  await dialog.getByLabel(sv.plan.form.title).fill(title);
  await dialog.getByLabel(sv.plan.schedule.kinds.recurring).check();
  await dialog.getByLabel(sv.plan.form.agreed).check();
  await dialog.getByRole('button', { name: sv.plan.form.submitCreate, exact: true }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  await expect.poll(() => page.getByText(title, { exact: true }).count()).toBe(1);
}

describe('one person, three organisations, one plan', () => {
  let personId = '';

  it('the coordinator books the joint intake in the window, with an interpreter in the person’s language', async () => {
    const coordinator = await as('samordnare@sjostad.example');
    await coordinator.getByRole('link', { name: sv.nav.intakes }).first().click();
    await coordinator
      .getByRole('link', { name: new RegExp(PERSON) })
      .first()
      .click();
    await coordinator.waitForURL(/\/participants\/[0-9a-f-]{36}\/intake$/);
    personId = /participants\/([0-9a-f-]{36})/.exec(coordinator.url())![1]!;

    await coordinator
      .getByRole('button', { name: /Välj \d{4}-\d{2}-\d{2} för mötet/ })
      .first()
      .click();
    const form = coordinator.locator('form', { has: coordinator.getByRole('button', { name: sv.intake.meeting.book }) });
    await form.getByLabel(sv.intake.meeting.place).fill('Medborgarhuset, rum Linden');
    await form.getByLabel(sv.intake.meeting.interpreter, { exact: true }).selectOption('ar');
    await form.getByLabel(sv.intake.meeting.interpreterBooked, { exact: true }).check();
    await form.getByRole('button', { name: sv.intake.meeting.book }).click();
    await expect.poll(() => coordinator.getByText(`arabiska – ${sv.intake.meeting.interpreterIsBooked}`, { exact: false }).count()).toBe(1);
    expect(await seriousViolations(coordinator)).toEqual([]);
  });

  it('three organisations add to the one plan, and the calendar flags the placement booked before the language', async () => {
    const planUrl = `${suite.kitt.url}/participants/${personId}/plan`;
    const sfi = await as('sfi.larare@sjostad.example');
    await addActivity(sfi, planUrl, 'sfi_course', 'SFI kurs A, förmiddagar');
    const amf = await as('amf.handlaggare@sjostad.example');
    await addActivity(amf, planUrl, 'job_search', 'Jobbsökarträff');

    // Arbetsförmedlingen books a work placement on the same mornings: saved, with the calendar's warnings at once.
    const af = await as('af.handlaggare@sjostad.example');
    await addActivity(af, planUrl, 'work_placement', 'Praktik i butik');
    await expect.poll(() => af.getByText(sv.calendar.warnings.placementBeforeLanguage).count()).toBeGreaterThan(0);

    // The one plan holds all three organisations' activities.
    for (const title of ['SFI kurs A, förmiddagar', 'Jobbsökarträff', 'Praktik i butik'])
      expect(await af.getByText(title, { exact: true }).count()).toBe(1);
    expect(await seriousViolations(af)).toEqual([]);

    // Next week's calendar shows the placement over the SFI mornings and before the language.
    await af.goto(`${suite.kitt.url}/participants/${personId}/week`);
    await af.getByRole('button', { name: sv.calendar.next }).click();
    await af.waitForURL(/week=\d{4}-W\d{2}/);
    const warnings = af.locator('section', { has: af.getByRole('heading', { name: sv.calendar.warningsTitle }) }).last();
    await expect.poll(() => warnings.getByText(sv.calendar.warnings.placementBeforeLanguage).count()).toBe(1);
    await expect.poll(() => warnings.getByText(sv.calendar.warnings.heading.overlap).count()).toBeGreaterThan(0);
    expect(await seriousViolations(af)).toEqual([]);
  });

  it('social services, engaged without consent, sees that consent is needed and nothing of the plan', async () => {
    // Hamid Rahimi: social services works with him but holds no consent from him; his own account names his record.
    const hamidId = await participantIdOf('deltagare@sjostad.example');
    const soc = await as('soc.handlaggare@sjostad.example');
    const list = (await (await soc.request.get(`${suite.kitt.url}/api/participants?limit=200`)).json()) as { items: { id: string }[] };
    expect(list.items.map((p) => p.id)).not.toContain(hamidId);

    for (const [section, notice] of [
      ['plan', sv.consentRequired.plan],
      ['week', sv.calendar.consentRequired],
    ] as const) {
      await soc.goto(`${suite.kitt.url}/participants/${hamidId}/${section}`);
      await expect.poll(() => soc.getByText(notice).count()).toBe(1);
      expect(await soc.getByRole('listitem').filter({ hasText: 'SFI' }).count()).toBe(0);
      expect(await seriousViolations(soc)).toEqual([]);
    }
  });

  it('the person reads their own week in Arabic on a phone, right to left', async () => {
    const hamid = await as('deltagare@sjostad.example', { language: 'ar', phone: true });
    await hamid.goto(`${suite.kitt.url}/me/week`);
    await expect.poll(() => hamid.getByRole('heading', { name: ar.calendar.warningsTitle }).count()).toBe(1);
    expect(await hamid.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await hamid.getByRole('heading', { level: 3, name: /\d{4}-\d{2}-\d{2}/ }).count()).toBe(7);
    expect(await hamid.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(hamid)).toEqual([]);
  });
});

async function participantIdOf(email: string): Promise<string> {
  const page = await as(email);
  const me = (await (await page.request.get(`${suite.kitt.url}/api/me`)).json()) as { participantId: string };
  await page.context().close();
  return me.participantId;
}
