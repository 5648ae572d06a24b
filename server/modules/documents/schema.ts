import { Type } from 'typebox';
import { LANGUAGES } from '../../../web/src/i18n/languages.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { WEEK_PATTERN } from '../calendar/schema.ts';

export const PlanPdfQuery = Type.Object(
  {
    language: Type.Optional(oneOf(LANGUAGES)),
    week: Type.Optional(
      Type.String({ pattern: WEEK_PATTERN, maxLength: 8, description: 'An ISO week, e.g. 2026-W48; this week when left out' }),
    ),
  },
  { additionalProperties: false },
);

/** A PDF document; the body is the file itself. */
export const PdfFile = {
  description: 'The PDF file',
  content: { 'application/pdf': { schema: Type.String({ format: 'binary' }) } },
};
