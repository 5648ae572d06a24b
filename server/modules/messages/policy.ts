/** Pure rules of message threads: who takes part, who sees a thread, what a message may ask or answer. */

export type ThreadKind = 'agencies' | 'with_participant';

/** Who is writing or reading: an organisation's staff member, or the participant (organisationId null). */
export interface Viewer {
  organisationId: string | null;
}

/** A reader's key in the read receipts: the organisation's id, or `participant`. */
export const PARTICIPANT_READER = 'participant';
export const readerKeyOf = (viewer: Viewer) => viewer.organisationId ?? PARTICIPANT_READER;

export interface ThreadFacts {
  kind: ThreadKind;
  organisationIds: readonly string[];
}

export type Problem =
  { code: 'validation_failed'; path: string; reason: string } | { code: 'conflict'; reason: string } | { code: 'not_found' };

const invalid = (path: string, reason: string): Problem => ({ code: 'validation_failed', path, reason });

/**
 * The participant sees only the threads they take part in; staff see the threads their organisation takes part
 * in (and, like every message, only with consent, which the access core decides before this rule).
 */
export function seesThread(viewer: Viewer, thread: ThreadFacts): boolean {
  if (viewer.organisationId === null) return thread.kind === 'with_participant';
  return thread.organisationIds.includes(viewer.organisationId);
}

/** The organisations of a new thread: the writer's own and the chosen ones, each with an active engagement. */
export function participatingOrganisations(viewer: Viewer, chosen: readonly string[]): string[] {
  return [...new Set([...(viewer.organisationId ? [viewer.organisationId] : []), ...chosen])];
}

function checkQuestionTo(viewer: Viewer, organisationIds: readonly string[], questionTo: string | null | undefined): Problem | null {
  if (!questionTo) return null;
  if (questionTo === viewer.organisationId) return invalid('/questionTo', 'own_organisation');
  if (!organisationIds.includes(questionTo)) return invalid('/questionTo', 'not_participating');
  return null;
}

export function checkNewThread(
  viewer: Viewer,
  input: { kind: ThreadKind; organisationIds: readonly string[]; questionTo?: string | null },
  engagedOrganisationIds: readonly string[],
): Problem | null {
  if (viewer.organisationId === null && input.kind !== 'with_participant') return invalid('/kind', 'participant_takes_part');
  if (input.organisationIds.some((id) => !engagedOrganisationIds.includes(id))) return invalid('/organisationIds', 'not_engaged');
  const organisations = participatingOrganisations(viewer, input.organisationIds);
  if (input.kind === 'agencies' && organisations.length < 2) return invalid('/organisationIds', 'needs_another_organisation');
  if (organisations.length === 0) return invalid('/organisationIds', 'needs_an_organisation');
  return checkQuestionTo(viewer, organisations, input.questionTo);
}

export interface QuestionFacts {
  threadId: string;
  askedOrganisationId: string | null;
  isQuestion: boolean;
  answeredAt: string | null;
}

/**
 * A reply may ask one participating organisation (not the writer's own) and may answer one open question put to
 * the writer's organisation in the same thread. The writer marks which question they answer: a message that does
 * not say so answers nothing, so a quick "thanks" never closes a question by accident.
 */
export function checkReply(
  viewer: Viewer,
  thread: ThreadFacts & { id: string },
  input: { questionTo?: string | null; answers?: string | null },
  answered: QuestionFacts | null,
): Problem | null {
  const asking = checkQuestionTo(viewer, thread.organisationIds, input.questionTo);
  if (asking) return asking;
  if (!input.answers) return null;
  if (!answered || answered.threadId !== thread.id || !answered.isQuestion) return invalid('/answers', 'not_a_question');
  if (viewer.organisationId === null || answered.askedOrganisationId !== viewer.organisationId)
    return invalid('/answers', 'not_asked_to_you');
  if (answered.answeredAt !== null) return { code: 'conflict', reason: 'already_answered' };
  return null;
}

/** Marking done or reopening: only a participating organisation, and only when it changes something. */
export function checkDone(viewer: Viewer, thread: ThreadFacts & { doneAt: string | null }, done: boolean): Problem | null {
  if (viewer.organisationId === null || !thread.organisationIds.includes(viewer.organisationId)) return { code: 'not_found' };
  if (done && thread.doneAt !== null) return { code: 'conflict', reason: 'already_done' };
  if (!done && thread.doneAt === null) return { code: 'conflict', reason: 'not_done' };
  return null;
}

/**
 * Who should read a message: every participating organisation but the writer's, and the participant in a thread
 * with them unless they wrote it. Each reader's first read is its receipt; null means not yet.
 */
export function receiptsOf(
  message: { authorOrganisationId: string | null },
  thread: ThreadFacts,
  reads: ReadonlyMap<string, string>,
): { reader: string; readAt: string | null }[] {
  const readers = thread.organisationIds.filter((id) => id !== message.authorOrganisationId);
  if (thread.kind === 'with_participant' && message.authorOrganisationId !== null) readers.push(PARTICIPANT_READER);
  return readers.map((reader) => ({ reader, readAt: reads.get(reader) ?? null }));
}

/** A message is unread for the viewer when someone else's side wrote it and the viewer's side has not read it. */
export function unreadFor(viewer: Viewer, message: { authorOrganisationId: string | null }, reads: ReadonlyMap<string, string>) {
  const key = readerKeyOf(viewer);
  return readerKeyOf({ organisationId: message.authorOrganisationId }) !== key && !reads.has(key);
}
