import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/browser.ts';
import { demoSuite } from './support/suite.ts';
import { texts } from './support/texts.ts';
import { addItem, agendaItem, card, iso, openMeetings, planMeeting, read, swedishDay, t } from './support/meetings.ts';

/**
 * The board's and the preparation group's meetings in the browser: the coordinator sees the demo's coming board
 * meeting with one item's material late and another's missing, and the decision log with the board's decision on
 * Jobbspåret; plans a preparation-group meeting and a board meeting of the test's own, adds an item prepared by the
 * group, sends its PDF after the deadline (marked late), records the decision with a vote and a reservation that moves
 * the initiative to decided and allocates money, finds it in the log and downloads the minutes; a board member reads
 * it all without a button to change it; axe in Swedish on a desktop and in Arabic, right to left, on a phone.
 * The tests run in order: the later ones read the meetings the first one plans.
 */
const { sv, ar } = texts;
const m = sv.meetings;
const suite = demoSuite();
const COORDINATOR = 'samordnare@sjostad.example';
const BOARD_MEMBER = 'ledamot@sjostad.example';
const INITIATIVE = 'Mentorer från föreningslivet';
const RUN = Date.now().toString(36);
const PREPARATION = `Beredningsgruppen, prov ${RUN}`;
const BOARD = `Styrelsemöte, prov ${RUN}`;
const PREPARED = `Föreslå styrelsen att bevilja mentorerna ${RUN}`;
const DECIDED = `Bevilja Mentorer från föreningslivet ${RUN}`;
const PDF = Buffer.from('%PDF-1.4\n% Tjänsteskrivelse\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('meetings and decisions', () => {
  it('plans meetings, sends late material, records the board’s decision and logs it', async () => {
    const page = await suite.as(COORDINATOR);
    await openMeetings(page);

    // The demo's coming board meeting: one item's material late, another's missing, said in words.
    const december = card(page, 'Styrelsemöte, december');
    expect(await read(december)).toContain(t(m.list.lateItems, { n: 2 }));
    expect(await read(december)).toContain(m.bodies.board);
    await page.getByText(m.list.lateTitle).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await december.getByRole('link', { name: 'Styrelsemöte, december' }).click();
    const late = agendaItem(page, 1, 'Besluta om Kvinnor till arbete i sociala företag');
    await late.waitFor();
    expect(await read(late)).toContain(m.material.late);
    expect(await read(late)).toContain('Förslag Kvinnor till arbete.pdf');
    expect(await read(late)).toContain(m.agenda.sentLate);
    expect(await read(agendaItem(page, 2, 'Besluta om Mentorer från föreningslivet'))).toContain(m.material.missing);
    expect(await seriousViolations(page)).toEqual([]);

    // The past decision on Jobbspåret, with its vote and reservation, in the log.
    await openMeetings(page);
    await page.getByRole('tab', { name: m.tabs.decisions }).click();
    await expect.poll(() => page.url()).toContain('view=decisions');
    const jobb = card(page, 'Bevilja Jobbspåret Sjöstad');
    await jobb.waitFor();
    expect(await read(jobb)).toContain(t(m.decision.votes, { for: 3, against: 1, abstentions: 0 }));
    expect(await read(jobb)).toContain('Peter Berg (Arbetsförmedlingen)');
    expect(await seriousViolations(page)).toEqual([]);

    // A preparation-group meeting tomorrow with the item that prepares the matter; the form first refuses an empty title.
    await page.getByRole('tab', { name: m.tabs.meetings }).click();
    await page.getByRole('button', { name: m.new }).click();
    const empty = page.getByRole('dialog', { name: m.meetingForm.title });
    await empty.getByRole('button', { name: m.meetingForm.save }).click();
    expect(await empty.getByText(m.problems.required).count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    await empty.getByRole('button', { name: m.cancel }).click();
    await empty.waitFor({ state: 'detached' });
    const preparationUrl = await planMeeting(page, 'preparation_group', PREPARATION, 1, '09:00');
    await addItem(page, PREPARED, INITIATIVE);
    await agendaItem(page, 1, PREPARED).waitFor();

    // The board meeting in three days: the deadline, a week before, has passed.
    await openMeetings(page);
    await planMeeting(page, 'board', BOARD, 3, '13:00');
    const boardUrl = page.url();
    expect(await read(page.getByRole('main'))).toContain(swedishDay(3 - 7));
    await addItem(page, DECIDED, INITIATIVE, t(m.agenda.heading, { position: 1, title: PREPARED }));
    const item = agendaItem(page, 1, DECIDED);
    await item.waitFor();
    expect(await read(item)).toContain(m.material.missing);
    expect(await item.getByRole('link', { name: INITIATIVE }).getAttribute('href')).toMatch(/^\/initiatives\//);
    const preparedLink = item.getByRole('link', { name: t(m.agenda.preparedAt, { item: iso(PREPARED), meeting: iso(PREPARATION) }) });
    expect(preparationUrl.endsWith((await preparedLink.getAttribute('href'))!)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The material, sent after the deadline: a picture is refused, the PDF is marked late.
    await item.getByRole('button', { name: t(m.agenda.attachLabel, { title: DECIDED }) }).click();
    const attach = page.getByRole('dialog', { name: m.documentForm.title });
    await attach.waitFor();
    expect(await read(attach)).toContain(m.documentForm.fileHint);
    expect(await read(attach)).toContain(t(m.documentForm.late, { date: swedishDay(3 - 7) }));
    const file = attach.getByLabel(m.documentForm.file);
    await file.setInputFiles({ name: 'bild.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await attach.getByRole('button', { name: m.documentForm.save }).click();
    await attach.getByText(m.problems.file_type).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await file.setInputFiles({ name: 'Tjänsteskrivelse mentorer.pdf', mimeType: 'application/pdf', buffer: PDF });
    await attach.getByRole('button', { name: m.documentForm.save }).click();
    await attach.waitFor({ state: 'detached' });
    await expect.poll(() => read(item)).toContain(m.material.late);
    expect(await read(item)).toContain(m.agenda.sentLate);
    const documentHref = await item.getByRole('link', { name: 'Tjänsteskrivelse mentorer.pdf' }).getAttribute('href');
    const download = await page.request.get(`${suite.kitt.url}${documentHref}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');

    // The board's decision: adopted 5–1–1 with a reservation, the initiative decided, money allocated.
    await item.getByRole('button', { name: t(m.agenda.decideLabel, { title: DECIDED }) }).click();
    const decide = page.getByRole('dialog', { name: m.decisionForm.title });
    await decide.waitFor();
    expect(await decide.getByRole('radio', { name: sv.meetings.outcomes.adopted }).isChecked()).toBe(true);
    await decide.getByRole('textbox', { name: m.decisionForm.wording }).fill('Styrelsen beviljar Mentorer från föreningslivet.');
    await decide.getByRole('textbox', { name: m.decisionForm.votesFor }).fill('5');
    await decide.getByRole('textbox', { name: m.decisionForm.votesAgainst }).fill('1');
    await decide.getByRole('textbox', { name: m.decisionForm.abstentions }).fill('1');
    await decide.getByRole('button', { name: m.decisionForm.addReservation }).click();
    const reservation = decide.getByRole('group', { name: t(m.decisionForm.reservationN, { n: 1 }) });
    await reservation.getByRole('textbox', { name: m.decisionForm.member }).fill('Jonas Wik (Region Sjöland)');
    await reservation.getByRole('textbox', { name: m.decisionForm.reason }).fill('Regionen vill se en utvärdering först.');
    const state = decide.getByRole('combobox', { name: t(m.decisionForm.initiativeState, { name: iso(INITIATIVE) }) });
    expect(await state.inputValue()).toBe('decided');
    const year = await decide.getByRole('combobox', { name: m.decisionForm.year }).inputValue();
    await decide.getByRole('textbox', { name: m.decisionForm.amount }).fill('noll');
    await decide.getByRole('button', { name: m.decisionForm.save }).click();
    await decide.getByText(m.problems.amount).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await decide.getByRole('textbox', { name: m.decisionForm.amount }).fill('350 000');
    await decide.getByRole('button', { name: m.decisionForm.save }).click();
    await decide.waitFor({ state: 'detached' });

    await expect.poll(() => read(item)).toContain(m.outcomes.adopted);
    const decided = await read(item);
    expect(decided).toContain(t(m.decision.votes, { for: 5, against: 1, abstentions: 1 }));
    expect(decided).toContain('Jonas Wik (Region Sjöland): Regionen vill se en utvärdering först.');
    expect(decided).toContain(t(m.decision.moved, { state: sv.initiatives.states.decided }));
    expect(decided).toContain(t(m.decision.allocated, { amount: '350 000 kr', year, name: INITIATIVE }));
    expect(await item.getByRole('button', { name: t(m.agenda.decideLabel, { title: DECIDED }) }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The minutes in the interface language.
    const minutes = page.getByRole('link', { name: m.minutes });
    const minutesHref = (await minutes.getAttribute('href'))!;
    expect(minutesHref).toMatch(/^\/api\/meetings\/[0-9a-f-]+\/minutes\.pdf\?language=sv$/);
    const pdf = await page.request.get(`${suite.kitt.url}${minutesHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The decision in the log, also when narrowed to the initiative; the initiative itself has moved.
    await openMeetings(page);
    await page.getByRole('tab', { name: m.tabs.decisions }).click();
    await page.getByRole('combobox', { name: m.log.initiative }).selectOption({ label: INITIATIVE });
    await expect.poll(() => page.url()).toContain('initiative=');
    const logged = card(page, DECIDED);
    await logged.waitFor();
    await expect.poll(() => card(page, 'Bevilja Jobbspåret Sjöstad').count()).toBe(0);
    expect(await read(logged)).toContain(t(m.decision.votes, { for: 5, against: 1, abstentions: 1 }));
    expect(boardUrl.endsWith((await logged.getByRole('link', { name: BOARD }).getAttribute('href'))!)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await logged.getByRole('link', { name: INITIATIVE }).click();
    await page.getByRole('heading', { level: 1, name: INITIATIVE }).waitFor();
    expect(await read(page.getByRole('main'))).toContain(sv.initiatives.states.decided);
  });

  it('lets a board member read the meetings and decisions, with no button to change them', async () => {
    const page = await suite.as(BOARD_MEMBER);
    await openMeetings(page);
    expect(await page.getByRole('button', { name: m.new }).count()).toBe(0);
    await card(page, BOARD).getByRole('link', { name: BOARD }).click();
    const item = agendaItem(page, 1, DECIDED);
    await item.waitFor();
    expect(await read(item)).toContain(t(m.decision.votes, { for: 5, against: 1, abstentions: 1 }));
    expect(await read(item)).toContain('Tjänsteskrivelse mentorer.pdf');
    await page.getByRole('link', { name: m.minutes }).waitFor();
    for (const name of [m.agenda.add, t(m.agenda.attachLabel, { title: DECIDED }), t(m.agenda.decideLabel, { title: DECIDED })])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await openMeetings(page);
    await page.getByRole('tab', { name: m.tabs.decisions }).click();
    await card(page, DECIDED).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('works in Arabic on a phone, right to left, without sideways scrolling', async () => {
    const page = await suite.as(COORDINATOR, { language: 'ar', phone: true });
    await page.goto(`${suite.kitt.url}/meetings`);
    await page.getByRole('heading', { level: 1, name: ar.meetings.title }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await card(page, BOARD).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await card(page, BOARD).getByRole('link', { name: BOARD }).click();
    await agendaItem(page, 1, DECIDED).waitFor();
    expect(await page.getByRole('link', { name: ar.meetings.minutes }).getAttribute('href')).toContain('language=ar');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: ar.meetings.agenda.add }).click();
    await page.getByRole('dialog', { name: ar.meetings.itemForm.title }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ar.meetings.cancel }).click();

    await page.goto(`${suite.kitt.url}/meetings?view=decisions`);
    await card(page, DECIDED).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
