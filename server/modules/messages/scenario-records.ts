import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { messages, messageThreads, threadOrganisations } from './tables.ts';

/** Message threads the authorisation matrix and the bad-input test use. Test data only. */
export interface MessageScenarioRecords {
  /** A thread with P between organisations A and B, with one message from A: every role reads and writes in it. */
  thread: string;
  /** Per role, an open thread of A and B about P for that role to mark done. */
  closable: Record<Role, string>;
}

interface Where {
  tenantId: string;
  p: string;
  orgA: string;
  orgB: string;
  authorUserId: string;
}

export async function buildThread(db: Db, w: Where, kind: 'agencies' | 'with_participant' = 'with_participant') {
  const [t] = await db
    .insert(messageThreads)
    .values({
      tenantId: w.tenantId,
      participantId: w.p,
      kind,
      subject: 'Praktikplats',
      createdByUserId: w.authorUserId,
      createdByOrganisationId: w.orgA,
    })
    .returning({ id: messageThreads.id });
  await db.insert(threadOrganisations).values([
    { tenantId: w.tenantId, threadId: t!.id, organisationId: w.orgA },
    { tenantId: w.tenantId, threadId: t!.id, organisationId: w.orgB },
  ]);
  await db.insert(messages).values({
    tenantId: w.tenantId,
    threadId: t!.id,
    participantId: w.p,
    authorUserId: w.authorUserId,
    authorOrganisationId: w.orgA,
    body: 'Hur går det med praktiken?',
    language: 'sv',
  });
  return t!.id;
}

export async function buildMessageScenarioRecords(db: Db, w: Where, roles: readonly Role[]): Promise<MessageScenarioRecords> {
  const closable = {} as Record<Role, string>;
  for (const role of roles) closable[role] = await buildThread(db, w);
  return { thread: await buildThread(db, w), closable };
}
