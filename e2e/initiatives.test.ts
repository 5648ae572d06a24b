import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The governance level's initiatives in the browser: the coordinator records a project that has already run, takes
 * it from idea through proposal, decision and running (when the warning names it, past its end and not evaluated),
 * to evaluated and into the municipality's regular operations, each step in its history; a board member reads the
 * demo's running Jobbspåret Sjöstad without any way to change it; axe in Swedish on a desktop and in Arabic, right to
 * left, on a phone.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const NAME = 'Arbetsträning i parkförvaltningen';
const RUNNING = 'Jobbspåret Sjöstad';
const PARTY = 'Sjöstads kommun';

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Takes the step named `step` from the initiative's page, filling what its dialog asks for. */
async function takeStep(page: Page, step: keyof typeof sv.initiatives.steps, fill: (dialog: Locator) => Promise<void> = async () => {}) {
  await page.getByRole('group', { name: sv.initiatives.actions }).getByRole('button', { name: sv.initiatives.steps[step] }).click();
  const dialog = page.getByRole('dialog', { name: sv.initiatives.steps[step] });
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: sv.initiatives.steps[step] }).click();
  await dialog.waitFor({ state: 'detached' });
}

const main = (page: Page) => page.getByRole('main');
const history = (page: Page) => page.getByRole('region', { name: sv.initiatives.history.title });
const moved = (from: string, to: string) => sv.initiatives.history.moved.replace('{{from}}', from).replace('{{to}}', to);

describe('initiatives', () => {
  it('takes a new initiative from idea into regular operations, each step in its history', async () => {
    const page = await suite.as('samordnare@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.initiatives }).click();
    await page.getByRole('heading', { level: 1, name: sv.initiatives.title }).waitFor();
    await page.mouse.move(640, 5);
    const list = page.getByRole('region', { name: /^Initiativen/ });
    await list.getByRole('listitem', { name: RUNNING }).waitFor();
    expect(await list.getByRole('listitem', { name: RUNNING }).textContent()).toContain(sv.initiatives.states.running);
    expect(await seriousViolations(page)).toEqual([]);

    // Filters: one state, words in the text.
    const filters = page.getByRole('search', { name: sv.initiatives.filters.label });
    await filters.getByText(sv.initiatives.states.idea, { exact: true }).click();
    await expect.poll(() => page.url()).toContain('state=idea');
    await expect.poll(() => list.getByRole('listitem', { name: RUNNING }).count()).toBe(0);
    await filters.getByText(sv.initiatives.filters.allStates, { exact: true }).click();
    await page.getByRole('searchbox', { name: sv.initiatives.filters.search }).fill('Jobbspåret');
    await expect.poll(() => page.url()).toContain('q=Jobbsp');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await page.getByRole('searchbox', { name: sv.initiatives.filters.search }).fill('');

    // Record it; the form checks its dates before sending.
    await page.getByRole('button', { name: sv.initiatives.new }).click();
    const dialog = page.getByRole('dialog', { name: sv.initiatives.form.createTitle });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: sv.initiatives.form.name }).fill(NAME);
    await dialog.getByRole('combobox', { name: sv.initiatives.form.kind }).selectOption({ label: sv.initiatives.kinds.project });
    await dialog.getByRole('textbox', { name: sv.initiatives.form.description }).fill('Arbetsträning med handledare i kommunens parker.');
    await dialog.getByRole('textbox', { name: sv.initiatives.form.targetGroup }).fill('Unga vuxna med aktivitetsersättning');
    await dialog.getByRole('textbox', { name: sv.initiatives.form.origin }).fill('Beredningsgruppen');
    await dialog.getByRole('combobox', { name: sv.initiatives.form.owner }).selectOption({ label: PARTY });
    await dialog.getByRole('checkbox', { name: sv.initiatives.fundingSources.samordningsforbund }).check();
    await dialog.getByRole('textbox', { name: sv.initiatives.form.municipality }).fill('Sjöstad');
    await dialog.getByRole('checkbox', { name: sv.initiatives.municipalityRoles.employer }).check();
    await dialog.getByLabel(sv.initiatives.form.startDate).fill(isoDay(-300));
    await dialog.getByLabel(sv.initiatives.form.endDate).fill(isoDay(-400));
    await dialog.getByRole('button', { name: sv.initiatives.save }).click();
    await dialog.getByText(sv.initiatives.problems.end_before_start).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel(sv.initiatives.form.endDate).fill(isoDay(-10));
    await dialog.getByRole('button', { name: sv.initiatives.save }).click();
    await dialog.waitFor({ state: 'detached' });

    await list.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(await main(page).textContent()).toContain(sv.initiatives.states.idea);
    expect(await history(page).textContent()).toContain(sv.initiatives.history.recorded);
    expect(await seriousViolations(page)).toEqual([]);

    await takeStep(page, 'proposed', (d) => d.getByRole('textbox', { name: sv.initiatives.stepForm.note }).fill('Till styrelsen i mars'));
    await history(page).getByText(moved(sv.initiatives.states.idea, sv.initiatives.states.proposed)).waitFor();
    expect(await history(page).textContent()).toContain('Till styrelsen i mars');
    await takeStep(page, 'decided', (d) =>
      d.getByRole('textbox', { name: sv.initiatives.stepForm.note }).fill('Styrelsen 2026-03-12 § 14'),
    );
    await takeStep(page, 'running');
    await history(page).getByText(moved(sv.initiatives.states.decided, sv.initiatives.states.running)).waitFor();

    // Past its end and not evaluated: the page and the list's warning say so.
    await page.getByRole('alert').filter({ hasText: sv.initiatives.riskReasons.not_evaluated }).waitFor();
    await page.getByRole('link', { name: sv.initiatives.back }).click();
    const warning = page.getByRole('alert').filter({ hasText: sv.initiatives.risk.title });
    await warning.getByRole('link', { name: NAME }).waitFor();
    // By keyboard: the list still settling below would move a pointer's target.
    await page.getByRole('switch', { name: sv.initiatives.filters.atRiskOnly }).press('Space');
    await expect.poll(() => page.url()).toContain('atRisk=1');
    await expect.poll(() => list.getByRole('listitem', { name: RUNNING }).count()).toBe(0);
    await list.getByRole('listitem', { name: NAME }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // The evaluation is asked for before the step is taken.
    await page.getByRole('group', { name: sv.initiatives.actions }).getByRole('button', { name: sv.initiatives.steps.evaluated }).click();
    const evaluate = page.getByRole('dialog', { name: sv.initiatives.steps.evaluated });
    await evaluate.getByRole('button', { name: sv.initiatives.steps.evaluated }).click();
    await evaluate.getByText(sv.initiatives.problems.required).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await evaluate
      .getByRole('textbox', { name: sv.initiatives.stepForm.evaluation })
      .fill('Sju av tio gick vidare till arbete eller studier.');
    await evaluate.getByRole('button', { name: sv.initiatives.steps.evaluated }).click();
    await evaluate.waitFor({ state: 'detached' });
    await page.getByText('Sju av tio gick vidare till arbete eller studier.').waitFor();

    await takeStep(page, 'implemented', async (d) => {
      await d.getByRole('combobox', { name: sv.initiatives.stepForm.implementedBy }).selectOption({ label: PARTY });
      await d.getByLabel(sv.initiatives.stepForm.implementedFrom).fill(isoDay(30));
      await d.getByRole('textbox', { name: sv.initiatives.stepForm.implementationFunding }).fill('Parkförvaltningens budget');
    });
    await history(page).getByText(moved(sv.initiatives.states.evaluated, sv.initiatives.states.implemented)).waitFor();
    const shown = (await main(page).textContent()) ?? '';
    expect(shown).toContain(sv.initiatives.states.implemented);
    expect(shown).toContain('Parkförvaltningens budget');
    expect(shown).toContain(isoDay(30));
    expect(await history(page).getByRole('listitem').count()).toBe(6);
    expect(await page.getByRole('group', { name: sv.initiatives.actions }).getByRole('button').allTextContents()).toEqual([
      sv.initiatives.change,
    ]);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a board member the initiatives and their history, with no way to change them', async () => {
    const page = await suite.as('ledamot@sjostad.example');
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.initiatives }).click();
    await page.getByRole('heading', { level: 1, name: sv.initiatives.title }).waitFor();
    await page.mouse.move(640, 5);
    await page.getByRole('link', { name: RUNNING }).click();
    await page.getByRole('heading', { level: 1, name: RUNNING }).waitFor();
    await page.getByRole('region', { name: sv.initiatives.outcomes.title }).waitFor();
    expect(await history(page).getByRole('listitem').count()).toBeGreaterThan(1);
    expect(await page.getByRole('group', { name: sv.initiatives.actions }).count()).toBe(0);
    expect(await page.getByRole('button', { name: sv.initiatives.change }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: sv.initiatives.back }).click();
    await page.getByRole('heading', { level: 1, name: sv.initiatives.title }).waitFor();
    expect(await page.getByRole('button', { name: sv.initiatives.new }).count()).toBe(0);
  });

  it('works in Arabic on a phone, right to left', async () => {
    const page = await suite.as('samordnare@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/initiatives`);
    await page.getByRole('heading', { level: 1, name: ar.initiatives.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('listitem', { name: RUNNING }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: RUNNING }).click();
    await page.getByRole('heading', { level: 1, name: RUNNING }).waitFor();
    await page.getByRole('region', { name: ar.initiatives.history.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ar.initiatives.steps.evaluated }).click();
    await page.getByRole('dialog', { name: ar.initiatives.steps.evaluated }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Every initiative's page fits the phone, whatever its name or texts.
    await page.goto(`${suite.kitt.url}/initiatives`);
    await page.getByRole('listitem', { name: RUNNING }).waitFor();
    const pages = await page
      .getByRole('region', { name: /\(\d+\)/ })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const path of pages) {
      await page.goto(`${suite.kitt.url}${path}`);
      await page.getByRole('region', { name: ar.initiatives.history.title }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path!).toBeLessThanOrEqual(390);
    }
  });
});
