import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './browser.ts';
import { texts } from './texts.ts';

/** Steps in the meetings pages that several browser tests take: planning a meeting, adding an item. */
const { sv } = texts;
const m = sv.meetings;

export const t = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** Text as a reader sees it: the isolates around dates and names gone, the non-breaking spaces in amounts plain. */
export const read = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
/** A day in Sweden, `days` from today. */
export const swedishDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + days * 86_400_000));
/** A name or title placed into a translated sentence, isolated in its own direction as the page does it. */
export const iso = (text: string) => `\u2068${text}\u2069`;
export const card = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });
export const agendaItem = (page: Page, position: number, title: string) => card(page, t(m.agenda.heading, { position, title }));

export async function openMeetings(page: Page) {
  await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.meetings }).click();
  await page.getByRole('heading', { level: 1, name: m.title }).waitFor();
  await page.mouse.move(640, 5);
}

export async function planMeeting(page: Page, body: 'board' | 'preparation_group', title: string, days: number, time: string) {
  await page.getByRole('button', { name: m.new }).click();
  const dialog = page.getByRole('dialog', { name: m.meetingForm.title });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: m.meetingForm.body }).selectOption({ label: m.bodies[body] });
  await dialog.getByRole('textbox', { name: m.meetingForm.name }).fill(title);
  await dialog.getByLabel(m.meetingForm.date).fill(swedishDay(days));
  await dialog.getByLabel(m.meetingForm.time).fill(time);
  await dialog.getByRole('textbox', { name: m.meetingForm.place }).fill('Stadshuset, sammanträdesrum Sjön');
  expect(await dialog.getByRole('textbox', { name: m.meetingForm.daysBefore }).inputValue()).toBe('7');
  await dialog.getByRole('textbox', { name: m.meetingForm.attendees }).fill('Anna Ek (ordförande)\nPeter Berg (Arbetsförmedlingen)');
  await dialog.getByRole('button', { name: m.meetingForm.save }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url();
}

export async function addItem(page: Page, title: string, initiative: string, preparedBy?: string) {
  await page.getByRole('button', { name: m.agenda.add }).click();
  const dialog = page.getByRole('dialog', { name: m.itemForm.title });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: m.itemForm.kind }).selectOption({ label: m.kinds.decision });
  await dialog.getByRole('textbox', { name: m.itemForm.name }).fill(title);
  await dialog.getByRole('textbox', { name: m.itemForm.proposal }).fill('Att bevilja insatsen för nästa år.');
  await dialog.getByRole('combobox', { name: m.itemForm.initiative }).selectOption({ label: initiative });
  if (preparedBy) {
    const select = dialog.getByRole('combobox', { name: m.itemForm.preparedBy });
    await expect.poll(() => select.locator('option').allTextContents()).toContain(preparedBy);
    await select.selectOption({ label: preparedBy });
  }
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: m.itemForm.save }).click();
  await dialog.waitFor({ state: 'detached' });
}
