import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { auditEvents } from '../../lib/audit/tables.ts';
import { testApp } from '../../test/harness.ts';
import { initiativeBody } from './scenario-records.ts';
import { createInitiative, getInitiative, listInitiatives, transitionInitiative, updateInitiative } from './service.ts';
import { initiativeEvents, initiatives } from './tables.ts';
import { buildInitiativeArea, columnsOf, refusal } from './test-area.ts';

let db: Db;
let tenantId: string;
let coordinator: Actor;
let manager: Actor;
let analyst: Actor;
let caseworker: Actor;
let kommunen: string;
let region: string;
let praktik: string;
let coaching: string;
let otherIntervention: string;
let otherParty: string;
let otherPrivate: string;
let otherPublic: string;

beforeAll(async () => {
  db = (await testApp()).database.db;
  ({
    tenantId,
    coordinator,
    manager,
    analyst,
    caseworker,
    kommunen,
    region,
    praktik,
    coaching,
    otherIntervention,
    otherParty,
    otherPrivate,
    otherPublic,
  } = await buildInitiativeArea(db));
});

let created: Awaited<ReturnType<typeof createInitiative>>;

describe('recording and changing an initiative', () => {
  it('records an idea with its interventions, owner and the public initiative it borrows from, and an event saying who', async () => {
    created = await createInitiative(
      db,
      coordinator,
      initiativeBody('Unga till arbete', { interventionIds: [praktik, coaching], ownerPartyId: kommunen, inspiredById: otherPublic }),
    );
    expect(created).toMatchObject({
      name: 'Unga till arbete',
      kind: 'project',
      state: 'idea',
      ownerPartyId: kommunen,
      ownerPartyName: 'Trelleborgs kommun',
      inspiredById: otherPublic,
      inspiredByName: 'Jobbspåret i Lund',
      inspiredByOtherArea: true,
      fundingSources: ['samordningsforbund', 'esf'],
      municipalityRoles: ['employer'],
      evaluation: null,
      atRisk: [],
      version: 1,
      mayChange: true,
    });
    expect(created.interventions).toEqual([
      { id: coaching, name: 'Coachning mot arbete' },
      { id: praktik, name: 'Praktik i parken' },
    ]);
    expect(created.events).toEqual([
      { fromState: null, toState: 'idea', at: expect.any(String), byUserName: 'Test coordinator', note: null },
    ]);
  });

  it('lets every coordinator and manager of the area change it at the version read, replacing the links', async () => {
    const changed = await updateInitiative(db, manager, created.id, {
      ...initiativeBody('Unga till arbete 2.0', { interventionIds: [praktik], ownerPartyId: region, public: true }),
      version: 1,
    });
    expect(changed).toMatchObject({
      name: 'Unga till arbete 2.0',
      ownerPartyName: 'Region Skåne',
      public: true,
      state: 'idea',
      version: 2,
    });
    expect(changed.interventions.map((i) => i.name)).toEqual(['Praktik i parken']);
    expect(await refusal(updateInitiative(db, coordinator, created.id, { ...initiativeBody('Gammal'), version: 1 }))).toEqual(['conflict']);
  });

  it('refuses what it refers to when it is not the area’s, naming each at once, and writes nothing', async () => {
    const body = initiativeBody('Felaktigt', {
      interventionIds: [praktik, otherIntervention, randomUUID()],
      ownerPartyId: otherParty,
      inspiredById: otherPrivate,
    });
    expect(await refusal(createInitiative(db, coordinator, body))).toEqual([
      'validation_failed',
      '/interventionIds/1 unknown_intervention',
      '/interventionIds/2 unknown_intervention',
      '/ownerPartyId unknown_party',
      '/inspiredById unknown_initiative',
    ]);
    expect(
      await db
        .select()
        .from(initiatives)
        .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.name, 'Felaktigt'))),
    ).toEqual([]);
    const self = await refusal(
      updateInitiative(db, coordinator, created.id, { ...initiativeBody('Själv', { inspiredById: created.id }), version: 2 }),
    );
    expect(self).toEqual(['validation_failed', '/inspiredById unknown_initiative']);
  });

  it('accepts another initiative of the area as inspiration, and refuses dates in the wrong order', async () => {
    const borrowed = await createInitiative(db, manager, initiativeBody('Unga till arbete i Vellinge', { inspiredById: created.id }));
    expect(borrowed.inspiredByName).toBe('Unga till arbete 2.0');
    const reversed = initiativeBody('Baklänges', { startDate: '2026-01-01', endDate: '2025-12-31' });
    expect(await refusal(createInitiative(db, coordinator, reversed))).toEqual(['validation_failed', '/endDate end_before_start']);
  });

  it('refuses readers and other roles with 403, and other tenants’ or unknown initiatives with 404', async () => {
    expect(await refusal(createInitiative(db, analyst, initiativeBody('Analys')))).toEqual(['forbidden']);
    expect(await refusal(updateInitiative(db, analyst, created.id, { ...initiativeBody('Analys'), version: 2 }))).toEqual(['forbidden']);
    expect(await refusal(listInitiatives(db, caseworker, {}))).toEqual(['forbidden']);
    expect(await refusal(getInitiative(db, coordinator, otherPrivate))).toEqual(['not_found']);
    expect(await refusal(updateInitiative(db, coordinator, otherPrivate, { ...initiativeBody('X'), version: 1 }))).toEqual(['not_found']);
    expect(await refusal(transitionInitiative(db, coordinator, randomUUID(), { to: 'proposed', note: null, version: 1 }))).toEqual([
      'not_found',
    ]);
    const read = await getInitiative(db, analyst, created.id);
    expect(read.mayChange).toBe(false);
  });
});

describe('moving an initiative along its lifecycle', () => {
  it('moves idea → proposed → decided → running → evaluated → implemented, recording each move with its note', async () => {
    let i = await transitionInitiative(db, coordinator, created.id, { to: 'proposed', note: 'Till beredningsgruppen', version: 2 });
    expect([i.state, i.version]).toEqual(['proposed', 3]);
    i = await transitionInitiative(db, manager, created.id, { to: 'decided', note: 'Styrelsen 2025-03-12 § 14', version: 3 });
    i = await transitionInitiative(db, coordinator, created.id, { to: 'running', note: null, version: 4 });
    i = await transitionInitiative(db, coordinator, created.id, {
      to: 'evaluated',
      note: null,
      evaluation: 'Sju av tio i arbete eller studier',
      endedReason: 'ignored: not about this move',
      version: 5,
    });
    expect([i.evaluation, i.endedReason]).toEqual(['Sju av tio i arbete eller studier', null]);
    i = await transitionInitiative(db, coordinator, created.id, {
      to: 'implemented',
      note: 'Ordinarie verksamhet från årsskiftet',
      implementedByPartyId: kommunen,
      implementedFrom: '2027-01-01',
      implementationFunding: 'Kommunens budget för arbetsmarknad',
      version: 6,
    });
    expect(i).toMatchObject({
      state: 'implemented',
      implementedByPartyId: kommunen,
      implementedByPartyName: 'Trelleborgs kommun',
      implementedFrom: '2027-01-01',
      implementationFunding: 'Kommunens budget för arbetsmarknad',
      version: 7,
    });
    expect(i.events.map((e) => [e.fromState, e.toState, e.byUserName, e.note])).toEqual([
      [null, 'idea', 'Test coordinator', null],
      ['idea', 'proposed', 'Test coordinator', 'Till beredningsgruppen'],
      ['proposed', 'decided', 'Test manager', 'Styrelsen 2025-03-12 § 14'],
      ['decided', 'running', 'Test coordinator', null],
      ['running', 'evaluated', 'Test coordinator', null],
      ['evaluated', 'implemented', 'Test coordinator', 'Ordinarie verksamhet från årsskiftet'],
    ]);
  });

  it('refuses a move the lifecycle does not allow, or without what the new state needs, and records no event', async () => {
    const idea = await createInitiative(db, coordinator, initiativeBody('Bassamverkan Söder', { kind: 'bassamverkan' }));
    const move = (body: Omit<Parameters<typeof transitionInitiative>[3], 'version'>, version = 1) =>
      refusal(transitionInitiative(db, coordinator, idea.id, { ...body, version }));
    expect(await move({ to: 'running', note: null })).toEqual(['validation_failed', '/to transition_not_allowed']);
    expect(await move({ to: 'idea', note: null })).toEqual(['validation_failed', '/to transition_not_allowed']);
    expect(await move({ to: 'ended', note: null, endedReason: '  ' })).toEqual(['validation_failed', '/endedReason reason_required']);
    expect(await move({ to: 'proposed', note: null }, 2)).toEqual(['conflict']);
    expect(await refusal(transitionInitiative(db, analyst, idea.id, { to: 'proposed', note: null, version: 1 }))).toEqual(['forbidden']);
    const events = await db
      .select()
      .from(initiativeEvents)
      .where(and(eq(initiativeEvents.tenantId, tenantId), eq(initiativeEvents.initiativeId, idea.id)));
    expect(events).toHaveLength(1);

    const ended = await transitionInitiative(db, coordinator, idea.id, { to: 'ended', note: null, endedReason: 'Finns redan', version: 1 });
    expect([ended.state, ended.endedReason]).toEqual(['ended', 'Finns redan']);
    expect(await move({ to: 'proposed', note: null }, 2)).toEqual(['validation_failed', '/to transition_not_allowed']);
  });

  it('refuses an evaluation without its text, and an implementation that lacks a field or names no party of the area', async () => {
    const [row] = await db
      .insert(initiatives)
      .values({
        ...columnsOf(initiativeBody('Strukturinsats ekonomiskt bistånd', { kind: 'structural' })),
        tenantId,
        state: 'running',
        createdByUserId: coordinator.userId,
      })
      .returning({ id: initiatives.id });
    const id = row!.id;
    expect(await refusal(transitionInitiative(db, coordinator, id, { to: 'evaluated', note: null, version: 1 }))).toEqual([
      'validation_failed',
      '/evaluation evaluation_required',
    ]);
    await transitionInitiative(db, coordinator, id, {
      to: 'evaluated',
      note: null,
      evaluation: 'Halverade handläggningstider',
      version: 1,
    });
    const implement = (fields: object) =>
      refusal(transitionInitiative(db, coordinator, id, { to: 'implemented', note: null, version: 2, ...fields }));
    expect(await implement({ implementedFrom: '2026-01-01' })).toEqual([
      'validation_failed',
      '/implementedByPartyId implementation_incomplete',
      '/implementationFunding implementation_incomplete',
    ]);
    const complete = { implementedByPartyId: otherParty, implementedFrom: '2026-01-01', implementationFunding: 'Regionens budget' };
    expect(await implement(complete)).toEqual(['validation_failed', '/implementedByPartyId unknown_party']);
    expect(await implement({ ...complete, implementedByPartyId: region, implementedFrom: '1999-01-01' })).toEqual([
      'validation_failed',
      '/implementedFrom date_out_of_range',
    ]);
  });

  it('audits every write as a governance change with the grant role, naming no participant', async () => {
    const rows = await db
      .select({
        action: auditEvents.action,
        category: auditEvents.category,
        grant: auditEvents.grant,
        participantId: auditEvents.participantId,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.resourceType, 'initiative'), eq(auditEvents.resourceId, created.id)));
    // Created, changed once, moved five times; refused writes leave nothing.
    expect(rows.map((r) => r.action).sort()).toEqual(['create', ...Array(6).fill('update')]);
    expect(rows.every((r) => r.category === 'governance' && r.grant === 'role' && r.participantId === null)).toBe(true);
  });
});
