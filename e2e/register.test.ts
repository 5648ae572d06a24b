import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../web/src/i18n/languages.ts';
import { PHONE, seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The public register in the browser, without signing in: a visitor searches for one of Sjöstad's public initiatives
 * and reads where it works, what the municipality does in it and that it borrowed from Jobbspåret Sjöstad; opens the
 * network, finds the borrowed-from edge in the drawing and in words, chooses Jobbspåret by keyboard, and moves the
 * year slider back to before anyone had borrowed; axe in Swedish on a desktop and in Arabic, right to left, on a phone.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const SOURCE = 'Jobbspåret Sjöstad';
const BORROWER = 'Språkpraktik i vården';
const OTHER_BORROWER = 'Kvinnor till arbete i sociala företag';

/** A new browser context that has never signed in, on the register. */
async function visitor(options: { language?: Language; phone?: boolean } = {}): Promise<Page> {
  const context = await suite.browser.newContext({ locale: 'sv-SE', viewport: options.phone ? PHONE : { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${suite.kitt.url}/register`);
  if (options.language) {
    await page.evaluate((lng) => localStorage.setItem('kitt.language', lng), options.language);
    await page.reload();
  }
  return page;
}

/** Text as read, without the Unicode isolates that keep names whole in right-to-left sentences. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe('the public register of local initiatives', () => {
  it('lets a visitor without an account search it and read an initiative that borrowed from another', async () => {
    const page = await visitor();
    await page.getByRole('heading', { level: 1, name: sv.register.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/register');
    await page.getByRole('listitem', { name: SOURCE }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: sv.register.filters.search }).fill('språkpraktik');
    await expect.poll(() => decodeURIComponent(page.url())).toContain('q=språkpraktik');
    await expect.poll(() => page.getByRole('listitem', { name: SOURCE }).count()).toBe(0);
    const card = page.getByRole('listitem', { name: BORROWER });
    const shown = plain(await card.textContent());
    expect(shown).toContain('Sjöstad');
    expect(shown).toContain(sv.initiatives.municipalityRoles.employer);
    expect(shown).toContain(`${sv.register.card.inspiredBy}${SOURCE}`);
    expect(shown).toContain(sv.initiatives.states.decided);
    expect(shown).toContain(sv.register.card.results);

    // A shared link opens the same search; a filter of the state narrows it to the running initiatives, whose
    // small counts show as "< 5".
    await page.goto(`${suite.kitt.url}/register?state=running`);
    const running = page.getByRole('listitem', { name: 'Hälsofrämjande arbetsträning' });
    await running.waitFor();
    expect(await running.textContent()).toContain(sv.evaluationExport.small);
    expect(await page.getByRole('listitem', { name: BORROWER }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: sv.register.filters.state }).inputValue()).toBe('running');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the network of who borrowed from whom, by keyboard, and as it grew year by year', async () => {
    const page = await visitor();
    await page.getByRole('tab', { name: sv.register.tabs.network }).click();
    await expect.poll(() => page.url()).toContain('view=network');
    const drawing = page.getByRole('group', { name: /^Nätverket till och med \d{4}$/ });
    await drawing.waitFor();
    const borrowed = page.getByRole('region', { name: sv.register.network.borrowedTitle });
    const edge = `${BORROWER} (Sjöstad) lånade från ${SOURCE} (Sjöstad)`;
    expect(plain(await borrowed.textContent())).toContain(edge);
    expect(plain(await borrowed.textContent())).toContain(`${OTHER_BORROWER} (Sjöstad) lånade från ${SOURCE} (Sjöstad)`);
    expect(await seriousViolations(page)).toEqual([]);

    // Each node is a button with its full name; Enter chooses it and its links are told beside the drawing.
    const source = drawing.getByRole('button', { name: new RegExp(`^${SOURCE}, initiativ i Sjöstad`) });
    await source.focus();
    await page.keyboard.press('Enter');
    expect(await source.getAttribute('aria-pressed')).toBe('true');
    const details = page.getByText(`${sv.register.network.details.borrowedBy}:`).locator('xpath=..');
    expect(plain(await details.textContent())).toContain(BORROWER);
    expect(plain(await details.textContent())).toContain(OTHER_BORROWER);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the first year: nobody had borrowed yet, and the borrowers are not in the drawing.
    const slider = page.getByRole('slider', { name: sv.register.network.year });
    const first = Number(await slider.getAttribute('aria-valuemin'));
    const last = Number(await slider.getAttribute('aria-valuemax'));
    expect(last).toBeGreaterThan(first);
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.url()).toContain(`year=${first}`);
    await expect
      .poll(async () => plain(await borrowed.textContent()))
      .toContain(sv.register.network.noneBorrowed.replace('{{year}}', String(first)));
    expect(await drawing.getByRole('button', { name: new RegExp(`^${BORROWER}`) }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // And forward to the last: the edge is back, and the address holds no year (the whole network).
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).not.toContain('year=');
    await expect.poll(async () => plain(await borrowed.textContent())).toContain(edge);
    await drawing.getByRole('button', { name: new RegExp(`^${BORROWER}`) }).waitFor();

    // A node can be shown in the list: the list opens, searched for it.
    await drawing.getByRole('button', { name: new RegExp(`^${BORROWER}`) }).click();
    await page.getByRole('button', { name: sv.register.network.details.showInList }).click();
    await page.getByRole('listitem', { name: BORROWER }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`q=${BORROWER.replace(/ /g, '+')}`);
  });

  it('works in Arabic on a phone, right to left', async () => {
    const page = await visitor({ language: 'ar', phone: true });
    await page.getByRole('heading', { level: 1, name: ar.register.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('listitem', { name: SOURCE }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: ar.register.tabs.network }).click();
    const borrowed = page.getByRole('region', { name: ar.register.network.borrowedTitle });
    await borrowed.waitFor();
    expect(plain(await borrowed.textContent())).toContain(BORROWER);
    await page.getByRole('slider', { name: ar.register.network.year }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
