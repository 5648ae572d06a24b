import { GROUP_OF, LEGAL_SHARE, SHARE_GROUPS, type PartyKind, type ShareGroup } from '../../../common/governance.ts';

export interface SharedParty {
  id: string;
  kind: PartyKind;
  /** The party's weight in its group's split key, e.g. a municipality's population; positive. */
  keyWeight: number;
}

export interface ShareProblem {
  path: string;
  keyword: 'missing_party_kind' | 'weight_not_positive' | 'duplicate_region';
  message: string;
}

/**
 * What the law asks of the parties before a contribution can be split: Försäkringskassan, Arbetsförmedlingen, a
 * region and at least one municipality, each with a positive weight in its group's key, and one region.
 */
export function shareProblems(parties: readonly SharedParty[]): ShareProblem[] {
  const problems: ShareProblem[] = [];
  for (const kind of ['forsakringskassan', 'arbetsformedlingen', 'region', 'municipality'] as const)
    if (!parties.some((p) => p.kind === kind)) problems.push({ path: '/parties', keyword: 'missing_party_kind', message: kind });
  if (parties.filter((p) => p.kind === 'region').length > 1)
    problems.push({ path: '/parties', keyword: 'duplicate_region', message: 'region' });
  parties.forEach((p, i) => {
    if (!Number.isSafeInteger(p.keyWeight) || p.keyWeight <= 0)
      problems.push({ path: `/parties/${i}/keyWeight`, keyword: 'weight_not_positive', message: p.id });
  });
  return problems;
}

/**
 * Splits `total` whole units (öre) by integer weights so that the parts are whole and add up to the total exactly: each
 * part is rounded down and the units left over go to the largest remainders (ties to the earlier). Exact in BigInt.
 */
export function splitByWeights(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum <= 0n || weights.some((w) => w < 0n)) throw new Error('weights must be non-negative with a positive sum');
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((a, p) => a + p, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}

export interface Contribution {
  partyId: string;
  group: ShareGroup;
  /** Whole öre. */
  amountOre: number;
  /** The party's share of the total, in parts per million (for display; the amount is exact). */
  sharePpm: number;
}

/**
 * Each party's yearly contribution to a total in öre: the law's split between the state (a half), the region (a
 * quarter) and the municipalities (a quarter), then each group's part by its parties' key weights. Whole öre that add
 * up to the total, each group's exactly to its legal part (the total is split between the groups first, the same way).
 * Throws on parties with problems (shareProblems).
 */
export function contributions(totalOre: number, parties: readonly SharedParty[]): Contribution[] {
  if (shareProblems(parties).length > 0) throw new Error('the parties do not satisfy the legal split');
  if (!Number.isSafeInteger(totalOre) || totalOre < 0) throw new Error('the total must be whole öre, not negative');
  const total = BigInt(totalOre);
  const groupParts = splitByWeights(
    total,
    SHARE_GROUPS.map((g) => BigInt((LEGAL_SHARE[g][0] * 4) / LEGAL_SHARE[g][1])),
  );
  return SHARE_GROUPS.flatMap((group, g) => {
    const members = parties.filter((p) => GROUP_OF[p.kind] === group);
    const parts = splitByWeights(
      groupParts[g]!,
      members.map((p) => BigInt(p.keyWeight)),
    );
    return members.map((p, i) => ({
      partyId: p.id,
      group,
      amountOre: Number(parts[i]!),
      sharePpm: Number(
        (BigInt(LEGAL_SHARE[group][0]) * 1_000_000n * BigInt(p.keyWeight)) /
          (BigInt(LEGAL_SHARE[group][1]) * members.reduce((a, m) => a + BigInt(m.keyWeight), 0n)),
      ),
    }));
  });
}

/** A budget year's contributions as the rows `budget_contributions` keeps. */
export const contributionRows = (tenantId: string, year: number, totalOre: number, parties: readonly SharedParty[]) =>
  contributions(totalOre, parties).map((c) => ({
    tenantId,
    year,
    partyId: c.partyId,
    shareGroup: c.group,
    amountOre: c.amountOre,
    sharePpm: c.sharePpm,
  }));
