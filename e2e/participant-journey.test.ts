import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The participant's own view on a phone (the quality bar): Hamid Rahimi reads his plan in Tigrinya; then, in
 * Persian (right to left), withdraws Arbetsförmedlingen's consent for the plan. Arbetsförmedlingen read the plan
 * before; after the withdrawal it is told that consent is needed, and Hamid's access log shows the read before the
 * withdrawal and no read after it. Every page of the participant view passes axe in both directions.
 */
const { sv } = texts;
const suite = demoSuite();
const PERSON = 'deltagare@sjostad.example';
const AF_USER = 'af.handlaggare@sjostad.example';
const AF = 'Arbetsförmedlingen Sjöstad';
const ME_PAGES = ['/me', '/me/plan', '/me/week', '/me/progression', '/me/messages', '/me/consents', '/me/access-log', '/me/intake'];

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string) => {
  const found = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof found === 'string' && found.trim() !== '' ? found : undefined;
};
// The Tigrinya and Persian catalogues are being filled while this runs, so the built app may hold an older copy
// than the file: a text matches the language's translation or the Swedish the app falls back to.
const catalogue = (language: string) => JSON.parse(fs.readFileSync(`web/src/i18n/${language}.json`, 'utf8')) as Tree;
/** The text as a pattern: its words literally, each placeholder replaced by the given pattern (or anything). */
const pattern = (text: string, values: Record<string, string>) =>
  text
    .split(/(\{\{\w+\}\})/)
    .map((part) => (/^\{\{\w+\}\}$/.test(part) ? (values[part.slice(2, -2)] ?? '.*') : escape(part)))
    .join('');
function say(language: string, key: string, values: Record<string, string> = {}): RegExp {
  const own = lookup(catalogue(language), key);
  const swedish = lookup(sv as Tree, key) ?? key;
  const options = [own, swedish].filter((t): t is string => t !== undefined).map((t) => pattern(t, values));
  return new RegExp(`(${options.join('|')})`);
}
const exactly = (pattern: RegExp) => new RegExp(`^${pattern.source}$`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function participantIdOf(page: Page): Promise<string> {
  const me = (await (await page.request.get(`${suite.kitt.url}/api/me`)).json()) as { participantId: string };
  return me.participantId;
}

interface ConsentRow {
  id: string;
  organisationName: string;
  category: string;
  status: string;
  withdrawnAt: string | null;
}
async function afPlanConsents(page: Page, participantId: string): Promise<ConsentRow[]> {
  const res = await page.request.get(`${suite.kitt.url}/api/participants/${participantId}/consents`);
  return ((await res.json()) as { items: ConsentRow[] }).items.filter((c) => c.organisationName === AF && c.category === 'plan');
}

/** Every page of the participant's view, in the page's language, passes axe; the phone menu is checked open too. */
async function everyPagePassesAxe(page: Page, language: string) {
  for (const path of ME_PAGES) {
    await page.goto(`${suite.kitt.url}${path}`);
    await page.waitForLoadState('networkidle');
    // The page really rendered: the phone menu of the person's sections is there (axe passes a blank page too).
    await expect
      .poll(async () => [
        await page.locator('nav button[aria-expanded]').count(),
        path,
        (await page.locator('main').textContent())?.slice(0, 200),
      ])
      .toEqual([1, path, expect.any(String)]);
    expect(await seriousViolations(page), `${language} ${path}`).toEqual([]);
  }
  await page.goto(`${suite.kitt.url}/me`);
  await page.locator('nav button[aria-expanded]').click();
  await expect.poll(() => page.locator('nav button[aria-expanded="true"]').count()).toBe(1);
  expect(await seriousViolations(page), `${language} menu open`).toEqual([]);
}

describe('the participant’s own view, on a phone, in Tigrinya and Persian', () => {
  let participantId = '';
  let withdrawnAt = '';

  it('Arbetsförmedlingen reads the plan while it has consent', async () => {
    const af = await suite.as(AF_USER);
    const person = await suite.as(PERSON, { language: 'ti', phone: true });
    participantId = await participantIdOf(person);
    expect((await afPlanConsents(person, participantId)).some((c) => c.status === 'active')).toBe(true);
    const planRead = af.waitForResponse((r) => r.url().endsWith(`/api/participants/${participantId}/plan`));
    await af.goto(`${suite.kitt.url}/participants/${participantId}/plan`);
    expect((await planRead).status()).toBe(200);
    await expect.poll(() => af.getByRole('heading', { name: sv.plan.activities.title }).count()).toBe(1);
    await af.context().close();
    await person.context().close();
  });

  it('in Tigrinya the person finds the plan through the phone menu and reads it', async () => {
    const page = await suite.as(PERSON, { language: 'ti', phone: true });
    await page.goto(`${suite.kitt.url}/me`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ti', 'ltr']);
    const menu = page.locator('nav button[aria-expanded]');
    expect(await menu.textContent()).toMatch(say('ti', 'me.sectionMenu'));
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    // Escape closes it and leaves the focus on the button; the keyboard opens it again.
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: exactly(say('ti', 'person.sections.plan')) }).click();
    await page.waitForURL(/\/me\/plan$/);
    await expect.poll(() => page.getByRole('heading', { name: say('ti', 'plan.activities.title') }).count()).toBe(1);
    // The menu closed on the way and now names the plan as the current part.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.textContent()).toMatch(say('ti', 'person.sections.plan'));
    await everyPagePassesAxe(page, 'ti');
    await page.context().close();
  });

  it('in Persian, right to left, the person withdraws Arbetsförmedlingen’s consent for the plan, after being told what it means', async () => {
    const page = await suite.as(PERSON, { language: 'fa', phone: true });
    await page.goto(`${suite.kitt.url}/me/consents`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    const names = { category: say('fa', 'categories.plan').source, organisation: AF };
    await page
      .getByRole('button', { name: say('fa', 'consents.withdrawNamed', names) })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(say('fa', 'consents.withdrawQuestion', names));
    expect(await seriousViolations(page), 'withdrawal dialog').toEqual([]);
    await dialog.getByRole('button', { name: exactly(say('fa', 'consents.withdrawConfirm')) }).click();
    await expect.poll(async () => (await afPlanConsents(page, participantId)).every((c) => c.status !== 'active')).toBe(true);
    withdrawnAt = (await afPlanConsents(page, participantId)).map((c) => c.withdrawnAt).find((w) => w !== null) ?? '';
    expect(withdrawnAt).not.toBe('');
    await page.context().close();
  });

  it('after the withdrawal Arbetsförmedlingen is told that consent is needed', async () => {
    const af = await suite.as(AF_USER);
    const refused = af.waitForResponse((r) => r.url().endsWith(`/api/participants/${participantId}/plan`));
    await af.goto(`${suite.kitt.url}/participants/${participantId}/plan`);
    expect((await refused).status()).toBe(403);
    await expect.poll(() => af.getByText(sv.consentRequired.plan).count()).toBe(1);
    await af.context().close();
  });

  it('the access log shows Arbetsförmedlingen’s read before the withdrawal and none after it', async () => {
    const page = await suite.as(PERSON, { language: 'fa', phone: true });
    await page.goto(`${suite.kitt.url}/me/access-log`);
    await page.getByRole('button', { name: exactly(say('fa', 'accessLog.filtersTitle')) }).click();
    await page.getByLabel(exactly(say('fa', 'accessLog.organisation'))).selectOption({ label: AF });
    await page.getByLabel(exactly(say('fa', 'accessLog.category'))).selectOption('plan');
    await page.getByLabel(exactly(say('fa', 'accessLog.kind'))).selectOption('read');
    const list = page.getByRole('list', { name: exactly(say('fa', 'accessLog.listLabel')) });
    const planReads = list.locator('li[data-resource="plan"][data-kind="read"]');
    await expect.poll(() => planReads.count()).toBeGreaterThan(0);
    const times = (await planReads.evaluateAll((items) => items.map((li) => li.getAttribute('data-at') ?? ''))).map(Date.parse);
    const withdrawal = Date.parse(withdrawnAt);
    expect(Number.isNaN(withdrawal)).toBe(false);
    expect(times.filter((at) => at < withdrawal).length).toBeGreaterThan(0);
    expect(times.filter((at) => !(at < withdrawal))).toEqual([]);
    // Said in the person's language, naming the organisation and the role, never the user.
    const first = (await planReads.first().textContent()) ?? '';
    expect(first).toContain(AF);
    expect(first.toLocaleLowerCase('fa')).toMatch(new RegExp(say('fa', 'roles.caseworker').source.toLocaleLowerCase('fa')));
    expect(first).toMatch(say('fa', 'accessLog.grant.consent'));
    expect(first).not.toContain('Amira Lind');
    expect(await seriousViolations(page), 'access log with filters, rtl').toEqual([]);
    await everyPagePassesAxe(page, 'fa');
    await page.context().close();
  });
});
