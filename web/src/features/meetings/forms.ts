import { MATERIAL_DAYS_DEFAULT, type AgendaItemKind, type MeetingBody } from '../../../../common/governance.ts';
import { limits } from '../../../../common/limits.ts';
import { fieldReasons } from '../../lib/fieldErrors.ts';
import type { ItemBody, MeetingBodyInput } from './api.ts';
import { swedishInstant } from './time.ts';

/** What the forms say about a field; each has a sentence under `meetings.problems.`. */
export type Problem =
  | 'required'
  | 'date'
  | 'time'
  | 'days'
  | 'attendees'
  | 'votes'
  | 'amount'
  | 'reservation_member'
  | 'file_type'
  | 'file_too_large'
  | 'file_empty'
  | 'content_too_large'
  | 'content_mismatch'
  | 'unknown_initiative'
  | 'unknown_item'
  | 'year_not_open'
  | 'transition_not_allowed'
  | 'invalid';

const SERVER_PROBLEMS = [
  'content_too_large',
  'content_mismatch',
  'unknown_initiative',
  'unknown_item',
  'year_not_open',
  'transition_not_allowed',
] as const satisfies readonly Problem[];

export type Problems<F> = Partial<Record<keyof F, Problem>>;

/**
 * The body's fields whose form field has another name: the document's bytes are the chosen file, the initiative's move
 * (refused by the initiative's own rules at `/to`) is the state chosen, the allocation is its amount, its year the year.
 */
const FORM_FIELD: Record<string, string> = {
  contentBase64: 'file',
  mediaType: 'file',
  to: 'initiativeState',
  allocation: 'amount',
  year: 'allocationYear',
  votes: 'votesFor',
  startsAt: 'date',
};

/** What the server's last validation_failed answer said about each field, under the form's own field names. */
export function serverProblems(error: unknown): Partial<Record<string, Problem>> {
  return Object.fromEntries(Object.entries(fieldReasons(error, SERVER_PROBLEMS)).map(([field, p]) => [FORM_FIELD[field] ?? field, p]));
}

export interface MeetingForm {
  body: MeetingBody | '';
  title: string;
  /** The day and time in Swedish time, as the date and time fields give them. */
  date: string;
  time: string;
  place: string;
  /** Days before the meeting the material must be sent, as typed. */
  materialDaysBefore: string;
  /** One attendee a line. */
  attendees: string;
}

export const meetingForm = (): MeetingForm => ({
  body: '',
  title: '',
  date: '',
  time: '',
  place: '',
  materialDaysBefore: String(MATERIAL_DAYS_DEFAULT),
  attendees: '',
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A body, a title, a day and a time that exist, 0–60 days for the material, at most 60 attendees of sensible length. */
export function meetingProblems(f: MeetingForm): Problems<MeetingForm> {
  const problems: Problems<MeetingForm> = {};
  if (f.body === '') problems.body = 'required';
  if (f.title.trim() === '') problems.title = 'required';
  if (f.date === '') problems.date = 'required';
  else if (swedishInstant(f.date, '12:00') === null) problems.date = 'date';
  if (f.time === '') problems.time = 'required';
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(f.time)) problems.time = 'time';
  const days = f.materialDaysBefore.trim();
  if (!/^\d{1,2}$/.test(days) || Number(days) > 60) problems.materialDaysBefore = 'days';
  const attendees = lines(f.attendees);
  if (attendees.length > 60 || attendees.some((a) => a.length > limits.nameMax)) problems.attendees = 'attendees';
  return problems;
}

export const meetingBody = (f: MeetingForm): MeetingBodyInput => ({
  body: f.body as MeetingBody,
  title: f.title.trim(),
  startsAt: swedishInstant(f.date, f.time)!,
  place: f.place.trim(),
  materialDaysBefore: Number(f.materialDaysBefore.trim()),
  attendees: lines(f.attendees),
});

export interface ItemForm {
  kind: AgendaItemKind;
  title: string;
  proposal: string;
  /** '' for none. */
  initiativeId: string;
  /** The preparation group's item that prepared it (board items only); '' for none. */
  preparedByItemId: string;
}

export const itemForm = (): ItemForm => ({ kind: 'decision', title: '', proposal: '', initiativeId: '', preparedByItemId: '' });

export function itemProblems(f: ItemForm): Problems<ItemForm> {
  return f.title.trim() === '' ? { title: 'required' } : {};
}

/** The item to add; only a board item names the item that prepared it. */
export const itemBody = (f: ItemForm, body: MeetingBody): ItemBody => ({
  kind: f.kind,
  title: f.title.trim(),
  proposal: f.proposal.trim(),
  initiativeId: f.initiativeId || null,
  preparedByItemId: body === 'board' ? f.preparedByItemId || null : null,
});
