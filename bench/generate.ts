import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../server/db/client.ts';
import { rows } from '../server/db/sql.ts';
import { DEMO_ORGANISATIONS, DEMO_USERS, FAMILY_NAMES, GIVEN_NAMES, LANGUAGES } from '../server/demo/data.ts';
import { seededRandom, testPersonalNumber } from '../server/demo/numbers.ts';
import { seedDemo } from '../server/demo/seed.ts';
import { contentHash, nextLink, type AuditRowFields } from '../server/lib/audit/audit.ts';
import { todayInSweden } from '../server/lib/dates.ts';

/**
 * Fills a migrated, empty database with the demo collaboration area and `participants` more people, each with
 * engagements, consents and an audit history whose hash chains verify. Rows are built in batches in Node (the
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

interface Ctx {
  tenantId: string;
  orgs: Map<string, string>;
  caseworkers: Map<StaffKey, string>;
  taken: Set<string>;
  random: () => number;
}

type Row = Record<string, unknown>;

/** One participant and everything around them, with their audit chain linked in order. */
function buildParticipant(
  ctx: Ctx,
  index: number,
  out: { participants: Row[]; engagements: Row[]; consents: Row[]; audit: Row[]; heads: Row[] },
) {
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
    out.audit.push({
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
  out.heads.push({ chain_key: id, seq, hash: link });
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
} as const;

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

  const totals = { engagements: 0, consents: 0, auditEvents: 0 };
  for (let from = 0; from < options.participants; from += batchSize) {
    const out = { participants: [] as Row[], engagements: [] as Row[], consents: [] as Row[], audit: [] as Row[], heads: [] as Row[] };
    for (let i = from; i < Math.min(from + batchSize, options.participants); i++) buildParticipant(ctx, i, out);
    await database.db.transaction(async (tx) => {
      await insertRows(tx, tenantId, 'participants', out.participants);
      // The foreign-key checks of the next inserts plan with the table's statistics: without fresh ones they scan it.
      await tx.execute(sql`analyze participants`);
      await insertRows(tx, tenantId, 'engagements', out.engagements);
      await insertRows(tx, tenantId, 'consents', out.consents);
      await insertRows(tx, tenantId, 'audit_events', out.audit);
      await insertRows(tx, tenantId, 'audit_heads', out.heads);
    });
    totals.engagements += out.engagements.length;
    totals.consents += out.consents.length;
    totals.auditEvents += out.audit.length;
    const done = Math.min(from + batchSize, options.participants);
    if (done % (batchSize * 5) === 0 || done === options.participants)
      log(`  ${done} participants (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  await database.db.execute(sql`analyze`);
  return { tenantId, participants: options.participants, ...totals, seconds: (Date.now() - started) / 1000 };
}
