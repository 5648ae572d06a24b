import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { agendaDocuments, agendaItems, meetings } from './tables.ts';

/** The meetings of the authorisation scenario: per role a meeting and items to change, and tenant 2's for 404. */
export interface MeetingScenarioRecords {
  /** Per role, a board meeting at version 1 to change, with one item at version 1 and one decision item to decide. */
  meetingsByRole: Record<Role, string>;
  itemsByRole: Record<Role, string>;
  decisionItemsByRole: Record<Role, string>;
  /** A document every reader downloads: its item and id. */
  document: { itemId: string; documentId: string };
  /** Tenant 2's meeting, item and document. */
  other: { meeting: string; item: string; document: { itemId: string; documentId: string } };
}

/** A small PDF, as the web form sends it. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n% Kitt\n').toString('base64');

export const meetingBody = (title: string) => ({
  body: 'board' as const,
  title,
  startsAt: '2030-03-12T12:00:00.000Z',
  place: 'Stadshuset, sal 2',
  materialDaysBefore: 7,
  attendees: ['Ordförande Anna Ek', 'Ledamot Bo Lind'],
});
export const itemBody = (title: string) => ({
  kind: 'decision' as const,
  title,
  proposal: 'Styrelsen beslutar att bifalla förslaget.',
  initiativeId: null,
  preparedByItemId: null,
});
export const decisionBody = () => ({
  outcome: 'adopted' as const,
  wording: 'Styrelsen beslutar att bifalla förslaget.',
  votes: null,
  reservations: [],
  initiativeState: null,
  allocation: null,
});
export const documentBody = () => ({ fileName: 'Tjänsteskrivelse.pdf', mediaType: 'application/pdf' as const, contentBase64: PDF_BASE64 });

export async function buildMeetingRecords(
  db: Db,
  input: { tenantId: string; userId: string; roles: readonly Role[]; other: { tenantId: string; userId: string } },
): Promise<MeetingScenarioRecords> {
  const meeting = async (tenantId: string, userId: string, title: string) => {
    const [row] = await db
      .insert(meetings)
      .values({ ...meetingBody(title), tenantId, createdByUserId: userId })
      .returning({ id: meetings.id });
    return row!.id;
  };
  const item = async (tenantId: string, meetingId: string, position: number, title: string) => {
    const [row] = await db
      .insert(agendaItems)
      .values({ ...itemBody(title), tenantId, meetingId, position })
      .returning({ id: agendaItems.id });
    return row!.id;
  };
  const document = async (tenantId: string, itemId: string, userId: string) => {
    const content = Buffer.from(PDF_BASE64, 'base64');
    const [row] = await db
      .insert(agendaDocuments)
      .values({
        tenantId,
        itemId,
        fileName: 'Underlag.pdf',
        mediaType: 'application/pdf',
        size: content.length,
        content,
        sentByUserId: userId,
      })
      .returning({ id: agendaDocuments.id });
    return { itemId, documentId: row!.id };
  };
  const meetingsByRole = {} as Record<Role, string>;
  const itemsByRole = {} as Record<Role, string>;
  const decisionItemsByRole = {} as Record<Role, string>;
  for (const role of input.roles) {
    meetingsByRole[role] = await meeting(input.tenantId, input.userId, `Styrelsemöte för ${role}`);
    itemsByRole[role] = await item(input.tenantId, meetingsByRole[role], 1, `Ärende för ${role}`);
    decisionItemsByRole[role] = await item(input.tenantId, meetingsByRole[role], 2, `Beslutsärende för ${role}`);
  }
  const first = meetingsByRole[input.roles[0]!];
  const otherMeeting = await meeting(input.other.tenantId, input.other.userId, 'Annat förbunds styrelsemöte');
  const otherItem = await item(input.other.tenantId, otherMeeting, 1, 'Annat förbunds ärende');
  return {
    meetingsByRole,
    itemsByRole,
    decisionItemsByRole,
    document: await document(input.tenantId, await item(input.tenantId, first, 3, 'Ärende med handling'), input.userId),
    other: { meeting: otherMeeting, item: otherItem, document: await document(input.other.tenantId, otherItem, input.other.userId) },
  };
}
