import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The person's access log in the browser: plain sentences from the audit rows, the person's own looks left out until
 * asked for, filters, paging, and axe in Swedish on a desktop and in Arabic on a phone.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const PERSON = 'deltagare@sjostad.example';
const AF = 'Arbetsförmedlingen Sjöstad';

const list = (page: Page, label: string) => page.getByRole('list', { name: label });

async function participantIdOf(page: Page): Promise<string> {
  return ((await (await page.request.get(`${suite.kitt.url}/api/me`)).json()) as { participantId: string }).participantId;
}

describe('who has looked at my data', () => {
  let participantId = '';

  it('says in plain Swedish which organisation and role read the plan, when, and on which grant', async () => {
    const person = await suite.as(PERSON);
    participantId = await participantIdOf(person);
    const af = await suite.as('af.handlaggare@sjostad.example');
    expect((await af.request.get(`${suite.kitt.url}/api/participants/${participantId}/plan`)).status()).toBe(200);

    // The person gives a consent: a change of their own, which the log keeps by default.
    const { csrfToken } = (await (await person.request.get(`${suite.kitt.url}/api/me`)).json()) as { csrfToken: string };
    const orgs = (await (await person.request.get(`${suite.kitt.url}/api/organisations`)).json()) as {
      items: { id: string; name: string }[];
    };
    const region = orgs.items.find((o) => o.name.startsWith('Region'))!;
    const given = await person.request.post(`${suite.kitt.url}/api/participants/${participantId}/consents`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        organisationId: region.id,
        category: 'health',
        validFrom: '2026-01-01',
        validTo: null,
        method: 'digital',
        documentDate: null,
      },
    });
    expect(given.status()).toBe(201);

    await person.goto(`${suite.kitt.url}/me/access-log`);
    const items = list(person, sv.accessLog.listLabel).locator('li');
    const ownChange = sv.accessLog.action.create.replace('{{who}}', sv.accessLog.who.you).replace('{{what}}', sv.accessLog.what.consent);
    await expect.poll(() => items.filter({ hasText: ownChange }).count()).toBe(1);
    // The organisation's name is isolated (U+2068…U+2069) so it keeps its own direction inside any language.
    const sentence = sv.accessLog.action.read
      .replace('{{who}}', `\u2068${AF}\u2069 (${sv.roles.caseworker.toLocaleLowerCase('sv')})`)
      .replace('{{what}}', sv.accessLog.what.plan);
    const afRead = items.filter({ hasText: sentence });
    await expect.poll(() => afRead.count()).toBeGreaterThan(0);
    expect(await afRead.first().textContent()).toContain(sv.accessLog.grant.consent);
    expect(await afRead.first().textContent()).not.toContain('Amira Lind');
    expect(await seriousViolations(person)).toEqual([]);

    // The person's own looks are left out until asked for.
    const ownLook = sv.accessLog.action.read.replace('{{who}}', sv.accessLog.who.you).replace('{{what}}', sv.accessLog.what.access_log);
    expect(await items.filter({ hasText: ownLook }).count()).toBe(0);
    await person.getByRole('button', { name: sv.accessLog.filtersTitle }).click();
    await person.getByLabel(sv.accessLog.includeOwn).check();
    await expect.poll(() => items.filter({ hasText: ownLook }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(person)).toEqual([]);

    // Only changes; then a period before anything happened: nothing to show, said plainly.
    await person.getByLabel(sv.accessLog.kind).selectOption('change');
    const shown = list(person, sv.accessLog.listLabel);
    await expect
      .poll(async () => [(await shown.locator('li[data-kind="change"]').count()) > 0, await shown.locator('li[data-kind="read"]').count()])
      .toEqual([true, 0]);
    await person.getByLabel(sv.accessLog.to).fill('2020-01-01');
    await expect.poll(() => person.getByText(sv.accessLog.empty).count()).toBe(1);
    await person.getByRole('button', { name: sv.accessLog.clear }).click();
    await expect.poll(() => items.filter({ hasText: sentence }).count()).toBeGreaterThan(0);
    await person.context().close();
    await af.context().close();
  });

  it('pages through a long log with "show more"', async () => {
    const af = await suite.as('af.handlaggare@sjostad.example');
    for (let i = 0; i < 55; i++) await af.request.get(`${suite.kitt.url}/api/participants/${participantId}/week`);
    const person = await suite.as(PERSON);
    await person.goto(`${suite.kitt.url}/me/access-log`);
    const items = list(person, sv.accessLog.listLabel).locator('li');
    await expect.poll(() => items.count()).toBe(50);
    await person.getByRole('button', { name: sv.accessLog.more }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(50);
    const times = (await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-at') ?? ''))).map(Date.parse);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await person.context().close();
    await af.context().close();
  });

  it('reads right to left in Arabic on a phone, with the filters open', async () => {
    const person = await suite.as(PERSON, { language: 'ar', phone: true });
    await person.goto(`${suite.kitt.url}/me/access-log`);
    expect(await person.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await person.getByRole('button', { name: ar.accessLog.filtersTitle }).click();
    await person.getByLabel(ar.accessLog.organisation).selectOption({ label: AF });
    const items = list(person, ar.accessLog.listLabel).locator('li');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    expect(await items.first().textContent()).toContain(AF);
    expect(await seriousViolations(person)).toEqual([]);
    // No sideways scrolling on the phone.
    expect(await person.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await person.context().close();
  });
});
