import { csvFile, xlsxFile } from '../../lib/http/files.ts';
import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { FUNDING_SOURCES, INTERVENTION_KINDS, INTERVENTION_STATUSES, TARGET_GROUPS } from '../../../common/offer.ts';
import { SFI_LEVELS } from '../../../common/plan.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, QueryInteger, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Name = Type.String({ minLength: 1, maxLength: limits.nameMax });
const Short = Type.String({ maxLength: limits.nameMax });
const Text = Type.String({ maxLength: limits.textMax });

export const InterventionKind = oneOf(INTERVENTION_KINDS);
export const InterventionStatus = oneOf(INTERVENTION_STATUSES);
export const FundingSource = oneOf(FUNDING_SOURCES);
export const TargetGroup = oneOf(TARGET_GROUPS);
/** ISO 639-1 or 639-3 language code, lower case (sv, ar, ti, kmr). */
export const LanguageCode = Type.String({ pattern: '^[a-z]{2,3}$' });

const BooleanFact = oneOf([
  'civic_orientation_done',
  'registered_at_af',
  'establishment_programme',
  'social_assistance',
  'utbildningsplikt',
  'short_education',
] as const);

export const EligibilityRuleSchema = Type.Union([
  Type.Object(
    {
      fact: Type.Literal('age'),
      min: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
      max: Type.Optional(Type.Integer({ minimum: 0, maximum: 120 })),
    },
    { additionalProperties: false },
  ),
  Type.Object({ fact: Type.Literal('sfi_level'), atLeast: oneOf(SFI_LEVELS) }, { additionalProperties: false }),
  Type.Object({ fact: BooleanFact, equals: Type.Boolean() }, { additionalProperties: false }),
]);

const fields = {
  name: Name,
  description: Type.String({ minLength: 1, maxLength: limits.textMax }),
  kind: InterventionKind,
  status: InterventionStatus,
  locationName: Nullable(Short),
  address: Nullable(Short),
  postalCode: Nullable(Type.String({ pattern: '^[0-9]{3} ?[0-9]{2}$' })),
  city: Nullable(Short),
  workplace: Nullable(Short),
  scheduleDescription: Nullable(Short),
  startDate: Nullable(DateString()),
  endDate: Nullable(DateString()),
  languages: Type.Array(LanguageCode, { maxItems: 20, uniqueItems: true }),
  places: Type.Integer({ minimum: 0, maximum: 10000 }),
  costPerPlaceOre: Nullable(Type.Integer({ minimum: 0, maximum: 100_000_000_00 })),
  funding: FundingSource,
  contractId: Nullable(Uuid()),
  targetGroups: Type.Array(TargetGroup, { maxItems: TARGET_GROUPS.length, uniqueItems: true }),
  eligibility: Type.Array(EligibilityRuleSchema, { maxItems: 12 }),
  applicationProcess: Nullable(Text),
  contactEmail: Nullable(Type.String({ format: 'email', maxLength: limits.emailMax })),
  contactPhone: Nullable(Type.String({ pattern: '^[0-9 +()-]{5,30}$' })),
  url: Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 })),
};

export const CreateIntervention = Type.Object(
  {
    ...fields,
    /** Administrators publish for any organisation; everyone else for their own (and may leave it out). */
    organisationId: Type.Optional(Uuid()),
  },
  { additionalProperties: false },
);

export const UpdateIntervention = Type.Object({ ...fields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

const RuleOutcome = Type.Object({
  rule: EligibilityRuleSchema,
  fact: Type.String(),
  result: oneOf(['met', 'not_met', 'unknown'] as const),
});
export const EligibilityOutcome = Type.Object({
  result: oneOf(['eligible', 'not_eligible', 'unknown'] as const),
  rules: Type.Array(RuleOutcome),
});

export const Intervention = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  organisationKind: Type.String(),
  ...fields,
  contractName: Nullable(Type.String()),
  /** Places taken now (running participations), free now, and the waiting list (waitlisted referrals). */
  placesTaken: Type.Integer(),
  freePlaces: Type.Integer(),
  waitingList: Type.Integer(),
  version: Type.Integer(),
  updatedAt: Type.String(),
  /** Whether the signed-in user may change it (the server decides again). */
  mayChange: Type.Boolean(),
  /** Present when the list was asked for one person's eligibility. */
  eligibilityResult: Type.Optional(EligibilityOutcome),
});

export const CatalogueQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: limits.searchMax })),
    kind: Type.Optional(InterventionKind),
    language: Type.Optional(LanguageCode),
    organisationId: Type.Optional(Uuid()),
    targetGroup: Type.Optional(TargetGroup),
    funding: Type.Optional(FundingSource),
    status: Type.Optional(oneOf([...INTERVENTION_STATUSES, 'any'] as const)),
    workplaces: Type.Optional(Type.Boolean({ description: 'Only interventions with a workplace (the municipality as employer)' })),
    freePlaces: Type.Optional(Type.Boolean({ description: 'Only interventions with a place free now' })),
    // A participant id (never a personnummer): evaluate each intervention's eligibility for them.
    eligibleFor: Type.Optional(Uuid()),
    eligibility: Type.Optional(oneOf(['eligible', 'not_excluded'] as const)),
    limit: Type.Optional(QueryInteger({ minimum: 1, maximum: limits.pageSizeMax })),
    offset: Type.Optional(QueryInteger({ minimum: 0, maximum: 100_000 })),
  },
  { additionalProperties: false },
);

export const CataloguePage = Type.Object({
  items: Type.Array(Intervention),
  total: Type.Integer(),
  /** Whether the signed-in user may publish interventions (for their own organisation). */
  mayCreate: Type.Boolean(),
});

export const ContractOption = Type.Object({ id: Type.String(), name: Type.String(), supplierOrganisationId: Type.String() });
export const ContractOptions = Type.Array(ContractOption);

export const ExportQuery = Type.Object({ language: Type.Optional(oneOf(['sv', 'en', 'ar'] as const)) }, { additionalProperties: false });

export const CsvFile = csvFile('The catalogue as CSV');
export const XlsxFile = xlsxFile('The catalogue as an XLSX workbook');
export const HsdsFile = {
  description: 'The catalogue as HSDS 3.0 service records (Open Referral)',
  content: { 'application/json': { schema: Type.Array(Type.Object({}, { additionalProperties: true })) } },
};
