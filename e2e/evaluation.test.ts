import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The process evaluation as the board and the analyst read it: grouped as they choose, small cells as "< 5", in
 * Arabic on a phone right to left, and with the same figures as a download. axe on every page.
 */
const { sv, ar } = texts;
const suite = demoSuite();

describe('the process evaluation', () => {
  it('lets a board member group by gender and download the same report', async () => {
    const page = await suite.as('ledamot@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.evaluation, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: sv.evaluation.title }).waitFor();
    await page.getByRole('combobox', { name: sv.evaluation.groupBy }).click();
    await page.getByRole('option', { name: sv.evaluationExport.groupBy.gender }).click();
    await expect.poll(() => page.url()).toContain('groupBy=gender');
    const table = page.getByRole('region', { name: sv.evaluation.tables.participations });
    await table.getByRole('rowheader', { name: sv.evaluationExport.genders.woman }).waitFor();
    expect(await table.getByRole('rowheader', { name: sv.evaluationExport.total }).count()).toBe(1);
    const cells = await table.locator('td').allTextContents();
    expect(cells.filter((c) => /^[1-4]$/.test(c.trim()))).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    const href = await page.getByRole('link', { name: 'XLSX' }).getAttribute('href');
    expect(href).toContain('groupBy=gender');
    const file = await page.request.get(`${suite.kitt.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
  });

  it('reads in Arabic on a phone, right to left, without sideways scrolling of the page', async () => {
    const page = await suite.as('analytiker@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/evaluation?groupBy=provider`);
    await page.getByRole('heading', { level: 1, name: ar.evaluation.title }).waitFor();
    await page.getByRole('region', { name: ar.evaluation.tables.cost }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is not offered to the person, and the API refuses it', async () => {
    const page = await suite.as('deltagare@sjostad.example');
    expect(await page.getByRole('link', { name: sv.nav.evaluation }).count()).toBe(0);
    expect((await page.request.get(`${suite.kitt.url}/api/evaluation`)).status()).toBe(403);
  });
});
