import { DATA_CATEGORIES } from '../../../common/roles.ts';
import { AUDIT_ACTIONS, type AuditAction } from '../../lib/audit/audit.ts';

/** What the person asks: did someone look, or did someone change something? */
export const ACCESS_KINDS = ['read', 'change'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** The categories an access-log row can carry: the data categories, and changes to consents. */
export const LOG_CATEGORIES = [...DATA_CATEGORIES, 'consent'] as const;

/** A read is a look; create, update and delete all change the person's data. */
export function accessKind(action: string): AccessKind {
  return action === 'read' ? 'read' : 'change';
}

/** The audit actions that a filter on `kind` selects. */
export function actionsOf(kind: AccessKind): AuditAction[] {
  return AUDIT_ACTIONS.filter((a) => accessKind(a) === kind);
}

/** The keyset cursor: the time (epoch milliseconds) and chain position of the last row shown, newest first. */
export interface Cursor {
  atMs: number;
  seq: number;
}

export const CURSOR_PATTERN = '^[0-9]{1,15}-[0-9]{1,15}$';

export const formatCursor = (c: Cursor) => `${c.atMs}-${c.seq}`;

/** Reads a cursor; `null` for none or one out of range (the schema has already checked its form). */
export function parseCursor(before: string | undefined): Cursor | null {
  const match = before === undefined ? null : /^([0-9]{1,15})-([0-9]{1,15})$/.exec(before);
  if (!match) return null;
  const atMs = Number(match[1]);
  const seq = Number(match[2]);
  return Number.isSafeInteger(atMs) && Number.isSafeInteger(seq) ? { atMs, seq } : null;
}
