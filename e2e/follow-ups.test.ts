import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';

/**
 * Follow-up after a participation ends: the social enterprise's supervisor finds the 90-day follow-up of a café
 * trainee in the worklist and among the due follow-ups, records that the person now works, and sees it recorded;
 * then reads the follow-ups on a phone in Arabic. axe on every page.
 */
const { sv, ar } = texts;
const suite = demoSuite();
const CAFE = 'Träningsplats i Kvarnens café och bageri';
const NINETY = sv.participations.list.daysAfter.replace('{{days}}', '90');

describe('follow-ups after the end', () => {
  it('shows the due follow-up in the supervisor’s worklist, as a link to the follow-ups', async () => {
    const page = await suite.as('handledare@sjostad.example');
    const group = page.getByRole('region', { name: new RegExp(`^${sv.worklist.groups.followUps}`) });
    await group.waitFor();
    const link = group.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/^\/follow-ups\?state=(due|missed)$/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records the situation at 90 days once, and shows it recorded', async () => {
    const page = await suite.as('handledare@sjostad.example');
    await page.goto(`${suite.kitt.url}/follow-ups`);
    await page.getByRole('heading', { level: 1, name: sv.participations.followUps.title }).waitFor();
    // A trainee the enterprise may name (consent for identity): which follow-ups are due, and whose, moves with the day.
    const card = page
      .getByRole('article')
      .filter({ hasText: CAFE })
      .filter({ hasText: NINETY })
      .filter({ hasNotText: sv.participations.followUps.aParticipant });
    await card.first().waitFor();
    const name = (await card.first().getByRole('paragraph').first().textContent()) ?? '';
    expect(name).not.toBe(sv.participations.followUps.aParticipant);
    expect(await page.getByRole('table').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await card.first().getByRole('button', { name: sv.participations.followUps.record }).click();
    const dialog = page.getByRole('dialog', { name: sv.participations.followUps.dialogTitle });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: sv.participations.followUps.reached }).isChecked()).toBe(true);
    await dialog.getByRole('combobox', { name: sv.participations.situation.occupation }).click();
    await page.getByRole('option', { name: sv.finsam.occupation.work_unsubsidised }).click();
    // The income sources are a multi-select: typed to filter, chosen with the keyboard.
    const income = dialog.getByRole('combobox', { name: sv.participations.situation.incomeSources });
    await income.focus();
    await page.keyboard.type(sv.finsam.income.salary);
    await page.getByRole('option', { name: sv.finsam.income.salary, exact: true }).click();
    await page.keyboard.press('Escape');
    // Work asks for the extent, full time unless changed.
    expect(await dialog.getByRole('textbox', { name: sv.participations.situation.extentPercent }).inputValue()).toBe('100 %');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: sv.participations.followUps.save }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: new RegExp(`^${sv.participations.followUps.tabs.recorded.replace(' ({{count}})', '')}`) }).click();
    const recorded = page.getByRole('article').filter({ hasText: name }).filter({ hasText: NINETY });
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain(sv.finsam.occupation.work_unsubsidised);
    expect(await recorded.textContent()).toContain(sv.participations.states.recorded);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reads the follow-ups on a phone in Arabic, right to left', async () => {
    const page = await suite.as('handledare@sjostad.example', { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/follow-ups?state=missed`);
    await page.getByRole('heading', { level: 1, name: ar.participations.followUps.title }).waitFor();
    await page.getByRole('article').first().waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
