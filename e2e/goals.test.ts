import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../common/governance.ts';
import { formatKronor } from '../web/src/features/catalogue/money.ts';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The förbund's goals and the board's overview in the browser: the coordinator finds the demo's three joint goals with
 * their five indicators and the parties' four goals, adds a joint goal of the test's own, makes it measurable with an
 * indicator and a target (refused as a share above 100 %, then saved), adds a party's goal that serves it and sees the
 * translation both ways; a board member opens the overview first in the governance menu and sees the indicators, the
 * budget year's figures, the initiatives at risk and the coming meetings, with no button to change anything; no
 * suppressed quarter shows a count of 1–4; axe in Swedish on a desktop and in Arabic, right to left, on a phone.
 * The tests run in order: the later ones read the goal the first one adds.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const COORDINATOR = 'samordnare@sjostad.example';
const BOARD_MEMBER = 'ledamot@sjostad.example';
const RUN = Date.now().toString(36).slice(-5);
const JOINT = `Fler unga i arbete, prov ${RUN}`;
const PARTY_GOAL = `Regionens ungdomsmottagning, prov ${RUN}`;
const PARTY = 'Region Sjöland';
const DEMO_JOINT = ['Fler deltagare i arbete eller studier', 'Samverkan som når hela vägen', 'Förbundets medel når deltagarna'];

const t = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
/** Text as a reader sees it: the non-breaking and narrow spaces as plain spaces, without invisible direction marks. */
const read = async (locator: Locator) =>
  ((await locator.textContent()) ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ');
const goal = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

/**
 * No count of 1–4 anywhere a count is published: every quarter's table is opened and each cell that is a bare number
 * (a count: the base of a share, people per party) must be 0 or at least 5; a small one is "< 5", a withheld one "–".
 */
async function expectNoSmallCounts(page: Page) {
  await page.locator('main details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const cells = await page.locator('main td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  const clean = cells.map((c) => c.replace(/[\u2066-\u2069\u200e\u200f]/g, '').trim());
  expect(clean.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
  expect(clean).toContain('< 5');
}

describe('the förbund’s goals and the board’s overview', () => {
  it('adds a joint goal with an indicator and a party’s goal that serves it, and shows the translation', async () => {
    const page = await suite.as(COORDINATOR);
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.goals }).click();
    await page.getByRole('heading', { level: 1, name: sv.goals.title }).waitFor();
    await page.mouse.move(640, 5);

    // The demo: three joint goals, five indicators between them, each explained; four parties' goals.
    for (const title of DEMO_JOINT) await goal(page, title).waitFor();
    for (const indicator of INDICATORS) {
      const card = page.getByRole('region', { name: sv.goals.indicators[indicator].name, exact: true });
      expect(await card.count(), indicator).toBe(1);
      expect(await read(card)).toContain(sv.goals.indicators[indicator].explain);
    }
    const partyGoals = page.getByRole('region', { name: sv.goals.party.title });
    expect(await partyGoals.getByRole('article').count()).toBeGreaterThanOrEqual(4);
    expect(await read(goal(page, DEMO_JOINT[1]!))).toContain('Region Sjöland: Tidig arbetslivsinriktad rehabilitering');
    expect(await read(page.getByRole('region', { name: sv.goals.indicators.median_days_housing_to_intake.name }))).toContain(
      `${sv.goals.facts.target}: ${sv.goals.direction.at_most} 30 dagar`,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // A joint goal of the test's own.
    await page.getByRole('button', { name: sv.goals.joint.add }).click();
    const jointDialog = page.getByRole('dialog', { name: sv.goals.jointForm.createTitle });
    await jointDialog.waitFor();
    await jointDialog.getByRole('button', { name: sv.goals.save }).click();
    await jointDialog.getByText(sv.goals.problems.required).waitFor();
    await jointDialog.getByRole('textbox', { name: sv.goals.form.title }).fill(JOINT);
    await jointDialog.getByRole('textbox', { name: sv.goals.form.description }).fill('Unga under 25 ska komma i arbete eller studier.');
    expect(await seriousViolations(page)).toEqual([]);
    await jointDialog.getByRole('button', { name: sv.goals.save }).click();
    await jointDialog.waitFor({ state: 'detached' });
    const mine = goal(page, JOINT);
    await mine.waitFor();
    expect(await read(mine)).toContain(sv.goals.joint.noIndicators);
    expect(await read(mine)).toContain(sv.goals.joint.servedByNone);

    // Made measurable: a share above 100 % is refused, then a target of 75,5 % at least.
    await page.getByRole('button', { name: t(sv.goals.indicator.addLabel, { title: JOINT }) }).click();
    const indicatorDialog = page.getByRole('dialog', { name: t(sv.goals.indicatorForm.createTitle, { title: JOINT }) });
    await indicatorDialog.waitFor();
    await indicatorDialog
      .getByRole('combobox', { name: sv.goals.indicatorForm.indicator })
      .selectOption({ label: sv.goals.indicators.completion_rate.name });
    await indicatorDialog.getByText(sv.goals.indicators.completion_rate.explain).waitFor();
    expect(await indicatorDialog.getByRole('radio', { name: sv.goals.indicatorForm.directions.at_least }).isChecked()).toBe(true);
    await indicatorDialog.getByRole('textbox', { name: sv.goals.indicatorForm.target.percent }).fill('150');
    await indicatorDialog.getByRole('button', { name: sv.goals.save }).click();
    await indicatorDialog.getByText(sv.goals.problems.percent).waitFor();
    await indicatorDialog.getByRole('textbox', { name: sv.goals.indicatorForm.target.percent }).fill('75,5');
    expect(await seriousViolations(page)).toEqual([]);
    await indicatorDialog.getByRole('button', { name: sv.goals.save }).click();
    await indicatorDialog.waitFor({ state: 'detached' });
    const measured = mine.getByRole('region', { name: sv.goals.indicators.completion_rate.name });
    await measured.waitFor();
    expect(await read(measured)).toContain(`${sv.goals.facts.target}: ${sv.goals.direction.at_least} 75,5 %`);
    expect(await read(measured)).toMatch(new RegExp(`${sv.goals.status.met}|${sv.goals.status.not_met}|${sv.goals.status.unknown}`));

    // A party's goal that serves it: the translation shows under the joint goal and under the party.
    await page.getByRole('button', { name: sv.goals.party.add }).click();
    const partyDialog = page.getByRole('dialog', { name: sv.goals.partyForm.createTitle });
    await partyDialog.waitFor();
    await partyDialog.getByRole('combobox', { name: sv.goals.partyForm.party }).selectOption({ label: PARTY });
    await partyDialog.getByRole('textbox', { name: sv.goals.form.title }).fill(PARTY_GOAL);
    // The joint goals it serves are a multi-select: typed to filter, chosen, closed.
    const serves = partyDialog.getByRole('combobox', { name: sv.goals.partyForm.serves });
    await serves.focus();
    await page.keyboard.type(JOINT.slice(0, 12));
    await page.getByRole('option', { name: JOINT, exact: true }).click();
    await page.keyboard.type(DEMO_JOINT[1]!.slice(0, 12));
    await page.getByRole('option', { name: DEMO_JOINT[1], exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
    await partyDialog.getByRole('button', { name: sv.goals.save }).click();
    await partyDialog.waitFor({ state: 'detached' });
    await expect.poll(() => read(mine)).toContain(`${PARTY}: ${PARTY_GOAL}`);
    expect(await read(goal(page, DEMO_JOINT[1]!))).toContain(`${PARTY}: ${PARTY_GOAL}`);
    const translation = await read(goal(page, PARTY_GOAL));
    for (const title of [JOINT, DEMO_JOINT[1]!]) expect(translation).toContain(title);
    expect(translation).toContain(sv.goals.party.serves.replace('{{titles}}', ''));
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoSmallCounts(page);
  });

  it('gives a board member the overview first, with the indicators, the budget and the initiatives at risk, and nothing to change', async () => {
    const page = await suite.as(BOARD_MEMBER);
    const menu = page.getByRole('navigation', { name: sv.nav.label });
    // The menu fills in once the session's verbs are known: read it after the governance links are there.
    await menu.getByRole('link', { name: sv.nav.forbund }).waitFor();
    const links = await menu.getByRole('link').allTextContents();
    expect(links.indexOf(sv.nav.overview)).toBeGreaterThan(0);
    expect(links.indexOf(sv.nav.overview)).toBeLessThan(links.indexOf(sv.nav.initiatives));
    expect(links.indexOf(sv.nav.overview)).toBeLessThan(links.indexOf(sv.nav.forbund));
    await menu.getByRole('link', { name: sv.nav.overview }).click();
    await page.getByRole('heading', { level: 1, name: sv.overview.title }).waitFor();
    await page.mouse.move(640, 5);

    // The indicators of every joint goal, the test's own among them, each against its target.
    const indicators = page.getByRole('region', { name: sv.overview.goals.title });
    await indicators.getByRole('article').first().waitFor();
    expect(await indicators.getByRole('article').count()).toBe(6);
    for (const indicator of INDICATORS)
      expect(await indicators.getByRole('heading', { name: sv.goals.indicators[indicator].name }).count()).toBeGreaterThan(0);
    expect(await read(indicators)).toContain(`${sv.goals.direction.at_least} 75,5 %`);
    expect(await indicators.getByRole('link', { name: sv.overview.goals.link }).getAttribute('href')).toBe('/goals');

    // The budget year's figures as the förbund's page has them.
    const budget = await (await page.request.get(`${suite.kitt.url}/api/forbund/budget`)).json();
    const section = page.getByRole('region', { name: t(sv.overview.budget.title, { year: budget.year.year }) });
    await section.waitFor();
    const shown = await read(section.locator('dl'));
    for (const [label, ore] of [
      [sv.forbund.figures.contributions, budget.year.totalOre],
      [sv.forbund.figures.allocated, budget.year.allocatedOre],
      [sv.forbund.figures.spent, budget.year.spentOre],
      [sv.overview.budget.remaining, budget.year.allocatedOre - budget.year.spentOre],
    ] as const)
      expect(shown).toContain(`${label}${formatKronor(ore, 'sv').replace(/\s/g, ' ')}`);
    for (const allocation of budget.year.allocations as { name: string }[])
      await section.getByRole('rowheader', { name: allocation.name }).waitFor();

    // The initiatives at risk, each with why, and the coming meetings.
    const risks = page.getByRole('region', { name: sv.overview.risks.title });
    const atRisk = (await (await page.request.get(`${suite.kitt.url}/api/initiatives?atRisk=true`)).json()).items as { name: string }[];
    expect(atRisk.length).toBeGreaterThan(0);
    for (const initiative of atRisk) await risks.getByRole('link', { name: initiative.name }).waitFor();
    expect(await read(risks)).toContain(sv.initiatives.riskReasons.past_end_without_decision.split('{{')[0]!.trim());
    const meetings = page.getByRole('region', { name: sv.overview.meetings.title });
    expect(await meetings.getByRole('link', { name: sv.overview.meetings.link }).getAttribute('href')).toBe('/meetings');
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The goals themselves: readable, with no way to change them.
    await indicators.getByRole('link', { name: sv.overview.goals.link }).click();
    await page.getByRole('heading', { level: 1, name: sv.goals.title }).waitFor();
    await goal(page, JOINT).waitFor();
    for (const name of [sv.goals.joint.add, sv.goals.party.add, t(sv.goals.joint.editLabel, { title: JOINT })])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await page.getByRole('button', { name: sv.goals.indicator.edit }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoSmallCounts(page);
  });

  it('works in Arabic on a phone, right to left, without sideways scrolling', async () => {
    const page = await suite.as(BOARD_MEMBER, { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/overview`);
    await page.getByRole('heading', { level: 1, name: ar.overview.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('region', { name: ar.overview.goals.title }).getByRole('article').first().waitFor();
    await page.getByRole('region', { name: ar.overview.risks.title }).getByRole('link').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${suite.kitt.url}/goals`);
    await page.getByRole('heading', { level: 1, name: ar.goals.title }).waitFor();
    await goal(page, JOINT).waitFor();
    await expectNoSmallCounts(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
