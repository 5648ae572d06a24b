import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';

const sv = texts.sv;
const suite = demoSuite();

describe('the person gets everything Kitt holds about them; the administrator sets how long it is kept', () => {
  it('the participant downloads the JSON and opens the readable page from /me', async () => {
    const page = await suite.as('deltagare@sjostad.example');
    await page.goto(`${suite.kitt.url}/me`);
    await expect.poll(() => page.getByRole('heading', { name: sv.dataExport.title }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: sv.dataExport.downloadJson }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kitt-data-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(data.format).toBe('kitt-data-export/1');
    expect(`${data.identity.givenName} ${data.identity.familyName}`).toBe('Hamid Rahimi');

    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: new RegExp(sv.dataExport.openHtml) }).click(),
    ]);
    await tab.waitForLoadState();
    await expect.poll(() => tab.getByRole('heading', { level: 1, name: sv.dataExport.pageTitle }).count()).toBe(1);
    expect(await tab.locator('html').getAttribute('lang')).toBe('sv');
    expect(await tab.getByText('Hamid').count()).toBeGreaterThan(0);
    expect(await seriousViolations(tab)).toEqual([]);
    await page.context().close();
  });

  it('in Arabic the page opens right to left', async () => {
    const page = await suite.as('deltagare@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/me`);
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: new RegExp(texts.ar.dataExport.openHtml) }).click(),
    ]);
    await tab.waitForLoadState();
    expect(await tab.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await tab.locator('html').getAttribute('lang')).toBe('ar');
    expect(await seriousViolations(tab)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an administrator changes a retention period and sees the log', async () => {
    const page = await suite.as('admin@sjostad.example');
    await page.getByRole('link', { name: sv.nav.retention }).first().click();
    await page.waitForURL(/\/admin\/retention$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: sv.retention.title }).count()).toBe(1);
    const messages = sv.retention.categories.messages;
    const input = page.getByLabel(sv.retention.monthsFor.replace('{{category}}', messages));
    await expect.poll(() => input.inputValue()).toBe('24');
    await input.fill('18');
    await page.getByRole('button', { name: sv.retention.saveFor.replace('{{category}}', messages) }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: sv.retention.saved }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel(sv.retention.monthsFor.replace('{{category}}', messages)).inputValue()).toBe('18');

    // An access log kept shorter than the data it documents is refused, and said so.
    const audit = sv.retention.categories.audit;
    await page.getByLabel(sv.retention.monthsFor.replace('{{category}}', audit)).fill('12');
    await page.getByRole('button', { name: sv.retention.saveFor.replace('{{category}}', audit) }).click();
    await expect.poll(() => page.getByText(sv.retention.auditShorter).count()).toBe(1);
    expect(await page.getByText(sv.retention.logEmpty).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
