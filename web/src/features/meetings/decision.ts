import type { DecisionOutcome, InitiativeState } from '../../../../common/governance.ts';
import { parseKronor } from '../catalogue/money.ts';
import { nextSteps } from '../initiatives/forms.ts';
import type { AgendaItem, DecisionBody, Reservation } from './api.ts';
import type { Problems } from './forms.ts';

/** The states a board decision may move an initiative to: decided (or on to running), or ended. */
const OFFERED: readonly InitiativeState[] = ['decided', 'running', 'ended'];

/** The largest count of votes one way (the server's limit). */
const VOTES_MAX = 500;

export interface DecisionForm {
  outcome: DecisionOutcome;
  wording: string;
  /** The count as typed; all three empty when the board decided without a vote. */
  votesFor: string;
  votesAgainst: string;
  abstentions: string;
  reservations: Reservation[];
  /** '' to leave the initiative where it is. */
  initiativeState: InitiativeState | '';
  /** The budget year to allocate in, and the amount in kronor; an empty amount allocates nothing. */
  allocationYear: string;
  amount: string;
}

/**
 * The states offered for the item's initiative: of decided, running and ended those its lifecycle allows from where
 * it is now (all three while that is not known; the server decides).
 */
export const stateOptions = (current: InitiativeState | undefined): InitiativeState[] =>
  current ? OFFERED.filter((s) => nextSteps(current).includes(s)) : [...OFFERED];

/** What an outcome most likely does to the initiative: adopted decides it, rejected ends it, tabled leaves it be. */
export function stateFor(outcome: DecisionOutcome, options: readonly InitiativeState[]): InitiativeState | '' {
  if (outcome === 'tabled') return '';
  const wanted = outcome === 'rejected' ? options.find((s) => s === 'ended') : options.find((s) => s !== 'ended');
  return wanted ?? '';
}

export const decisionForm = (options: readonly InitiativeState[], year: number | null): DecisionForm => ({
  outcome: 'adopted',
  wording: '',
  votesFor: '',
  votesAgainst: '',
  abstentions: '',
  reservations: [],
  initiativeState: stateFor('adopted', options),
  allocationYear: year === null ? '' : String(year),
  amount: '',
});

const VOTE_FIELDS = ['votesFor', 'votesAgainst', 'abstentions'] as const;
const count = (text: string) => {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) <= VOTES_MAX ? Number(trimmed) : null;
};
const voted = (f: DecisionForm) => VOTE_FIELDS.some((k) => f[k].trim() !== '');
/** Reservations with anything written in them; an empty row is left out. */
const written = (f: DecisionForm) => f.reservations.filter((r) => r.member.trim() !== '' || r.reason.trim() !== '');
const allocates = (f: DecisionForm) => f.outcome === 'adopted' && f.amount.trim() !== '';

/**
 * The wording; either no count of votes or all three as whole numbers; each reservation with the member who made it;
 * and an allocation with its year and an amount in kronor.
 */
export function decisionProblems(f: DecisionForm): Problems<DecisionForm> {
  const problems: Problems<DecisionForm> = {};
  if (f.wording.trim() === '') problems.wording = 'required';
  if (voted(f))
    for (const k of VOTE_FIELDS) {
      if (f[k].trim() === '') problems[k] = 'required';
      else if (count(f[k]) === null) problems[k] = 'votes';
    }
  if (written(f).some((r) => r.member.trim() === '')) problems.reservations = 'reservation_member';
  if (allocates(f)) {
    if (parseKronor(f.amount) === null || parseKronor(f.amount) === 0) problems.amount = 'amount';
    if (f.allocationYear === '') problems.allocationYear = 'required';
  }
  return problems;
}

/**
 * The decision to record. A tabled item changes nothing; only an adopted decision allocates, to the item's initiative
 * (or, on an item without one, to the förbund's own operation) under the initiative's or the item's name.
 */
export function decisionBody(f: DecisionForm, item: Pick<AgendaItem, 'initiativeId' | 'initiativeName' | 'title'>): DecisionBody {
  return {
    outcome: f.outcome,
    wording: f.wording.trim(),
    votes: voted(f) ? { for: count(f.votesFor)!, against: count(f.votesAgainst)!, abstentions: count(f.abstentions)! } : null,
    reservations: written(f).map((r) => ({ member: r.member.trim(), reason: r.reason.trim() })),
    initiativeState: f.outcome !== 'tabled' && item.initiativeId && f.initiativeState !== '' ? f.initiativeState : null,
    allocation: allocates(f)
      ? {
          year: Number(f.allocationYear),
          name: item.initiativeName ?? item.title,
          initiativeId: item.initiativeId,
          amountOre: parseKronor(f.amount)!,
        }
      : null,
  };
}
