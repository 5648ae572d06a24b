import { AGENDA_DOCUMENT_MAX_BYTES } from '../../../../common/governance.ts';
import { DOCUMENT_TYPES, type DocumentType } from './api.ts';
import type { Problem } from './forms.ts';

/** What the file input accepts: the three kinds of document the server takes. */
export const ACCEPTED_FILES =
  '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/**
 * The document's type by its name's ending (PDF, Word or plain text), else by what the browser says it is; null when
 * it is none of them. The server checks the bytes against it.
 */
export function documentType(file: { name: string; type: string }): DocumentType | null {
  const ending = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ending && ending in DOCUMENT_TYPES) return DOCUMENT_TYPES[ending as keyof typeof DOCUMENT_TYPES];
  return (Object.values(DOCUMENT_TYPES) as string[]).includes(file.type) ? (file.type as DocumentType) : null;
}

/** Why the chosen file cannot be sent: none chosen, not a PDF, Word or text file, empty, or over 5 MB. */
export function fileProblem(file: { name: string; type: string; size: number } | null): Problem | undefined {
  if (!file) return 'required';
  if (documentType(file) === null) return 'file_type';
  if (file.size === 0) return 'file_empty';
  if (file.size > AGENDA_DOCUMENT_MAX_BYTES) return 'file_too_large';
  return undefined;
}

/** Bytes as base64, a slice at a time, so that a 5 MB file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** A file's size in whole kilobytes (at least 1) or megabytes with one decimal, in the interface's number format. */
export function fileSize(bytes: number, locale: string): { value: string; unit: 'kb' | 'mb' } {
  if (bytes < 1024 * 1024) return { value: new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024))), unit: 'kb' };
  return { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)), unit: 'mb' };
}
