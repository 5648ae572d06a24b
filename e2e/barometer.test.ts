import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The collaboration barometer in the browser: the labour-market unit's coordinator opens a staff round; five staff of
 * three organisations answer it anonymously, each once (the demo has no organisation with five staff logins, so every
 * organisation shows "< 5"); the participant does not see the staff round; the results appear once the round is
 * closed, with the counts, "< 5" and the open answers; axe in Swedish on a desktop and in Arabic, right to left, on a phone.
 */
const { sv, ar } = texts;
const b = sv.barometer;
const suite = demoSuite();
const TITLE = 'Samverkansbarometern i webbläsaren';
const AMF = 'Arbetsmarknadsenheten, Sjöstads kommun';
const AF = 'Arbetsförmedlingen Sjöstad';
const SFI = 'Vuxenutbildningen och SFI, Sjöstads kommun';
/** Who answers, with the role group each chooses and what each says works well. */
const RESPONDENTS = [
  ['amf.handlaggare@sjostad.example', 'caseworker', 'Trepartsmötena'],
  ['chef@sjostad.example', 'manager', 'Den gemensamma planen'],
  ['samordnare@sjostad.example', 'other_staff', 'Att vi ses varje vecka'],
  ['af.handlaggare@sjostad.example', 'caseworker', 'Snabba svar från kommunen'],
  ['sfi.larare@sjostad.example', 'caseworker', 'Ärliga samtal om språket'],
] as const;

const roundsList = (page: Page) => page.getByRole('region', { name: b.rounds.title });
const statementsOf = async (page: Page) => page.getByRole('radiogroup').count();

async function answer(page: Page, roleGroup: keyof typeof b.roleGroups, worksWell: string, tryEmptyFirst = false) {
  await page.goto(`${suite.kitt.url}/barometer`);
  const open = page.getByRole('region', { name: b.open.title });
  await open.getByRole('link', { name: `${b.open.answer}: ${TITLE}` }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByText(b.answer.anonymousTitle).waitFor();
  if (tryEmptyFirst) {
    await page.getByRole('button', { name: b.answer.submit }).click();
    await page.getByText(b.answer.problems.required).first().waitFor();
    expect(await page.getByText(b.answer.problems.required).count()).toBe((await statementsOf(page)) + 1);
    expect(await seriousViolations(page)).toEqual([]);
  }
  await page.getByRole('combobox', { name: b.answer.roleGroup }).selectOption({ label: b.roleGroups[roleGroup] });
  const groups = page.getByRole('radiogroup');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio', { name: b.answer.scale['4'] }).check();
  await page.getByRole('textbox', { name: b.questions.works_well }).fill(worksWell);
  await page.getByRole('button', { name: b.answer.submit }).click();
  await page.getByText(b.answer.thanksTitle).waitFor();
}

describe('the collaboration barometer', () => {
  it('lets the coordinator open a staff round, which staff see and the participant does not', async () => {
    const page = await suite.as('samordnare@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.barometer }).click();
    await page.getByRole('heading', { level: 1, name: b.title }).waitFor();
    await page.mouse.move(640, 5);
    await page.getByRole('button', { name: b.rounds.add }).click();
    const dialog = page.getByRole('dialog', { name: b.form.createTitle });
    await dialog.waitFor();
    // The staff statements are there to start from.
    expect(await dialog.getByRole('textbox', { name: b.form.statement.replace('{{n}}', '1') }).inputValue()).toBe(
      'Vi har en gemensam bild av deltagarens behov',
    );
    await dialog.getByRole('button', { name: sv.barometer.save }).click();
    await dialog.getByText(b.problems.required).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: b.form.title }).fill(TITLE);
    await dialog.getByRole('button', { name: sv.barometer.save }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = roundsList(page).getByRole('listitem', { name: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toContain(b.states.open);
    expect(await seriousViolations(page)).toEqual([]);

    const participant = await suite.as('deltagare@sjostad.example');
    await participant.goto(`${suite.kitt.url}/barometer`);
    await participant.getByText(b.open.none).waitFor();
    expect(await participant.getByText(TITLE).count()).toBe(0);
  });

  it('takes one anonymous answer from each of five staff, and no second one', async () => {
    for (const [n, [email, roleGroup, worksWell]] of RESPONDENTS.entries()) {
      const page = await suite.as(email);
      await answer(page, roleGroup, worksWell, n === 0);
      if (n === 0) expect(await seriousViolations(page)).toEqual([]);
      // Answered: the round is no longer offered, and its form says so.
      await page.goto(`${suite.kitt.url}/barometer`);
      await page.getByRole('region', { name: b.open.title }).waitFor();
      await expect.poll(() => page.getByRole('link', { name: `${b.open.answer}: ${TITLE}` }).count()).toBe(0);
      await page.context().close();
    }
  });

  it('shows the results once the round is closed: the counts, "< 5" for every organisation, the open answers', async () => {
    const page = await suite.as('samordnare@sjostad.example');
    await page.goto(`${suite.kitt.url}/barometer`);
    const card = roundsList(page).getByRole('listitem', { name: TITLE });
    await card.getByRole('button', { name: `${b.rounds.show}: ${TITLE}` }).click();
    const alert = page.getByText(b.results.notYetTitle);
    await alert.waitFor();
    expect(await card.textContent()).toContain(b.rounds.answers.replace('{{n}}', '5'));

    await card.getByRole('button', { name: `${b.rounds.close}: ${TITLE}` }).click();
    const confirm = page.getByRole('dialog', { name: b.rounds.close });
    await confirm.getByRole('button', { name: b.rounds.closeConfirm }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(async () => (await card.textContent()) ?? '').toContain(b.states.closed);

    const answers = page.getByRole('region', { name: b.results.answersTitle });
    await answers.waitFor();
    const row = async (name: string) => ((await answers.getByRole('row', { name: new RegExp(`^${name}`) }).textContent()) ?? '').trim();
    for (const org of [AMF, AF, SFI]) expect(await row(org)).toMatch(/< 5$/);
    expect(await row(b.results.total)).toMatch(/5$/);
    // Everyone rated 4: the total's mean is shown (five answers), no organisation has means of its own.
    const means = page.getByRole('region', { name: b.results.meansTitle });
    expect(await means.getByRole('columnheader').allTextContents()).toEqual([b.results.statement, b.results.total, b.results.distribution]);
    expect(await means.getByRole('row', { name: /Vi har en gemensam bild/ }).textContent()).toContain('4,0');
    // The open answers, by text, named with no organisation.
    const worksWell = page.getByRole('region', { name: b.texts.title });
    const listed = (await worksWell.getByRole('listitem').allTextContents()).filter((t) => RESPONDENTS.some(([, , w]) => t === w));
    expect(listed).toEqual([...RESPONDENTS.map(([, , w]) => w)].sort((x, y) => x.localeCompare(y, 'sv')));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works in Arabic on a phone, right to left', async () => {
    const page = await suite.as('samordnare@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/barometer`);
    await page.getByRole('heading', { level: 1, name: ar.barometer.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('region', { name: ar.barometer.results.answersTitle }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ar.barometer.rounds.add }).click();
    await page.getByRole('dialog', { name: ar.barometer.form.createTitle }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
