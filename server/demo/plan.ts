import { ACTIVITY_FIELDS, type ActivityKind, type ActivityStatus, type Schedule } from '../../common/plan.ts';
import { activities, activityVersions, goals, goalVersions, plans } from '../modules/plan/tables.ts';
import { addDays, type DemoContext, type DemoPerson } from './context.ts';
import { DEMO_AT_SFI_LEVEL_A } from './progression.ts';

/** Who writes for each organisation in the demo plans. */
const WRITER: Record<string, string> = {
  af: 'af.handlaggare@sjostad.example',
  amf: 'amf.handlaggare@sjostad.example',
  sfi: 'sfi.larare@sjostad.example',
  soc: 'soc.handlaggare@sjostad.example',
  asf: 'handledare@sjostad.example',
  coordinator: 'samordnare@sjostad.example',
  self: 'deltagare@sjostad.example',
};

/** Goals as people put them at intake, in their own language (written down by staff with an interpreter). */
const OWN_WORDS: Record<string, string> = {
  ar: 'أريد أن أعمل في رعاية المسنين',
  fa: 'می‌خواهم دوباره حسابدار شوم',
  prs: 'می‌خواهم راننده اتوبوس شوم',
  so: 'Waxaan rabaa inaan noqdo kalkaaliye caafimaad',
  uk: 'Хочу працювати електриком',
  en: 'I want to work in a kitchen and later open my own café',
  sv: 'Jag vill jobba på förskola',
};
const STAFF_GOALS = ['Klara SFI kurs C före sommaren', 'Körkort B', 'Arbete inom lager och logistik', 'Validera yrkesutbildningen'];

interface DemoActivity {
  kind: ActivityKind;
  owner: keyof typeof WRITER | null;
  title: string;
  start: string;
  end: string | null;
  schedule: Schedule;
  place?: string;
  /** The statuses it went through, the last one being its status now; each step is one kept version. */
  path: ActivityStatus[];
  cancelReason?: string;
  agreed?: boolean;
  goal?: number;
  /** Who made the changes after the first version (default: the owner's writer). */
  changedBy?: keyof typeof WRITER;
}

const slots = (days: number[], start: string, end: string): Schedule => ({
  kind: 'recurring',
  slots: days.map((weekday) => ({ weekday: weekday as 1, start, end })),
});
const once = (date: string, start: string, end: string): Schedule => ({ kind: 'once', date, start, end });
const RUNNING: ActivityStatus[] = ['proposed', 'planned', 'in_progress'];
const DONE: ActivityStatus[] = [...RUNNING, 'done'];

/** The next Monday on or after `date`, plus `days`. */
function weekday(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const toMonday = (8 - (d.getUTCDay() || 7)) % 7;
  return addDays(date, toMonday + days);
}

/** Hamid Rahimi (the demo participant account): activities from four organisations, one meeting overlapping SFI. */
function ownAccountPlan(p: DemoPerson, today: string): DemoActivity[] {
  const meetingDay = weekday(today, 1);
  return [
    {
      kind: 'sfi_course',
      owner: 'sfi',
      title: 'SFI kurs B, studieväg 2',
      start: addDays(p.arrived, 21),
      end: addDays(today, 120),
      schedule: slots([1, 2, 3, 4], '08:30', '12:00'),
      place: 'Komvux Sjöstad, sal 4',
      path: RUNNING,
      agreed: true,
      goal: 1,
    },
    {
      kind: 'job_search',
      owner: 'af',
      title: 'Söka arbete inom ekonomi',
      start: addDays(today, -14),
      end: addDays(today, 90),
      schedule: { kind: 'weekly_hours', hours: 8 },
      path: ['proposed', 'planned'],
      agreed: true,
      goal: 0,
    },
    {
      kind: 'meeting',
      owner: 'amf',
      title: 'Uppföljning av planen',
      start: meetingDay,
      end: meetingDay,
      schedule: once(meetingDay, '10:00', '11:00'),
      place: 'Arbetsmarknadsenheten, Storgatan 3',
      path: ['proposed'],
    },
    {
      kind: 'own_activity',
      owner: null,
      title: 'Fotbollsträning',
      start: addDays(today, -30),
      end: null,
      schedule: slots([3], '18:00', '19:30'),
      place: 'Sjöstads IP',
      path: ['planned'],
      agreed: true,
      changedBy: 'self',
    },
    {
      kind: 'work_placement',
      owner: 'af',
      title: 'Praktik i butik, Sjöstads livs',
      start: addDays(today, -40),
      end: addDays(today, -12),
      schedule: slots([1, 2, 3], '13:00', '16:00'),
      place: 'Sjöstads livs',
      path: DONE,
      agreed: true,
      goal: 0,
    },
    {
      kind: 'health_effort',
      owner: 'soc',
      title: 'Samtalsstöd',
      start: addDays(today, -60),
      end: addDays(today, -20),
      schedule: { kind: 'weekly_hours', hours: 1 },
      path: ['proposed', 'cancelled'],
      cancelReason: 'Hamid ville vänta med samtalsstöd.',
    },
  ];
}

/** A plan for everyone else, varied by index: SFI, civic orientation, job search, placements, meetings, own activities. */
function demoPlan(p: DemoPerson, today: string): DemoActivity[] {
  if (p.index === 0) return ownAccountPlan(p, today);
  const i = p.index;
  const list: DemoActivity[] = [];
  const sfiStart = addDays(p.arrived, 14 + (i % 10));
  if (p.engaged.includes('sfi') || DEMO_AT_SFI_LEVEL_A.includes(i))
    list.push({
      kind: 'sfi_course',
      owner: 'sfi',
      title: DEMO_AT_SFI_LEVEL_A.includes(i) ? 'SFI kurs A, studieväg 1' : 'SFI, pågående kurs',
      start: sfiStart < today ? sfiStart : addDays(today, -3),
      end: addDays(today, 100),
      schedule: slots([1, 2, 3, 4], '08:30', '12:00'),
      place: 'Komvux Sjöstad',
      path: RUNNING,
      agreed: true,
      goal: 1,
    });
  list.push({
    kind: 'civic_orientation',
    owner: 'amf',
    title: 'Samhällsorientering',
    start: addDays(p.arrived, 30),
    end: addDays(p.arrived, 130),
    schedule: slots([2], '13:00', '16:00'),
    place: 'Medborgarhuset Sjöstad',
    path: addDays(p.arrived, 130) < today ? DONE : RUNNING,
    agreed: true,
  });
  if (p.engaged.includes('af'))
    list.push({
      kind: 'job_search',
      owner: 'af',
      title: 'Jobbsökaraktiviteter',
      start: addDays(today, -7),
      end: addDays(today, 120),
      schedule: { kind: 'weekly_hours', hours: 10 + (i % 3) * 5 },
      path: i % 3 === 0 ? ['proposed'] : ['proposed', 'planned'],
      agreed: i % 3 !== 0,
      goal: 0,
    });
  // Placement before the language: a placement booked while the person studies SFI course A.
  if ([1, 7, 13].includes(i))
    list.push({
      kind: 'work_placement',
      owner: 'af',
      title: 'Praktik i lager, Byggtjänst Sjöstad AB',
      start: weekday(today, 7),
      end: addDays(today, 60),
      schedule: slots([1, 2, 3, 4, 5], '09:00', '15:00'),
      place: 'Byggtjänst Sjöstad AB, Industrivägen 8',
      path: ['proposed', 'planned'],
      goal: 0,
      changedBy: 'coordinator',
    });
  if (p.engaged.includes('asf'))
    list.push({
      kind: 'work_training',
      owner: 'asf',
      title: 'Arbetsträning i Kvarnens café',
      start: addDays(today, -10),
      end: addDays(today, 80),
      schedule: slots([1, 3, 5], '12:30', '16:00'),
      place: 'Kvarnen, Hamngatan 2',
      path: RUNNING,
      agreed: i % 8 !== 5,
    });
  // Overlaps: a meeting set on an SFI morning.
  if (i % 4 === 2) {
    const day = weekday(today, 2);
    list.push({
      kind: 'meeting',
      owner: 'amf',
      title: 'Trepartssamtal om praktik',
      start: day,
      end: day,
      schedule: once(day, '09:00', '10:00'),
      place: 'Arbetsmarknadsenheten',
      path: ['proposed', 'planned'],
      agreed: true,
    });
  }
  if (p.engaged.includes('soc') && i % 10 === 5)
    list.push({
      kind: 'health_effort',
      owner: 'soc',
      title: 'Stöd via hälsocentralen',
      start: addDays(today, -20),
      end: addDays(today, 40),
      schedule: slots([4], '14:00', '15:00'),
      path: RUNNING,
      agreed: true,
    });
  if (i % 6 === 4)
    list.push({
      kind: 'validation',
      owner: 'af',
      title: 'Validering av utländsk utbildning',
      start: addDays(today, -50),
      end: addDays(today, 30),
      schedule: { kind: 'weekly_hours', hours: 2 },
      path: RUNNING,
      agreed: true,
      goal: 1,
    });
  if (i % 5 === 2)
    list.push({
      kind: 'own_activity',
      owner: null,
      title: 'Läxhjälp på biblioteket',
      start: addDays(today, -21),
      end: null,
      schedule: slots([4], '17:00', '19:00'),
      place: 'Sjöstads bibliotek',
      path: ['planned'],
      agreed: true,
      changedBy: 'amf',
    });
  if (i % 7 === 3)
    list.push({
      kind: 'subsidised_job',
      owner: 'amf',
      title: 'Extratjänst, lokalvård',
      start: addDays(today, -30),
      end: addDays(today, -25),
      schedule: { kind: 'weekly_hours', hours: 30 },
      path: ['proposed', 'cancelled'],
      cancelReason: 'Tjänsten drogs in av arbetsgivaren.',
    });
  return list;
}

/** Plans with goals and activities of several organisations for every demo person, each change kept as a version. */
export async function seedPlan(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today } = ctx;
  // The coordinator works at the labour-market unit; the person writes as no organisation.
  const orgOf = (key: string) => (key === 'self' ? null : ctx.org(key === 'coordinator' ? 'amf' : key));
  for (const p of ctx.participants) {
    if (p.index % 7 === 3) await tx.insert(plans).values({ tenantId, participantId: p.id, fullTimeHours: 30, version: 1 });
    const language = p.preferredLanguage && OWN_WORDS[p.preferredLanguage] ? p.preferredLanguage : 'sv';
    const goalIds: string[] = [];
    const self = p.index === 0;
    const goalRows = [
      { text: OWN_WORDS[language]!, language, by: self ? 'self' : 'amf', byParticipant: self },
      {
        text: STAFF_GOALS[p.index % STAFF_GOALS.length]!,
        language: 'sv',
        by: p.engaged.includes('af') ? 'af' : 'amf',
        byParticipant: false,
      },
    ];
    for (const g of goalRows) {
      const [row] = await tx
        .insert(goals)
        .values({
          tenantId,
          participantId: p.id,
          text: g.text,
          language: g.language,
          writtenByParticipant: g.byParticipant,
          writtenByUserId: ctx.user(WRITER[g.by]!),
          writtenByOrganisationId: orgOf(g.by),
          createdAt: `${addDays(p.arrived, 35)}T10:00:00Z`,
          updatedAt: `${addDays(p.arrived, 35)}T10:00:00Z`,
        })
        .returning({ id: goals.id, writtenByUserId: goals.writtenByUserId, createdAt: goals.createdAt });
      // The first version, as the plan module keeps it for every goal it writes.
      await tx.insert(goalVersions).values({
        tenantId,
        goalId: row!.id,
        version: 1,
        participantId: p.id,
        changedByUserId: row!.writtenByUserId,
        changedByOrganisationId: orgOf(g.by),
        changedAt: row!.createdAt,
        text: g.text,
        language: g.language,
        status: 'active',
      });
      goalIds.push(row!.id);
    }
    for (const a of demoPlan(p, today)) await insertActivity(ctx, p, a, goalIds, orgOf);
  }
}

async function insertActivity(ctx: DemoContext, p: DemoPerson, a: DemoActivity, goalIds: string[], orgOf: (key: string) => string | null) {
  const { tx, tenantId } = ctx;
  const creator = a.owner ?? a.changedBy ?? 'amf';
  const changer = a.changedBy ?? creator;
  const status = a.path.at(-1)!;
  const base = {
    kind: a.kind,
    title: a.title,
    description: null,
    ownerOrganisationId: a.owner ? ctx.org(a.owner) : null,
    status: a.path[0]!,
    cancelReason: null as string | null,
    startDate: a.start,
    endDate: a.end,
    schedule: a.schedule,
    place: a.place ?? null,
    goalId: a.goal === undefined ? null : goalIds[a.goal]!,
    agreed: a.agreed ?? false,
    prerequisites: null,
  };
  // The changes happened on the days before the activity started (or before today for future ones).
  const firstDay = addDays(a.start < ctx.today ? a.start : ctx.today, -a.path.length * 3);
  const at = (step: number) => `${addDays(firstDay, step * 3)}T${String(8 + step).padStart(2, '0')}:15:00Z`;
  const [row] = await tx
    .insert(activities)
    .values({
      tenantId,
      participantId: p.id,
      ...base,
      status,
      cancelReason: status === 'cancelled' ? (a.cancelReason ?? null) : null,
      createdByUserId: ctx.user(WRITER[creator]!),
      version: a.path.length,
      createdAt: at(0),
      updatedAt: at(a.path.length - 1),
    })
    .returning({ id: activities.id });
  let previous: Record<string, unknown> = {};
  for (let step = 0; step < a.path.length; step++) {
    const state = a.path[step]!;
    const snapshot: Record<string, unknown> = {
      ...base,
      status: state,
      cancelReason: state === 'cancelled' ? (a.cancelReason ?? null) : null,
    };
    const fields = ACTIVITY_FIELDS.filter((f) => JSON.stringify(previous[f] ?? null) !== JSON.stringify(snapshot[f] ?? null));
    const by = step === 0 ? creator : changer;
    await tx.insert(activityVersions).values({
      tenantId,
      activityId: row!.id,
      version: step + 1,
      participantId: p.id,
      changedByUserId: ctx.user(WRITER[by]!),
      changedByOrganisationId: orgOf(by),
      changedAt: at(step),
      changedFields: fields,
      snapshot,
    });
    previous = snapshot;
  }
}
