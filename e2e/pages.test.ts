import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, PHONE, seriousViolations, signIn } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';

const SHOTS = path.resolve('.tmp/screens');
const suite = demoSuite();

beforeAll(() => {
  fs.mkdirSync(SHOTS, { recursive: true });
});

type Language = keyof typeof texts;

const PAGES: { who: string; email: string; paths: (page: Page) => Promise<string[]> }[] = [
  {
    who: 'caseworker',
    email: 'amf.handlaggare@sjostad.example',
    paths: async (page) => {
      const res = await page.request.get(`/api/participants?limit=1`);
      const first = ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
      return ['/', '/participants', `/participants/${first}`, '/participants/new'];
    },
  },
  { who: 'administrator', email: 'admin@sjostad.example', paths: async () => ['/admin/users', '/admin/organisations'] },
  { who: 'participant', email: 'deltagare@sjostad.example', paths: async () => ['/me'] },
  { who: 'analyst', email: 'analytiker@sjostad.example', paths: async () => ['/'] },
];

async function open(language: Language, phone: boolean, email: string) {
  const context = await suite.browser.newContext({
    baseURL: suite.kitt.url,
    viewport: phone ? PHONE : { width: 1280, height: 900 },
    locale: 'sv-SE',
  });
  const page = await context.newPage();
  await signIn(page, suite.kitt.url, email, language);
  return page;
}

describe('every page in Swedish, English and Arabic, on a desktop and a phone', () => {
  for (const { who, email, paths } of PAGES) {
    for (const language of ['sv', 'en', 'ar'] as const) {
      for (const phone of [false, true]) {
        it(`${who} · ${language} · ${phone ? 'phone' : 'desktop'}: right language and direction, no serious axe violation`, async () => {
          const page = await open(language, phone, email);
          for (const p of await paths(page)) {
            await page.goto(p);
            await page.waitForLoadState('networkidle');
            await expect.poll(() => page.locator('h1').count(), { message: p }).toBeGreaterThan(0);
            expect(await page.getAttribute('html', 'lang')).toBe(language);
            expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
            const body = (await page.locator('body').innerText()).replace(/\S+@\S+/g, '');
            // An untranslated key shows as dotted words like "participants.title".
            expect(body, p).not.toMatch(/\b[a-z]+[A-Za-z]*\.[a-z][A-Za-z]+\b/);
            expect(await seriousViolations(page), `${p} ${language}`).toEqual([]);
            const name = `${who}-${p.replace(/[0-9a-f-]{36}/, 'detail').replace(/[^a-z]+/gi, '_')}-${language}-${phone ? 'phone' : 'desktop'}.png`;
            await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
          }
          await page.context().close();
        });
      }
    }
  }
});

describe('the participant’s own view', () => {
  it('in Arabic, on a phone: gives a digital consent and withdraws it', async () => {
    const ar = texts.ar;
    const page = await open('ar', true, 'deltagare@sjostad.example');
    await page.goto('/me/consents');
    const form = page.locator('form', { has: page.getByRole('button', { name: ar.consents.giveSubmit }) });
    await form.getByLabel(ar.consents.organisation).selectOption({ label: 'Region Sjöland, hälsocentralen Sjöstad' });
    await form.getByLabel(ar.consents.category).selectOption('health');
    await form.getByRole('button', { name: ar.consents.giveSubmit }).click();
    await expect.poll(() => page.getByText(ar.consents.given).count()).toBe(1);
    const name = ar.consents.withdrawNamed
      .replace('{{category}}', ar.categories.health)
      .replace('{{organisation}}', 'Region Sjöland, hälsocentralen Sjöstad');
    await page.getByRole('button', { name }).first().click();
    await page.getByRole('button', { name: ar.consents.withdrawConfirm }).click();
    await expect.poll(() => page.getByRole('button', { name }).count()).toBe(0);
    const consents = (await (
      await page.request.get(`/api/participants/${(await (await page.request.get('/api/me')).json()).participantId}/consents`)
    ).json()) as {
      items: { category: string; method: string; status: string }[];
    };
    expect(consents.items.filter((c) => c.category === 'health' && c.method === 'digital').map((c) => c.status)).toEqual(['withdrawn']);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('signs in with the keyboard alone, with a visible focus ring', async () => {
    const page = await suite.browser.newPage({ baseURL: suite.kitt.url });
    await page.goto('/login');
    await page.locator('input[type=email]').focus();
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}`;
    });
    expect(outline).not.toBe('none 0px none');
    await page.keyboard.type('chef@sjostad.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // The start page replaces the login page's heading a moment after the address changes.
    await expect.poll(() => page.locator('h1').first().innerText()).toContain('Per Ström');
    await page.close();
  });
});
