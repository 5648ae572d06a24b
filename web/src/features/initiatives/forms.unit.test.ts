import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATES } from '../../../../common/governance.ts';
import { INITIATIVE_YEARS as SERVER_YEARS, TRANSITIONS } from '../../../../server/modules/initiatives/lifecycle.ts';
import { ApiError } from '../../lib/http.ts';
import type { Initiative } from './api.ts';
import {
  INITIATIVE_YEARS,
  initiativeBody,
  initiativeForm,
  initiativeProblems,
  nextSteps,
  serverProblems,
  stepBody,
  stepForm,
  stepProblems,
  type StepForm,
} from './forms.ts';

describe('nextSteps', () => {
  it.each(INITIATIVE_STATES)('offers from %s exactly the moves the server allows', (state) => {
    expect(nextSteps(state)).toEqual(TRANSITIONS[state]);
  });

  it('checks the same years as the server', () => expect(INITIATIVE_YEARS).toEqual(SERVER_YEARS));
});

describe('the initiative form', () => {
  const filled = {
    ...initiativeForm(null),
    name: ' Jobbspåret ',
    municipality: ' Sjöstad ',
    startDate: '2026-01-01',
    endDate: '2027-06-30',
  };

  it('checks what the server checks, before sending', () => {
    expect(initiativeProblems(filled)).toEqual({});
    expect(initiativeProblems(initiativeForm(null))).toEqual({ name: 'required' });
    expect(initiativeProblems({ ...filled, startDate: '', endDate: '' })).toEqual({});
    expect(initiativeProblems({ ...filled, endDate: '2025-12-31' })).toEqual({ endDate: 'end_before_start' });
    expect(initiativeProblems({ ...filled, startDate: '1999-12-31' })).toEqual({ startDate: 'date_out_of_range' });
    expect(initiativeProblems({ ...filled, endDate: '2100-01-01' })).toEqual({ endDate: 'date_out_of_range' });
  });

  it('sends trimmed text and null for what is not chosen', () => {
    expect(initiativeBody(filled)).toEqual({
      name: 'Jobbspåret',
      kind: 'project',
      description: '',
      targetGroup: '',
      origin: '',
      inspiredById: null,
      ownerPartyId: null,
      fundingSources: [],
      municipality: 'Sjöstad',
      municipalityRoles: [],
      startDate: '2026-01-01',
      endDate: '2027-06-30',
      public: false,
      interventionIds: [],
    });
    expect(initiativeBody({ ...filled, startDate: '', ownerPartyId: 'p-1' })).toMatchObject({ startDate: null, ownerPartyId: 'p-1' });
  });
});

describe('the form for a move', () => {
  const empty: StepForm = stepForm({ evaluation: null, implementedByPartyId: null, implementedFrom: null } as Initiative);

  it('asks for what the new state needs, as the server does', () => {
    expect(stepProblems('proposed', empty)).toEqual({});
    expect(stepProblems('evaluated', { ...empty, evaluation: '  ' })).toEqual({ evaluation: 'required' });
    expect(stepProblems('implemented', empty)).toEqual({
      implementedByPartyId: 'required',
      implementedFrom: 'required',
      implementationFunding: 'required',
    });
    expect(
      stepProblems('implemented', { ...empty, implementedByPartyId: 'p', implementedFrom: '1990-01-01', implementationFunding: 'x' }),
    ).toEqual({ implementedFrom: 'date_out_of_range' });
    expect(stepProblems('ended', empty)).toEqual({ endedReason: 'required' });
  });

  it('sends the note and only the fields of the new state', () => {
    const form = { ...empty, note: ' Styrelsen § 14 ', evaluation: 'Bra', endedReason: 'Ingen' };
    expect(stepBody('decided', form, 3)).toEqual({ to: 'decided', note: 'Styrelsen § 14', version: 3 });
    expect(stepBody('evaluated', { ...form, note: '' }, 4)).toEqual({ to: 'evaluated', note: null, evaluation: 'Bra', version: 4 });
    expect(
      stepBody('implemented', { ...form, implementedByPartyId: 'p', implementedFrom: '2027-01-01', implementationFunding: 'K' }, 5),
    ).toEqual({
      to: 'implemented',
      note: 'Styrelsen § 14',
      implementedByPartyId: 'p',
      implementedFrom: '2027-01-01',
      implementationFunding: 'K',
      version: 5,
    });
  });
});

describe('serverProblems', () => {
  it('names the field and the reason the form has a sentence for, otherwise "invalid"', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/implementedFrom', keyword: 'implementation_incomplete' },
      { path: '/interventionIds/2', keyword: 'unknown_intervention' },
      { path: '/name', keyword: 'minLength' },
    ]);
    expect(serverProblems(error)).toEqual({
      implementedFrom: 'implementation_incomplete',
      interventionIds: 'unknown_intervention',
      name: 'invalid',
    });
    expect(serverProblems(new ApiError(409, 'conflict', 'x'))).toEqual({});
  });
});
