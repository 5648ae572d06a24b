/** The progression timeline's kinds of entry; every consenting organisation and the person see them. */
export const PROGRESSION_KINDS = [
  'sfi_course',
  'civic_orientation',
  'validation',
  'work_placement_done',
  'work_training_done',
  'employment_started',
  'studies_started',
  'other',
] as const;
export type ProgressionKind = (typeof PROGRESSION_KINDS)[number];

/** For SFI and civic orientation: started, passed (a level reached, the course done), interrupted. */
export const PROGRESSION_RESULTS = ['started', 'passed', 'interrupted'] as const;
export type ProgressionResult = (typeof PROGRESSION_RESULTS)[number];
