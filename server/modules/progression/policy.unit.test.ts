import { describe, expect, it } from 'vitest';
import {
  byEventDateNewestFirst,
  progressionEventDate,
  type ProgressionEntryFields,
  type ProgressionProblems,
} from '../../../common/progression.ts';
import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';
import { mayChangeEntry, mayRecordProgression, progressionEntryProblems } from './policy.ts';

const TODAY = '2026-06-15';

const entry = (e: Partial<ProgressionEntryFields>): ProgressionEntryFields => ({
  kind: 'sfi_course',
  sfiLevel: 'B',
  studyPath: 2,
  result: 'passed',
  title: null,
  startDate: '2026-01-12',
  endDate: '2026-05-29',
  ...e,
});

describe('progressionEntryProblems: what each kind requires', () => {
  const cases: [string, Partial<ProgressionEntryFields>, ProgressionProblems][] = [
    // SFI courses
    ['SFI B passed on study path 2', {}, {}],
    ['SFI A started on path 1, no end yet', { sfiLevel: 'A', studyPath: 1, result: 'started', endDate: null }, {}],
    ['SFI started with a planned end in the future', { result: 'started', endDate: '2026-12-18' }, {}],
    ['SFI without a study path (not known)', { studyPath: null }, {}],
    ['SFI without a level', { sfiLevel: null }, { sfiLevel: 'required' }],
    ['SFI without a result', { result: null }, { result: 'required' }],
    ['SFI A on study path 2 (path 2 starts at B)', { sfiLevel: 'A', studyPath: 2 }, { studyPath: 'level_not_on_path' }],
    ['SFI B on study path 3 (path 3 starts at C)', { sfiLevel: 'B', studyPath: 3 }, { studyPath: 'level_not_on_path' }],
    ['SFI C on study path 3', { sfiLevel: 'C', studyPath: 3 }, {}],
    ['SFI D on study path 1', { sfiLevel: 'D', studyPath: 1 }, {}],
    ['SFI with a study path outside 1–3', { studyPath: 4 }, { studyPath: 'level_not_on_path' }],
    ['SFI passed without an end date', { endDate: null }, { endDate: 'required' }],
    ['SFI interrupted without an end date', { result: 'interrupted', endDate: null }, { endDate: 'required' }],
    ['SFI passed on a day still to come', { endDate: '2026-06-16' }, { endDate: 'end_in_future' }],
    ['SFI passed today', { endDate: TODAY }, {}],
    ['SFI ending before it started', { endDate: '2026-01-11' }, { endDate: 'period_reversed' }],
    ['SFI ending the day it started', { endDate: '2026-01-12' }, {}],
    ['a started course ending before it started', { result: 'started', endDate: '2026-01-01' }, { endDate: 'period_reversed' }],
    // Civic orientation
    ['civic orientation passed', { kind: 'civic_orientation', sfiLevel: null, studyPath: null }, {}],
    [
      'civic orientation with an SFI level and path',
      { kind: 'civic_orientation' },
      { sfiLevel: 'only_for_sfi', studyPath: 'only_for_sfi' },
    ],
    [
      'civic orientation without a result',
      { kind: 'civic_orientation', sfiLevel: null, studyPath: null, result: null },
      { result: 'required' },
    ],
    // Validation
    [
      'validation of a nursing degree, passed',
      { kind: 'validation', sfiLevel: null, studyPath: null, title: 'Sjuksköterskeexamen, Syrien' },
      {},
    ],
    ['validation without saying what', { kind: 'validation', sfiLevel: null, studyPath: null, title: '  ' }, { title: 'required' }],
    // Placements and work training: recorded when over
    [
      'work placement done',
      { kind: 'work_placement_done', sfiLevel: null, studyPath: null, result: 'passed', title: 'Lager, Byggtjänst' },
      {},
    ],
    [
      'work placement done without a result',
      { kind: 'work_placement_done', sfiLevel: null, studyPath: null, result: null, title: 'Lager' },
      {},
    ],
    [
      'work placement "started"',
      { kind: 'work_placement_done', sfiLevel: null, studyPath: null, result: 'started', title: 'Lager' },
      { result: 'result_not_for_kind' },
    ],
    [
      'work training done without an end date',
      { kind: 'work_training_done', sfiLevel: null, studyPath: null, result: null, title: 'Kvarnen', endDate: null },
      { endDate: 'required' },
    ],
    [
      'work training done ending tomorrow',
      { kind: 'work_training_done', sfiLevel: null, studyPath: null, result: 'passed', title: 'Kvarnen', endDate: '2026-06-16' },
      { endDate: 'end_in_future' },
    ],
    // Employment and studies: a start, no result
    [
      'employment started, open-ended',
      { kind: 'employment_started', sfiLevel: null, studyPath: null, result: null, title: 'Undersköterska', endDate: null },
      {},
    ],
    [
      'employment started, fixed term ending later',
      { kind: 'employment_started', sfiLevel: null, studyPath: null, result: null, title: 'Extratjänst', endDate: '2027-06-30' },
      {},
    ],
    [
      'employment with a result',
      { kind: 'employment_started', sfiLevel: null, studyPath: null, result: 'passed', title: 'Lagerarbetare' },
      { result: 'result_not_for_kind' },
    ],
    [
      'studies started without a title',
      { kind: 'studies_started', sfiLevel: null, studyPath: null, result: null, title: null, endDate: null },
      { title: 'required' },
    ],
    [
      'studies started with an SFI level',
      { kind: 'studies_started', studyPath: null, result: null, title: 'Vård- och omsorg', endDate: null },
      { sfiLevel: 'only_for_sfi' },
    ],
    // Other
    [
      'other, with a title and no result',
      { kind: 'other', sfiLevel: null, studyPath: null, result: null, title: 'Körkort B', endDate: null },
      {},
    ],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(progressionEntryProblems(entry(change), TODAY)).toEqual(expected);
  });
});

const actor = (roles: Role[], extra: Partial<Actor> = {}): Actor => ({
  tenantId: 't',
  userId: 'u',
  organisationId: 'sfi',
  roles,
  participantId: null,
  requestId: 'r',
  sessionId: 's',
  ...extra,
});

describe('who may record and change entries', () => {
  const cases: [string, Actor, { record: boolean; changeOwn: boolean; changeOthers: boolean }][] = [
    ['an SFI teacher (caseworker)', actor(['caseworker']), { record: true, changeOwn: true, changeOthers: false }],
    ['a coordinator', actor(['coordinator']), { record: true, changeOwn: true, changeOthers: false }],
    ['a provider (work training)', actor(['provider']), { record: true, changeOwn: true, changeOthers: false }],
    ['a manager reads only', actor(['manager']), { record: false, changeOwn: false, changeOthers: false }],
    ['an analyst', actor(['analyst']), { record: false, changeOwn: false, changeOthers: false }],
    ['an administrator', actor(['administrator']), { record: false, changeOwn: false, changeOthers: false }],
    [
      'the participant (sees, does not record)',
      actor(['participant'], { organisationId: null, participantId: 'p' }),
      { record: false, changeOwn: false, changeOthers: false },
    ],
    [
      'a caseworker without an organisation',
      actor(['caseworker'], { organisationId: null }),
      { record: false, changeOwn: false, changeOthers: false },
    ],
    ['a manager who is also a caseworker', actor(['manager', 'caseworker']), { record: true, changeOwn: true, changeOthers: false }],
  ];
  it.each(cases)('%s', (_name, who, expected) => {
    expect({
      record: mayRecordProgression(who),
      changeOwn: mayChangeEntry(who, { sourceOrganisationId: 'sfi' }),
      changeOthers: mayChangeEntry(who, { sourceOrganisationId: 'af' }),
    }).toEqual(expected);
  });
});

describe('the timeline order: by the day each entry tells of, newest first', () => {
  const cases: [string, Partial<ProgressionEntryFields>, string][] = [
    ['a passed course: the day it was passed', { result: 'passed', startDate: '2026-01-12', endDate: '2026-05-29' }, '2026-05-29'],
    ['an interrupted course: the day it stopped', { result: 'interrupted', endDate: '2026-03-01' }, '2026-03-01'],
    ['a course being studied: its start, not its planned end', { result: 'started', endDate: '2026-12-18' }, '2026-01-12'],
    [
      'a placement: the day it ended',
      { kind: 'work_placement_done', result: null, startDate: '2026-04-01', endDate: '2026-04-28' },
      '2026-04-28',
    ],
    [
      'a fixed-term job: the day it started',
      { kind: 'employment_started', result: null, startDate: '2026-08-01', endDate: '2027-07-31' },
      '2026-08-01',
    ],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(progressionEventDate(entry(change))).toBe(expected);
  });

  it('sorts newest first, and entries of one day by when they were recorded', () => {
    const e = (id: string, change: Partial<ProgressionEntryFields>, recordedAt = '2026-06-01T09:00:00Z') => ({
      ...entry(change),
      id,
      recordedAt,
    });
    const sorted = [
      e('b-passed', { result: 'passed', endDate: '2026-05-29' }),
      e('c-started', { sfiLevel: 'C', result: 'started', startDate: '2026-06-08', endDate: null }),
      e(
        'so-passed',
        { kind: 'civic_orientation', result: 'passed', startDate: '2026-02-01', endDate: '2026-05-29' },
        '2026-05-30T08:00:00Z',
      ),
    ].sort(byEventDateNewestFirst);
    expect(sorted.map((x) => x.id)).toEqual(['c-started', 'b-passed', 'so-passed']);
  });
});
