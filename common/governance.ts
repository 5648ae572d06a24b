/**
 * The governance level's vocabulary, shared by the server and the web app: the parties of a samordningsförbund and
 * the legal split of its contributions, the budget's limits, and the life of an initiative.
 */

/**
 * The four kinds of party to a samordningsförbund (lag (2003:1210) om finansiell samordning): Försäkringskassan and
 * Arbetsförmedlingen for the state, one region and one or more municipalities.
 */
export const PARTY_KINDS = ['forsakringskassan', 'arbetsformedlingen', 'region', 'municipality'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The groups the law splits the contributions between: the state a half, the region a quarter, the municipalities a quarter. */
export const SHARE_GROUPS = ['state', 'region', 'municipalities'] as const;
export type ShareGroup = (typeof SHARE_GROUPS)[number];
export const GROUP_OF: Record<PartyKind, ShareGroup> = {
  forsakringskassan: 'state',
  arbetsformedlingen: 'state',
  region: 'region',
  municipality: 'municipalities',
};
/** Each group's part of the total, as a fraction [numerator, denominator]. */
export const LEGAL_SHARE: Record<ShareGroup, readonly [number, number]> = { state: [1, 2], region: [1, 4], municipalities: [1, 4] };

/** The largest weight in a split key (e.g. a municipality's population) and the largest yearly total, in öre (10 billion kronor). */
export const KEY_WEIGHT_MAX = 100_000_000;
export const BUDGET_TOTAL_MAX_ORE = 1_000_000_000_000;
/** Budget years lie in this range. */
export const BUDGET_YEARS = { min: 2000, max: 2099 } as const;

/** Kinds of initiative: a time-limited project, a structural effort, or a form of basic collaboration (bassamverkan). */
export const INITIATIVE_KINDS = ['project', 'structural', 'bassamverkan'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** How an initiative lives: idea → proposed → decided → running → evaluated → implemented in regular operations, or ended. */
export const INITIATIVE_STATES = ['idea', 'proposed', 'decided', 'running', 'evaluated', 'implemented', 'ended'] as const;
export type InitiativeState = (typeof INITIATIVE_STATES)[number];

/**
 * Where an initiative may go from each state. Every state before implemented may end (an idea dropped, a proposal
 * the board rejects, a decision never started, a project stopped or not taken into regular operations).
 */
export const INITIATIVE_TRANSITIONS: Record<InitiativeState, readonly InitiativeState[]> = {
  idea: ['proposed', 'ended'],
  proposed: ['decided', 'ended'],
  decided: ['running', 'ended'],
  running: ['evaluated', 'ended'],
  evaluated: ['implemented', 'ended'],
  implemented: [],
  ended: [],
};
/** The years an initiative's dates lie in. */
export const INITIATIVE_YEARS = { min: 2000, max: 2099 } as const;

/** Where an initiative's money comes from. */
export const FUNDING_SOURCES = ['samordningsforbund', 'party_budget', 'esf', 'state_grant', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The municipality's roles in labour-market integration (seeds 001/002). */
export const MUNICIPALITY_ROLES = ['procurer', 'employer', 'entrepreneur'] as const;
export type MunicipalityRole = (typeof MUNICIPALITY_ROLES)[number];

/** The bodies that meet: the board (styrelse) decides, the preparation group (beredningsgrupp) prepares. */
export const MEETING_BODIES = ['board', 'preparation_group'] as const;
export type MeetingBody = (typeof MEETING_BODIES)[number];

/** What an agenda item asks of the meeting. */
export const AGENDA_ITEM_KINDS = ['decision', 'information', 'discussion'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** How a decision came out: adopted (bifall), rejected (avslag) or tabled to a later meeting (bordlagt). */
export const DECISION_OUTCOMES = ['adopted', 'rejected', 'tabled'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * Whether an item's material reached the members in time: `on_time` (sent by the deadline), `late` (sent after it),
 * `missing` (the deadline has passed with nothing sent), `pending` (nothing sent yet, the deadline still ahead) or
 * `none` (an item without material).
 */
export const MATERIAL_STATUSES = ['on_time', 'late', 'missing', 'pending', 'none'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

/** Days before the meeting the material must be sent, by default (the board members' wish in the samordningsförbund study). */
export const MATERIAL_DAYS_DEFAULT = 7;
/** The largest document attached to an agenda item. */
export const AGENDA_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The indicators Kitt computes live from case data, each per quarter with small cells suppressed:
 * - `work_or_studies_90`: share of the follow-ups recorded 90 days after a participation ended that found work or studies;
 * - `closed_loop_rate`: share of the referrals sent that reached a recorded outcome;
 * - `median_days_housing_to_intake`: median days from housing in the municipality to the joint intake meeting held;
 * - `people_in_forbund_funded`: people who started in an intervention funded by the samordningsförbund (by party, too);
 * - `completion_rate`: share of the participations ended that completed (did not drop out).
 */
export const INDICATORS = [
  'work_or_studies_90',
  'closed_loop_rate',
  'median_days_housing_to_intake',
  'people_in_forbund_funded',
  'completion_rate',
] as const;
export type Indicator = (typeof INDICATORS)[number];
/** Whether more is better (a target to reach at least) or less (at most). */
export const TARGET_DIRECTIONS = ['at_least', 'at_most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** Who answers a barometer round: the staff of the parties and providers, or (separately) the participants. */
export const SURVEY_AUDIENCES = ['staff', 'participants'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];
/** The role groups a staff answer is tagged with (chosen by the respondent), and the participants' own group. */
export const ROLE_GROUPS = ['caseworker', 'manager', 'provider_staff', 'other_staff', 'participant'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];
/** The Trelleborg workshop's four questions, answered in free text. */
export const OPEN_QUESTIONS = ['works_well', 'could_be_better', 'challenges', 'needed'] as const;
export type OpenQuestion = (typeof OPEN_QUESTIONS)[number];
