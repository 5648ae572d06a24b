import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, seriousViolations, signIn } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';

const { sv, ar } = texts;
const CASEWORKER = 'af.handlaggare@sjostad.example';
const suite = demoSuite();

interface Week {
  week: string;
  currentWeek: string;
  nextWeek: string;
  warnings: { kind: string; key: string; kinds?: string[]; required?: string; actual?: string | null }[];
}

/** A demo person whose plan has a work placement booked before SFI level C, and the week it shows in. */
async function placementBeforeLanguage(page: Page): Promise<{ id: string; week: string; currentWeek: string }> {
  const list = (await (await page.request.get(`${suite.kitt.url}/api/participants?limit=200`)).json()) as { items: { id: string }[] };
  for (const { id } of list.items) {
    const now = await page.request.get(`${suite.kitt.url}/api/participants/${id}/week`);
    if (now.status() !== 200) continue;
    let week = (await now.json()) as Week;
    for (let i = 0; i < 4; i++) {
      // actual 'A': a level this organisation may see (without progression consent the prerequisite is unchecked).
      const found = week.warnings.find(
        (w) => w.kind === 'prerequisite_unmet' && w.kinds?.includes('work_placement') && w.required === 'C' && w.actual === 'A',
      );
      if (found) return { id, week: week.week, currentWeek: week.currentWeek };
      week = (await (await page.request.get(`${suite.kitt.url}/api/participants/${id}/week?week=${week.nextWeek}`)).json()) as Week;
    }
  }
  throw new Error('no demo person with a placement before language (server/demo/plan.ts)');
}

describe('the week view flags a placement booked before the language', () => {
  it('a caseworker sees the warning, acknowledges it with a reason, and the person sees the same week in Arabic on a phone', async () => {
    const context = await suite.browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, suite.kitt.url, CASEWORKER);
    const { id, week, currentWeek } = await placementBeforeLanguage(page);

    await page.goto(`${suite.kitt.url}/participants/${id}/week?week=${week}`);
    const heading = sv.calendar.weekHeading.replace('{{number}}', String(Number(week.slice(6)))).replace('{{year}}', week.slice(0, 4));
    await expect.poll(() => page.getByRole('heading', { name: heading }).count()).toBe(1);
    const warning = page.locator('li', { hasText: sv.calendar.warnings.placementBeforeLanguage });
    await expect.poll(() => warning.count()).toBe(1);
    // Values sit in direction isolates (U+2066 … U+2069), so the level reads right in Arabic too.
    await expect
      .poll(async () => (await warning.innerText()).replace(/[\u2066-\u2069]/g, ''))
      .toMatch(/kräver sfi-nivå C, men personen är på nivå A/);
    expect(await seriousViolations(page)).toEqual([]);

    // Acknowledged with a reason: a reason is required, and the warning stays, showing who and why.
    await warning.getByRole('button', { name: sv.calendar.warnings.acknowledge }).click();
    await warning.getByRole('button', { name: sv.calendar.warnings.submit }).click();
    await expect.poll(() => warning.getByText(sv.calendar.warnings.reasonRequired).count()).toBe(1);
    const reason = 'Handledaren på lagret talar arabiska; språkstöd varje dag.';
    await warning.getByLabel(sv.calendar.warnings.reason).fill(reason);
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: sv.calendar.warnings.submit }).click();
    await expect
      .poll(async () => (await warning.innerText()).replace(/[\u2066-\u2069]/g, ''))
      .toMatch(/Kvitterad av [^,]+, Arbetsförmedlingen Sjöstad, \d{4}-\d{2}-\d{2} \d{2}:\d{2}\. Skäl: Handledaren/);
    await page.reload();
    await expect.poll(() => page.locator('li', { hasText: reason }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The other weeks are a click away; this week's address names no week.
    const shown = (url: URL) => url.searchParams.get('week') ?? currentWeek;
    // Each click waits until the week it led to is shown: the buttons lead on from the week on screen.
    const header = page.locator('section[aria-labelledby="week-heading"]');
    const before = await header.locator('#week-heading').innerText();
    await page.getByRole('button', { name: sv.calendar.next }).click();
    await page.waitForURL((url) => shown(url) !== week);
    await expect
      .poll(async () => [await header.getAttribute('aria-busy'), await header.locator('#week-heading').innerText()])
      .toEqual(['false', expect.not.stringMatching(before)]);
    await page.getByRole('button', { name: sv.calendar.previous }).click();
    await page.waitForURL((url) => shown(url) === week);
    await expect.poll(() => header.locator('#week-heading').innerText()).toBe(before);
    await context.close();

    // The same week in Arabic, right to left, on a phone: a day-by-day list, and the acknowledgement with it.
    const phone = await suite.browser.newContext({ locale: 'ar', viewport: PHONE });
    const arPage = await phone.newPage();
    await signIn(arPage, suite.kitt.url, CASEWORKER, 'ar');
    await arPage.goto(`${suite.kitt.url}/participants/${id}/week?week=${week}`);
    const arWarning = arPage.locator('li', { hasText: ar.calendar.warnings.placementBeforeLanguage });
    await expect.poll(() => arWarning.count()).toBe(1);
    expect(await arWarning.innerText()).toContain(reason);
    expect(await arPage.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await arPage.getByRole('heading', { level: 3, name: /\d{4}-\d{2}-\d{2}/ }).count()).toBe(7);
    expect(await arPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(arPage)).toEqual([]);
    await phone.close();
  });

  it('an organisation without consent for the plan is told so plainly and sees no days', async () => {
    const context = await suite.browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signIn(page, suite.kitt.url, 'soc.handlaggare@sjostad.example');
    const list = (await (await page.request.get(`${suite.kitt.url}/api/participants?limit=200`)).json()) as { items: { id: string }[] };
    let refused: string | null = null;
    for (const { id } of list.items)
      if ((await page.request.get(`${suite.kitt.url}/api/participants/${id}/week`)).status() === 403) {
        refused = id;
        break;
      }
    expect(refused, 'a demo person social services works with but has no plan consent for').not.toBeNull();
    await page.goto(`${suite.kitt.url}/participants/${refused}/week`);
    await expect.poll(() => page.getByText(sv.calendar.consentRequired).count()).toBe(1);
    expect(await page.getByRole('heading', { name: sv.calendar.warningsTitle }).count()).toBe(0);
    expect(await page.getByRole('region', { name: sv.calendar.days }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a week that does not exist (2027 has 52) is refused, with the way back to this week', async () => {
    const context = await suite.browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await signIn(page, suite.kitt.url, 'deltagare@sjostad.example');
    await page.goto(`${suite.kitt.url}/me/week?week=2027-W53`);
    const back = page.getByRole('button', { name: sv.calendar.thisWeek });
    await expect.poll(() => back.count()).toBe(1);
    await back.click();
    await page.waitForURL((url) => !url.searchParams.has('week'));
    await expect.poll(() => page.getByRole('heading', { name: sv.calendar.warningsTitle }).count()).toBe(1);
    await context.close();
  });

  it('the person sees their own week', async () => {
    const context = await suite.browser.newContext({ locale: 'ar', viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, suite.kitt.url, 'deltagare@sjostad.example', 'ar');
    await page.goto(`${suite.kitt.url}/me/week`);
    await expect.poll(() => page.getByRole('heading', { name: ar.calendar.warningsTitle }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
