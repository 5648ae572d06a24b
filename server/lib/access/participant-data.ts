import type { DataCategory } from '../../../common/roles.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../actor.ts';
import { audit, type AuditAction } from '../audit/audit.ts';
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

interface Target {
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
 * row, all in one transaction.
 */
export function readParticipantData<T>(db: Db, actor: Actor, target: Target, read: (access: Access) => Promise<T>): Promise<T> {
  return accessParticipantData(db, actor, target, 'read', read);
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
    await audit(tx, actor, [
      {
        participantId: target.participantId,
        category: target.auditCategory ?? target.category,
        action,
        grant,
        resourceType: target.resourceType,
        resourceId: createdId ?? target.resourceId ?? target.participantId,
      },
    ]);
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
