import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n.ts';
import { auditRows, busyPerson, person, setUpCalendarWorld, W, world } from '../calendar/calendar-world.ts';
import { participants } from '../participants/tables.ts';
import type { Session } from '../../test/harness.ts';

beforeAll(setUpCalendarWorld);

const dir = mkdtempSync(join(tmpdir(), 'kitt-plan-pdf-'));

/** A GET whose body is kept as bytes: the PDF, or a JSON error. */
async function download(session: Session, url: string) {
  const res = await world.ctx.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload, json: () => JSON.parse(res.payload) };
}

/** The PDF's text as poppler reads it, without the embedding marks it puts around right-to-left lines. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ');
}

/** Page 1 rendered in grey at 40 dpi: how many pixels are not white. */
function inkedPixels(file: string): number {
  const base = `${file}-gray`;
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', file, base]);
  const pgm = readFileSync(`${base}.pgm`);
  // P5 header: magic, width, height, max value, each followed by whitespace; then one byte per pixel.
  const header = pgm
    .subarray(0, 40)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  const pixels = pgm.subarray(header[0].length);
  expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
  return pixels.filter((v) => v < 200).length;
}

const GOALS = {
  sv: 'Jag vill arbeta som kock i Malmö.',
  fa: 'می‌خواهم در یک رستوران آشپز شوم',
  ti: 'ኣብ ቤት ብልዒ ክሰርሕ እየ',
};

async function personWithGoals() {
  const p = await busyPerson();
  for (const [language, text] of Object.entries(GOALS)) {
    const res = await world.amfCaseworker.send('POST', `/api/participants/${p.id}/goals`, { text, language });
    expect(res.status).toBe(201);
  }
  return p;
}

describe('the plan as PDF', () => {
  it('answers a reader with consent with a PDF whose file name tells nothing about the person', async () => {
    const p = await personWithGoals();
    const res = await download(world.amfCaseworker, `/api/participants/${p.id}/plan.pdf?language=sv&week=${W}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="plan-${W}.pdf"`);
    expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Read through the plan's and the calendar's services: both reads are audited under the consent.
    const audited = (await auditRows(p.id)).map((r) => `${r.category}:${r.resource_type}:${r.grant}`);
    expect(audited).toEqual(expect.arrayContaining(['plan:plan:consent', 'plan:calendar_week:consent']));
  });

  it('refuses without consent (403), for an unknown or unrelated person (404), and bad input (400), as JSON', async () => {
    const p = await person({ socConsents: [] });
    const noConsent = await download(world.socCaseworker, `/api/participants/${p}/plan.pdf`);
    expect(noConsent.status).toBe(403);
    expect(noConsent.json().error.code).toBe('consent_required');
    const unknown = await download(world.amfCaseworker, `/api/participants/00000000-0000-4000-8000-000000000000/plan.pdf`);
    expect(unknown.status).toBe(404);
    expect((await download(world.strangerCaseworker, `/api/participants/${p}/plan.pdf`)).status).toBe(404);
    for (const query of ['language=de', 'language=', 'week=2026-48', 'week=2026-W54', 'week=2026-W00', 'format=docx']) {
      const bad = await download(world.amfCaseworker, `/api/participants/${p}/plan.pdf?${query}`);
      expect(bad.status, query).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('is written in the person’s preferred language when none is chosen, in Swedish when it is not one of Kitt’s or not readable', async () => {
    const p = await personWithGoals();
    const db = world.ctx.database.db;
    const labelsIn = async (preferred: string | null, reader = world.amfCaseworker) => {
      await db.update(participants).set({ preferredLanguage: preferred }).where(eq(participants.id, p.id));
      const res = await download(reader, `/api/participants/${p.id}/plan.pdf?week=${W}`);
      expect(res.status).toBe(200);
      const file = join(dir, `preferred-${preferred}-${reader === world.amfCaseworker ? 'amf' : 'soc'}.pdf`);
      writeFileSync(file, res.bytes);
      return pdfText(file);
    };
    expect(await labelsIn('en')).toContain(translator('en').t('documents.pdf.activities'));
    expect(await labelsIn('de')).toContain(translator('sv').t('documents.pdf.activities'));
    // Social services may read the plan but not the person's identity, the preferred language included: Swedish.
    expect(await labelsIn('en', world.socCaseworker)).toContain(translator('sv').t('documents.pdf.activities'));
    expect((await auditRows(p.id)).filter((r) => r.resource_type === 'preferred_language').map((r) => r.category)).toEqual([
      'identity',
      'identity',
    ]);
  });

  // Labels come from the catalogues as they are when the test runs: a language still being translated falls back to Swedish.
  for (const language of ['sv', 'en', 'ti', 'fa', 'ar'] as const) {
    it(`renders in ${language}: the goals as written, the translated labels, and a page that is not blank`, async () => {
      const p = await personWithGoals();
      const res = await download(world.amfCaseworker, `/api/participants/${p.id}/plan.pdf?language=${language}&week=${W}`);
      expect(res.status).toBe(200);
      const file = join(dir, `plan-${language}.pdf`);
      writeFileSync(file, res.bytes);
      const text = pdfText(file);
      const { t } = translator(language);
      for (const goal of Object.values(GOALS)) expect(text).toContain(goal);
      for (const key of ['title', 'goals', 'activities', 'owner', 'dayActivities'] as const)
        expect(text, key).toContain(t(`documents.pdf.${key}`).replace(/\s+/g, ' '));
      expect(text).toContain(t('plan.kinds.meeting'));
      expect(text).toContain('SFI kurs A');
      expect(text).toContain('08:30–12:00');
      expect(statSync(file).size).toBeGreaterThan(5_000);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(dir, `plan-${language}`)]);
      expect(statSync(join(dir, `plan-${language}.png`)).size).toBeGreaterThan(10_000);
      expect(inkedPixels(file)).toBeGreaterThan(2_000);
    });
  }
});
