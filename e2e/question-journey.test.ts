import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../server/lib/working-days.ts';
import { todayInSweden } from '../server/lib/dates.ts';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

const { sv } = texts;
const suite = demoSuite();
const AMF = 'Arbetsmarknadsenheten, Sjöstads kommun';
/** The labour-market unit answers within 3 working days (Kitt's default; the demo leaves it). */
const AMF_REPLY_DAYS = 3;
const SUBJECT = 'Praktikplatsen i februari';

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** A worklist group's own section on the start page. */
const group = (page: Page, name: 'questionsWaiting' | 'repliesOverdue') => page.locator(`section[aria-labelledby="worklist-${name}"]`);

async function hamidId(page: Page): Promise<string> {
  const res = await page.request.get(`${suite.kitt.url}/api/participants?q=Hamid&limit=5`);
  const items = ((await res.json()) as { items: { id: string; name: string | null }[] }).items;
  return items.find((p) => p.name?.includes('Rahimi'))!.id;
}

/** The unit's worklist for the whole organisation, and where the question's link is in it. */
async function unitWorklist(threadId: string) {
  const unit = await suite.as('amf.handlaggare@sjostad.example');
  await unit.goto(`${suite.kitt.url}/?worklist=organisation`);
  await expect.poll(() => unit.getByRole('heading', { level: 2, name: sv.worklist.title }).count()).toBe(1);
  const link = (name: 'questionsWaiting' | 'repliesOverdue') => group(unit, name).locator(`a[href$="thread=${threadId}"]`);
  return { unit, waiting: link('questionsWaiting'), overdue: link('repliesOverdue') };
}

describe('a question between organisations, from asking to answer', () => {
  it('SFI asks the unit; it waits in the unit’s worklist, is overdue the day after its last working day, and the answer closes it', async () => {
    // SFI's teacher asks the labour-market unit about Hamid's placement.
    const teacher = await suite.as('sfi.larare@sjostad.example');
    const id = await hamidId(teacher);
    await teacher.goto(`${suite.kitt.url}/participants/${id}/messages`);
    await teacher.getByRole('button', { name: sv.messages.newThread }).click();
    await teacher.getByRole('checkbox', { name: AMF }).check();
    await teacher.getByRole('textbox', { name: sv.messages.subject, exact: true }).fill(SUBJECT);
    await teacher
      .getByRole('textbox', { name: sv.messages.body, exact: true })
      .fill('Kan praktiken börja efter SFI-kursen, den 2 februari?');
    await teacher.getByRole('switch', { name: sv.messages.isQuestion }).check();
    await teacher.getByLabel(sv.messages.questionToLabel).selectOption({ label: AMF });
    await teacher.getByRole('button', { name: sv.messages.send }).click();
    await expect.poll(() => teacher.getByText(/^Väntar på svar sedan/).count()).toBeGreaterThan(0);
    const threads = (await (await teacher.request.get(`${suite.kitt.url}/api/participants/${id}/messages`)).json()) as {
      threads: { id: string; subject: string }[];
    };
    const threadId = threads.threads.find((t) => t.subject === SUBJECT)!.id;

    // Today it waits for the unit, not yet overdue.
    const today = todayInSweden();
    let list = await unitWorklist(threadId);
    await expect.poll(() => list.waiting.count()).toBe(1);
    expect(await list.overdue.count()).toBe(0);
    expect(await seriousViolations(list.unit)).toEqual([]);

    // On its last working day to answer it still waits; weekends and holidays in between do not count.
    const due = addWorkingDays(today, AMF_REPLY_DAYS);
    await suite.restart({ KITT_CLOCK_OFFSET_DAYS: String(daysBetween(today, due)) });
    list = await unitWorklist(threadId);
    await expect.poll(() => list.waiting.count()).toBe(1);
    expect(await list.overdue.count()).toBe(0);

    // The day after, it is overdue.
    await suite.restart({ KITT_CLOCK_OFFSET_DAYS: String(daysBetween(today, due) + 1) });
    list = await unitWorklist(threadId);
    await expect.poll(() => list.overdue.count()).toBe(1);
    expect(await list.waiting.count()).toBe(0);

    // One click to the thread; the unit answers that question, and the worklist no longer holds it.
    await list.overdue.click();
    await list.unit.waitForURL(new RegExp(`/participants/${id}/messages\\?thread=${threadId}$`));
    await expect.poll(() => list.unit.getByText(sv.messages.questionToYou).count()).toBe(1);
    await list.unit.getByLabel(sv.messages.answersLabel).selectOption({ index: 1 });
    await list.unit.getByRole('textbox', { name: sv.messages.body, exact: true }).fill('Ja, från den 2 februari.');
    await list.unit.getByRole('button', { name: sv.messages.send }).click();
    await expect.poll(() => list.unit.getByText(/^Svar från /).count()).toBe(1);
    expect(await seriousViolations(list.unit)).toEqual([]);

    list = await unitWorklist(threadId);
    await expect.poll(() => list.overdue.count()).toBe(0);
    expect(await list.waiting.count()).toBe(0);
  });
});
