import { and, eq, inArray } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { DataCategory } from '../../../common/roles.ts';
import { mayAttempt } from '../../../common/verbs.ts';
import type { Db, Executor } from '../../db/client.ts';
import { loadParticipantFactsMany } from '../../lib/access/facts.ts';
import { decideRead, seesProtectedIdentity, type Grant, type ParticipantFacts } from '../../lib/access/grants.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit, type AuditEntry } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { occurrencesInWeek } from '../calendar/occurrences.ts';
import { weekCalendar } from '../calendar/rules.ts';
import { addDays, isoWeekOf } from '../calendar/weeks.ts';
import { openQuestionsFor } from '../messages/open-questions.ts';
import { consentExpiresSoon } from '../participants/policy.ts';
import { openFollowUpsFor } from '../participations/follow-up-service.ts';
import { participants } from '../participants/tables.ts';
import {
  activityEndsSoon,
  capped,
  isMeetingActivity,
  meetingWhen,
  warningWeeks,
  weekRange,
  windowToAct,
  type WorklistScope,
} from './rules.ts';
import type { WorklistQuery, WorklistParticipant, MeetingItem, WarningItem } from './schema.ts';
import {
  activitiesEnding,
  activityMeetingsBetween,
  consentsEnding,
  intakeMeetingsBetween,
  intakesInWindow,
  loadCalendars,
  organisationNames,
  participantsInScope,
  peopleWithRunningActivities,
} from './sources.ts';

type Participant = Static<typeof WorklistParticipant>;
type Meeting = Static<typeof MeetingItem>;
type Warning = Static<typeof WarningItem>;

/** At most this many people's calendars are checked for warnings in one worklist. */
const WARNING_PEOPLE_LIMIT = 300;
const hhmm = (time: string) => time.slice(0, 5);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What the reads of one worklist showed, per participant and category, so that each look is audited once with the
 * grant that allowed it (the list reads' rule: one row per participant listed).
 */
class Shown {
  private readonly rows = new Map<string, AuditEntry>();
  add(participantId: string, category: DataCategory | 'consent', grant: Grant, resourceType = 'worklist') {
    const key = `${participantId}:${category}`;
    if (!this.rows.has(key))
      this.rows.set(key, { participantId, category, action: 'read', grant, resourceType, resourceId: participantId });
  }
  entries() {
    return [...this.rows.values()];
  }
}

/**
 * The signed-in user's worklist: what waits for them (scope `mine`: the people they are responsible caseworker for)
 * or for their organisation, in groups with counts. Every person is shown as far as the actor may see them, every
 * look at personal data is audited in the same transaction, and no message text is ever part of it.
 */
export async function getWorklist(db: Db, actor: Actor, query: Static<typeof WorklistQuery>) {
  const scope: WorklistScope = query.scope ?? 'mine';
  const today = todayInSweden();
  const { week, to: weekEnd } = weekRange(today);
  return db.transaction(async (tx) => {
    const shown = new Shown();
    // openQuestionsFor audits the `messages` read of every question it returns itself.
    const mine = scope === 'mine' ? await participantsInScope(tx, actor, scope, today) : null;
    const ownQuestions = await openQuestionsFor(tx, actor, mine ?? undefined);
    const intakeMeetings = await intakeMeetingsBetween(tx, actor, scope, today, weekEnd);
    const activityMeetings = await activityMeetingsBetween(tx, actor, scope, today, weekEnd);
    const windows = await intakesInWindow(tx, actor, scope, today);
    const consents = await consentsEnding(tx, actor, scope, today);
    const ending = await activitiesEnding(tx, actor, scope, today);
    const weeks = warningWeeks(today);
    // Activities that start next week warn next week.
    const warningEnd = addDays(weekEnd, 7 * (weeks.length - 1));
    const warningPeople = await peopleWithRunningActivities(tx, actor, scope, today, warningEnd, WARNING_PEOPLE_LIMIT);
    const followUps = await openFollowUpsFor(tx, actor, scope, today);

    const ids = [
      ...new Set([
        ...ownQuestions.map((q) => q.participantId),
        ...intakeMeetings.map((m) => m.participant_id),
        ...activityMeetings.map((a) => a.participant_id),
        ...windows.map((w) => w.participant_id),
        ...consents.map((c) => c.participant_id),
        ...ending.map((a) => a.participant_id),
        ...warningPeople,
        ...followUps.map((f) => f.participantId),
      ]),
    ];
    const facts = await loadParticipantFactsMany(tx, actor, ids);
    const people = await presenter(tx, actor, facts, ids, today);
    /** The rule has the last word over the list filter (a test keeps them in step); a look it allows is audited. */
    const readable = (id: string, category: DataCategory) => {
      const decision = decideRead(actor, facts.get(id)!, category, today);
      return decision.allowed ? decision.grant : null;
    };
    const person = (id: string) => people.show(id, shown);

    const questionItems = ownQuestions.flatMap((q) => {
      if (readable(q.participantId, 'messages') === null) return [];
      return [
        {
          key: q.messageId,
          participant: person(q.participantId),
          threadId: q.threadId,
          askedByOrganisationId: q.askedByOrganisationId,
          askedAt: q.askedAt,
          dueDate: q.dueDate,
          overdue: q.overdue,
          link: `/participants/${q.participantId}/messages?thread=${q.threadId}`,
        },
      ];
    });
    const askers = await organisationNames(tx, actor.tenantId, [
      ...new Set(questionItems.flatMap((q) => (q.askedByOrganisationId ? [q.askedByOrganisationId] : []))),
    ]);
    const presentQuestion = ({ askedByOrganisationId, ...q }: (typeof questionItems)[number]) => ({
      ...q,
      askedByOrganisationName: askedByOrganisationId ? (askers.get(askedByOrganisationId) ?? null) : null,
    });
    const waiting = questionItems.filter((q) => !q.overdue).map(presentQuestion);
    const overdue = questionItems
      .filter((q) => q.overdue)
      .sort((a, b) => byText(a.dueDate, b.dueDate))
      .map(presentQuestion);

    const meetings: Meeting[] = [];
    for (const m of intakeMeetings) {
      const intakeGrant = readable(m.participant_id, 'intake');
      const identityGrant = readable(m.participant_id, 'identity');
      // An invitation names the person only when the identity rules allow it (intake/policy.ts invitationView).
      if (intakeGrant) shown.add(m.participant_id, 'intake', intakeGrant);
      const link = intakeGrant
        ? `/participants/${m.participant_id}/intake`
        : identityGrant
          ? `/participants/${m.participant_id}`
          : mayAttempt('intake.list', actor.roles)
            ? '/intakes'
            : null;
      meetings.push({
        key: `intake:${m.id}`,
        source: 'joint_intake',
        date: m.date,
        start: hhmm(m.start_time),
        end: hhmm(m.end_time),
        place: m.place,
        title: null,
        answer: m.answer,
        participant: identityGrant ? person(m.participant_id) : null,
        link,
      });
    }
    const calendarWeeks = [...new Set([isoWeekOf(today), isoWeekOf(weekEnd)])];
    for (const a of activityMeetings) {
      const grant = readable(a.participant_id, 'plan');
      if (grant === null) continue;
      const activity = { ...a, startDate: a.start_date, endDate: a.end_date };
      if (!isMeetingActivity(activity)) continue;
      const occurrences = calendarWeeks.flatMap((w) => occurrencesInWeek(activity, w));
      for (const o of occurrences) {
        if (o.date === null || meetingWhen(o.date, today) === null) continue;
        shown.add(a.participant_id, 'plan', grant);
        meetings.push({
          key: `activity:${a.id}:${o.date}:${o.start}`,
          source: 'activity',
          date: o.date,
          start: o.start,
          end: o.end,
          place: a.place,
          title: a.title,
          answer: null,
          participant: person(a.participant_id),
          link: `/participants/${a.participant_id}/week?week=${isoWeekOf(o.date)}`,
        });
      }
    }
    meetings.sort((x, y) => byText(x.date, y.date) || byText(x.start, y.start) || byText(x.key, y.key));

    const windowItems = windows.flatMap((w) => {
      const grant = readable(w.participant_id, 'intake');
      const window = grant ? windowToAct(w.housing_date, w.has_meeting, today) : null;
      if (!grant || !window) return [];
      shown.add(w.participant_id, 'intake', grant);
      const { opens, closes, state, workingDaysLeft } = window;
      return [
        {
          key: `window:${w.participant_id}`,
          participant: person(w.participant_id),
          opens,
          closes,
          state,
          workingDaysLeft,
          link: `/participants/${w.participant_id}/intake`,
        },
      ];
    });
    windowItems.sort((a, b) => byText(a.closes, b.closes));

    const consentItems = new Map<string, { validTo: string; categories: string[] }>();
    for (const c of consents) {
      const grant = readable(c.participant_id, 'identity');
      const consent = { validFrom: c.valid_from, validTo: c.valid_to, withdrawnAt: c.withdrawn_at };
      if (!grant || !consentExpiresSoon(consent, today)) continue;
      shown.add(c.participant_id, 'consent', grant, 'consent');
      const item = consentItems.get(c.participant_id) ?? { validTo: c.valid_to, categories: [] };
      if (c.valid_to < item.validTo) item.validTo = c.valid_to;
      item.categories.push(c.category);
      consentItems.set(c.participant_id, item);
    }

    const endingItems = ending.flatMap((a) => {
      const grant = readable(a.participant_id, 'plan');
      if (!grant || !activityEndsSoon({ status: a.status, endDate: a.end_date, schedule: a.schedule }, today)) return [];
      shown.add(a.participant_id, 'plan', grant);
      return [
        {
          key: `ending:${a.id}`,
          participant: person(a.participant_id),
          activityId: a.id,
          title: a.title,
          kind: a.kind,
          status: a.status,
          endDate: a.end_date!,
          link: `/participants/${a.participant_id}/plan`,
        },
      ];
    });

    // The follow-ups are the organisation's own record of its participations: shown, and audited, as such.
    const followUpItems = followUps.map((f) => {
      shown.add(f.participantId, 'progression', 'own_organisation', 'follow_up');
      const { id, participantId, ...rest } = f;
      return { key: `follow-up:${id}`, participant: person(participantId), ...rest, link: `/follow-ups?state=${f.state}` };
    });

    const warnings = await unacknowledgedWarnings(tx, actor, warningPeople, weeks, today, readable, shown, person);

    await audit(tx, actor, shown.entries());
    return {
      scope,
      today,
      week,
      groups: {
        questionsWaiting: capped(waiting),
        repliesOverdue: capped(overdue),
        meetingsToday: capped(meetings.filter((m) => meetingWhen(m.date, today) === 'today')),
        meetingsThisWeek: capped(meetings.filter((m) => meetingWhen(m.date, today) === 'this_week')),
        windowsClosing: capped(windowItems),
        consentsExpiring: capped(
          [...consentItems].map(([id, c]) => ({
            key: `consent:${id}`,
            participant: person(id),
            validTo: c.validTo,
            categories: c.categories,
            link: `/participants/${id}`,
          })),
        ),
        activitiesEnding: capped(endingItems),
        warnings: capped(warnings),
        followUps: capped(followUpItems),
      },
    };
  });
}

/**
 * The calendar warnings (overlaps, over full time, prerequisites) of this week and the next that nobody has
 * acknowledged. As in the week view, a prerequisite is checked against the person's progression only for an actor
 * who may read it, and that look is audited.
 */
async function unacknowledgedWarnings(
  tx: Executor,
  actor: Actor,
  ids: string[],
  weeks: string[],
  today: string,
  readable: (id: string, category: DataCategory) => Grant | null,
  shown: Shown,
  person: (id: string) => Participant,
): Promise<Warning[]> {
  const allowed = ids.filter((id) => readable(id, 'plan') !== null);
  const calendars = await loadCalendars(tx, actor.tenantId, allowed, today);
  const found: Warning[] = [];
  for (const id of allowed) {
    const calendar = calendars.get(id)!;
    const progression = readable(id, 'progression');
    const view = { facts: calendar.facts, progressionVisible: progression !== null };
    const seen = new Set<string>();
    const titleOf = (activityId: string) => calendar.activities.find((a) => a.id === activityId)?.title ?? '';
    for (const week of weeks) {
      const result = weekCalendar({ week, activities: calendar.activities, fullTimeHours: calendar.fullTimeHours, view });
      if (result.progressionConsulted && progression) shown.add(id, 'progression', progression, 'progression_facts');
      for (const w of result.warnings) {
        if (seen.has(w.key) || calendar.acknowledged.has(w.key)) continue;
        seen.add(w.key);
        found.push({
          key: `warning:${id}:${w.key}`,
          participant: person(id),
          kind: w.kind,
          week,
          titles: w.activityIds.map(titleOf),
          link: `/participants/${id}/week?week=${week}`,
        });
      }
    }
    if (seen.size > 0) shown.add(id, 'plan', readable(id, 'plan')!);
  }
  return found.sort((a, b) => byText(a.week, b.week) || byText(a.participant.name ?? '', b.participant.name ?? '') || byText(a.key, b.key));
}

/**
 * Presents people as the actor may see them: the name with identity consent (or the own organisation's record),
 * hidden under protected identity from all but the responsible caseworker and coordinators. Showing a person's
 * identity is an identity read, audited once.
 */
async function presenter(tx: Executor, actor: Actor, facts: Map<string, ParticipantFacts>, ids: string[], today: string) {
  const found = ids.length
    ? await tx
        .select({
          id: participants.id,
          givenName: participants.givenName,
          familyName: participants.familyName,
          protectedIdentity: participants.protectedIdentity,
        })
        .from(participants)
        .where(and(eq(participants.tenantId, actor.tenantId), inArray(participants.id, ids)))
    : [];
  const rows = new Map(found.map((p) => [p.id, p]));
  return {
    show(id: string, shown: Shown): Participant {
      const f = facts.get(id)!;
      const row = rows.get(id);
      const identity = decideRead(actor, f, 'identity', today);
      if (!identity.allowed || !row) return { id, name: null, protectedIdentity: false, identityReadable: false };
      shown.add(id, 'identity', identity.grant);
      const hidden = row.protectedIdentity && !seesProtectedIdentity(actor, f, today);
      return {
        id,
        name: hidden ? null : `${row.givenName} ${row.familyName}`,
        protectedIdentity: row.protectedIdentity,
        identityReadable: true,
      };
    },
  };
}
