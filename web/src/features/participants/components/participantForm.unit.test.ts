import { describe, expect, it } from 'vitest';
import { emptyParticipantForm, toNewParticipant, validateParticipantForm } from './participantForm.ts';

const named = { ...emptyParticipantForm, givenName: 'Amina', familyName: 'Hassan' };

describe('validateParticipantForm', () => {
  it.each(['19850101-1234', '198501011234', '850101-1234', '8501011234'])('accepts the shape %s', (number) => {
    expect(validateParticipantForm({ ...named, personalNumber: number })).toEqual({});
  });
  it('refuses a number of the wrong shape', () => {
    expect(validateParticipantForm({ ...named, personalNumber: '1985-01-01' })).toEqual({
      personalNumber: 'personalNumberFormat',
    });
  });
  it('asks for a birth date instead of a number for a reserve number', () => {
    expect(validateParticipantForm({ ...named, idKind: 'reserve' })).toEqual({ birthDate: 'required' });
  });
  it('asks for both names', () => {
    expect(validateParticipantForm({ ...emptyParticipantForm, personalNumber: '8501011234' })).toEqual({
      givenName: 'required',
      familyName: 'required',
    });
  });
});

describe('toNewParticipant', () => {
  it('leaves out empty optional fields and the number of a reserve', () => {
    const body = toNewParticipant({ ...named, idKind: 'reserve', personalNumber: 'x', birthDate: '1990-05-05' });
    expect(body).toEqual({
      givenName: 'Amina',
      familyName: 'Hassan',
      idKind: 'reserve',
      personalNumber: undefined,
      birthDate: '1990-05-05',
      protectedIdentity: false,
      preferredLanguage: undefined,
      interpreterNeeded: false,
      phone: undefined,
      email: undefined,
      address: undefined,
    });
  });
});
