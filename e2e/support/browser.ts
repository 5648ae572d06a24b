import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Language } from '../../web/src/i18n/languages.ts';

export const DEMO_PASSWORD = 'kitt-demo-2026';

/**
 * Debian's Chromium, headless, its pages in Swedish time. Every page it opens asks for reduced motion, so dialogs appear and go without fading
 * and axe checks each page as it is, never a dialog half faded in or out.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.KITT_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  // Kitt's users are in Sweden: every page's clock runs in Swedish time, whatever the machine's zone.
  const defaults = { reducedMotion: 'reduce', timezoneId: 'Europe/Stockholm' } as const;
  browser.newContext = (options = {}) => newContext({ ...defaults, ...options });
  browser.newPage = (options = {}) => newPage({ ...defaults, ...options });
  return browser;
}

export const PHONE = { width: 390, height: 844 };

/** Signs in through the login page and waits for the start page. */
export async function signIn(page: Page, baseUrl: string, email: string, language?: Language) {
  await page.goto(`${baseUrl}/login`);
  if (language) await page.evaluate((lng) => localStorage.setItem('kitt.language', lng), language);
  if (language) await page.reload();
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Serious and critical axe violations (WCAG 2.1 A and AA rules) on the page as it is now. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
