import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PartyKind } from '../common/governance.ts';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The samordningsförbund's parties and joint budget in the browser: the coordinator adds a municipality as a party
 * (and whatever the law still misses), opens a year of its own and sees the contributions split a half, a quarter and
 * a quarter, allocates money, records spending and a correction, and sees spent and remaining follow; a board member
 * reads the same year without a button to change it; axe in Swedish on a desktop and in Arabic, right to left, on a
 * phone. Independent of the demo's amounts: the year is the test's own, and the demo's parties are only read.
 * The tests run in order: the later ones read the year the first one opens.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const COORDINATOR = 'samordnare@sjostad.example';
const BOARD_MEMBER = 'ledamot@sjostad.example';
const ALLOCATION = 'Kansli och uppföljning, provår';
let year = 2031;

const t = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** Text as a reader sees it: the non-breaking and narrow spaces in amounts as plain spaces. */
const read = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
const row = (page: Page, header: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
/** A figure of the year by its label, e.g. "Förbrukat" → "125 000 kr". */
const figure = (page: Page, label: string) =>
  read(
    page
      .locator('dl > div')
      .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition'),
  );

async function addParty(page: Page, name: string, kind: PartyKind, keyWeight: string) {
  await page.getByRole('button', { name: sv.forbund.parties.add }).click();
  const dialog = page.getByRole('dialog', { name: sv.forbund.partyForm.createTitle });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: sv.forbund.partyForm.name }).fill(name);
  await dialog.getByRole('combobox', { name: sv.forbund.partyForm.kind }).selectOption({ label: sv.forbund.kinds[kind] });
  await dialog.getByRole('textbox', { name: sv.forbund.partyForm.keyWeight }).fill(keyWeight);
  await dialog.getByRole('button', { name: sv.forbund.save }).click();
  return dialog;
}

describe('the förbund’s parties and joint budget', () => {
  it('adds a party, opens a year split by the law, allocates money and records spending', async () => {
    const page = await suite.as(COORDINATOR);
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.forbund }).click();
    await page.getByRole('heading', { level: 1, name: sv.forbund.title }).waitFor();
    await page.mouse.move(640, 5);

    // The parties: whatever the law still misses is said in words and added; then a municipality of the test's own.
    await page.getByRole('tab', { name: sv.forbund.tabs.parties }).click();
    await expect.poll(() => page.url()).toContain('view=parties');
    await page.getByRole('heading', { level: 2, name: sv.forbund.parties.title }).waitFor();
    await page.getByRole('table', { name: sv.forbund.parties.title }).or(page.getByText(sv.forbund.parties.none)).waitFor();
    const warning = page.getByRole('alert').filter({ hasText: sv.forbund.parties.problemsTitle });
    const missing = (await warning.count()) > 0 ? await read(warning) : '';
    for (const kind of ['forsakringskassan', 'arbetsformedlingen', 'region'] as const)
      if (missing.includes(sv.forbund.law.missing[kind]))
        await (await addParty(page, sv.forbund.kinds[kind], kind, '1')).waitFor({ state: 'detached' });

    const dialog = await addParty(page, 'Provby kommun', 'municipality', '0');
    await dialog.getByText(sv.forbund.problems.key_weight).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: sv.forbund.partyForm.keyWeight }).fill('9 500');
    await dialog.getByRole('button', { name: sv.forbund.save }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await read(row(page, 'Provby kommun'))).toContain('9 500');
    await expect.poll(() => warning.count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // A year of the test's own, after a gap, so that the equity carried in is the one typed.
    await page.getByRole('tab', { name: sv.forbund.tabs.budget }).click();
    await page.getByRole('heading', { level: 2, name: sv.forbund.budget.title }).waitFor();
    await page.getByRole('button', { name: sv.forbund.budget.openYear }).click();
    const yearDialog = page.getByRole('dialog', { name: sv.forbund.yearForm.createTitle });
    await yearDialog.waitFor();
    const picker = page.getByRole('combobox', { name: sv.forbund.budget.year });
    const open = (await picker.count()) > 0 ? (await picker.locator('option').allTextContents()).map(Number) : [];
    while (open.includes(year) || open.includes(year - 1)) year += 2;
    await yearDialog.getByRole('textbox', { name: sv.forbund.yearForm.year, exact: true }).fill(String(year));
    await yearDialog.getByRole('textbox', { name: sv.forbund.yearForm.total }).fill('1 000 000');
    await yearDialog.getByRole('textbox', { name: sv.forbund.yearForm.openingEquity }).fill('200 000');
    expect(await seriousViolations(page)).toEqual([]);
    await yearDialog.getByRole('button', { name: sv.forbund.save }).click();
    await yearDialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).toContain(`year=${year}`);
    await page.getByRole('heading', { name: t(sv.forbund.figures.title, { year }) }).waitFor();
    expect(await figure(page, sv.forbund.figures.contributions)).toBe('1 000 000 kr');
    expect(await figure(page, sv.forbund.figures.carriedIn)).toBe('200 000 kr');
    expect(await figure(page, sv.forbund.figures.available)).toBe('1 200 000 kr');

    // The law's split: the state a half, the region a quarter, the municipalities a quarter.
    for (const [group, share, amount] of [
      ['state', '50 %', '500 000 kr'],
      ['region', '25 %', '250 000 kr'],
      ['municipalities', '25 %', '250 000 kr'],
    ] as const) {
      const shown = await read(row(page, sv.budgetExport.groups[group]));
      expect(shown).toContain(share);
      expect(shown).toContain(amount);
    }
    expect(await read(row(page, 'Provby kommun'))).toMatch(/\d kr/);
    expect(await seriousViolations(page)).toEqual([]);

    // An allocation to the förbund's own operation: refused as typed wrong, then saved.
    await page.getByRole('button', { name: sv.forbund.allocations.add }).click();
    const allocationDialog = page.getByRole('dialog', { name: t(sv.forbund.allocationForm.createTitle, { year }) });
    await allocationDialog.waitFor();
    await allocationDialog.getByRole('textbox', { name: sv.forbund.allocationForm.name }).fill(ALLOCATION);
    await allocationDialog.getByRole('textbox', { name: sv.forbund.allocationForm.amount }).fill('fyrahundra');
    await allocationDialog.getByRole('button', { name: sv.forbund.save }).click();
    await allocationDialog.getByText(sv.forbund.problems.amount).waitFor();
    await allocationDialog.getByRole('textbox', { name: sv.forbund.allocationForm.amount }).fill('400 000');
    await allocationDialog.getByRole('button', { name: sv.forbund.save }).click();
    await allocationDialog.waitFor({ state: 'detached' });
    const allocation = row(page, ALLOCATION);
    await allocation.waitFor();
    expect(await read(allocation)).toContain(sv.forbund.allocations.ownOperation);
    expect(await figure(page, sv.forbund.figures.allocated)).toBe('400 000 kr');
    expect(await figure(page, sv.forbund.figures.unallocated)).toBe('800 000 kr');

    // Spending, a correction, and spending beyond the allocation: spent and remaining follow, and the warning shows.
    const spend = async (month: string, amount: string, note: string) => {
      await page.getByRole('button', { name: t(sv.forbund.allocations.spendLabel, { name: ALLOCATION }) }).click();
      const spending = page.getByRole('dialog', { name: sv.forbund.spendingForm.title });
      await spending.waitFor();
      await spending.getByRole('combobox', { name: sv.forbund.spendingForm.month }).selectOption({ label: month });
      await spending.getByRole('textbox', { name: sv.forbund.spendingForm.amount }).fill(amount);
      await spending.getByRole('textbox', { name: sv.forbund.spendingForm.note }).fill(note);
      await spending.getByRole('button', { name: sv.forbund.save }).click();
      await spending.waitFor({ state: 'detached' });
    };
    await spend('mars', '150 000', 'Lokalhyra första kvartalet');
    await expect.poll(() => figure(page, sv.forbund.figures.spent)).toBe('150 000 kr');
    expect(await read(allocation)).toMatch(/400 000 kr.*150 000 kr.*250 000 kr/);
    await spend('april', '-25 000', 'Rättelse: hyran var lägre');
    await expect.poll(() => figure(page, sv.forbund.figures.spent)).toBe('125 000 kr');
    expect(await read(allocation)).toMatch(/400 000 kr.*125 000 kr.*275 000 kr/);
    expect(await figure(page, sv.forbund.figures.carriedOut)).toBe('1 075 000 kr');
    expect(await seriousViolations(page)).toEqual([]);

    await spend('maj', '300 000', 'Konsultstöd');
    await expect.poll(() => read(allocation)).toMatch(/400 000 kr.*425 000 kr.*−25 000 kr/);
    expect(await read(allocation)).toContain(sv.forbund.allocations.overspent);
    await page.getByRole('alert').filter({ hasText: sv.forbund.allocations.overspentTitle }).filter({ hasText: ALLOCATION }).waitFor();

    // The year among the years, and its workbook in the interface language.
    expect(await read(page.getByRole('table', { name: sv.forbund.years.title }))).toContain(String(year));
    const exportLink = page.getByRole('link', { name: t(sv.forbund.budget.exportLabel, { year }) });
    expect(await exportLink.getAttribute('href')).toBe(`/api/forbund/budget/export.xlsx?year=${year}&language=sv`);
    const workbook = await page.request.get(`${suite.kitt.url}/api/forbund/budget/export.xlsx?year=${year}&language=sv`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets a board member read the budget and the parties, with no button to change them', async () => {
    const page = await suite.as(BOARD_MEMBER);
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.forbund }).click();
    await page.getByRole('heading', { level: 1, name: sv.forbund.title }).waitFor();
    await page.mouse.move(640, 5);
    await page.getByRole('combobox', { name: sv.forbund.budget.year }).selectOption(String(year));
    await expect.poll(() => page.url()).toContain(`year=${year}`);
    await row(page, ALLOCATION).waitFor();
    expect(await figure(page, sv.forbund.figures.spent)).toBe('425 000 kr');
    for (const name of [sv.forbund.budget.openYear, t(sv.forbund.budget.editYear, { year }), sv.forbund.allocations.add])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await page.getByRole('button', { name: t(sv.forbund.allocations.spendLabel, { name: ALLOCATION }) }).count()).toBe(0);
    expect(await page.getByRole('button', { name: t(sv.forbund.allocations.editLabel, { name: ALLOCATION }) }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: sv.forbund.tabs.parties }).click();
    await row(page, 'Provby kommun').waitFor();
    expect(await page.getByRole('button', { name: sv.forbund.parties.add }).count()).toBe(0);
    expect(await page.getByRole('button', { name: t(sv.forbund.parties.editLabel, { name: 'Provby kommun' }) }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works in Arabic on a phone, right to left, without sideways scrolling', async () => {
    const page = await suite.as(COORDINATOR, { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/forbund?year=${year}`);
    await page.getByRole('heading', { level: 1, name: ar.forbund.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('heading', { name: t(ar.forbund.allocations.title, { year }) }).waitFor();
    await page.getByRole('alert').filter({ hasText: ar.forbund.allocations.overspentTitle }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    const exportLink = page.getByRole('link', { name: t(ar.forbund.budget.exportLabel, { year }) });
    expect(await exportLink.getAttribute('href')).toContain('language=ar');

    await page.getByRole('button', { name: t(ar.forbund.allocations.spendLabel, { name: ALLOCATION }) }).click();
    await page.getByRole('dialog', { name: ar.forbund.spendingForm.title }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ar.forbund.cancel }).click();

    await page.getByRole('tab', { name: ar.forbund.tabs.parties }).click();
    await expect.poll(() => page.url()).toContain('view=parties');
    await row(page, 'Provby kommun').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
