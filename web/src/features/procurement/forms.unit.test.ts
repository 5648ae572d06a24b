import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import {
  contractBody,
  contractForm,
  contractProblems,
  purchaseBody,
  purchaseProblems,
  serverProblems,
  type PurchaseForm,
} from './forms.ts';

describe('the contract form', () => {
  const filled = {
    ...contractForm(null),
    name: ' Ramavtal ',
    supplierOrganisationId: 's-1',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    requirements: [
      { kind: 'placements' as const, perYear: '6' },
      { kind: 'jobs' as const, perYear: '0' },
    ],
  };

  it('starts with one row per requirement kind', () => {
    expect(contractForm(null).requirements.map((r) => r.kind)).toEqual(['placements', 'jobs']);
  });

  it('checks what the server checks, before sending', () => {
    expect(contractProblems(filled)).toEqual({});
    expect(contractProblems(contractForm(null))).toMatchObject({
      name: 'required',
      supplierOrganisationId: 'required',
      startDate: 'required',
    });
    expect(contractProblems({ ...filled, endDate: '2024-12-31' })).toEqual({ endDate: 'end_before_start' });
    expect(contractProblems({ ...filled, startDate: '1999-01-01' })).toEqual({ startDate: 'date_out_of_range' });
    for (const perYear of ['', '-1', '1.5', 'sex'])
      expect(contractProblems({ ...filled, requirements: [{ kind: 'jobs', perYear }] })).toEqual({ requirements: 'per_year' });
  });

  it('sends whole numbers, a trimmed name and no empty reference', () => {
    expect(contractBody(filled)).toMatchObject({
      name: 'Ramavtal',
      reference: null,
      requirements: [
        { kind: 'placements', perYear: 6 },
        { kind: 'jobs', perYear: 0 },
      ],
      interventionIds: [],
    });
  });
});

describe('the purchase form', () => {
  const filled: PurchaseForm = { supplierOrganisationId: 'k-1', year: '2026', kind: 'goods', amount: '12 500,50', description: 'Bröd' };

  it('reads the amount in kronor to whole öre', () => {
    expect(purchaseProblems(filled)).toEqual({});
    expect(purchaseBody(filled)).toEqual({
      supplierOrganisationId: 'k-1',
      year: 2026,
      kind: 'goods',
      amountOre: 1_250_050,
      description: 'Bröd',
    });
  });

  it.each([
    [{ amount: '0' }, { amount: 'amount' }],
    [{ amount: '-5' }, { amount: 'amount' }],
    [{ amount: '12,345' }, { amount: 'amount' }],
    [{ amount: '' }, { amount: 'required' }],
    [{ year: '1999' }, { year: 'year' }],
    [{ year: '20x6' }, { year: 'year' }],
    [
      { supplierOrganisationId: '', description: ' ' },
      { supplierOrganisationId: 'required', description: 'required' },
    ],
  ])('refuses %j', (change, expected) => expect(purchaseProblems({ ...filled, ...change })).toEqual(expected));
});

describe('serverProblems', () => {
  it('names the field and the reason the form has a sentence for, otherwise "invalid"', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/supplierOrganisationId', keyword: 'supplier_not_social_enterprise' },
      { path: '/interventionIds/1', keyword: 'intervention_not_of_supplier' },
      { path: '/amountOre', keyword: 'minimum' },
    ]);
    expect(serverProblems(error)).toEqual({
      supplierOrganisationId: 'supplier_not_social_enterprise',
      interventionIds: 'intervention_not_of_supplier',
      amountOre: 'invalid',
    });
    expect(serverProblems(new ApiError(409, 'conflict', 'x'))).toEqual({});
  });
});
