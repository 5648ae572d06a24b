import { describe, expect, it } from 'vitest';
import { PHONE, seriousViolations } from './support/browser.ts';
import { texts } from './support/texts.ts';
import { demoSuite } from './support/suite.ts';
import { todayInSweden } from '../server/lib/dates.ts';

const { sv, ar } = texts;
const SFI = 'Vuxenutbildningen och SFI, Sjöstads kommun';
const suite = demoSuite();

const as = suite.as;

/** A translated sentence with its values filled in; the values may sit inside Unicode direction isolates. */
function sentence(template: string, values: Record<string, string>): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = template.split(/(\{\{\w+\}\})/).map((part) => {
    const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
    return name ? `[\u2066\u2068]?${escape(values[name]!)}\u2069?` : escape(part);
  });
  return new RegExp(parts.join(''));
}

/** Text without the Unicode direction isolates that keep names and numbers in order inside Arabic sentences. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const daysAgo = (n: number) => todayInSweden(new Date(Date.now() - n * 86_400_000));

describe('the progression timeline in the browser', () => {
  let participantUrl: string;

  it('an SFI teacher records that Hamid passed SFI course B on study path 2; it appears with its source organisation', async () => {
    const teacher = await as('sfi.larare@sjostad.example');
    await teacher.getByRole('link', { name: sv.nav.participants }).first().click();
    await teacher.getByLabel(sv.participants.search).fill('Hamid');
    await teacher
      .getByRole('link', { name: /Hamid Rahimi/ })
      .first()
      .click();
    await teacher.waitForURL(/\/participants\/[0-9a-f-]{36}$/);
    participantUrl = teacher.url();
    // The section links are list items of their navigation.
    await teacher.getByRole('navigation', { name: sv.person.sectionsLabel }).getByText(sv.person.sections.progression).click();
    await teacher.waitForURL(/\/progression$/);

    await teacher.getByRole('button', { name: sv.progression.record }).click();
    const dialog = teacher.getByRole('dialog');
    await dialog.getByLabel(sv.progression.fields.kind).selectOption('sfi_course');
    await dialog.getByLabel(sv.progression.fields.sfiLevel).selectOption('B');
    await dialog.getByLabel(sv.progression.fields.studyPath).selectOption('2');
    await dialog.getByLabel(sv.progression.fields.result).selectOption('passed');
    await dialog.getByLabel(sv.progression.fields.startDate).fill(daysAgo(180));
    await dialog.getByLabel(sv.progression.fields.endDate).fill(daysAgo(1));
    expect(await seriousViolations(teacher)).toEqual([]);
    await dialog.getByRole('button', { name: sv.common.save }).click();
    await expect.poll(() => teacher.getByText(sv.progression.saved).count()).toBe(1);

    // Newest first: the passed course tops the timeline, with the school as its source, and the summary follows.
    const headline = sentence(`${sv.progression.withResult}`, {
      what: 'SFI kurs \u2066B\u2069, studieväg \u20662\u2069',
      result: sv.progression.results.sfi_course.passed,
    });
    const timeline = teacher.getByRole('list', { name: sv.progression.timelineLabel });
    const first = timeline.getByRole('listitem').filter({ hasText: headline });
    await expect.poll(() => first.count()).toBe(1);
    expect(plain(await first.innerText())).toContain(sv.progression.source.replace('{{organisation}}', SFI));
    expect(await timeline.getByRole('listitem').first().innerText()).toMatch(headline);
    expect(await teacher.getByRole('group', { name: sv.progression.summaryLabel }).innerText()).toContain(
      `${sv.progression.summarySfiPassed} B`,
    );
    expect(await seriousViolations(teacher)).toEqual([]);

    // The school corrects its own entry: the change is saved on the version it read.
    await first.getByRole('button', { name: new RegExp(`^${sv.progression.editNamed.split('{{')[0]}`) }).click();
    await teacher.getByRole('dialog').getByLabel(sv.progression.fields.note).fill('Betyg C på muntlig del.');
    await teacher.getByRole('dialog').getByRole('button', { name: sv.common.save }).click();
    await expect.poll(() => teacher.getByText('Betyg C på muntlig del.').count()).toBe(1);
  });

  it('an organisation without the person’s consent is told so plainly and sees no timeline', async () => {
    const soc = await as('soc.handlaggare@sjostad.example');
    await soc.goto(`${participantUrl}/progression`);
    await expect.poll(() => soc.getByText(sv.consentRequired.progression).count()).toBe(1);
    expect(await soc.getByRole('list', { name: sv.progression.timelineLabel }).count()).toBe(0);
    expect(await seriousViolations(soc)).toEqual([]);
  });

  it('the participant sees their own timeline in Arabic, right to left, on a phone', async () => {
    const person = await as('deltagare@sjostad.example', { language: 'ar', phone: true });
    await person.goto(`${suite.kitt.url}/me/progression`);
    await expect.poll(() => person.getByRole('heading', { name: ar.progression.titleSelf }).count()).toBe(1);
    expect(await person.locator('html').getAttribute('dir')).toBe('rtl');

    const headline = sentence(ar.progression.withResult, {
      what: `دورة SFI المستوى \u2066B\u2069، المسار الدراسي \u20662\u2069`,
      result: ar.progression.results.sfi_course.passed,
    });
    const timeline = person.getByRole('list', { name: ar.progression.timelineLabel });
    const entry = timeline.getByRole('listitem').filter({ hasText: headline });
    await expect.poll(() => entry.count()).toBe(1);
    expect(plain(await entry.innerText())).toContain(ar.progression.source.replace('{{organisation}}', SFI));
    // Other organisations' steps are on the same timeline: civic orientation from the labour-market unit.
    expect(await timeline.getByRole('listitem').filter({ hasText: ar.progression.kinds.civic_orientation }).count()).toBeGreaterThan(0);
    // The person reads; nothing to record or change here.
    expect(await person.getByRole('button', { name: ar.progression.record }).count()).toBe(0);
    expect(await person.getByRole('button', { name: ar.common.edit }).count()).toBe(0);
    // Nothing scrolls sideways on the phone.
    expect(await person.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(person)).toEqual([]);
  });
});
