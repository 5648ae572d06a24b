import { and, eq } from 'drizzle-orm';
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { AGE_BANDS, finsamCodes, GENDERS } from '../../../common/offer.ts';
import { suppressList, suppressTable, type Shown } from '../../../common/suppression.ts';
import { SMALL_CELL } from '../../../common/suppression.ts';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { AGE_TO_BAND, EXCLUDED_END_REASONS } from '../evaluation/categories.ts';
import { codes } from '../evaluation/queries.ts';
import { initiatives } from '../initiatives/tables.ts';
import type { Completeness, SusQuery, SusReport } from './schema.ts';

export interface Scope {
  tenantId: string;
  initiativeId: string | null;
  from: string;
  to: string;
}

/** The scope asked for: an initiative of the area (404 otherwise) or the förbund; the period, by default this year so far. */
export async function scopeOf(
  ex: Executor,
  actor: Actor,
  query: Static<typeof SusQuery>,
): Promise<Scope & { initiativeName: string | null }> {
  const today = todayInSweden();
  let initiativeName: string | null = null;
  if (query.initiativeId) {
    const [found] = await ex
      .select({ name: initiatives.name })
      .from(initiatives)
      .where(and(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.id, query.initiativeId)));
    if (!found) throw notFound();
    initiativeName = found.name;
  }
  return {
    tenantId: actor.tenantId,
    initiativeId: query.initiativeId ?? null,
    from: query.from ?? `${today.slice(0, 4)}-01-01`,
    to: query.to ?? today,
    initiativeName,
  };
}

/**
 * The participations a report covers: in an initiative's linked interventions, or for the förbund in every
 * intervention it funds or an initiative of it runs through; active in the period; never a wrong registration.
 */
export function inScope(s: Scope): SQL {
  const interventionsOf = s.initiativeId
    ? sql`select intervention_id from initiative_interventions where tenant_id = ${s.tenantId} and initiative_id = ${s.initiativeId}`
    : sql`select intervention_id from initiative_interventions where tenant_id = ${s.tenantId}
          union select id from interventions where tenant_id = ${s.tenantId} and funding = 'samordningsforbund'`;
  return sql`p.tenant_id = ${s.tenantId} and p.intervention_id in (${interventionsOf})
    and p.start_date <= ${s.to} and (p.end_date is null or p.end_date >= ${s.from})
    and (p.end_reason is null or p.end_reason not in ${sql.raw(codes(EXCLUDED_END_REASONS))})`;
}

const ENDED = (s: Scope) => sql`p.end_date is not null and p.end_date >= ${s.from} and p.end_date <= ${s.to}`;
const AGE_BANDS_SQL = sql.raw(`(values ${AGE_TO_BAND.map(([age, band]) => `(${age}, '${band}')`).join(', ')}) ab(age, band)`);

/**
 * Counts per code of one column over the participations in scope (and a condition), in the category list's order; with
 * `perPerson`, each person once, as their latest participation in scope records it (so the counts add up to the people).
 */
async function countsBy(ex: Executor, s: Scope, column: string, list: readonly string[], where: SQL = sql`true`, perPerson = false) {
  const found = await rows<{ code: string | null; n: number }>(
    ex,
    perPerson
      ? sql`select code, count(*)::int as n from (
          select distinct on (p.participant_id) ${sql.raw(column)} as code from participations p
          where ${inScope(s)} and ${where} order by p.participant_id, p.start_date desc, p.id
        ) x group by 1`
      : sql`select ${sql.raw(column)} as code, count(*)::int as n from participations p where ${inScope(s)} and ${where} group by 1`,
  );
  const codesShown = [...list, ...found.map((f) => f.code ?? 'unknown').filter((c) => !list.includes(c))];
  const counts = codesShown.map((c) => found.filter((f) => (f.code ?? 'unknown') === c).reduce((a, f) => a + f.n, 0));
  return { codes: codesShown, ...suppressList(counts) };
}

/** Income sources (several per participation): each count on its own, 1–4 shown as "< 5"; no total to subtract from. */
async function incomeBy(ex: Executor, s: Scope, column: 'start_income_sources' | 'end_income_sources', where: SQL = sql`true`) {
  const found = await rows<{ code: string; n: number }>(
    ex,
    sql`select src as code, count(*)::int as n
      from participations p cross join lateral jsonb_array_elements_text(coalesce(p.${sql.raw(column)}, '[]'::jsonb)) src
      where ${inScope(s)} and ${where} group by 1`,
  );
  const list = finsamCodes('income');
  const small = (n: number): Shown => (n >= 1 && n < SMALL_CELL ? { kind: 'small' } : { kind: 'value', value: n });
  return { codes: list, cells: list.map((c) => small(found.find((f) => f.code === c)?.n ?? 0)) };
}

/**
 * The report in the national follow-up's categories (Uppföljning Finsam, formerly SUS), from the participations the
 * providers record — never registered twice. People by gender and age band; their background; the situation before
 * and after, end reasons, income sources. Every table suppressed as the offer level's.
 */
export async function susReport(ex: Executor, scope: Scope & { initiativeName: string | null }): Promise<Static<typeof SusReport>> {
  // Each person once, with the gender and age of their latest participation in scope.
  const people = await rows<{ gender: string; band: string | null; n: number }>(
    ex,
    sql`select gender, band, count(*)::int as n from (
        select distinct on (p.participant_id) p.gender, ab.band
        from participations p left join ${AGE_BANDS_SQL} on ab.age = p.age_at_start
        where ${inScope(scope)} order by p.participant_id, p.start_date desc, p.id
      ) s group by 1, 2`,
  );
  const bands = [...AGE_BANDS, 'unknown'];
  const table = suppressTable(
    GENDERS.map((g) => bands.map((b) => people.filter((r) => r.gender === g && (r.band ?? 'unknown') === b).reduce((a, r) => a + r.n, 0))),
  );
  const ended = ENDED(scope);
  return {
    scope: { initiativeId: scope.initiativeId, initiativeName: scope.initiativeName, from: scope.from, to: scope.to },
    people: table.total,
    genderByAge: { genders: [...GENDERS], ageBands: bands, ...table },
    timeInSupport: await countsBy(ex, scope, 'p.time_in_support', finsamCodes('timeInSupport'), sql`true`, true),
    educationLevel: await countsBy(ex, scope, 'p.education_level', finsamCodes('educationLevel'), sql`true`, true),
    occupationBefore: await countsBy(ex, scope, 'p.start_occupation', finsamCodes('occupation')),
    occupationAfter: await countsBy(ex, scope, 'p.end_occupation', finsamCodes('occupation'), ended),
    endReasons: await countsBy(
      ex,
      scope,
      'p.end_reason',
      finsamCodes('endReason').filter((c) => !EXCLUDED_END_REASONS.includes(c)),
      ended,
    ),
    incomeBefore: await incomeBy(ex, scope, 'start_income_sources'),
    incomeAfter: await incomeBy(ex, scope, 'end_income_sources', ended),
  };
}

/**
 * The participations in scope that lack what the report needs, counted by the organisation that records them (the
 * provider completes them at the source): age, gender, time in support, education; for an ended one the situation
 * and income sources at end. Counts of records, no one named.
 */
export async function completeness(ex: Executor, scope: Scope): Promise<Static<typeof Completeness>> {
  const found = await rows<{
    organisationId: string;
    organisationName: string;
    incomplete: number;
    age: number;
    gender: number;
    timeInSupport: number;
    educationLevel: number;
    endOccupation: number;
    endIncomeSources: number;
  }>(
    ex,
    sql`select o.id::text as "organisationId", o.name as "organisationName",
        count(*) filter (where age or gender or tis or edu or occ or inc)::int as incomplete,
        count(*) filter (where age)::int as age, count(*) filter (where gender)::int as gender,
        count(*) filter (where tis)::int as "timeInSupport", count(*) filter (where edu)::int as "educationLevel",
        count(*) filter (where occ)::int as "endOccupation", count(*) filter (where inc)::int as "endIncomeSources"
      from (
        select p.organisation_id, p.age_at_start is null as age, p.gender = 'unknown' as gender,
          p.time_in_support = 'unknown' as tis, p.education_level = 'unknown' as edu,
          p.end_date is not null and p.end_occupation is null as occ,
          p.end_date is not null and coalesce(jsonb_array_length(p.end_income_sources), 0) = 0 as inc
        from participations p where ${inScope(scope)}
      ) x join organisations o on o.tenant_id = ${scope.tenantId} and o.id = x.organisation_id
      group by o.id, o.name having count(*) filter (where age or gender or tis or edu or occ or inc) > 0
      order by o.name`,
  );
  return {
    scope: { initiativeId: scope.initiativeId, from: scope.from, to: scope.to },
    organisations: found.map(({ organisationId, organisationName, incomplete, ...missing }) => ({
      organisationId,
      organisationName,
      incomplete,
      missing,
    })),
    incomplete: found.reduce((a, r) => a + r.incomplete, 0),
  };
}
