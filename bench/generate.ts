import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../server/db/client.ts';
import { rows } from '../server/db/sql.ts';
import { ACTIVITY_FIELDS, type ActivityKind } from '../common/plan.ts';
import { DEMO_ORGANISATIONS, DEMO_USERS, FAMILY_NAMES, GIVEN_NAMES, LANGUAGES } from '../server/demo/data.ts';
import { seededRandom, testPersonalNumber } from '../server/demo/numbers.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { contentHash, nextLink, type AuditRowFields } from '../server/lib/audit/audit.ts';
import { todayInSweden } from '../server/lib/dates.ts';

/**
 * Fills a migrated, empty database with the demo collaboration area and `participants` more people, each with
 * engagements, consents, an audit history whose hash chains verify, and a plan with goals and a few activities. Rows are built in batches in Node (the
 * audit links need sha256 in chain order) and written with one json_to_recordset insert per table and batch.
 */
export interface GenerateOptions {
  participants: number;
  password: string;
  batchSize?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface Generated {
  tenantId: string;
  participants: number;
  engagements: number;
  consents: number;
  auditEvents: number;
  goals: number;
  activities: number;
  seconds: number;
}

const DAY = 86_400_000;
const TODAY = Date.parse(`${todayInSweden()}T00:00:00Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const BIRTH_FROM = Date.parse('1940-01-01T00:00:00Z');
const BIRTH_DAYS = 23_740; // 1940-01-01 … 2004-12-30

/** Staff who engage with and read about participants: the four caseworkers of the demo, by organisation key. */
const STAFF = ['amf', 'af', 'sfi', 'soc'] as const;
type StaffKey = (typeof STAFF)[number];
/** Chance that an organisation works with a participant it did not register. */
const ENGAGE_CHANCE: Record<StaffKey, number> = { amf: 0.6, af: 0.4, sfi: 0.3, soc: 0.1 };
const EXTRA_CATEGORIES = ['intake', 'plan', 'progression', 'messages'] as const;
const GOAL_TEXTS = [
  'Jag vill arbeta inom vården',
  'Klara SFI kurs D',
  'Ta körkort',
  'Börja en yrkesutbildning till elektriker',
  'Få ett jobb i restaurang',
  'Starta eget företag',
] as const;
/** Activity kinds an organisation owns, with a title; the person's own activities are left to the plan feature. */
const ACTIVITY_TITLES: [ActivityKind, string][] = [
  ['sfi_course', 'SFI kurs C'],
  ['civic_orientation', 'Samhällsorientering'],
  ['work_placement', 'Praktik på förskola'],
  ['job_search', 'Jobbsökarträffar'],
  ['validation', 'Validering av yrkeskunskaper'],
  ['meeting', 'Trepartssamtal'],
  ['education', 'Vård- och omsorgsutbildning'],
];
const ACTIVITY_STATUS = ['proposed', 'planned', 'planned', 'in_progress', 'in_progress', 'done'] as const;

interface Ctx {
  tenantId: string;
  orgs: Map<string, string>;
  caseworkers: Map<StaffKey, string>;
  taken: Set<string>;
  random: () => number;
}

type Row = Record<string, unknown>;
const TABLES = [
  'participants',
  'engagements',
  'consents',
  'audit_events',
  'audit_heads',
  'plans',
  'goals',
  'activities',
  'activity_versions',
] as const;
type Out = Record<(typeof TABLES)[number], Row[]>;

/** One participant and everything around them, with their audit chain linked in order. */
function buildParticipant(ctx: Ctx, index: number, out: Out) {
  const { random, tenantId } = ctx;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const slot = Math.floor(index / 20);
  const birthDate = dateOf(BIRTH_FROM + (slot % BIRTH_DAYS) * DAY);
  const round = Math.floor(slot / BIRTH_DAYS);
  let idKind = index % 9 === 4 || round > 1 ? 'reserve' : round === 1 ? 'samordningsnummer' : 'personnummer';
  let personalNumber = idKind === 'reserve' ? null : testPersonalNumber(birthDate, index, idKind === 'samordningsnummer');
  // The demo's own people use the same test series: a clash becomes a reserve id.
  if (personalNumber && ctx.taken.has(personalNumber)) [idKind, personalNumber] = ['reserve', null];
  const id = randomUUID();
  const creator: StaffKey = random() < 0.5 ? 'amf' : random() < 0.6 ? 'af' : 'sfi';
  const arrived = TODAY - (20 + Math.floor(random() * 700)) * DAY;
  out.participants.push({
    id,
    given_name: pick(GIVEN_NAMES),
    family_name: pick(FAMILY_NAMES),
    id_kind: idKind,
    personal_number: personalNumber,
    birth_date: birthDate,
    protected_identity: random() < 0.01,
    preferred_language: pick(LANGUAGES),
    interpreter_needed: random() < 0.5,
    phone: `070-${String(1_000_000 + Math.floor(random() * 8_999_999)).slice(0, 7)}`,
    address: `Storgatan ${1 + (index % 90)}, 123 45 Sjöstad`,
    created_by_organisation_id: ctx.orgs.get(creator),
    created_at: new Date(arrived).toISOString(),
  });

  let at = arrived + 9 * 3_600_000;
  let seq = 0;
  let link: string | null = null;
  const event = (key: StaffKey, e: Pick<AuditRowFields, 'category' | 'action' | 'grant' | 'resourceType' | 'resourceId'>) => {
    at += (1 + Math.floor(random() * 30)) * 60_000;
    const row: AuditRowFields = {
      ...e,
      tenantId,
      chainKey: id,
      participantId: id,
      at: new Date(at).toISOString(),
      actorUserId: ctx.caseworkers.get(key)!,
      actorOrganisationId: ctx.orgs.get(key)!,
      actorRole: 'caseworker',
      requestId: randomUUID(),
    };
    link = nextLink(link, contentHash(row));
    seq++;
    out.audit_events.push({
      chain_key: id,
      seq,
      at: row.at,
      actor_user_id: row.actorUserId,
      actor_organisation_id: row.actorOrganisationId,
      actor_role: row.actorRole,
      participant_id: id,
      category: row.category,
      action: row.action,
      grant: row.grant,
      request_id: row.requestId,
      resource_type: row.resourceType,
      resource_id: row.resourceId,
      hash: link,
    });
  };
  event(creator, { category: 'identity', action: 'create', grant: 'own_organisation', resourceType: 'participant', resourceId: id });

  const engaged = STAFF.filter((k) => k === creator || random() < ENGAGE_CHANCE[k]);
  for (const key of engaged) {
    const start = key === creator ? arrived : arrived + Math.floor(random() * 15) * DAY;
    const ended = key !== creator && random() < 0.1;
    out.engagements.push({
      id: randomUUID(),
      participant_id: id,
      organisation_id: ctx.orgs.get(key),
      caseworker_user_id: ctx.caseworkers.get(key),
      start_date: dateOf(start),
      end_date: ended ? dateOf(TODAY - Math.floor(random() * 10) * DAY) : null,
      created_at: new Date(start).toISOString(),
    });
    if (random() < 0.15) continue; // no consent to this organisation
    const categories = ['identity', ...EXTRA_CATEGORIES.filter(() => random() < 0.3)];
    for (const category of categories) {
      const consentId = randomUUID();
      const withdrawn = random() < 0.05;
      out.consents.push({
        id: consentId,
        participant_id: id,
        organisation_id: ctx.orgs.get(key),
        category,
        valid_from: dateOf(start),
        valid_to: dateOf(start + 730 * DAY),
        method: 'paper',
        document_date: dateOf(start),
        recorded_by_user_id: ctx.caseworkers.get(key),
        recorded_by_organisation_id: ctx.orgs.get(key),
        given_at: new Date(start).toISOString(),
        withdrawn_at: withdrawn ? new Date(TODAY - DAY).toISOString() : null,
        withdrawn_by_user_id: withdrawn ? ctx.caseworkers.get(key) : null,
      });
      event(key, { category: 'consent', action: 'create', grant: 'engagement', resourceType: 'consent', resourceId: consentId });
    }
  }
  const reads = Math.floor(random() * 4);
  for (let r = 0; r < reads; r++) {
    const key = pick(engaged);
    event(key, {
      category: 'identity',
      action: 'read',
      grant: key === creator ? 'own_organisation' : 'consent',
      resourceType: 'participant',
      resourceId: id,
    });
  }
  out.audit_heads.push({ chain_key: id, seq, hash: link });
  buildPlan(ctx, id, creator, engaged, arrived, out);
}

/** The one plan: sometimes a changed full time, one or two goals, and two to five activities of the engaged organisations. */
function buildPlan(ctx: Ctx, participantId: string, creator: StaffKey, engaged: StaffKey[], arrived: number, out: Out) {
  const { random } = ctx;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const at = new Date(arrived + 2 * DAY).toISOString();
  if (random() < 0.2)
    out.plans.push({ participant_id: participantId, full_time_hours: random() < 0.5 ? 30 : 40, version: 2, updated_at: at });
  const goalIds: string[] = [];
  for (let g = 0, n = 1 + Math.floor(random() * 2); g < n; g++) {
    const id = randomUUID();
    goalIds.push(id);
    out.goals.push({
      id,
      participant_id: participantId,
      text: pick(GOAL_TEXTS),
      language: 'sv',
      status: 'active',
      written_by_participant: false,
      written_by_user_id: ctx.caseworkers.get(creator),
      written_by_organisation_id: ctx.orgs.get(creator),
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
  for (let a = 0, n = 2 + Math.floor(random() * 4); a < n; a++) {
    const key = pick(engaged);
    const [kind, title] = pick(ACTIVITY_TITLES);
    const start = arrived + (7 + Math.floor(random() * 60)) * DAY;
    const hour = 8 + Math.floor(random() * 6);
    const row = {
      id: randomUUID(),
      participant_id: participantId,
      kind,
      title,
      description: null,
      owner_organisation_id: ctx.orgs.get(key),
      status: pick(ACTIVITY_STATUS),
      cancel_reason: null,
      start_date: dateOf(start),
      end_date: dateOf(start + 90 * DAY),
      schedule:
        kind === 'meeting'
          ? { kind: 'once', date: dateOf(start), start: '10:00', end: '11:00' }
          : random() < 0.5
            ? { kind: 'weekly_hours', hours: 5 + Math.floor(random() * 15) }
            : {
                kind: 'recurring',
                slots: [1, 3].map((weekday) => ({
                  weekday,
                  start: `${String(hour).padStart(2, '0')}:00`,
                  end: `${String(hour + 3).padStart(2, '0')}:00`,
                })),
              },
      place: 'Sjöstad',
      goal_id: random() < 0.5 ? pick(goalIds) : null,
      agreed: random() < 0.6,
      prerequisites: null,
      created_by_user_id: ctx.caseworkers.get(key),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    out.activities.push(row);
    const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    const fields = Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v]));
    out.activity_versions.push({
      activity_id: row.id,
      version: 1,
      participant_id: participantId,
      changed_by_user_id: row.created_by_user_id,
      changed_by_organisation_id: row.owner_organisation_id,
      changed_at: at,
      changed_fields: [...ACTIVITY_FIELDS],
      snapshot: Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f, fields[f] ?? null])),
    });
  }
}

/** Column lists with their SQL types, in the order json_to_recordset reads them. */
const COLUMNS = {
  participants:
    'id uuid, given_name text, family_name text, id_kind text, personal_number text, birth_date date, protected_identity boolean, preferred_language text, interpreter_needed boolean, phone text, address text, created_by_organisation_id uuid, created_at timestamptz',
  engagements:
    'id uuid, participant_id uuid, organisation_id uuid, caseworker_user_id uuid, start_date date, end_date date, created_at timestamptz',
  consents:
    'id uuid, participant_id uuid, organisation_id uuid, category text, valid_from date, valid_to date, method text, document_date date, recorded_by_user_id uuid, recorded_by_organisation_id uuid, given_at timestamptz, withdrawn_at timestamptz, withdrawn_by_user_id uuid',
  audit_events:
    'chain_key uuid, seq bigint, at timestamptz, actor_user_id uuid, actor_organisation_id uuid, actor_role text, participant_id uuid, category text, action text, "grant" text, request_id text, resource_type text, resource_id text, hash text',
  audit_heads: 'chain_key uuid, seq bigint, hash text',
  plans: 'participant_id uuid, full_time_hours numeric, version integer, updated_at timestamptz',
  goals:
    'id uuid, participant_id uuid, text text, language text, status text, written_by_participant boolean, written_by_user_id uuid, written_by_organisation_id uuid, version integer, created_at timestamptz, updated_at timestamptz',
  activities:
    'id uuid, participant_id uuid, kind text, title text, description text, owner_organisation_id uuid, status text, cancel_reason text, start_date date, end_date date, schedule jsonb, place text, goal_id uuid, agreed boolean, prerequisites jsonb, created_by_user_id uuid, version integer, created_at timestamptz, updated_at timestamptz',
  activity_versions:
    'activity_id uuid, version integer, participant_id uuid, changed_by_user_id uuid, changed_by_organisation_id uuid, changed_at timestamptz, changed_fields jsonb, snapshot jsonb',
} as const satisfies Record<(typeof TABLES)[number], string>;

async function insertRows(ex: Executor, tenantId: string, table: keyof typeof COLUMNS, data: Row[]) {
  if (data.length === 0) return;
  const columns = COLUMNS[table];
  const names = sql.raw(
    columns
      .split(', ')
      .map((c) => c.split(' ')[0])
      .join(', '),
  );
  await ex.execute(
    sql`insert into ${sql.raw(table)} (tenant_id, ${names}) select ${tenantId}::uuid, ${names}
        from json_to_recordset(${JSON.stringify(data)}::json) as x(${sql.raw(columns)})`,
  );
}

/** Seeds the demo (organisations, users, 36 people) and adds `participants` generated people with their history. */
export async function generate(database: Database, options: GenerateOptions): Promise<Generated> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? (database.kind === 'pglite' ? 2000 : 5000);
  const { tenantId } = await seedDemo(database.db, options.password);
  const orgRows = await rows<{ id: string; name: string }>(
    database.db,
    sql`select id, name from organisations where tenant_id = ${tenantId}`,
  );
  const orgs = new Map(DEMO_ORGANISATIONS.map((o) => [o.key, orgRows.find((r) => r.name === o.name)!.id]));
  const userRows = await rows<{ id: string; email: string }>(database.db, sql`select id, email from users where tenant_id = ${tenantId}`);
  const caseworkers = new Map<StaffKey, string>();
  for (const u of DEMO_USERS)
    if (u.roles.includes('caseworker') && u.org) caseworkers.set(u.org as StaffKey, userRows.find((r) => r.email === u.email)!.id);
  const taken = new Set(
    (await rows<{ n: string }>(database.db, sql`select personal_number as n from participants where personal_number is not null`)).map(
      (r) => r.n,
    ),
  );
  const ctx: Ctx = { tenantId, orgs, caseworkers, taken, random: seededRandom(options.seed ?? 4711) };

  const totals = { engagements: 0, consents: 0, auditEvents: 0, goals: 0, activities: 0 };
  for (let from = 0; from < options.participants; from += batchSize) {
    const out = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as Out;
    for (let i = from; i < Math.min(from + batchSize, options.participants); i++) buildParticipant(ctx, i, out);
    await database.db.transaction(async (tx) => {
      await insertRows(tx, tenantId, 'participants', out.participants);
      // The foreign-key checks of the next inserts plan with the table's statistics: without fresh ones they scan it.
      await tx.execute(sql`analyze participants`);
      for (const table of TABLES.slice(1)) {
        await insertRows(tx, tenantId, table, out[table]);
        // The same for the tables that later inserts of this batch refer to.
        if (table === 'goals' || table === 'activities') await tx.execute(sql`analyze ${sql.raw(table)}`);
      }
    });
    totals.engagements += out.engagements.length;
    totals.consents += out.consents.length;
    totals.auditEvents += out.audit_events.length;
    totals.goals += out.goals.length;
    totals.activities += out.activities.length;
    const done = Math.min(from + batchSize, options.participants);
    if (done % (batchSize * 5) === 0 || done === options.participants)
      log(`  ${done} participants (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  await database.db.execute(sql`analyze`);
  return { tenantId, participants: options.participants, ...totals, seconds: (Date.now() - started) / 1000 };
}
