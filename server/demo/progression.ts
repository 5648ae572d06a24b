import type { SfiLevel } from '../../common/plan.ts';
import { FIRST_SFI_LEVEL_OF_PATH, type ProgressionKind, type ProgressionResult } from '../../common/progression.ts';
import { progressionEntries } from '../modules/progression/tables.ts';
import { addDays, type DemoContext, type DemoPerson } from './context.ts';

/**
 * Demo people who study SFI course A and have passed nothing yet (study path 1, little schooling). The plan demo
 * books a work placement for some of them, so that the calendar shows "placement before language".
 */
export const DEMO_AT_SFI_LEVEL_A: readonly number[] = [1, 4, 7, 13, 19];

/** Who records for each source organisation in the demo. */
const RECORDER: Record<string, string> = {
  sfi: 'sfi.larare@sjostad.example',
  af: 'af.handlaggare@sjostad.example',
  amf: 'amf.handlaggare@sjostad.example',
  asf: 'handledare@sjostad.example',
};

interface DemoEntry {
  kind: ProgressionKind;
  source: keyof typeof RECORDER;
  start: string;
  end?: string;
  result?: ProgressionResult;
  sfiLevel?: SfiLevel;
  studyPath?: 1 | 2 | 3;
  title?: string;
  note?: string;
}

const VALIDATIONS = [
  'Sjuksköterskeexamen, Syrien',
  'Gymnasieexamen, elprogrammet, Ukraina',
  'Lärarexamen, Eritrea',
  'Kandidatexamen i ekonomi, Afghanistan',
  'Yrkesbevis, svetsare, Irak',
];
const PLACEMENTS = [
  'Lager, Byggtjänst Sjöstad AB',
  'Kök, Sjöstads äldreboende',
  'Butik, Sjöstads livs',
  'Förskolan Solrosen, barnskötarsysslor',
];
const LEVELS: readonly SfiLevel[] = ['A', 'B', 'C', 'D'];

/** Hamid Rahimi, the demo participant account's own record: a full timeline from five organisations' work. */
function ownAccountTimeline(arrived: string, today: string): DemoEntry[] {
  // Written for someone housed about 200 days ago; squeezed when the seed's dates put the housing later.
  const since = Math.round((Date.parse(today) - Date.parse(arrived)) / 86_400_000);
  const scale = Math.min(1, Math.max(0, since - 7) / 190);
  const day = (n: number) => addDays(arrived, Math.round(n * scale));
  return [
    { kind: 'sfi_course', source: 'sfi', sfiLevel: 'B', studyPath: 2, result: 'started', start: day(21) },
    { kind: 'civic_orientation', source: 'amf', result: 'passed', start: day(28), end: day(130), note: 'Samhällsorientering på dari.' },
    {
      kind: 'validation',
      source: 'af',
      result: 'passed',
      start: day(60),
      end: day(150),
      title: 'Kandidatexamen i företagsekonomi, Iran',
      note: 'UHR:s bedömning: motsvarar en svensk kandidatexamen.',
    },
    {
      kind: 'work_placement_done',
      source: 'af',
      result: 'passed',
      start: day(160),
      end: day(188),
      title: 'Butik, Sjöstads livs',
    },
    { kind: 'other', source: 'af', result: 'passed', start: day(90), end: day(140), title: 'Svenskt körkort, behörighet B' },
  ];
}

/** SFI courses one after another along the person's study path; the last one is still being studied. */
function sfiCourses(p: DemoPerson, today: string): DemoEntry[] {
  const path = ([2, 1, 3] as const)[p.index % 3]!;
  const atA = DEMO_AT_SFI_LEVEL_A.includes(p.index);
  const source = p.engaged.includes('sfi') ? 'sfi' : 'af';
  const length = { 1: 140, 2: 110, 3: 80 }[path] + (p.index % 4) * 7;
  let start = addDays(p.arrived, 14 + (p.index % 10));
  if (atA && start > addDays(today, -3)) start = addDays(today, -3);
  if (start > today) return [];
  const entries: DemoEntry[] = [];
  let level = LEVELS.indexOf(FIRST_SFI_LEVEL_OF_PATH[path]);
  // Some break off their first course (a move, a child born) and start it again later.
  if (p.index % 7 === 5 && addDays(start, 70) <= today) {
    entries.push({
      kind: 'sfi_course',
      source,
      sfiLevel: LEVELS[level],
      studyPath: path,
      result: 'interrupted',
      start,
      end: addDays(start, 40),
    });
    start = addDays(start, 70);
  }
  for (;;) {
    const end = addDays(start, length);
    const passes = !atA && end <= addDays(today, -7);
    entries.push({
      kind: 'sfi_course',
      source,
      sfiLevel: LEVELS[level],
      studyPath: path,
      result: passes ? 'passed' : 'started',
      start,
      ...(passes ? { end } : {}),
    });
    if (!passes || level === LEVELS.length - 1) break;
    level++;
    start = addDays(end, 10);
    if (start > today) break;
  }
  return entries;
}

/** The person's timeline from the day they got housing: SFI, civic orientation, validation, placements, work. */
export function demoTimeline(p: DemoPerson, today: string): DemoEntry[] {
  if (p.index === 0) return ownAccountTimeline(p.arrived, today);
  const day = (n: number) => addDays(p.arrived, n);
  const entries = sfiCourses(p, today);
  const so = day(30);
  if (so <= today) {
    const over = day(130) <= today;
    const result: ProgressionResult = !over ? 'started' : p.index % 9 === 8 ? 'interrupted' : 'passed';
    entries.push({ kind: 'civic_orientation', source: 'amf', result, start: so, ...(over ? { end: day(130) } : {}) });
  }
  if ((p.index % 5 === 0 || p.index % 5 === 3) && day(60) <= today) {
    const done = day(150) <= today;
    entries.push({
      kind: 'validation',
      source: 'af',
      result: done ? 'passed' : 'started',
      start: day(60),
      ...(done ? { end: day(150) } : {}),
      title: VALIDATIONS[p.index % VALIDATIONS.length],
    });
  }
  const passedSfi = entries.filter((e) => e.kind === 'sfi_course' && e.result === 'passed').length;
  if (passedSfi >= 1 && !DEMO_AT_SFI_LEVEL_A.includes(p.index) && day(215) <= today) {
    entries.push({
      kind: 'work_placement_done',
      source: 'af',
      result: p.index % 8 === 6 ? 'interrupted' : 'passed',
      start: day(180),
      end: day(208),
      title: PLACEMENTS[p.index % PLACEMENTS.length],
    });
  }
  if (p.index % 6 === 2 && day(200) <= today) {
    entries.push({
      kind: 'work_training_done',
      source: 'amf',
      result: 'passed',
      start: day(150),
      end: day(200),
      title: 'Sjöstads återbruk, sortering och försäljning',
    });
  }
  // The one who has come all the way: a job after the placement.
  if (p.index === 3)
    entries.push({
      kind: 'employment_started',
      source: 'af',
      start: addDays(today, -14),
      title: 'Lokalvårdare, Sjöstads fastighetsservice (extratjänst)',
      note: 'Heltid, tolv månader.',
    });
  if (p.index === 12 && day(260) <= today)
    entries.push({ kind: 'studies_started', source: 'sfi', start: day(262), title: 'Svenska som andraspråk, grundläggande nivå (Komvux)' });
  return entries;
}

/** Every demo person gets a timeline; the entries are dated from the day they got housing and never in the future. */
export async function seedProgression(ctx: DemoContext): Promise<void> {
  const values = ctx.participants.flatMap((p) =>
    demoTimeline(p, ctx.today).map((e) => ({
      tenantId: ctx.tenantId,
      participantId: p.id,
      kind: e.kind,
      sfiLevel: e.sfiLevel ?? null,
      studyPath: e.studyPath ?? null,
      result: e.result ?? null,
      title: e.title ?? null,
      note: e.note ?? null,
      startDate: e.start,
      endDate: e.end ?? null,
      sourceOrganisationId: ctx.org(e.source),
      recordedByUserId: ctx.user(RECORDER[e.source]!),
      recordedAt: `${e.end ?? e.start}T09:00:00Z`,
    })),
  );
  if (values.length > 0) await ctx.tx.insert(progressionEntries).values(values);
}
