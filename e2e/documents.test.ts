import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

const { sv, ar } = texts;
const CASEWORKER = 'af.handlaggare@sjostad.example';
const PARTICIPANT = 'deltagare@sjostad.example';
const suite = demoSuite();

/** A demo person whose plan the caseworker may read. */
async function readablePlan(page: Page): Promise<string> {
  const list = (await (await page.request.get(`${suite.kitt.url}/api/participants?limit=200`)).json()) as { items: { id: string }[] };
  for (const { id } of list.items)
    if ((await page.request.get(`${suite.kitt.url}/api/participants/${id}/plan`)).status() === 200) return id;
  throw new Error('no demo person whose plan the caseworker may read');
}

/** The PDF link leads to a PDF; printing leaves the plan and hides the navigation, the header and the buttons. */
async function checkPaperTools(page: Page, t: typeof sv, linkName: string) {
  const link = page.getByRole('link', { name: linkName });
  await expect.poll(() => link.count()).toBe(1);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/\/api\/participants\/[0-9a-f-]{36}\/plan\.pdf/);
  const pdf = await page.request.get(new URL(href, suite.kitt.url).toString());
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="plan-\d{4}-W\d{2}\.pdf"$/);
  const print = page.getByRole('button', { name: t.documents.print });
  expect(await print.isVisible()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('#main-navigation').isVisible()).toBe(false);
  expect(await page.locator('header').first().isVisible()).toBe(false);
  expect(await print.isVisible()).toBe(false);
  expect(await link.isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: t.plan.activities.title, exact: true }).isVisible()).toBe(true);
  // The content takes the whole sheet: nothing is left of the room the navigation bar had.
  await expect.poll(() => page.locator('#main-content').evaluate((el) => parseFloat(getComputedStyle(el).paddingInlineStart))).toBe(0);
  await page.emulateMedia({ media: 'screen' });
}

describe('the plan on paper', () => {
  it('a caseworker finds the PDF link and the print button, and printing shows only the plan', async () => {
    const page = await suite.as(CASEWORKER);
    const id = await readablePlan(page);
    await page.goto(`${suite.kitt.url}/participants/${id}/plan`);
    await checkPaperTools(page, sv, sv.documents.downloadPdfStaff);
    await page.context().close();
  });

  it('the person, in Arabic on a phone, gets the PDF in Arabic and prints right to left', async () => {
    const page = await suite.as(PARTICIPANT, { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/me/plan`);
    await checkPaperTools(page, ar as unknown as typeof sv, ar.documents.downloadPdf);
    expect(await page.getByRole('link', { name: ar.documents.downloadPdf }).getAttribute('href')).toMatch(/\?language=ar$/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.context().close();
  });
});
