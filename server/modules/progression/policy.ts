import { mayAttempt } from '../../../common/verbs.ts';
import type { Actor } from '../../lib/actor.ts';

export { progressionEntryProblems, type ProgressionProblems } from '../../../common/progression.ts';

/**
 * May the actor record progression at all: staff of an organisation whose roles may write it. The entry's source
 * organisation is the actor's, so someone without one records nothing.
 */
export function mayRecordProgression(actor: Actor): boolean {
  return actor.participantId === null && actor.organisationId !== null && mayAttempt('progression.write', actor.roles);
}

/**
 * Only the source organisation's staff change an entry: an SFI result is corrected by SFI, not by the employment
 * service that reads it.
 */
export function mayChangeEntry(actor: Actor, entry: { sourceOrganisationId: string }): boolean {
  return mayRecordProgression(actor) && actor.organisationId === entry.sourceOrganisationId;
}
