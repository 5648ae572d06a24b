import { describe, expect, it } from 'vitest';
import { isoWeekOf, shiftIsoWeek, addDays } from '../calendar/weeks.ts';
import { meetingWhen, weekRange } from './rules.ts';
import { as, items, keys, people, today, useWorklistWorld, whom, worklist, type Groups } from './worklist-world.ts';

useWorklistWorld();

describe('the worklist, group by group', () => {
  it('lists questions waiting for the organisation and overdue replies, never their text, and only with consent for messages', async () => {
    const { groups } = await worklist(as.cw1, 'organisation');
    expect(keys(groups, 'questionsWaiting').sort()).toEqual([items.waiting, items.anonymousQuestion].sort());
    expect(keys(groups, 'repliesOverdue')).toEqual([items.overdue]);
    expect(groups.questionsWaiting!.count).toBe(2);
    const waiting = groups.questionsWaiting!.items.find((i) => i.key === items.waiting) as unknown as Record<string, unknown>;
    expect(waiting).toMatchObject({ askedByOrganisationName: 'SFI', overdue: false, link: expect.stringMatching(/\/messages\?thread=/) });
    // The person without identity consent is "a person"; the person without message consent is not there at all.
    const anonymous = groups.questionsWaiting!.items.find((i) => i.key === items.anonymousQuestion)!;
    expect(anonymous.participant).toEqual({ id: people.noIdentity, name: null, protectedIdentity: false, identityReadable: false });
    const text = JSON.stringify(groups);
    expect(text).not.toContain('Hemligt meddelande');
    expect(text).not.toContain('Hemlig rubrik');
    expect(text).not.toContain(items.noConsentQuestion);
    expect(text).not.toContain(items.answered);
    expect(text).not.toContain(items.toB);
  });

  it('lists joint-intake meetings the organisation booked or is invited to and plan meetings, today and later this week', async () => {
    const { groups } = await worklist(as.cw1, 'organisation');
    const today_ = keys(groups, 'meetingsToday');
    expect(today_).toEqual(expect.arrayContaining([`intake:${items.p1Intake}`, `intake:${items.strangerIntake}`]));
    const p2Group = meetingWhen(weekRange(today).to, today) === 'today' ? 'meetingsToday' : 'meetingsThisWeek';
    expect(keys(groups, p2Group).some((k) => k.startsWith(`activity:${items.p2Meeting}:`))).toBe(true);
    const all = [...keys(groups, 'meetingsToday'), ...keys(groups, 'meetingsThisWeek')].join(' ');
    expect(all).not.toContain(items.cancelledMeeting);
    expect(all).not.toContain(items.noPlanMeeting);
    // Recurring course hours are not meetings.
    expect(all).not.toMatch(/activity:.*:.*:09:00/);
    const stranger = groups.meetingsToday!.items.find((i) => i.key === `intake:${items.strangerIntake}`) as unknown as Record<
      string,
      unknown
    >;
    expect(stranger).toMatchObject({ participant: null, answer: 'pending', link: '/intakes', place: 'Rum Ekan' });
    const own = groups.meetingsToday!.items.find((i) => i.key === `intake:${items.p1Intake}`) as unknown as Record<string, unknown>;
    expect(own).toMatchObject({ link: `/participants/${people.p1}/intake`, start: '09:30', end: '11:00', answer: 'accepted' });
  });

  it('lists joint-intake windows closing with nothing booked', async () => {
    const { groups } = await worklist(as.cw1, 'organisation');
    expect(whom(groups, 'windowsClosing')).toEqual([people.p2]);
    expect(groups.windowsClosing!.items[0]).toMatchObject({
      state: 'open',
      closes: addDays(today, 2),
      link: `/participants/${people.p2}/intake`,
    });
  });

  it('lists the organisation’s own consents ending within 30 days', async () => {
    const { groups } = await worklist(as.cw1, 'organisation');
    expect(whom(groups, 'consentsExpiring')).toEqual([people.p2]);
    expect(groups.consentsExpiring!.items[0]).toMatchObject({
      validTo: addDays(today, 10),
      categories: ['plan'],
      link: `/participants/${people.p2}`,
    });
  });

  it('lists the organisation’s running activities ending within 14 days, protected identity hidden from the manager', async () => {
    const cw = await worklist(as.cw1, 'organisation');
    expect(keys(cw.groups, 'activitiesEnding').sort()).toEqual([`ending:${items.ending}`, `ending:${items.endingProtected}`].sort());
    const shown = (groups: Groups) => groups.activitiesEnding!.items.find((i) => i.key === `ending:${items.endingProtected}`)!.participant;
    expect(shown(cw.groups)).toMatchObject({ name: expect.stringMatching(/Deltagare/), protectedIdentity: true });
    const manager = await worklist(as.manager, 'organisation');
    expect(shown(manager.groups)).toEqual({ id: people.protected, name: null, protectedIdentity: true, identityReadable: true });
    const coordinator = await worklist(as.coordinator, 'organisation');
    expect(shown(coordinator.groups)?.name).toMatch(/Deltagare/);
  });

  it('lists calendar warnings nobody has acknowledged, this week and the next', async () => {
    const { groups } = await worklist(as.cw1, 'organisation');
    const found = keys(groups, 'warnings');
    expect(found).toContain(`warning:${people.p1}:${items.openKey}`);
    expect(found).not.toContain(`warning:${people.p1}:${items.acknowledgedKey}`);
    const item = groups.warnings!.items.find((i) => i.key === `warning:${people.p1}:${items.openKey}`) as unknown as Record<
      string,
      unknown
    >;
    expect(item).toMatchObject({ kind: 'overlap', link: `/participants/${people.p1}/week?week=${shiftIsoWeek(isoWeekOf(today), 1)}` });
    expect(item.titles).toEqual(expect.arrayContaining(['Arbetsträning', 'SFI förmiddag']));
    const placement = groups.warnings!.items.find((i) => i.key === `warning:${people.p2}:prerequisite:${items.placement}:sfi_level`);
    expect(placement).toMatchObject({ kind: 'prerequisite_unmet', week: shiftIsoWeek(isoWeekOf(today), 1), titles: ['Praktik i lager'] });
  });
});
