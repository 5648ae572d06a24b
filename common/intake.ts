/** The joint intake (gemensam inskrivning) and the shared intake record. Shared by server and web. */

/** The window opens 4 weeks and closes 8 weeks after the person got housing in the municipality. */
export const INTAKE_WINDOW_OPENS_AFTER_DAYS = 28;
export const INTAKE_WINDOW_CLOSES_AFTER_DAYS = 56;
/** Warn when this many working days or fewer are left in the window and no meeting is booked. */
export const WINDOW_CLOSING_WARNING_WORKING_DAYS = 5;
/** How many working days Kitt proposes for the meeting. */
export const PROPOSED_DAY_COUNT = 5;

export const WINDOW_STATES = ['not_yet_open', 'open', 'closed'] as const;
export type WindowState = (typeof WINDOW_STATES)[number];

export const MEETING_STATUSES = ['booked', 'cancelled', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const INVITATION_ANSWERS = ['pending', 'accepted', 'declined'] as const;
export type InvitationAnswer = (typeof INVITATION_ANSWERS)[number];

/** Warnings about a booked meeting; they never block booking. */
export const MEETING_WARNINGS = ['outside_window', 'not_working_day'] as const;
export type MeetingWarning = (typeof MEETING_WARNINGS)[number];

/** Organisation kinds invited by default: Arbetsförmedlingen, the labour-market unit and SFI. */
export const DEFAULT_INVITED_KINDS = ['arbetsformedlingen', 'labour_market_unit', 'adult_education'] as const;

/** The sections of the shared intake record; `health` is its own data category with its own consent. */
export const SECTION_KINDS = ['education', 'work_experience', 'languages', 'driving_licence', 'family', 'health', 'goals'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const EDUCATION_LEVELS = [
  'none',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'post_secondary',
  'university',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const VALIDATION_STATES = ['not_validated', 'in_progress', 'validated'] as const;
export type ValidationState = (typeof VALIDATION_STATES)[number];

export const LANGUAGE_LEVELS = ['native', 'fluent', 'good', 'basic', 'beginner'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export interface EducationEntry {
  level: EducationLevel;
  field: string;
  country: string;
  fromYear: number | null;
  toYear: number | null;
  validation: ValidationState;
}
export interface WorkEntry {
  occupation: string;
  country: string;
  fromYear: number | null;
  toYear: number | null;
}
export interface LanguageEntry {
  language: string;
  level: LanguageLevel;
}

/** The structured content of each section kind. */
export interface SectionContent {
  education: { entries: EducationEntry[] };
  work_experience: { entries: WorkEntry[] };
  languages: { entries: LanguageEntry[] };
  driving_licence: { hasLicence: boolean; classes: string; country: string };
  family: { text: string };
  health: { text: string };
  goals: { text: string };
}

/** Sections the person may write about themself; staff may write every section with consent. */
export const SELF_WRITABLE_SECTIONS: readonly SectionKind[] = SECTION_KINDS;

export const sectionCategory = (kind: SectionKind) => (kind === 'health' ? 'health' : 'intake');

/**
 * How many days before and after today each date may lie. Beyond that it is a typing error, and the window rules
 * (holidays, working days) would be computed for centuries nobody meant.
 */
export const DATE_LIMITS = {
  housingDate: { back: 5 * 366, ahead: 366 },
  meetingDate: { back: 366, ahead: 366 },
  heldOn: { back: 366, ahead: 0 },
} as const;
export type DateLimit = keyof typeof DATE_LIMITS;

export const limitsIntake = {
  entriesMax: 20,
  placeMax: 200,
  reasonMax: 500,
  shortTextMax: 200,
  storyMax: 4000,
} as const;
