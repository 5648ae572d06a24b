import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, seriousViolations } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';

const { sv, ar } = texts;
const suite = demoSuite();

const as = suite.as;

/** The labour-market unit's caseworker finds Hamid through the participant list and opens his plan. */
async function hamidsPlanAsCaseworker(): Promise<Page> {
  const amf = await as('amf.handlaggare@sjostad.example');
  await amf.getByRole('link', { name: sv.nav.participants }).first().click();
  await amf.getByLabel(sv.participants.search).fill('Hamid');
  await amf
    .getByRole('link', { name: /Hamid Rahimi/ })
    .first()
    .click();
  await amf.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
  await amf.getByRole('link', { name: sv.person.sections.plan, exact: true }).click();
  await amf.waitForURL(/\/plan$/);
  return amf;
}

describe('the one plan in the browser', () => {
  it('a caseworker adds an activity to Hamid’s plan and sees it among the planned activities of every organisation', async () => {
    const amf = await hamidsPlanAsCaseworker();
    // The demo plan already holds other organisations' activities.
    await expect.poll(() => amf.getByText('SFI kurs B, studieväg 2').count()).toBe(1);

    await amf.getByRole('button', { name: sv.plan.activities.add }).click();
    const dialog = amf.getByRole('dialog');
    await dialog.getByLabel(sv.plan.form.kind).selectOption('work_training');
    await dialog.getByLabel(sv.plan.form.title).fill('Arbetsträning på återbruket');
    await dialog.getByLabel(sv.plan.schedule.kinds.weekly_hours).check();
    // Required fields are named with their asterisk; the radio “Ett antal timmar i veckan” must not match.
    await dialog.getByLabel(new RegExp(`^${sv.plan.schedule.hours}`)).fill('10');
    await dialog.getByLabel(sv.plan.form.place).fill('Sjöstads återbruk');
    await dialog.getByLabel(sv.plan.form.agreed).check();
    expect(await seriousViolations(amf)).toEqual([]);
    await dialog.getByRole('button', { name: sv.plan.form.submitCreate }).click();

    await expect.poll(() => amf.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() =>
        amf
          .getByRole('status')
          .filter({ hasText: sv.plan.activities.saved.slice(0, 20) })
          .count(),
      )
      .toBe(1);
    const card = amf.getByRole('listitem').filter({ hasText: 'Arbetsträning på återbruket' });
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Arbetsmarknadsenheten, Sjöstads kommun');
    expect(text).toContain(sv.plan.schedule.weeklyHours.replace('{{hours}}', '10'));
    expect(text).toContain(sv.plan.activities.agreed);
    expect(await seriousViolations(amf)).toEqual([]);
  });

  it('a caseworker sets Hamid’s full time for parental part-time, and adds an activity as planned with its own prerequisite', async () => {
    const amf = await hamidsPlanAsCaseworker();

    const fullTime = amf.locator('section[aria-labelledby="plan-full-time-heading"]');
    await fullTime.getByRole('button', { name: sv.plan.fullTime.change }).click();
    const hours = fullTime.getByLabel(new RegExp(`^${sv.plan.fullTime.hours}`));
    await hours.fill('61');
    await fullTime.getByRole('button', { name: sv.plan.fullTime.save }).click();
    await expect.poll(() => fullTime.getByText(sv.plan.fullTime.range).count()).toBe(1);
    await hours.fill('30');
    await fullTime.getByRole('button', { name: sv.plan.fullTime.save }).click();
    await expect.poll(() => fullTime.getByRole('status').filter({ hasText: sv.plan.fullTime.saved }).count()).toBe(1);
    expect(await fullTime.innerText()).toContain(`30 ${sv.plan.fullTime.unit}`);

    await amf.getByRole('button', { name: sv.plan.activities.add }).click();
    const dialog = amf.getByRole('dialog');
    await dialog.getByLabel(sv.plan.form.kind).selectOption('work_placement');
    // The kind's default is shown in words before the user decides to set the activity's own.
    const useDefault = dialog.getByLabel(
      sv.plan.prerequisites.useDefault.replace('{{rule}}', sv.plan.prerequisites.sfi.replace('{{level}}', 'C')),
    );
    expect(await useDefault.isChecked()).toBe(true);
    await useDefault.uncheck();
    await dialog.getByLabel(sv.plan.prerequisites.sfiLevel).selectOption('D');
    await dialog.getByLabel(sv.plan.prerequisites.civicRequired).check();
    await dialog.getByLabel(sv.plan.form.title).fill('Praktik på bokföringsbyrån');
    await dialog.getByLabel(sv.plan.schedule.kinds.weekly_hours).check();
    await dialog.getByLabel(new RegExp(`^${sv.plan.schedule.hours}`)).fill('12');
    await dialog.getByLabel(sv.plan.statuses.planned, { exact: true }).check();
    expect(await seriousViolations(amf)).toEqual([]);
    await dialog.getByRole('button', { name: sv.plan.form.submitCreate }).click();

    await expect.poll(() => amf.getByRole('dialog').count()).toBe(0);
    const planned = amf.locator('section[aria-labelledby="plan-status-planned"]');
    const card = planned.getByRole('listitem').filter({ hasText: 'Praktik på bokföringsbyrån' });
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain(sv.plan.prerequisites.sfi.replace('{{level}}', 'D'));
    expect(text).toContain(sv.plan.prerequisites.civic);

    // The week view measures the week against the full time just set.
    await amf.getByRole('link', { name: sv.person.sections.week, exact: true }).click();
    await expect.poll(() => amf.getByText(/heltid för personen är\s*\S*30\S*\s*timmar/).count()).toBeGreaterThan(0);
    expect(await seriousViolations(amf)).toEqual([]);
  });

  it('Hamid opens his plan in Arabic on a phone, edits his own goal and sees it saved', async () => {
    const hamid = await as('deltagare@sjostad.example', { language: 'ar', phone: true });
    await hamid.goto(`${suite.kitt.url}/me/plan`);
    const goal = 'می‌خواهم دوباره حسابدار شوم';
    const goals = hamid.locator('section[aria-labelledby="plan-goals-heading"]');
    await expect.poll(() => goals.getByText(goal, { exact: true }).count()).toBe(1);
    expect(await hamid.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await seriousViolations(hamid)).toEqual([]);

    await hamid.getByRole('button', { name: ar.plan.goals.editNamed.replace('{{text}}', goal) }).click();
    const form = hamid.locator('li form');
    const changed = 'می‌خواهم دوباره حسابدار شوم، اول در یک شرکت کوچک';
    await form.getByLabel(ar.plan.goals.text).fill(changed);
    await form.getByRole('button', { name: ar.plan.goals.save }).click();

    await expect.poll(() => goals.getByText(changed, { exact: true }).count()).toBe(1);
    await expect.poll(() => hamid.getByRole('status').filter({ hasText: ar.plan.goals.saved }).count()).toBe(1);
    // Saved on the server, not only on the screen.
    await hamid.reload();
    await expect.poll(() => goals.getByText(changed, { exact: true }).count()).toBe(1);
    const width = await hamid.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(hamid)).toEqual([]);
  });
});
