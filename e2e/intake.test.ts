import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, seriousViolations, signIn } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';

const sv = texts.sv;
const t = sv.intake;
const suite = demoSuite();

const as = suite.as;

/** An invited organisation's answer as the meeting's list of invitations shows it, in words. */
async function answerOf(page: Page, organisation: string): Promise<string | undefined> {
  const row = page.getByRole('list', { name: t.meeting.invitations }).getByRole('listitem').filter({ hasText: organisation });
  if ((await row.count()) !== 1) return undefined;
  const text = await row.innerText();
  return Object.values(t.answers).find((answer) => text.includes(answer));
}

describe('the joint intake, in the browser', () => {
  it('the coordinator books a newly housed person in the window with an interpreter; Arbetsförmedlingen accepts; the record shows its authors', async () => {
    // The coordinator's overview: windows closing with nothing booked are flagged.
    const coordinator = await as('samordnare@sjostad.example');
    await coordinator.getByRole('link', { name: sv.nav.intakes }).first().click();
    await coordinator.waitForURL(/\/intakes$/);
    // The pointer would stay on the menu link it clicked; its hover colour is the layout's, not this page's.
    await coordinator.mouse.move(600, 10);
    await expect.poll(() => coordinator.getByRole('heading', { name: new RegExp(t.overview.closing) }).count()).toBe(1);
    await expect.poll(() => coordinator.getByText(t.overview.closingWarning).count()).toBeGreaterThan(0);
    expect(await seriousViolations(coordinator)).toEqual([]);

    // Saida Abdullahi got housing four weeks ago: her window has just opened and nothing is booked.
    await coordinator
      .getByRole('link', { name: /Saida Abdullahi/ })
      .first()
      .click();
    await coordinator.waitForURL(/\/participants\/[0-9a-f-]{36}\/intake$/);
    const intakeUrl = coordinator.url();
    await expect.poll(() => coordinator.getByText(t.meeting.noneBooked).count()).toBe(1);
    await expect.poll(() => coordinator.getByText(t.window.firstEfforts).count()).toBe(1);

    // Kitt proposes working days in the window; the coordinator takes the first and books an Arabic interpreter.
    const firstDay = coordinator.getByRole('button', { name: /Välj \d{4}-\d{2}-\d{2} för mötet/ }).first();
    const day = (await firstDay.innerText()).trim();
    await firstDay.click();
    const form = coordinator.locator('form', { has: coordinator.getByRole('button', { name: t.meeting.book }) });
    expect(await form.getByLabel(t.meeting.date).inputValue()).toBe(day);
    await form.getByLabel(t.meeting.place).fill('Medborgarhuset, rum Linden');
    await form.getByLabel(t.meeting.interpreter, { exact: true }).selectOption('ar');
    await form.getByLabel(t.meeting.interpreterBooked, { exact: true }).check();
    for (const org of [
      'Arbetsförmedlingen Sjöstad',
      'Arbetsmarknadsenheten, Sjöstads kommun',
      'Vuxenutbildningen och SFI, Sjöstads kommun',
    ])
      expect(await form.getByLabel(org, { exact: true }).isChecked()).toBe(true);
    await form.getByRole('button', { name: t.meeting.book }).click();

    // Booked: the invitations, the labour-market unit has accepted by booking, the others have not answered yet.
    await expect.poll(() => coordinator.getByText('Medborgarhuset, rum Linden', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => coordinator.getByText(`arabiska – ${t.meeting.interpreterIsBooked}`, { exact: false }).count()).toBe(1);
    await expect.poll(() => answerOf(coordinator, 'Arbetsmarknadsenheten, Sjöstads kommun')).toBe(t.answers.accepted);
    expect(await answerOf(coordinator, 'Arbetsförmedlingen Sjöstad')).toBe(t.answers.pending);
    expect(await seriousViolations(coordinator)).toEqual([]);

    // Arbetsförmedlingen's caseworker finds the invitation among her organisation's and accepts it.
    const af = await as('af.handlaggare@sjostad.example');
    await af.getByRole('link', { name: sv.nav.intakes }).first().click();
    await af.mouse.move(600, 10);
    const invitation = af.locator('li', { hasText: 'Saida Abdullahi' });
    const accept = invitation.getByRole('button', { name: t.overview.acceptFor.replace('{{date}}', day) });
    await expect.poll(() => accept.count()).toBe(1);
    expect(await seriousViolations(af)).toEqual([]);
    await accept.click();
    await expect.poll(() => accept.isDisabled()).toBe(true);

    // She writes Saida's work experience into the shared record; it shows its author.
    await af.goto(intakeUrl);
    await af.getByRole('button', { name: t.record.editSection.replace('{{section}}', t.record.kinds.work_experience) }).click();
    // The innermost section: the record's own section holds every section heading too.
    const section = af.locator('section', { has: af.getByRole('heading', { name: t.record.kinds.work_experience }) }).last();
    await section.getByRole('button', { name: t.record.addEntry }).click();
    await section.getByLabel(t.record.occupation, { exact: true }).fill('Sjuksköterska');
    await section.getByLabel(t.record.country, { exact: true }).fill('Syrien');
    await section.getByLabel(t.record.fromYear, { exact: true }).fill('2010');
    await section.getByRole('button', { name: sv.common.save }).click();
    await expect.poll(() => section.getByText('Sjuksköterska · Syrien').count()).toBe(1);
    await expect.poll(() => section.getByText(t.record.writtenBy.replace('{{author}}', 'Arbetsförmedlingen Sjöstad')).count()).toBe(1);
    expect(await seriousViolations(af)).toEqual([]);

    // Back with the coordinator: Arbetsförmedlingen has accepted, and the section names who wrote it.
    await coordinator.reload();
    await expect.poll(() => answerOf(coordinator, 'Arbetsförmedlingen Sjöstad')).toBe(t.answers.accepted);
    await expect
      .poll(() => coordinator.getByText(t.record.writtenBy.replace('{{author}}', 'Arbetsförmedlingen Sjöstad'), { exact: false }).count())
      .toBeGreaterThan(0);

    // The meeting is moved to today; once its day has come the coordinator records that it was held, and the
    // window says the intake is done.
    expect(await coordinator.getByRole('button', { name: t.meeting.markHeld }).count()).toBe(0);
    await coordinator.getByRole('button', { name: t.meeting.reschedule }).click();
    const moveForm = coordinator.locator('form', { has: coordinator.getByRole('button', { name: t.meeting.saveReschedule }) });
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    await moveForm.getByLabel(t.meeting.date).fill(today);
    await moveForm.getByRole('button', { name: t.meeting.saveReschedule }).click();
    await expect.poll(() => answerOf(coordinator, 'Arbetsförmedlingen Sjöstad')).toBe(t.answers.pending);
    await coordinator.getByRole('button', { name: t.meeting.markHeld }).click();
    const dialog = coordinator.getByRole('dialog', { name: t.meeting.markHeld });
    const heldOn = await dialog.getByLabel(t.meeting.heldDate).inputValue();
    expect(heldOn).toBe(today);
    await dialog.getByRole('button', { name: t.meeting.confirmHeld }).click();
    const done = coordinator.getByRole('status').filter({ hasText: t.window.doneTitle });
    await expect.poll(() => done.count()).toBe(1);
    expect(await done.innerText()).toContain(heldOn);
    expect(await coordinator.getByRole('button', { name: t.meeting.markHeld }).count()).toBe(0);
    expect(await seriousViolations(coordinator)).toEqual([]);

    // And the overview lists Saida among the intakes held, no longer among those waiting.
    await coordinator.getByRole('link', { name: sv.nav.intakes }).first().click();
    await coordinator.waitForURL(/\/intakes$/);
    const doneGroup = coordinator.getByRole('region', { name: new RegExp(t.overview.done) });
    await expect.poll(() => doneGroup.getByRole('link', { name: /Saida Abdullahi/ }).count()).toBe(1);
    const waitingGroup = coordinator.getByRole('region', { name: new RegExp(t.overview.inWindow) });
    expect(await waitingGroup.getByRole('link', { name: /Saida Abdullahi/ }).count()).toBe(0);
  });

  it('the person reads their own intake in Arabic on a phone, right to left, health section included', async () => {
    const page = await (await suite.browser.newContext({ viewport: PHONE })).newPage();
    await signIn(page, suite.kitt.url, 'deltagare@sjostad.example', 'ar');
    await page.goto(`${suite.kitt.url}/me/intake`);
    const ar = texts.ar.intake;
    await expect.poll(() => page.getByRole('heading', { name: ar.record.title }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.getByRole('heading', { name: ar.record.kinds.health }).count()).toBe(1);
    // The person always sees what they shared themself.
    expect(await page.getByText('Ryggbesvär', { exact: false }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
