import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { addItem, agendaItem, openMeetings, planMeeting, read, t } from './support/meetings.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * The governance level's journey in one story: the coordinator registers a proposal for an initiative that runs
 * through the social enterprise's bicycle workshop; the preparation group prepares it; the material for the board is
 * sent late and shown so; the board decides, moving the initiative to decided and allocating money; the initiative
 * runs and its intervention's participations are its results; the board member sees the indicators and the budget
 * against outcome — the new allocation among them — on one page; the initiative is taken into the municipality's
 * regular operations.
 */
const { sv } = texts;
const i18n = sv.initiatives;
const m = sv.meetings;
const suite = demoSuite();
const RUN = Date.now().toString(36);
const NAME = `Cykelspåret ${RUN}`;
const INTERVENTION = 'Träningsplats i Kvarnens cykelverkstad';
const PARTY = 'Sjöstads kommun';
const PDF = Buffer.from('%PDF-1.4\n% Tjänsteskrivelse Cykelspåret\n%%EOF\n');
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function openInitiative(page: Page) {
  await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.initiatives }).click();
  await page.getByRole('heading', { level: 1, name: i18n.title }).waitFor();
  await page.getByRole('searchbox', { name: i18n.filters.search }).fill(RUN);
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
}

async function takeStep(page: Page, step: keyof typeof i18n.steps, fill: (dialog: Locator) => Promise<void> = async () => {}) {
  await page.getByRole('group', { name: i18n.actions }).getByRole('button', { name: i18n.steps[step] }).click();
  const dialog = page.getByRole('dialog', { name: i18n.steps[step] });
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: i18n.steps[step] }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the governance journey', () => {
  it('takes a proposal through preparation, a late board meeting and the decision into regular operations', async () => {
    const page = await suite.as('samordnare@sjostad.example');

    // The coordinator registers the proposal, run through the bicycle workshop the förbund funds.
    await page.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.initiatives }).click();
    await page.getByRole('button', { name: i18n.new }).click();
    const form = page.getByRole('dialog', { name: i18n.form.createTitle });
    await form.waitFor();
    await form.getByRole('textbox', { name: i18n.form.name }).fill(NAME);
    await form.getByRole('combobox', { name: i18n.form.kind }).selectOption({ label: i18n.kinds.project });
    await form.getByRole('textbox', { name: i18n.form.description }).fill('Träningsplatser i cykelverkstaden för unga vuxna.');
    await form.getByRole('textbox', { name: i18n.form.targetGroup }).fill('Unga vuxna långt från arbetsmarknaden');
    await form.getByRole('textbox', { name: i18n.form.origin }).fill('Kvarnens handledare och Arbetsmarknadsenheten');
    await form.getByRole('combobox', { name: i18n.form.owner }).selectOption({ label: PARTY });
    await form.getByRole('checkbox', { name: i18n.fundingSources.samordningsforbund }).check();
    await form.getByRole('textbox', { name: i18n.form.municipality }).fill('Sjöstad');
    await form.getByRole('checkbox', { name: i18n.municipalityRoles.entrepreneur }).check();
    await form.getByLabel(i18n.form.startDate).fill(isoDay(-400));
    await form.getByLabel(i18n.form.endDate).fill(isoDay(300));
    await form.getByLabel(i18n.form.interventions).fill('cykelverkstad');
    await page.getByRole('option', { name: INTERVENTION }).click();
    await form.getByRole('button', { name: i18n.save }).click();
    await form.waitFor({ state: 'detached' });
    await openInitiative(page);
    await takeStep(page, 'proposed', (d) => d.getByRole('textbox', { name: i18n.stepForm.note }).fill('Till beredningsgruppen'));
    expect(await seriousViolations(page)).toEqual([]);

    // The preparation group prepares it tomorrow; the board meets in three days, a week's deadline already passed.
    await openMeetings(page);
    const preparation = `Beredningsgruppen ${RUN}`;
    const prepared = `Föreslå styrelsen att bevilja ${NAME}`;
    await planMeeting(page, 'preparation_group', preparation, 1, '09:00');
    await addItem(page, prepared, NAME);
    await openMeetings(page);
    const decided = `Bevilja ${NAME}`;
    await planMeeting(page, 'board', `Styrelsemöte ${RUN}`, 3, '13:00');
    await addItem(page, decided, NAME, t(m.agenda.heading, { position: 1, title: prepared }));
    const item = agendaItem(page, 1, decided);
    await item.waitFor();
    expect(await read(item)).toContain(m.material.missing);

    // The material goes out now, too late, and the page says so.
    await item.getByRole('button', { name: t(m.agenda.attachLabel, { title: decided }) }).click();
    const attach = page.getByRole('dialog', { name: m.documentForm.title });
    await attach
      .getByLabel(m.documentForm.file)
      .setInputFiles({ name: 'Tjänsteskrivelse Cykelspåret.pdf', mimeType: 'application/pdf', buffer: PDF });
    await attach.getByRole('button', { name: m.documentForm.save }).click();
    await attach.waitFor({ state: 'detached' });
    await expect.poll(() => read(item)).toContain(m.material.late);

    // The board decides: adopted, the initiative decided, 400 000 kronor of this year's budget allocated to it.
    await item.getByRole('button', { name: t(m.agenda.decideLabel, { title: decided }) }).click();
    const decide = page.getByRole('dialog', { name: m.decisionForm.title });
    await decide.getByRole('textbox', { name: m.decisionForm.wording }).fill(`Styrelsen beviljar ${NAME} 400 000 kronor.`);
    expect(
      await decide.getByRole('combobox', { name: t(m.decisionForm.initiativeState, { name: `\u2068${NAME}\u2069` }) }).inputValue(),
    ).toBe('decided');
    await decide.getByRole('textbox', { name: m.decisionForm.amount }).fill('400 000');
    await decide.getByRole('button', { name: m.decisionForm.save }).click();
    await decide.waitFor({ state: 'detached' });
    await expect.poll(() => read(item)).toContain(m.outcomes.adopted);
    expect(await seriousViolations(page)).toEqual([]);

    // The initiative runs; its results are the bicycle workshop's participations, suppressed as every aggregate.
    await openInitiative(page);
    // The board's decision moved it (the page refetches what it showed before).
    await expect.poll(() => read(page.getByRole('main'))).toContain(i18n.states.decided);
    await takeStep(page, 'running');
    const results = page.getByRole('region', { name: i18n.outcomes.title });
    await results.waitFor();
    expect(await read(results)).toContain(i18n.outcomes.participants);
    expect(await read(results)).toMatch(/\d|< 5/);

    // The board member sees the indicators and the budget against outcome, the new allocation among them, on one page.
    const board = await suite.as('ledamot@sjostad.example');
    await board.getByRole('navigation', { name: sv.nav.label }).getByRole('link', { name: sv.nav.overview }).click();
    await board.getByRole('heading', { level: 1, name: sv.overview.title }).waitFor();
    await board.mouse.move(640, 5);
    const indicators = board.getByRole('region', { name: sv.overview.goals.title });
    await indicators.getByRole('heading', { name: sv.goals.indicators.people_in_forbund_funded.name }).first().waitFor();
    const year = new Date().getFullYear();
    const budget = board.getByRole('region', { name: t(sv.overview.budget.title, { year }) });
    await budget.getByRole('rowheader', { name: NAME }).waitFor();
    expect(await read(budget)).toContain('400 000');
    expect(await seriousViolations(board)).toEqual([]);

    // Evaluated, then taken into the municipality's regular operations.
    await takeStep(page, 'evaluated', (d) => d.getByRole('textbox', { name: i18n.stepForm.evaluation }).fill('Sex av tio till arbete.'));
    await takeStep(page, 'implemented', async (d) => {
      await d.getByRole('combobox', { name: i18n.stepForm.implementedBy }).selectOption({ label: PARTY });
      await d.getByLabel(i18n.stepForm.implementedFrom).fill(isoDay(60));
      await d.getByRole('textbox', { name: i18n.stepForm.implementationFunding }).fill('Arbetsmarknadsenhetens budget');
    });
    const history = page.getByRole('region', { name: i18n.history.title });
    await history
      .getByText(i18n.history.moved.replace('{{from}}', i18n.states.evaluated).replace('{{to}}', i18n.states.implemented))
      .waitFor();
    expect(await history.getByRole('listitem').count()).toBe(6);
    expect(await read(history)).toContain(`Styrelsen beviljar ${NAME} 400 000 kronor.`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
