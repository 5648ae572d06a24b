/**
 * What a closed round publishes, decided here from its answers alone (no database), so that the rules can be tested
 * by tables.
 *
 * Counts: the answers per organisation and per role group are two partitions of one total, suppressed as the offer
 * level does (common/suppression.ts): 1–4 is "< 5", and complementary entries are hidden so that no small count
 * follows from the total minus the others. A list may hide its total (four and four: both "< 5", the total hidden), and
 * the other list would then give it away, so the two are suppressed together (evaluation/linked.ts): the total once,
 * and each list agreeing with it or hidden. The lists say nothing of each other's cells, so neither uncovers the other.
 *
 * Means, distributions and free texts are sums over people, so they follow the organisation list only, and only for
 * groups whose count is shown and at least five: an organisation with 1–4 answers, or one hidden to protect it, has no
 * mean. The total's figures minus the shown organisations' give the figures of all the others together, so the total's
 * figures are shown only when those others are none or at least five people. Role groups publish counts only: means
 * per role group beside means per organisation would let a reader subtract across the two.
 */
import type { OpenQuestion, RoleGroup } from '../../../common/governance.ts';
import { OPEN_QUESTIONS } from '../../../common/governance.ts';
import { SMALL_CELL, suppressList, type Shown } from '../../../common/suppression.ts';
import { suppressLinked } from '../evaluation/linked.ts';
import type { Statement } from './defaults.ts';

export interface AnswerRow {
  organisationId: string | null;
  roleGroup: RoleGroup;
  openAnswers: Partial<Record<OpenQuestion, string>>;
  ratings: Record<string, number>;
}

export type OrganisationRef = { id: string; name: string } | null;

export interface StatementFigures {
  key: string;
  mean: number | null;
  /** How many rated it 1, 2, 3, 4 and 5. */
  distribution: number[] | null;
}

export interface RoundFigures {
  answers: Shown;
  organisations: { organisation: OrganisationRef; answers: Shown; statements: StatementFigures[] }[];
  roleGroups: { roleGroup: RoleGroup; answers: Shown }[];
  total: StatementFigures[];
  texts: { question: OpenQuestion; answers: { text: string; organisation: OrganisationRef }[] }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Each statement's mean (two decimals) and distribution over the given answers; null figures when there are none. */
export function statementFigures(statements: readonly Statement[], rows: readonly AnswerRow[]): StatementFigures[] {
  return statements.map(({ key }) => {
    const ratings = rows.map((r) => r.ratings[key]).filter((v): v is number => Number.isInteger(v) && v! >= 1 && v! <= 5);
    if (ratings.length === 0) return { key, mean: null, distribution: null };
    const distribution = [1, 2, 3, 4, 5].map((v) => ratings.filter((r) => r === v).length);
    return { key, mean: round2(ratings.reduce((a, b) => a + b, 0) / ratings.length), distribution };
  });
}

const withheld = (statements: readonly Statement[]): StatementFigures[] =>
  statements.map(({ key }) => ({ key, mean: null, distribution: null }));

/** True when a published count is a number large enough to publish figures about its people. */
const large = (s: Shown) => s.kind === 'value' && s.value >= SMALL_CELL;

const collator = new Intl.Collator('sv');

/**
 * Publishes one round's answers. `names` gives each organisation's name (organisations are listed by name, answers
 * without an organisation last); `roleGroups` are the audience's role groups, each listed even with no answers.
 */
export function publishRound(
  rows: readonly AnswerRow[],
  statements: readonly Statement[],
  roleGroups: readonly RoleGroup[],
  names: ReadonlyMap<string, string>,
): RoundFigures {
  const refOf = (id: string | null): OrganisationRef => (id === null ? null : { id, name: names.get(id) ?? '' });
  const ids = [...new Set(rows.map((r) => r.organisationId))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : collator.compare(names.get(a) ?? '', names.get(b) ?? '') || a.localeCompare(b),
  );
  const groups = ids.map((id) => rows.filter((r) => r.organisationId === id));
  // One margin row (everyone), so each partition's column totals are its published counts.
  const linked = suppressLinked([[groups.map((g) => g.length)], [roleGroups.map((g) => rows.filter((r) => r.roleGroup === g).length)]]);
  const answers = linked.marginTotal;
  const byOrganisation = { cells: linked.partitions[0]!.columnTotals };
  const byRole = { cells: linked.partitions[1]!.columnTotals };

  const shownPeople = groups.reduce((sum, g, i) => sum + (large(byOrganisation.cells[i]!) ? g.length : 0), 0);
  const others = rows.length - shownPeople;
  // The total minus the organisations shown is everyone else together: a group that must be none or large enough.
  const totalShown = large(answers) && (others === 0 || others >= SMALL_CELL);

  const texts = large(answers)
    ? OPEN_QUESTIONS.map((question) => ({
        question,
        answers: rows
          .flatMap((r) => {
            const text = r.openAnswers[question]?.trim();
            if (!text) return [];
            const i = ids.indexOf(r.organisationId);
            return [{ text, organisation: totalShown && large(byOrganisation.cells[i]!) ? refOf(r.organisationId) : null }];
          })
          // By text, never in the order they were given: the last answer must not be the last one listed.
          .sort((a, b) => collator.compare(a.text, b.text) || collator.compare(a.organisation?.name ?? '', b.organisation?.name ?? '')),
      }))
    : [];

  return {
    answers,
    organisations: ids.map((id, i) => ({
      organisation: refOf(id),
      answers: byOrganisation.cells[i]!,
      statements: large(byOrganisation.cells[i]!) ? statementFigures(statements, groups[i]!) : withheld(statements),
    })),
    roleGroups: roleGroups.map((roleGroup, i) => ({ roleGroup, answers: byRole.cells[i]! })),
    total: totalShown ? statementFigures(statements, rows) : withheld(statements),
    texts,
  };
}

/** The number of answers as every view publishes it (publishRound's total too): "< 5" when 1–4, otherwise the number. */
export const publishedCount = (answers: number): Shown => suppressList([answers]).total;

/** What a round shows until it has closed: how many have answered, nothing of what. */
export const countOnly = (answers: number, statements: readonly Statement[]): RoundFigures => ({
  answers: publishedCount(answers),
  organisations: [],
  roleGroups: [],
  total: withheld(statements),
  texts: [],
});
