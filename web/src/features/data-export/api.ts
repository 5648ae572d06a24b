import { query } from '../../lib/http.ts';

/**
 * Where the export is fetched: a plain link (the browser sends the session cookie), so the file downloads and the
 * page opens like any document. The language is the page's; when left out the server uses the person's own.
 */
export function dataExportUrl(participantId: string, format: 'json' | 'html', language?: string): string {
  return `/api/participants/${encodeURIComponent(participantId)}/data-export${query({ format, language })}`;
}
