import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';

/** The media types of the files Kitt hands out. */
export const MEDIA = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The OpenAPI description of a CSV or XLSX download, for a route's 200 response. */
export const csvFile = (description: string) => ({ description, content: { 'text/csv': { schema: Type.String() } } });
export const xlsxFile = (description: string) => ({
  description,
  content: { [MEDIA.xlsx]: { schema: Type.String({ format: 'binary' }) } },
});

/** Sends `body` as a file to save, named `filename` (never personal data: the name shows in URLs and logs). */
export const sendAttachment = (reply: FastifyReply, mediaType: string, filename: string, body: string | Buffer | Uint8Array) =>
  reply.header('content-type', mediaType).header('content-disposition', `attachment; filename="${filename}"`).send(body);
