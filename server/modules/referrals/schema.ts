import { Type } from 'typebox';
import { DATA_CATEGORIES } from '../../../common/roles.ts';
import { DECLINE_REASONS, REFERRAL_STATES } from '../../../common/offer.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { Uuid } from '../../lib/http/responses.ts';
import { REFERRAL_ACTIONS } from './transitions.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CreateReferral = Type.Object(
  {
    interventionId: Uuid(),
    sharedCategories: Type.Array(oneOf(DATA_CATEGORIES), { minItems: 1, maxItems: DATA_CATEGORIES.length, uniqueItems: true }),
    note: Type.Optional(Nullable(Type.String({ maxLength: limits.textMax }))),
    send: Type.Boolean(),
    confirmWarnings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ReferralTransition = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    reason: Type.Optional(Nullable(Type.String({ maxLength: limits.textMax }))),
    declineReason: Type.Optional(oneOf(DECLINE_REASONS)),
    confirmWarnings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const ReferralActionParams = Type.Object(
  { id: Uuid(), action: oneOf(REFERRAL_ACTIONS.filter((a) => a !== 'expire') as ['send', 'withdraw', 'accept', 'decline', 'waitlist']) },
  { additionalProperties: false },
);

const State = oneOf(REFERRAL_STATES);
const Actions = Type.Array(oneOf(REFERRAL_ACTIONS));

export const Created = Type.Object({ id: Type.String(), state: State });
export const Transitioned = Type.Object({ id: Type.String(), state: State, version: Type.Integer() });

export const BoxQuery = Type.Object({ box: Type.Optional(oneOf(['incoming', 'outgoing'] as const)) }, { additionalProperties: false });
export const Box = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      participantId: Type.String(),
      /** Shown only where the organisation may see the person's identity (and the provider: it was shared). */
      participantName: Nullable(Type.String()),
      state: State,
      interventionName: Type.String(),
      otherOrganisationName: Type.String(),
      sentAt: Nullable(Type.String()),
      answerBy: Nullable(Type.String()),
      sharedCategories: Type.Array(Type.String()),
      version: Type.Integer(),
      actions: Actions,
      /** The participation the referral started and its end reason (the outcome), once there. */
      participationId: Nullable(Type.String()),
      outcome: Nullable(Type.String()),
      /** The provider's staff who may start and end the participation. */
      mayRecordParticipation: Type.Boolean(),
    }),
  ),
});

export const ParticipantReferrals = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      state: State,
      interventionId: Type.String(),
      interventionName: Type.String(),
      fromOrganisationId: Type.String(),
      fromOrganisationName: Type.String(),
      toOrganisationId: Type.String(),
      toOrganisationName: Type.String(),
      sentAt: Nullable(Type.String()),
      answerBy: Nullable(Type.String()),
      note: Nullable(Type.String()),
      sharedCategories: Type.Array(Type.String()),
      sendWarnings: Type.Array(Type.Object({ code: Type.String(), detail: Type.Optional(Type.String()) })),
      declineReason: Nullable(Type.String()),
      version: Type.Integer(),
      createdAt: Type.String(),
      actions: Actions,
      /** The participation the referral started and its end reason (the outcome), once there. */
      participationId: Nullable(Type.String()),
      outcome: Nullable(Type.String()),
      /** The provider's staff who may start and end the participation. */
      mayRecordParticipation: Type.Boolean(),
    }),
  ),
  mayRefer: Type.Boolean(),
});

export const OptionsParams = Type.Object({ id: Uuid(), interventionId: Uuid() }, { additionalProperties: false });
export const ReferralOptions = Type.Object({
  providerOrganisationId: Type.String(),
  ownIntervention: Type.Boolean(),
  categories: Type.Array(Type.Object({ category: oneOf(DATA_CATEGORIES), consented: Type.Boolean() })),
});
