/**
 * What the evaluation reads from the national follow-up's category lists (common/finsam-categories.json), so that a
 * correction of the data changes the report without a code change: which end reasons count as completed, which are
 * left out of every count (group `excluded`, a wrong registration), and the report group of each occupation.
 */
import { AGE_BANDS, ageBand, FINSAM, type FinsamOption } from '../../../common/offer.ts';

type EndReasonOption = FinsamOption & { completes?: boolean };

const endReasons = FINSAM.endReason as readonly EndReasonOption[];

/** End reasons in the group `excluded`: such a participation never happened for the report. */
export const EXCLUDED_END_REASONS = endReasons.filter((o) => o.group === 'excluded').map((o) => o.code);

// Every counted end reason must say whether it completes: a missing flag is a data error, not "dropped out".
const unflagged = endReasons.filter((o) => o.group !== 'excluded' && typeof o.completes !== 'boolean').map((o) => o.code);
if (unflagged.length > 0) throw new Error(`finsam-categories.json: end reasons without "completes": ${unflagged.join(', ')}`);

/** End reasons that count as a completed participation; every other counted one is a drop-out. */
export const COMPLETING_END_REASONS = endReasons.filter((o) => o.completes === true).map((o) => o.code);

/** The situation groups at end, in report order; an occupation of no known group counts as `other`. */
export const SITUATION_GROUPS = ['work', 'studies', 'job_seeking', 'other'] as const;

/** The occupation codes of a report group. */
export const occupationsIn = (group: string) => FINSAM.occupation.filter((o) => o.group === group).map((o) => o.code);

/** Occupations that are "in work or studies". */
export const WORK_OR_STUDIES = [...occupationsIn('work'), ...occupationsIn('studies')];

/** Ages 0–130 with their band from ageBand(), so the SQL groups exactly as the common rule does. */
export const AGE_TO_BAND: [number, string][] = Array.from({ length: 131 }, (_, age) => [age, ageBand(age)] as const)
  .filter((pair): pair is [number, (typeof AGE_BANDS)[number]] => pair[1] !== null)
  .map(([age, band]) => [age, band]);
