/**
 * Screenshots of Kitt's pages for a visual check: `npm run screenshots -- <email> <path> [<path>…]` signs in as the
 * demo user and saves each path in Swedish, English and Arabic, on a desktop and a phone-sized viewport, under
 * ./screenshots (KITT_URL: a running Kitt; without it one is started on a fresh demo data folder; KITT_LANGUAGES:
 * other languages, comma-separated, e.g. `ti,fa`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, PHONE, signIn } from '../e2e/support/browser.ts';
import { startKitt } from '../e2e/support/kitt.ts';
import { buildWebIfStale } from './build-web.ts';
import { isLanguage, type Language } from '../web/src/i18n/languages.ts';

const [email, ...paths] = process.argv.slice(2);
if (!email || paths.length === 0) {
  console.error('usage: npm run screenshots -- <email> <path> [<path>…]');
  process.exit(2);
}
const out = path.resolve('screenshots');
fs.mkdirSync(out, { recursive: true });
let kitt: Awaited<ReturnType<typeof startKitt>> | null = null;
let url = process.env.KITT_URL;
if (!url) {
  await buildWebIfStale();
  kitt = await startKitt();
  url = kitt.url;
}
const languages: Language[] = (process.env.KITT_LANGUAGES ?? 'sv,en,ar').split(',').filter(isLanguage);
const browser = await launchBrowser();
try {
  for (const language of languages) {
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', PHONE],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await signIn(page, url, email, language);
      for (const p of paths) {
        await page.goto(`${url}${p}`);
        await page.waitForLoadState('networkidle');
        const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start'}-${language}-${device}.png`);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await kitt?.stop();
}
