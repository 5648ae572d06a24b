import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The national follow-up's report (Uppföljning Finsam, formerly SUS) as the analyst reads it: the förbund's over the
 * demo's history, then one initiative's, people by gender and age band and why participations ended, never a count
 * of 1–4, and what the providers have left to complete; in Arabic on a phone right to left. axe on every page.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const INITIATIVE = 'Jobbspåret Sjöstad';

const threeYearsAgo = () => {
  const day = new Date();
  day.setFullYear(day.getFullYear() - 3);
  return day.toISOString().slice(0, 10);
};

/** Every count in the report's tables: none may be a small number shown as it is. */
async function smallCounts(page: Page) {
  const cells = await page.getByRole('main').locator('td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  return cells.filter((c) => /^[1-4]$/.test(c.trim()));
}

describe('the SUS-style report', () => {
  it('shows the förbund’s and an initiative’s figures without small counts, and what is missing at the source', async () => {
    const page = await suite.as('analytiker@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.sus, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: sv.sus.title }).waitFor();
    await page.mouse.move(640, 5);
    const from = threeYearsAgo();
    await page.getByRole('textbox', { name: sv.sus.filters.from }).fill(from);
    await expect.poll(() => page.url()).toContain(`from=${from}`);
    const scopeLine = page.locator('#sus-scope');
    await expect.poll(() => scopeLine.textContent()).toContain(from);
    expect(await scopeLine.textContent()).toContain(sv.sus.filters.forbund);

    const genderAge = page.getByRole('region', { name: sv.sus.tables.genderByAge.title });
    await genderAge.getByRole('rowheader', { name: sv.evaluationExport.genders.woman }).waitFor();
    expect(await smallCounts(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // One initiative: its people, their end reasons, and its provider's missing data.
    await page.getByRole('combobox', { name: sv.sus.filters.scope }).click();
    await page.getByRole('option', { name: INITIATIVE }).click();
    await expect.poll(() => page.url()).toContain('initiativeId=');
    expect(page.url()).toContain(`from=${from}`);
    await expect.poll(() => scopeLine.textContent()).toContain(INITIATIVE);
    for (const gender of ['woman', 'man'] as const) {
      await genderAge.getByRole('rowheader', { name: sv.evaluationExport.genders[gender] }).waitFor();
    }
    expect(await genderAge.getByRole('columnheader', { name: /16–24/ }).count()).toBe(1);
    const endReasons = page.getByRole('region', { name: sv.finsam.lists.endReason });
    await endReasons.getByRole('rowheader', { name: sv.finsam.endReason.work, exact: true }).waitFor();
    expect(await endReasons.getByRole('rowheader', { name: sv.evaluationExport.total }).count()).toBe(1);
    expect(await endReasons.getByRole('rowheader', { name: sv.finsam.endReason.wrong_registration }).count()).toBe(0);
    expect(await smallCounts(page)).toEqual([]);

    const completeness = page.getByRole('region', { name: sv.sus.completeness.title });
    await completeness.getByRole('listitem').first().waitFor();
    const missing = await completeness.getByRole('listitem').allTextContents();
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.join(' ')).toMatch(/\(\d+\)/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reads in Arabic on a phone, right to left, without sideways scrolling of the page', async () => {
    const page = await suite.as('analytiker@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/sus?from=${threeYearsAgo()}`);
    await page.getByRole('heading', { level: 1, name: ar.sus.title }).waitFor();
    await page
      .getByRole('region', { name: ar.finsam.lists.endReason })
      .getByRole('rowheader', { name: ar.finsam.endReason.work, exact: true })
      .waitFor();
    await page.getByRole('region', { name: ar.sus.completeness.title }).getByRole('listitem').first().waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await smallCounts(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is not offered to the person, and the API refuses it', async () => {
    const page = await suite.as('deltagare@sjostad.example');
    expect(await page.getByRole('link', { name: sv.nav.sus }).count()).toBe(0);
    expect((await page.request.get(`${suite.kitt.url}/api/sus/report`)).status()).toBe(403);
  });
});
