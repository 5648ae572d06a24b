import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The catalogue of interventions in the browser: the labour-market unit's caseworker searches it for Hamid and sees
 * which places he meets the conditions for; the social enterprise's provider changes its own place; the person's
 * circumstances in the intake; axe in Swedish on a desktop and in Arabic on a phone.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const CAFE = 'Träningsplats i Kvarnens café och bageri';

describe('the catalogue of interventions', () => {
  let hamid = '';

  it('finds the social enterprise’s café place and says Hamid meets its conditions', async () => {
    const person = await suite.as('deltagare@sjostad.example');
    hamid = ((await (await person.request.get(`${suite.kitt.url}/api/me`)).json()) as { participantId: string }).participantId;
    const page = await suite.as('amf.handlaggare@sjostad.example');
    await page.goto(`${suite.kitt.url}/catalogue?for=${hamid}`);
    await page.getByRole('heading', { level: 1, name: sv.catalogue.title }).waitFor();
    await page.getByRole('searchbox', { name: sv.catalogue.search }).fill('Kvarnens');
    const card = page.getByRole('article', { name: CAFE });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(sv.eligibility.results.eligible);
    await page.getByLabel(sv.catalogue.filters.eligibleOnly).click();
    await expect.poll(() => page.url()).toContain('eligibility=eligible');
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('link', { name: CAFE }).click();
    await page.getByRole('heading', { level: 1, name: CAFE }).waitFor();
    const rules = page.getByRole('region', { name: sv.eligibility.title });
    await expect.poll(() => rules.textContent()).toContain('18–64 år');
    expect(await rules.textContent()).toContain(`(${sv.eligibility.ruleResults.met})`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets the provider change its own place, cost in kronor and öre', async () => {
    const page = await suite.as('handledare@sjostad.example');
    await page.goto(`${suite.kitt.url}/catalogue?q=${encodeURIComponent('cykelverkstad')}`);
    await page.getByRole('link', { name: 'Träningsplats i Kvarnens cykelverkstad' }).click();
    await page.getByRole('link', { name: sv.catalogue.edit }).click();
    await page.getByRole('heading', { level: 1, name: sv.catalogue.form.titleEdit }).waitFor();
    const places = page.getByRole('textbox', { name: sv.catalogue.form.places });
    await places.fill('5');
    await page.getByLabel(sv.catalogue.form.costKronor).fill('17 500,50');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: sv.catalogue.form.save }).click();
    await page.getByRole('heading', { level: 1, name: 'Träningsplats i Kvarnens cykelverkstad' }).waitFor();
    await expect.poll(() => page.getByText(sv.catalogue.placesCount.replace('{{count}}', '5')).count()).toBe(1);
    expect((await page.locator('main').textContent())?.replace(/\s/g, ' ')).toContain('17 500,50 kr');
  });

  it('shows the catalogue in Arabic on a phone, right to left, with exports', async () => {
    const page = await suite.as('analytiker@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/catalogue`);
    await page.getByRole('heading', { level: 1, name: ar.catalogue.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(10);
    const csv = await page.request.get(`${suite.kitt.url}/api/catalogue/export.csv?language=ar`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(ar.catalogue.columns.name);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the labour-market unit Hamid’s circumstances in the intake, and records one', async () => {
    const page = await suite.as('amf.handlaggare@sjostad.example');
    await page.goto(`${suite.kitt.url}/participants/${hamid}/intake`);
    const panel = page.getByRole('region', { name: sv.circumstances.title, exact: true });
    await expect.poll(() => panel.textContent()).toContain(sv.circumstances.kinds.establishment_programme);
    await panel.getByRole('combobox', { name: sv.circumstances.kind }).click();
    await page.getByRole('option', { name: sv.circumstances.kinds.social_assistance }).click();
    await panel.getByRole('button', { name: sv.circumstances.add }).click();
    await expect.poll(() => panel.getByText(sv.circumstances.kinds.social_assistance).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
