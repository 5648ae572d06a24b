import { Type } from 'typebox';
import { INTERVENTION_KINDS, REFERRAL_STATES } from '../../../common/offer.ts';
import { SFI_LEVELS } from '../../../common/plan.ts';
import { oneOf } from '../../lib/http/enum.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const InterventionRef = Type.Object({ interventionId: Type.String(), name: Type.String() });

export const CoveredQuery = Type.Object(
  { notEnrolled: Type.Optional(Type.Boolean({ description: 'Only people covered but not enrolled in any education' })) },
  { additionalProperties: false },
);

export const CoveredPerson = Type.Object({
  participantId: Type.String(),
  /** Null when the reader may not see the name (no consent for identity, or a protected identity). */
  name: Nullable(Type.String()),
  /** The day the current period of utbildningsplikt began. */
  since: Type.String(),
  shortEducation: Type.Boolean(),
  /** Null when the reader has no consent for progression; `level` null means no SFI level. */
  sfi: Nullable(Type.Object({ level: Nullable(oneOf(SFI_LEVELS)) })),
  /** The education the person takes part in now; null when progression (where participations are) is not readable. */
  enrolledIn: Nullable(Type.Array(InterventionRef)),
  /** Referrals to the municipality's education still open or accepted; null without consent for the plan. */
  offered: Nullable(Type.Array(Type.Object({ interventionId: Type.String(), name: Type.String(), state: oneOf(REFERRAL_STATES) }))),
  /** Covered but taking part in no education; null when unknown. */
  notEnrolled: Nullable(Type.Boolean()),
});

export const Education = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: oneOf(INTERVENTION_KINDS),
  organisationName: Type.String(),
  places: Type.Integer(),
  languages: Type.Array(Type.String()),
});

export const CoveredList = Type.Object({
  people: Type.Array(CoveredPerson),
  /** The municipality's education for people covered by utbildningsplikt (active interventions). */
  education: Type.Array(Education),
});

const ShownCount = Type.Union([Type.Object({ value: Type.Integer() }), Type.Object({ hidden: Type.Literal('small') })]);
const ShownShare = Type.Union([Type.Object({ share: Nullable(Type.Number()) }), Type.Object({ hidden: Type.Literal('small') })]);

export const Quality = Type.Object({
  /** The smallest group shown; smaller ones are hidden as "< N". */
  smallCell: Type.Integer(),
  providers: Type.Array(
    Type.Object({
      organisationId: Type.String(),
      organisationName: Type.String(),
      /** People who took part (a wrong registration does not count). */
      participants: ShownCount,
      /** Of the participations that ended: those that ran to the planned end for a reason the follow-up counts. */
      completed: ShownShare,
      /** Of all participations: a higher SFI level at the end (or today) than at the start. */
      sfiProgressed: ShownShare,
    }),
  ),
});
