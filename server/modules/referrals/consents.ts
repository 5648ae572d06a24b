import { and, eq, inArray, isNull, lte, gte, or } from 'drizzle-orm';
import type { DataCategory } from '../../../common/roles.ts';
import type { Executor } from '../../db/client.ts';
import { consents } from '../participants/tables.ts';

/** A consent row in force on `today`: not withdrawn and within its period. */
export const consentInForce = (today: string) =>
  and(isNull(consents.withdrawnAt), lte(consents.validFrom, today), or(isNull(consents.validTo), gte(consents.validTo, today)));

/** The categories among `categories` the person has an active consent for, for `organisationId`, on `today`. */
export async function consentedCategories(
  ex: Executor,
  tenantId: string,
  participantId: string,
  organisationId: string,
  categories: readonly DataCategory[],
  today: string,
): Promise<Set<DataCategory>> {
  if (categories.length === 0) return new Set();
  const rows = await ex
    .select({ category: consents.category })
    .from(consents)
    .where(
      and(
        eq(consents.tenantId, tenantId),
        eq(consents.participantId, participantId),
        eq(consents.organisationId, organisationId),
        inArray(consents.category, [...categories]),
        consentInForce(today),
      ),
    );
  return new Set(rows.map((r) => r.category as DataCategory));
}
