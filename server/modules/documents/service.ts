import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { readParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { isLanguage, translator, type Language } from '../../lib/i18n.ts';
import { getWeek } from '../calendar/service.ts';
import { parseIsoWeek } from '../calendar/weeks.ts';
import { getPlan } from '../plan/service.ts';
import { renderPlanPdf } from './plan-pdf.ts';

/**
 * The person's preferred language, when it is one of Kitt's and the actor may read identity data; Swedish otherwise.
 * Read like any identity data: the consent decides and the read is audited.
 */
async function preferredLanguage(db: Db, actor: Actor, participantId: string): Promise<Language> {
  try {
    const found = await readParticipantData(
      db,
      actor,
      { participantId, category: 'identity', resourceType: 'preferred_language' },
      ({ tx }) =>
        rows<{ preferred_language: string | null }>(
          tx,
          sql`select preferred_language from participants where tenant_id = ${actor.tenantId} and id = ${participantId}`,
        ),
    );
    const language = found[0]?.preferred_language;
    return isLanguage(language) ? language : 'sv';
  } catch (error) {
    if (error instanceof AppError && error.code === 'consent_required') return 'sv';
    throw error;
  }
}

/**
 * The plan, its goals and one week as a PDF in `language` (or the person's own). Read through the plan's and the
 * calendar's services, so their consent rules and audit rows apply; the file name tells nothing about the person.
 */
export async function planPdf(db: Db, actor: Actor, participantId: string, query: { language?: Language; week?: string }) {
  // A week that does not exist is refused before anything is read or audited.
  if (query.week !== undefined && parseIsoWeek(query.week) === null)
    throw invalid([{ path: '/week', keyword: 'week', message: 'no such ISO week' }]);
  const plan = await getPlan(db, actor, participantId);
  const language = query.language ?? (await preferredLanguage(db, actor, participantId));
  const week = await getWeek(db, actor, participantId, query.week);
  const pdf = await renderPlanPdf({
    plan,
    week,
    translation: translator(language),
    viewer: actor.participantId === participantId ? 'self' : 'staff',
  });
  return { pdf, filename: `plan-${week.week}.pdf` };
}
