import { describe, expect, it } from 'vitest';
import { UpdateIntervention } from '../../../../server/modules/catalogue/schema.ts';
import { formOf } from './form.ts';
import type { Intervention } from './types.ts';

/** An intervention as the API answers it, with every read-only field the form must leave out. */
const item: Intervention = {
  id: 'a1',
  organisationId: 'o1',
  organisationName: 'Kvarnen',
  organisationKind: 'social_enterprise',
  contractName: null,
  placesTaken: 3,
  freePlaces: 1,
  waitingList: 2,
  version: 4,
  updatedAt: '2026-01-01T00:00:00Z',
  mayChange: true,
  name: 'Cykelverkstad',
  description: 'Laga cyklar.',
  kind: 'training_place',
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
  places: 4,
  costPerPlaceOre: 1_750_050,
  funding: 'regular_budget',
  contractId: null,
  targetGroups: [],
  eligibility: [],
  applicationProcess: null,
  contactEmail: null,
  contactPhone: null,
  url: null,
};

describe('the intervention form', () => {
  it('holds exactly the fields the API takes back (an extra read-only field would be refused with 400)', () => {
    const { costKronor, organisationId: _org, ...fields } = formOf(item);
    const sent = [...Object.keys(fields), 'costPerPlaceOre', 'version'].sort();
    expect(sent).toEqual(Object.keys(UpdateIntervention.properties).sort());
    expect(costKronor).toBe('17500,50');
  });
});
