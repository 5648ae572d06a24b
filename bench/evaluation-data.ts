/**
 * The evaluation benchmark's data and its hand-written report, as plain SQL for PostgreSQL. Rows are generated with
 * INSERT … SELECT generate_series, deterministic in the series number (no random()), with md5-derived ids so that
 * participations can name the referral they started from. Foreign-key triggers are off while generating
 * (session_replication_role = replica): the ids are consistent by construction.
 */

/** Organisations, interventions (over which the report groups) and people; participations come from the caller. */
export const SIZES = { organisations: 24, interventions: 300, peopleShare: 0.4 } as const;

/** The generating statements, in order, for `n` participations; $1 is the tenant. */
export function generation(n: number): string[] {
  const people = Math.max(1, Math.round(n * SIZES.peopleShare));
  const linked = Math.round(n * 0.6);
  const referrals = Math.round(n * 1.2);
  const { organisations: orgs, interventions: ints } = SIZES;
  // A participation g: person 1 + g % people, intervention 1 + g % ints (unique pairs while g < lcm(people, ints)).
  const person = (g: string) => `md5('p' || (1 + ${g} % ${people}))::uuid`;
  const intervention = (g: string) => `md5('i' || (1 + ${g} % ${ints}))::uuid`;
  const providerOf = (g: string) => `md5('o' || (1 + (1 + ${g} % ${ints}) % ${orgs}))::uuid`;
  const sentDay = (g: string) => `(date '2022-01-01' + ((hashtext(${g}::text || 'd') & 2147483647) % 1100))`;
  // A deterministic hash of the series number, so that properties do not repeat with the intervention (g % 300).
  const hash = (g: string, salt: string) => `(hashtext(${g}::text || '${salt}') & 2147483647)`;
  const ended = (g: string) => `(${hash(g, 'e')} % 100 < 80)`;
  return [
    `insert into organisations (tenant_id, id, name, kind)
       select $1, md5('o' || g)::uuid, 'Organisation ' || g, (array['labour_market_unit', 'social_enterprise', 'adult_education', 'supplier'])[1 + g % 4]
       from generate_series(1, ${orgs}) g`,
    `insert into interventions (tenant_id, id, organisation_id, name, description, kind, places, funding, cost_per_place_ore, target_groups)
       select $1, md5('i' || g)::uuid, md5('o' || (1 + g % ${orgs}))::uuid, 'Insats ' || g, 'Insats ' || g, 'training_place', 20, 'regular_budget',
         50000 + (g * 7919) % 2000000, jsonb_build_array((array['newcomers', 'young_adults', 'social_assistance'])[1 + g % 3])
       from generate_series(1, ${ints}) g`,
    `insert into participants (tenant_id, id, given_name, family_name, id_kind, created_by_organisation_id)
       select $1, md5('p' || g)::uuid, 'Bench', 'Person', 'reserve', md5('o1')::uuid from generate_series(1, ${people}) g`,
    // Referrals 1…linked started a participation (the one with the same number); the rest are in the other states.
    `insert into referrals (tenant_id, id, participant_id, intervention_id, from_organisation_id, to_organisation_id, state, decline_reason,
         sent_at, created_by_user_id)
       select $1, md5('r' || g)::uuid, ${person('g')}, ${intervention('g')}, md5('o' || (1 + (g / 7) % ${orgs}))::uuid, ${providerOf('g')}, s.state,
         case when s.state = 'declined' then 'no_capacity' end,
         case when s.state <> 'draft' then (${sentDay('g')} + time '09:00') at time zone 'Europe/Stockholm' end, md5('u')::uuid
       from generate_series(1, ${referrals}) g
       cross join lateral (select case when g <= ${linked} then case when ${ended('g')} then 'ended' else 'started' end
         else (array['declined', 'declined', 'declined', 'expired', 'withdrawn', 'waitlisted', 'sent', 'sent', 'accepted', 'draft'])[1 + ${hash('g', 's')} % 10]
         end as state) s`,
    `insert into participations (tenant_id, id, participant_id, intervention_id, organisation_id, referral_id, start_date, end_date, gender,
         age_at_start, time_in_support, education_level, start_occupation, start_income_sources, end_reason, end_occupation, end_income_sources)
       select $1, md5('q' || g)::uuid, ${person('g')}, ${intervention('g')}, ${providerOf('g')},
         case when g <= ${linked} then md5('r' || g)::uuid end, d.start,
         case when ${ended('g')} then d.start + 30 + ${hash('g', 'l')} % 300 end,
         (array['woman', 'man', 'unknown'])[1 + ${hash('g', 'g')} % 3], 18 + ${hash('g', 'a')} % 47, 'under_1_year', 'compulsory', 'job_seeking',
         '["social_assistance"]'::jsonb,
         case when ${ended('g')} then case when ${hash('g', 'w')} % 97 = 0 then 'wrong_registration' else (array['work', 'studies', 'job_seeking',
           'other_intervention', 'moved', 'illness', 'parental_leave', 'own_choice', 'completed_no_change', 'deceased', 'other'])[1 + ${hash('g', 'r')} % 11] end end,
         case when ${ended('g')} then (array['work_unsubsidised', 'work_subsidised', 'own_business', 'studies', 'job_seeking', 'in_programme',
           'sick_leave', 'parental_leave', 'other'])[1 + ${hash('g', 'o')} % 9] end,
         case when ${ended('g')} then '["salary"]'::jsonb end
       from generate_series(1, ${n}) g
       cross join lateral (select ${sentDay('g')} + case when g <= ${linked} then ${hash('g', 't')} % 60 else 0 end as start) d`,
    // Follow-ups at 90 and 180 days of every ended participation but a wrong registration: 70 % recorded.
    `insert into follow_ups (tenant_id, participation_id, participant_id, organisation_id, days_after_end, due_date, recorded_at, not_reachable,
         occupation)
       select p.tenant_id, p.id, p.participant_id, p.organisation_id, d.days, p.end_date + d.days,
         case when r.recorded then (p.end_date + d.days + 3)::timestamp at time zone 'UTC' end, r.recorded and r.h % 20 = 0,
         case when r.recorded and r.h % 20 <> 0 then (array['work_unsubsidised', 'studies', 'job_seeking', 'in_programme', 'other'])[1 + r.h % 5] end
       from participations p cross join (values (90), (180)) d(days)
       cross join lateral (select hashtext(p.id::text || d.days) & 2147483647 as h) x
       cross join lateral (select x.h % 10 < 7 as recorded, x.h / 10 as h) r
       where p.tenant_id = $1 and p.end_date is not null and p.end_reason <> 'wrong_registration'`,
  ];
}

/**
 * The heaviest report, groupBy=intervention over all time, written by hand in one statement and independently of
 * Kitt's code (the category lists typed in here): per intervention and in total (iid null), the same raw figures.
 * $1 is the tenant, $2 today.
 */
export const HAND_WRITTEN = `
with r as (
  select r.intervention_id as iid, r.state, r.decline_reason, r.participant_id, p.end_reason is not null as outcome,
    p.start_date - (r.sent_at at time zone 'Europe/Stockholm')::date as days
  from referrals r
  left join participations p on p.tenant_id = r.tenant_id and p.referral_id = r.id and coalesce(p.end_reason, '') <> 'wrong_registration'
  where r.tenant_id = $1 and r.sent_at is not null
), ref as (
  select iid, grouping(iid) = 1 as total, count(*) as sent,
    count(*) filter (where state in ('accepted', 'started', 'ended')) as accepted_or_later,
    count(*) filter (where state = 'waitlisted') as waitlisted, count(*) filter (where state = 'declined') as declined,
    count(*) filter (where state = 'expired') as expired, count(*) filter (where state = 'withdrawn') as withdrawn,
    count(*) filter (where state = 'sent') as open,
    count(*) filter (where (state = 'declined' and decline_reason is not null) or state = 'withdrawn' or outcome) as closed,
    percentile_cont(0.5) within group (order by days) as median_days, count(distinct participant_id) filter (where days is not null) as median_people
  from r group by grouping sets ((iid), ())
), p as (
  select p.intervention_id as iid, p.participant_id, p.end_date is not null as ended, p.end_reason, p.end_occupation,
    f1.recorded_at is not null as rec1, f1.not_reachable as nr1, f1.occupation as occ1, coalesce(f1.due_date, p.end_date + 90) as due1,
    f2.recorded_at is not null as rec2, f2.not_reachable as nr2, f2.occupation as occ2, coalesce(f2.due_date, p.end_date + 180) as due2
  from participations p
  left join follow_ups f1 on f1.tenant_id = p.tenant_id and f1.participation_id = p.id and f1.days_after_end = 90
  left join follow_ups f2 on f2.tenant_id = p.tenant_id and f2.participation_id = p.id and f2.days_after_end = 180
  where p.tenant_id = $1 and coalesce(p.end_reason, '') <> 'wrong_registration'
), par as (
  select iid, grouping(iid) = 1 as total, count(*) as started, count(*) filter (where not ended) as running,
    count(*) filter (where end_reason in ('work', 'studies', 'job_seeking', 'other_intervention', 'completed_no_change')) as completed,
    count(*) filter (where end_reason in ('moved', 'illness', 'parental_leave', 'own_choice', 'deceased', 'other')) as dropped_out,
    count(*) filter (where end_occupation in ('work_unsubsidised', 'work_subsidised', 'own_business')) as work,
    count(*) filter (where end_occupation = 'studies') as studies, count(*) filter (where end_occupation = 'job_seeking') as job_seeking,
    count(*) filter (where end_occupation in ('in_programme', 'sick_leave', 'parental_leave', 'other')) as other,
    count(distinct participant_id) as people,
    count(distinct participant_id) filter (where end_occupation in ('work_unsubsidised', 'work_subsidised', 'own_business', 'studies')) as outcome_people,
    count(*) filter (where rec1 and not nr1 and occ1 in ('work_unsubsidised', 'work_subsidised', 'own_business', 'studies')) as wos1,
    count(*) filter (where rec1 and not nr1 and occ1 not in ('work_unsubsidised', 'work_subsidised', 'own_business', 'studies')) as oth1,
    count(*) filter (where rec1 and nr1) as nr1, count(*) filter (where ended and not rec1 and due1 < $2::date) as mis1,
    count(*) filter (where ended and not rec1 and due1 >= $2::date) as nyd1,
    count(*) filter (where rec2 and not nr2 and occ2 in ('work_unsubsidised', 'work_subsidised', 'own_business', 'studies')) as wos2,
    count(*) filter (where rec2 and not nr2 and occ2 not in ('work_unsubsidised', 'work_subsidised', 'own_business', 'studies')) as oth2,
    count(*) filter (where rec2 and nr2) as nr2, count(*) filter (where ended and not rec2 and due2 < $2::date) as mis2,
    count(*) filter (where ended and not rec2 and due2 >= $2::date) as nyd2
  from p group by grouping sets ((iid), ())
)
select coalesce(par.iid, ref.iid)::text as iid, coalesce(par.total, ref.total) as total, ref.sent, ref.accepted_or_later, ref.waitlisted,
  ref.declined, ref.expired, ref.withdrawn, ref.open, ref.closed, ref.median_days, ref.median_people, par.*,
  par.started * i.cost_per_place_ore as cost_ore
from par full join ref on par.total = ref.total and par.iid is not distinct from ref.iid
left join interventions i on i.tenant_id = $1 and i.id = coalesce(par.iid, ref.iid)`;
