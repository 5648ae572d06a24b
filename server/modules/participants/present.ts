import type { Actor } from '../../lib/actor.ts';
import { seesFullPersonalNumber, seesProtectedIdentity, type Grant, type ParticipantFacts } from '../../lib/access/grants.ts';
import { formatPersonalNumber, maskPersonalNumber } from '../../lib/identifiers.ts';
import type { participants } from './tables.ts';

type Row = typeof participants.$inferSelect;

/** The participant as this actor may see them: protected identity hidden, the personal number masked where it should be. */
export function presentParticipant(actor: Actor, row: Row, facts: ParticipantFacts, grant: Grant, today: string) {
  const hidden = row.protectedIdentity && !seesProtectedIdentity(actor, facts, today);
  const full = seesFullPersonalNumber(actor, facts);
  const number =
    row.personalNumber === null || hidden ? null : full ? formatPersonalNumber(row.personalNumber) : maskPersonalNumber(row.personalNumber);
  return {
    summary: {
      id: row.id,
      name: hidden ? null : `${row.givenName} ${row.familyName}`,
      protectedIdentity: row.protectedIdentity,
      idKind: row.idKind,
      personalNumber: number,
      birthDate: hidden ? null : row.birthDate,
      preferredLanguage: row.preferredLanguage,
      grant,
    },
    contact: {
      interpreterNeeded: row.interpreterNeeded,
      phone: hidden ? null : row.phone,
      email: hidden ? null : row.email,
      address: hidden ? null : row.address,
      version: row.version,
    },
  };
}
