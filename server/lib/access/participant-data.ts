import { sql, type SQLWrapper } from 'drizzle-orm';
import type { DataCategory } from '../../../common/roles.ts';
import type { Db, Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Actor } from '../actor.ts';
import { audit, auditWith, type AuditAction } from '../audit/audit.ts';
import { todayInSweden } from '../dates.ts';
import { AppError } from '../errors.ts';
import { loadParticipantFacts } from './facts.ts';
import { decideRead, knowsParticipant, type Grant, type ParticipantFacts } from './grants.ts';

/** What a feature gets when access was granted: the transaction to work in, the facts and the grant. */
export interface Access {
  tx: Executor;
  facts: ParticipantFacts;
  grant: Grant;
  today: string;
}

export interface Target {
  participantId: string;
  /** The category whose grant the access needs. */
  category: DataCategory;
  /** The category written to the audit row when it differs, e.g. `consent` for a change to consents. */
  auditCategory?: string;
  resourceType: string;
  resourceId?: string | null;
}

function deny(reason: 'unknown' | 'consent_required'): never {
  throw reason === 'unknown' ? new AppError('not_found') : new AppError('consent_required', undefined, { consentRequired: true });
}

/**
 * The only way features read a participant's data: decide from the facts first (404 when the actor may not know
 * the person exists, 403 consent_required when they know but lack consent), then run `read`, then write the audit
 * row, all in one transaction. With `requireConsent: false` an actor who knows the person but lacks consent is let
 * through with the grant `engagement`, for reads of what their own organisation did (the read must filter by it).
 */
export function readParticipantData<T>(
  db: Db,
  actor: Actor,
  target: Target & { requireConsent?: boolean },
  read: (access: Access) => Promise<T>,
): Promise<T> {
  return accessParticipantData(db, actor, target, 'read', read, target.requireConsent ?? true);
}

/**
 * The only way features change a participant's data. `category` decides the grant as for reading; the audit row
 * records `action`, and `resourceId` may be set by the change (e.g. a created row's id) through the returned value.
 */
export function writeParticipantData<T>(
  db: Db,
  actor: Actor,
  target: Target & { action: Exclude<AuditAction, 'read'>; requireConsent?: boolean },
  write: (access: Access) => Promise<T & { resourceId?: string }>,
): Promise<T> {
  return accessParticipantData(db, actor, target, target.action, write, target.requireConsent ?? true);
}

/** What the query of a fast read gets: the facts and the grant, decided before it runs. */
export type RecordAccess = Omit<Access, 'tx'>;

/** The rows of a fast read, as the database returned them (column names, not field names: see db/sql.ts fromRow). */
export interface RecordRead extends RecordAccess {
  rows: Record<string, unknown>[];
}

/**
 * The fast way to read a participant's data in one query, with the same decision, denials and audit row as
 * readParticipantData but two round trips instead of five. The facts are loaded by their own statement: Kitt runs
 * READ COMMITTED, where every statement of a transaction takes a new snapshot, so a BEGIN around facts and read
 * would see no more consistent state than two statements do. `query` (one SELECT; order its rows inside, e.g.
 * with json_agg, when order matters) then runs in ONE statement with the audit row as data-modifying WITH items,
 * so the read and its audit row commit or fail together. The audit row is written only when the query returns a
 * row; when it returns none the read answers 404 and leaves no audit row, as a missing record does today.
 */
export async function readParticipantRecord(
  ex: Executor,
  actor: Actor,
  target: Target,
  query: (access: RecordAccess) => SQLWrapper,
): Promise<RecordRead> {
  const today = todayInSweden();
  const facts = await loadParticipantFacts(ex, actor, target.participantId);
  const decision = decideRead(actor, facts, target.category, today);
  if (!decision.allowed) deny(decision.reason);
  const access = { facts, grant: decision.grant, today };
  const entry = auditEntry(target, 'read', decision.grant);
  const found = await rows<Record<string, unknown>>(
    ex,
    sql`with kitt_record as materialized (${query(access)}),
      ${auditWith(actor, [entry], sql`exists (select from kitt_record)`)}
    select * from kitt_record`,
  );
  if (found.length === 0) throw new AppError('not_found');
  return { ...access, rows: found };
}

function auditEntry(target: Target, action: AuditAction, grant: Grant, createdId?: string) {
  return {
    participantId: target.participantId,
    category: target.auditCategory ?? target.category,
    action,
    grant,
    resourceType: target.resourceType,
    resourceId: createdId ?? target.resourceId ?? target.participantId,
  };
}

async function accessParticipantData<T>(
  db: Db,
  actor: Actor,
  target: Target,
  action: AuditAction,
  work: (access: Access) => Promise<T & { resourceId?: string }> | Promise<T>,
  requireConsent = true,
): Promise<T> {
  return db.transaction(async (tx) => {
    const today = todayInSweden();
    const facts = await loadParticipantFacts(tx, actor, target.participantId);
    let grant: Grant;
    const decision = decideRead(actor, facts, target.category, today);
    if (decision.allowed) grant = decision.grant;
    else if (!requireConsent && knowsParticipant(actor, facts, today)) grant = 'engagement';
    else deny(decision.reason);
    const result = await work({ tx, facts, grant, today });
    const createdId = (result as { resourceId?: string } | undefined)?.resourceId;
    await audit(tx, actor, [auditEntry(target, action, grant, createdId)]);
    return result as T;
  });
}

/** Audits a list of participants the actor was shown, one row per participant, in the caller's transaction. */
export function auditListRead(tx: Executor, actor: Actor, category: DataCategory, shown: { id: string; grant: Grant }[]) {
  return audit(
    tx,
    actor,
    shown.map((p) => ({
      participantId: p.id,
      category,
      action: 'read' as const,
      grant: p.grant,
      resourceType: 'participant',
      resourceId: p.id,
    })),
  );
}
