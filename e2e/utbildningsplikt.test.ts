import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * Utbildningsplikt in the browser: the labour-market unit's coordinator sees who is covered (Hamid among them), keeps
 * only those not enrolled in any education, opens a person, and reads the quality per provider; axe in Swedish on a
 * desktop and in Arabic on a phone.
 */
const { sv, ar } = texts;
const suite = demoSuite();

describe('utbildningsplikt', () => {
  it('lists the people covered, filters to those not enrolled, and leads to the person', async () => {
    const page = await suite.as('samordnare@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.utbildningsplikt }).click();
    await page.getByRole('heading', { level: 1, name: sv.utbildningsplikt.title }).waitFor();
    // The pointer would rest on the menu link it clicked (a hover colour axe would judge); move it off.
    await page.mouse.move(640, 5);
    const covered = page.getByRole('region', { name: new RegExp(`^${sv.utbildningsplikt.covered.title}`) });
    const cards = covered.getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(3);
    expect(await covered.textContent()).toContain('Hamid Rahimi');
    expect(await covered.textContent()).toContain(`${sv.utbildningsplikt.covered.sfiLevel}:`);
    expect(await seriousViolations(page)).toEqual([]);

    await covered.getByRole('switch', { name: sv.utbildningsplikt.covered.notEnrolledOnly }).click();
    await expect.poll(() => page.url()).toContain('notEnrolled=1');
    await expect
      .poll(async () => {
        const shown = await cards.allTextContents();
        return shown.length > 0 && shown.every((text) => text.includes(sv.utbildningsplikt.covered.notEnrolled));
      })
      .toBe(true);

    const education = page.getByRole('region', { name: sv.utbildningsplikt.education.title });
    await expect.poll(() => education.getByRole('link').count()).toBeGreaterThan(0);
    const quality = page.getByRole('region', { name: sv.utbildningsplikt.quality.title });
    await quality.getByRole('table').waitFor();
    expect(await quality.getByRole('columnheader').allTextContents()).toEqual([
      sv.utbildningsplikt.quality.provider,
      sv.utbildningsplikt.quality.participants,
      sv.utbildningsplikt.quality.completed,
      sv.utbildningsplikt.quality.sfiProgressed,
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    await covered.getByRole('switch', { name: sv.utbildningsplikt.covered.notEnrolledOnly }).click();
    await covered.getByRole('link', { name: 'Hamid Rahimi' }).click();
    await page.getByRole('heading', { level: 1, name: /Hamid Rahimi/ }).waitFor();
  });

  it('works in Arabic on a phone, right to left', async () => {
    const page = await suite.as('samordnare@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/utbildningsplikt`);
    await page.getByRole('heading', { level: 1, name: ar.utbildningsplikt.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('region', { name: ar.utbildningsplikt.quality.title }).getByRole('table').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Hamid Rahimi' }).count()).toBe(1);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the analyst only the aggregates', async () => {
    const page = await suite.as('analytiker@sjostad.example');
    await page.goto(`${suite.kitt.url}/utbildningsplikt`);
    await page.getByRole('heading', { level: 1, name: sv.utbildningsplikt.title }).waitFor();
    await page.getByText(sv.utbildningsplikt.covered.aggregatesOnly).waitFor();
    await page.getByRole('region', { name: sv.utbildningsplikt.quality.title }).getByRole('table').waitFor();
    expect(await page.getByRole('region', { name: new RegExp(`^${sv.utbildningsplikt.covered.title}`) }).count()).toBe(0);
  });
});
