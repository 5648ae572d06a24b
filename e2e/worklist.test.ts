import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

const { sv, ar } = texts;
const suite = demoSuite();

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/kitt-worklist-${name}.png`, fullPage: true });

/** A worklist group's own section, by its name in the response (`repliesOverdue`). */
const group = (page: Page, name: keyof typeof sv.worklist.groups) => page.locator(`section[aria-labelledby="worklist-${name}"]`);

/** The count in a group's heading. */
async function countOf(page: Page, title: string): Promise<number> {
  const heading = page.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) });
  const text = await heading.innerText();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

describe('the worklist on the start page, in the browser', () => {
  it('the labour-market unit’s caseworker sees what waits, switches to the organisation and follows an overdue reply to its thread', async () => {
    const page = await suite.as('amf.handlaggare@sjostad.example');
    const g = sv.worklist.groups;
    await expect.poll(() => page.getByRole('heading', { level: 2, name: sv.worklist.title }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 3, name: new RegExp(`^${g.repliesOverdue}`) }).count()).toBe(1);
    // From the demo data: SFI's question about Hamid's placement waits since ten days, another since an hour;
    // Hamid's plan meeting overlaps his SFI morning.
    expect(await countOf(page, g.repliesOverdue)).toBeGreaterThan(0);
    expect(await countOf(page, g.questionsWaiting)).toBeGreaterThan(0);
    expect(await countOf(page, g.warnings)).toBeGreaterThan(0);
    // The rest of the start page stays below the worklist.
    await expect.poll(() => page.getByRole('heading', { name: sv.start.whatKittGives }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'caseworker-sv');

    // The whole organisation's worklist holds at least as much as the caseworker's own.
    const mine = await countOf(page, g.warnings);
    await page.getByText(sv.worklist.scopeOrganisation, { exact: true }).click();
    await page.waitForURL(/worklist=organisation/);
    await expect.poll(() => countOf(page, g.warnings)).toBeGreaterThanOrEqual(mine);

    // One click from the overdue reply to its thread.
    const overdue = group(page, 'repliesOverdue').getByRole('link', { name: /Hamid Rahimi/ });
    await overdue.first().click();
    await page.waitForURL(/\/participants\/[0-9a-f-]{36}\/messages\?thread=[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('Praktikplats efter SFI').count()).toBeGreaterThan(0);

    // Back, and one click from a warning to its week.
    await page.goBack();
    const warning = group(page, 'warnings').getByRole('link').first();
    await expect.poll(() => warning.count()).toBe(1);
    await warning.click();
    await page.waitForURL(/\/participants\/[0-9a-f-]{36}\/week\?week=\d{4}-W\d{2}$/);
  });

  it('every group says its count, or that it is empty', async () => {
    // Socialtjänsten has few consents: most of its groups are empty, and say so.
    const page = await suite.as('soc.handlaggare@sjostad.example');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: sv.worklist.title }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: new RegExp(`^${sv.worklist.groups.repliesOverdue}`) }).count())
      .toBe(1);
    for (const [name, title] of Object.entries(sv.worklist.groups)) {
      const count = await countOf(page, title);
      expect(Number.isInteger(count)).toBe(true);
      if (count === 0)
        expect(
          await group(page, name as keyof typeof sv.worklist.groups)
            .getByText(sv.worklist.empty[name as keyof typeof sv.worklist.empty])
            .count(),
        ).toBe(1);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works on a phone in Arabic, right to left, with dates left to right', async () => {
    const page = await suite.as('samordnare@sjostad.example', { language: 'ar', phone: true });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: ar.worklist.title }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect
      .poll(() => page.getByRole('heading', { level: 3, name: new RegExp(`^${ar.worklist.groups.questionsWaiting}`) }).count())
      .toBe(1);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'coordinator-ar-phone');
  });

  it('a provider sees its consents ending soon and goes to the person to renew one', async () => {
    const page = await suite.as('handledare@sjostad.example');
    const title = sv.worklist.groups.consentsExpiring;
    await expect.poll(() => page.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }).count()).toBe(1);
    expect(await countOf(page, title)).toBeGreaterThan(0);
    await group(page, 'consentsExpiring').getByRole('link').first().click();
    await page.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
  });

  it('is not shown to roles without people, and the start page keeps what it said to them', async () => {
    const page = await suite.as('analytiker@sjostad.example');
    await expect.poll(() => page.getByRole('heading', { name: sv.start.whatKittGives }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: sv.worklist.title }).count()).toBe(0);
  });
});
