import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The municipality's three roles in the browser: the labour-market unit's coordinator sees the property-care contract
 * behind plan with its warning and the framework agreement on track, the municipality's places by workplace, and
 * records a purchase from Kvarnen that shows in the year's totals; axe in Swedish on a desktop and in Arabic, right
 * to left, on a phone.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const BEHIND = 'Avtal fastighetsskötsel';
const ON_TRACK = 'Ramavtal bygg Kajstaden';

describe('procurement and purchases', () => {
  it('shows the contract behind plan with its warning, and the one on track', async () => {
    const page = await suite.as('samordnare@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.procurement }).click();
    await page.getByRole('heading', { level: 1, name: sv.procurement.title }).waitFor();
    await page.mouse.move(640, 5);
    const warning = page.getByRole('alert').filter({ hasText: sv.procurement.contracts.warningTitle });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(BEHIND);
    expect(await warning.textContent()).not.toContain(ON_TRACK);

    const behind = page.getByRole('listitem', { name: BEHIND });
    expect(await behind.textContent()).toContain(sv.procurement.status.behind);
    expect(await behind.textContent()).toContain(sv.procurement.requirementKinds.placements);
    expect(await behind.textContent()).toContain('Praktik i fastighetsskötsel');
    const onTrack = page.getByRole('listitem', { name: ON_TRACK });
    expect(await onTrack.textContent()).toContain(sv.procurement.status.on_track);
    expect(await onTrack.textContent()).not.toContain(sv.procurement.status.behind);
    expect(await seriousViolations(page)).toEqual([]);

    // The form to change it opens with the requirements as rows.
    await behind.getByRole('button', { name: `${sv.procurement.contracts.edit}: ${BEHIND}` }).click();
    const dialog = page.getByRole('dialog', { name: sv.procurement.contractForm.editTitle });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: sv.procurement.contractForm.perYear }).count()).toBe(2);
    expect(await dialog.getByRole('checkbox', { name: 'Praktik i fastighetsskötsel' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: sv.procurement.cancel }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: sv.procurement.tabs.employer }).click();
    await expect.poll(() => page.url()).toContain('view=employer');
    await page.getByRole('listitem', { name: 'Äldreboendet Solgården' }).waitFor();
    expect(await page.getByRole('listitem', { name: 'Äldreboendet Solgården' }).textContent()).toContain(sv.procurement.employer.free);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records a purchase from Kvarnen, which shows in the list and the year’s total', async () => {
    const page = await suite.as('samordnare@sjostad.example');
    await page.goto(`${suite.kitt.url}/procurement?view=purchases`);
    const totals = page.getByRole('region', { name: sv.procurement.purchases.totals });
    await totals.waitFor();
    const year = new Date().getFullYear();
    const totalBefore = (await totals.textContent()) ?? '';
    expect(totalBefore).toContain(sv.procurement.purchases.totalYear.replace('{{year}}', String(year - 2)));

    await page.getByRole('button', { name: sv.procurement.purchases.add }).click();
    const dialog = page.getByRole('dialog', { name: sv.procurement.purchaseForm.createTitle });
    await dialog.waitFor();
    await dialog
      .getByRole('combobox', { name: sv.procurement.purchaseForm.supplier })
      .selectOption({ label: 'Kvarnen arbetsintegrerande socialt företag ek. för.' });
    await dialog
      .getByRole('combobox', { name: sv.procurement.purchaseForm.kind })
      .selectOption({ label: sv.procurement.purchaseKinds.goods });
    await dialog.getByRole('textbox', { name: sv.procurement.purchaseForm.amount }).fill('abc');
    await dialog.getByRole('textbox', { name: sv.procurement.purchaseForm.description }).fill('Julbord till arbetsplatsträffen');
    await dialog.getByRole('button', { name: sv.procurement.save }).click();
    await dialog.getByText(sv.procurement.problems.amount).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: sv.procurement.purchaseForm.amount }).fill('2 450,50');
    await dialog.getByRole('button', { name: sv.procurement.save }).click();
    await dialog.waitFor({ state: 'detached' });

    const list = page.getByRole('region', { name: sv.procurement.purchases.list });
    const item = list.getByRole('listitem').filter({ hasText: 'Julbord till arbetsplatsträffen' });
    await item.waitFor();
    const shown = ((await item.textContent()) ?? '').replace(/\s/g, ' ');
    expect(shown).toContain('2 450,50 kr');
    expect(shown).toContain(sv.procurement.purchaseKinds.goods);
    await expect.poll(async () => ((await totals.textContent()) ?? '') !== totalBefore).toBe(true);

    // One year only: the list and the totals narrow to it.
    await page.getByRole('combobox', { name: sv.procurement.purchases.year }).selectOption(String(year - 1));
    await expect.poll(() => list.getByText('Julbord till arbetsplatsträffen').count()).toBe(0);
    await expect.poll(() => totals.getByText(sv.procurement.purchases.totalYear.replace('{{year}}', String(year))).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works in Arabic on a phone, right to left', async () => {
    const page = await suite.as('samordnare@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/procurement`);
    await page.getByRole('heading', { level: 1, name: ar.procurement.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('alert').filter({ hasText: ar.procurement.contracts.warningTitle }).waitFor();
    expect(await page.getByRole('listitem', { name: BEHIND }).textContent()).toContain(ar.procurement.status.behind);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    for (const view of ['employer', 'purchases'] as const) {
      await page.getByRole('tab', { name: ar.procurement.tabs[view] }).click();
      await expect.poll(() => page.url()).toContain(`view=${view}`);
      await page
        .getByRole('heading', { level: 2, name: view === 'employer' ? ar.procurement.employer.title : ar.procurement.purchases.title })
        .waitFor();
      await page.getByRole('listitem').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByRole('button', { name: ar.procurement.purchases.add }).click();
    await page.getByRole('dialog', { name: ar.procurement.purchaseForm.createTitle }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
