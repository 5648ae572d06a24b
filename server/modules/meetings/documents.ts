import { and, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import { AGENDA_DOCUMENT_MAX_BYTES } from '../../../common/governance.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { mayManageMeetings } from './policy.ts';
import { getMeeting } from './read.ts';
import type { UploadDocument } from './schema.ts';
import { agendaDocuments, agendaItems } from './tables.ts';
import { auditMeeting, lockItem, refuse } from './write.ts';

/**
 * Whether the bytes are what the declared type says: a PDF starts with `%PDF-`, a Word document is a ZIP (`PK\x03\x04`),
 * plain text is UTF-8 without control characters other than tab and line breaks.
 */
export function contentMatches(mediaType: string, bytes: Buffer): boolean {
  if (mediaType === 'application/pdf') return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (mediaType.endsWith('wordprocessingml.document')) return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const text = new TextDecoder('utf-8', { fatal: true });
  try {
    return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text.decode(bytes));
  } catch {
    return false;
  }
}

/**
 * Sends a document out with an agenda item: the moment it is stored is when it was sent, which decides whether the
 * item's material was late. 400 `content_too_large` over 5 MB, `content_mismatch` when the bytes are not the type.
 */
export async function uploadDocument(db: Db, actor: Actor, itemId: string, input: Static<typeof UploadDocument>) {
  if (!mayManageMeetings(actor)) throw forbidden();
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > AGENDA_DOCUMENT_MAX_BYTES) throw refuse('/contentBase64', 'content_too_large');
  if (bytes.length === 0 || !contentMatches(input.mediaType, bytes)) throw refuse('/contentBase64', 'content_mismatch');
  return db.transaction(async (tx) => {
    const { item } = await lockItem(tx, actor, itemId);
    const [row] = await tx
      .insert(agendaDocuments)
      .values({
        tenantId: actor.tenantId,
        itemId,
        fileName: input.fileName,
        mediaType: input.mediaType,
        size: bytes.length,
        content: bytes,
        sentByUserId: actor.userId,
      })
      .returning({ id: agendaDocuments.id });
    await auditMeeting(tx, actor, 'agenda_document', row!.id, 'create');
    return getMeeting(tx, actor, item.meetingId);
  });
}

/** One document of an item, to download (404 when not the area's or not the item's). */
export async function getDocument(db: Db, actor: Actor, itemId: string, documentId: string) {
  const [found] = await db
    .select({ fileName: agendaDocuments.fileName, mediaType: agendaDocuments.mediaType, content: agendaDocuments.content })
    .from(agendaDocuments)
    .innerJoin(agendaItems, and(eq(agendaItems.tenantId, agendaDocuments.tenantId), eq(agendaItems.id, agendaDocuments.itemId)))
    .where(and(eq(agendaDocuments.tenantId, actor.tenantId), eq(agendaDocuments.itemId, itemId), eq(agendaDocuments.id, documentId)));
  if (!found) throw notFound();
  return found;
}
