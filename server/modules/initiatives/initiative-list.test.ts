import { beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeState } from '../../../common/governance.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { addDays } from '../../lib/working-days.ts';
import { buildParticipant } from '../../test/factories.ts';
import { testApp } from '../../test/harness.ts';
import { participations } from '../participations/tables.ts';
import { initiativeBody } from './scenario-records.ts';
import { createInitiative, getInitiative, listInitiatives } from './service.ts';
import { initiatives } from './tables.ts';
import { buildInitiativeArea, columnsOf } from './test-area.ts';

let db: Db;
let tenantId: string;
let amf: string;
let coordinator: Actor;
let analyst: Actor;
let praktik: string;
let coaching: string;
let unlinked: string;
let otherPrivate: string;
let otherPublic: string;
const today = todayInSweden();

beforeAll(async () => {
  db = (await testApp()).database.db;
  ({ tenantId, amf, coordinator, analyst, praktik, coaching, unlinked, otherPrivate, otherPublic } = await buildInitiativeArea(db));
});

describe('the list and the risks', () => {
  let late: string;
  let waiting: string;

  beforeAll(async () => {
    const insert = async (name: string, state: InitiativeState, endDate: string, evaluation: string | null = null, extra = {}) => {
      const [row] = await db
        .insert(initiatives)
        .values({
          ...columnsOf(initiativeBody(name, { endDate, startDate: '2024-01-01', ...extra })),
          tenantId,
          state,
          evaluation,
          createdByUserId: coordinator.userId,
        })
        .returning({ id: initiatives.id });
      return row!.id;
    };
    late = await insert('Sent projekt', 'running', addDays(today, -1));
    waiting = await insert('Väntar på beslut', 'evaluated', addDays(today, -30), 'Bra resultat');
    await insert('Slutar i dag', 'running', today);
    await insert('Beslutat, ej startat', 'decided', addDays(today, -30));
    await insert('100% närvaro', 'running', addDays(today, 30));
    await insert('Bassamverkan Söder', 'ended', addDays(today, -30), null, { kind: 'bassamverkan' });
    await insert('Jobbspår', 'implemented', addDays(today, -30), 'Bra', { municipality: 'Vellinge' });
  });

  it('says why each initiative is at risk today and counts them for the warning, whatever the filters', async () => {
    const all = await listInitiatives(db, analyst, {});
    expect(all).toMatchObject({ today, atRisk: 2, mayCreate: false });
    const risks = Object.fromEntries(all.items.map((i) => [i.name, i.atRisk]));
    expect(risks['Sent projekt']).toEqual(['past_end_without_decision', 'not_evaluated']);
    expect(risks['Väntar på beslut']).toEqual(['past_end_without_decision']);
    expect(risks['Slutar i dag']).toEqual([]);
    expect(risks['Beslutat, ej startat']).toEqual([]);
    expect(all.items.every((i) => !i.mayChange)).toBe(true);
    const onlyAtRisk = await listInitiatives(db, coordinator, { atRisk: true });
    expect(onlyAtRisk.items.map((i) => i.id)).toEqual([late, waiting]);
    expect(onlyAtRisk.mayCreate).toBe(true);
    const running = await listInitiatives(db, coordinator, { state: 'running', atRisk: true });
    expect([running.items.map((i) => i.id), running.atRisk]).toEqual([[late], 2]);
  });

  it('filters by state and by words in its text, taking % and _ literally, and never lists another area’s', async () => {
    const ended = await listInitiatives(db, coordinator, { state: 'ended' });
    expect(ended.items.map((i) => i.name)).toEqual(['Bassamverkan Söder']);
    const words = await listInitiatives(db, coordinator, { q: '  VELLINGE ' });
    expect(words.items.map((i) => i.name)).toEqual(['Jobbspår']);
    expect((await listInitiatives(db, coordinator, { q: 'söder' })).items.map((i) => i.name)).toEqual(['Bassamverkan Söder']);
    expect((await listInitiatives(db, coordinator, { q: '100%' })).items.map((i) => i.name)).toEqual(['100% närvaro']);
    expect((await listInitiatives(db, coordinator, { q: '_' })).items).toEqual([]);
    const ids = (await listInitiatives(db, coordinator, {})).items.map((i) => i.id);
    expect(ids).not.toContain(otherPublic);
    expect(ids).not.toContain(otherPrivate);
  });
});

describe('the results of its interventions', () => {
  const situation = {
    gender: 'unknown' as const,
    timeInSupport: 'under_1_year',
    educationLevel: 'compulsory',
    startOccupation: 'job_seeking',
    startIncomeSources: ['social_assistance'],
  };
  type End = { endDate: string; endReason: string; endOccupation: string };
  const take = async (interventionId: string, startDate: string, end?: End, participantId?: string) => {
    const person = participantId ?? (await buildParticipant(db, tenantId, amf));
    await db.insert(participations).values({
      tenantId,
      participantId: person,
      interventionId,
      organisationId: amf,
      startDate,
      ...situation,
      ...(end ? { ...end, endIncomeSources: ['salary'], endExtentPercent: 100 } : {}),
    });
    return person;
  };
  const inWork = { endDate: '2025-06-30', endReason: 'work', endOccupation: 'work_unsubsidised' };
  const inStudies = { endDate: '2025-06-30', endReason: 'studies', endOccupation: 'studies' };

  it('counts people, started, ended and ended in work or studies within its dates, never a wrong registration', async () => {
    const initiative = await createInitiative(
      db,
      coordinator,
      initiativeBody('Resultatprojektet', { interventionIds: [praktik, coaching], startDate: '2025-01-01', endDate: '2025-12-31' }),
    );
    // Six ended in work or studies, one of them came back and still takes part; five more still take part.
    const returning = await take(praktik, '2025-02-01', inWork);
    await take(praktik, '2025-07-01', undefined, returning);
    for (let n = 0; n < 3; n++) await take(praktik, '2025-02-01', inWork);
    for (let n = 0; n < 2; n++) await take(coaching, '2025-03-01', inStudies);
    for (let n = 0; n < 4; n++) await take(coaching, '2025-04-01');
    // Not counted: a wrong registration, a start before or after its dates, an intervention it does not run through.
    await take(praktik, '2025-02-01', { endDate: '2025-02-02', endReason: 'wrong_registration', endOccupation: 'work_subsidised' });
    await take(praktik, '2024-12-31', inWork);
    await take(praktik, '2026-01-01');
    await take(unlinked, '2025-05-01', inWork);

    const page = await getInitiative(db, analyst, initiative.id);
    const value = (n: number) => ({ kind: 'value', value: n });
    expect(page.outcomes).toEqual({ participants: value(10), started: value(11), ended: value(6), inWorkOrStudies: value(6) });
  });

  it('suppresses small counts, and a figure that would give a small one away by subtraction', async () => {
    const small = await createInitiative(
      db,
      coordinator,
      initiativeBody('Litet projekt', { interventionIds: [unlinked], startDate: '2025-05-01' }),
    );
    expect((await getInitiative(db, analyst, small.id)).outcomes).toEqual({
      participants: { kind: 'small' },
      started: { kind: 'small' },
      ended: { kind: 'small' },
      inWorkOrStudies: { kind: 'small' },
    });
    // Ten started, nine ended, eight in work or studies: the ended would give away the one still taking part, and the
    // eight in work or studies the two who are not.
    for (let n = 0; n < 7; n++) await take(unlinked, '2025-05-02', inWork);
    await take(unlinked, '2025-05-02', { endDate: '2025-06-01', endReason: 'moved', endOccupation: 'other' });
    await take(unlinked, '2025-05-02');
    expect((await getInitiative(db, analyst, small.id)).outcomes).toEqual({
      participants: { kind: 'value', value: 10 },
      started: { kind: 'value', value: 10 },
      ended: { kind: 'hidden' },
      inWorkOrStudies: { kind: 'hidden' },
    });
  });
});
