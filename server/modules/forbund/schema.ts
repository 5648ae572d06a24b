import { Type } from 'typebox';
import { BUDGET_TOTAL_MAX_ORE, BUDGET_YEARS, KEY_WEIGHT_MAX, PARTY_KINDS, SHARE_GROUPS } from '../../../common/governance.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { QueryInteger, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Name = Type.String({ minLength: 1, maxLength: limits.nameMax });
const Ore = Type.Integer({ minimum: 0, maximum: BUDGET_TOTAL_MAX_ORE });
export const Year = Type.Integer({ minimum: BUDGET_YEARS.min, maximum: BUDGET_YEARS.max });
export const YearParams = Type.Object(
  { year: QueryInteger({ minimum: BUDGET_YEARS.min, maximum: BUDGET_YEARS.max }) },
  { additionalProperties: false },
);

const partyFields = {
  name: Name,
  kind: oneOf(PARTY_KINDS),
  /** The party's weight in its group's split key: a municipality's population, or an agreed figure. */
  keyWeight: Type.Integer({ minimum: 1, maximum: KEY_WEIGHT_MAX }),
  /** The area's organisations that belong to the party (each to one party at most). */
  organisationIds: Type.Array(Uuid(), { maxItems: 100, uniqueItems: true }),
};
export const CreateParty = Type.Object(partyFields, { additionalProperties: false });
export const UpdateParty = Type.Object({ ...partyFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

const ShareProblem = Type.Object({ path: Type.String(), keyword: Type.String(), message: Type.String() });

export const Party = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: oneOf(PARTY_KINDS),
  keyWeight: Type.Integer(),
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  /** The party's share of a year's total under the law and the keys as they are now, in parts per million. */
  sharePpm: Nullable(Type.Integer()),
  version: Type.Integer(),
});

export const PartyList = Type.Object({
  items: Type.Array(Party),
  /** What keeps the parties from satisfying the law's split (empty when they do). */
  problems: Type.Array(ShareProblem),
  /** The area's organisations, with the party each belongs to. */
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), partyId: Nullable(Type.String()) })),
  mayManage: Type.Boolean(),
});

export const SetBudgetYear = Type.Object(
  {
    year: Year,
    /** What the parties contribute together this year, in öre; split by the law and the keys. */
    totalOre: Ore,
    /** Equity brought in, for the first year Kitt holds (later years carry the year before's). */
    openingEquityOre: Nullable(Type.Integer({ minimum: -BUDGET_TOTAL_MAX_ORE, maximum: BUDGET_TOTAL_MAX_ORE })),
    note: Nullable(Type.String({ maxLength: limits.textMax })),
    /** The version read, or null to open a new year. */
    version: Nullable(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

const allocationFields = {
  name: Name,
  /** The initiative the money is for; null for the förbund's own operation. */
  initiativeId: Nullable(Uuid()),
  amountOre: Ore,
};
export const CreateAllocation = Type.Object({ year: Year, ...allocationFields }, { additionalProperties: false });
export const UpdateAllocation = Type.Object(
  { ...allocationFields, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const CreateSpending = Type.Object(
  {
    month: Type.Integer({ minimum: 1, maximum: 12 }),
    /** Whole öre; a correction is negative. Never zero. */
    amountOre: Type.Union([
      Type.Integer({ minimum: 1, maximum: BUDGET_TOTAL_MAX_ORE }),
      Type.Integer({ minimum: -BUDGET_TOTAL_MAX_ORE, maximum: -1 }),
    ]),
    note: Nullable(Type.String({ maxLength: limits.nameMax })),
  },
  { additionalProperties: false },
);

const Money = Type.Integer();
const YearSummary = Type.Object({
  year: Type.Integer(),
  totalOre: Money,
  carriedInOre: Money,
  availableOre: Money,
  allocatedOre: Money,
  unallocatedOre: Money,
  spentOre: Money,
  carriedOutOre: Money,
  overAllocated: Type.Boolean(),
});

export const Allocation = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  name: Type.String(),
  initiativeId: Nullable(Type.String()),
  initiativeName: Nullable(Type.String()),
  allocatedOre: Money,
  spentOre: Money,
  remainingOre: Money,
  overspent: Type.Boolean(),
  spentByMonth: Type.Array(Money),
  cumulativeByMonth: Type.Array(Money),
  spending: Type.Array(
    Type.Object({ id: Type.String(), month: Type.Integer(), amountOre: Money, note: Nullable(Type.String()), createdAt: Type.String() }),
  ),
  version: Type.Integer(),
});

export const Budget = Type.Object({
  /** Every year with its outcome, oldest first. */
  years: Type.Array(YearSummary),
  /** The year shown in detail (the one asked for, else the current or latest), or null when no year is open. */
  year: Nullable(
    Type.Object({
      ...YearSummary.properties,
      openingEquityOre: Nullable(Money),
      note: Nullable(Type.String()),
      version: Type.Integer(),
      contributions: Type.Array(
        Type.Object({
          partyId: Type.String(),
          partyName: Type.String(),
          group: oneOf(SHARE_GROUPS),
          amountOre: Money,
          sharePpm: Type.Integer(),
        }),
      ),
      spentByMonth: Type.Array(Money),
      allocations: Type.Array(Allocation),
    }),
  ),
  /** Initiatives money can be allocated to. */
  initiatives: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), state: Type.String() })),
  mayManage: Type.Boolean(),
});

export const BudgetQuery = Type.Object(
  { year: Type.Optional(QueryInteger({ minimum: BUDGET_YEARS.min, maximum: BUDGET_YEARS.max })) },
  { additionalProperties: false },
);

export const BudgetExportQuery = Type.Object(
  {
    year: Type.Optional(QueryInteger({ minimum: BUDGET_YEARS.min, maximum: BUDGET_YEARS.max })),
    language: Type.Optional(oneOf(['sv', 'en', 'ar'] as const)),
  },
  { additionalProperties: false },
);
