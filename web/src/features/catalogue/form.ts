import type { Intervention, InterventionFields } from './types.ts';

/** The form's state: text inputs hold strings ('' for empty), the cost is typed in kronor. */
export type FormState = Omit<InterventionFields, 'costPerPlaceOre'> & { costKronor: string; organisationId: string | null };

export const emptyForm = (organisationId: string | null): FormState => ({
  name: '',
  description: '',
  kind: 'work_training',
  status: 'active',
  locationName: null,
  address: null,
  postalCode: null,
  city: null,
  workplace: null,
  scheduleDescription: null,
  startDate: null,
  endDate: null,
  languages: ['sv'],
  places: 1,
  costKronor: '',
  funding: 'regular_budget',
  contractId: null,
  targetGroups: [],
  eligibility: [],
  applicationProcess: null,
  contactEmail: null,
  contactPhone: null,
  url: null,
  organisationId,
});

export function formOf(item: Intervention): FormState {
  const {
    costPerPlaceOre,
    id: _id,
    organisationName: _n,
    organisationKind: _k,
    contractName: _c,
    version: _v,
    updatedAt: _u,
    mayChange: _m,
    eligibilityResult: _e,
    placesTaken: _pt,
    freePlaces: _fp,
    waitingList: _w,
    ...fields
  } = item;
  const kronor =
    costPerPlaceOre === null
      ? ''
      : `${Math.floor(costPerPlaceOre / 100)}${costPerPlaceOre % 100 ? `,${String(costPerPlaceOre % 100).padStart(2, '0')}` : ''}`;
  return { ...fields, costKronor: kronor };
}

/** Empty optional text becomes null, as the API wants it. */
export const blankToNull = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());
