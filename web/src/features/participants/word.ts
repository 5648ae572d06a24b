import type { OrganisationKind } from '../../../../common/roles.ts';

/** The word an organisation uses for the person: Arbetsförmedlingen's kund, the labour-market unit's sökande, SFI's elev. */
export type ParticipantWord = 'kund' | 'sokande' | 'elev' | 'deltagare';

const WORDS: Partial<Record<OrganisationKind, ParticipantWord>> = {
  arbetsformedlingen: 'kund',
  labour_market_unit: 'sokande',
  adult_education: 'elev',
};

/** The organisation's own word, 'deltagare' (participant) for every other kind and for users without an organisation. */
export function participantWord(kind: OrganisationKind | null | undefined): ParticipantWord {
  return (kind && WORDS[kind]) ?? 'deltagare';
}

/** The i18n key of the word, in the plural for list titles or the singular for one person. */
export function participantWordKey<F extends 'one' | 'many'>(
  kind: OrganisationKind | null | undefined,
  form: F,
): `participants.word.${ParticipantWord}.${F}` {
  return `participants.word.${participantWord(kind)}.${form}`;
}
