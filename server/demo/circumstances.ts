import type { CircumstanceKind } from '../../common/offer.ts';
import { circumstances } from '../modules/circumstances/tables.ts';
import { addDays, type DemoContext } from './context.ts';

/**
 * Circumstances of the demo people: most of those Arbetsförmedlingen works with are registered there and about half
 * are in the establishment programme; some receive social assistance; a few are covered by utbildningsplikt (with
 * short education) and a few more were earlier; some periods have ended. Hamid Rahimi (index 0) is registered and
 * in the programme.
 */
export async function seedCircumstances(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today, org, user, participants } = ctx;
  const rows: (typeof circumstances.$inferInsert)[] = [];
  const add = (
    participantId: string,
    kind: CircumstanceKind,
    recorder: 'af' | 'soc' | 'amf',
    fromDate: string,
    toDate: string | null = null,
  ) =>
    rows.push({
      tenantId,
      participantId,
      kind,
      fromDate,
      toDate,
      recordedByOrganisationId: org(recorder),
      recordedByUserId: user(
        recorder === 'af'
          ? 'af.handlaggare@sjostad.example'
          : recorder === 'soc'
            ? 'soc.handlaggare@sjostad.example'
            : 'amf.handlaggare@sjostad.example',
      ),
    });
  for (const p of participants) {
    const i = p.index;
    if (p.engaged.includes('af')) {
      add(p.id, 'registered_at_af', 'af', p.arrived);
      if (i % 2 === 0) add(p.id, 'establishment_programme', 'af', addDays(p.arrived, 14));
      else if (i % 7 === 3) add(p.id, 'establishment_programme', 'af', addDays(p.arrived, -400), addDays(p.arrived, -35));
      if (i % 6 === 0 || i === 13) {
        add(p.id, 'utbildningsplikt', 'af', addDays(p.arrived, 30));
        add(p.id, 'short_education', 'af', addDays(p.arrived, 30));
      } else if (i % 6 === 3 && addDays(p.arrived, 30) < addDays(today, -15)) {
        // Covered earlier, no longer: their education still counts in the quality per provider.
        add(p.id, 'utbildningsplikt', 'af', addDays(p.arrived, 30), addDays(today, -15));
        add(p.id, 'short_education', 'af', addDays(p.arrived, 30));
      }
    }
    if (p.engaged.includes('soc') || i % 5 === 2)
      add(p.id, 'social_assistance', 'soc', addDays(today, -90 - i), i % 10 === 7 ? addDays(today, -10) : null);
  }
  await tx.insert(circumstances).values(rows);
}
