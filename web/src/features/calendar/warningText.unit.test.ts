import { describe, expect, it } from 'vitest';
import { WARNING_KINDS } from '../../../../common/plan.ts';
import sv from '../../i18n/sv.json';
import { explainWarning, lookupFrom, warningHeadingKey } from './warningText.ts';
import type { CalendarWarning } from './types.ts';

/** The Swedish text of a message, with its values filled in, as i18next would. */
function swedish(key: string, values: Record<string, string | number>): string {
  let node: unknown = sv;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  expect(typeof node, key).toBe('string');
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

const wording = {
  day: (date: string) => (date === '2026-11-24' ? 'tisdag' : date),
  kindName: (kind: string | null) => (kind ? sv.calendar.kinds[kind as keyof typeof sv.calendar.kinds] : sv.calendar.warnings.theActivity),
};
const say = (w: CalendarWarning, activities?: { id: string; title: string; kind: 'work_placement' | 'sfi_course' }[]) =>
  explainWarning(w, lookupFrom(w, activities), wording)
    .map((m) => swedish(m.key, m.values))
    .join(' ');

const placement = (actual: string | null, extra: Partial<CalendarWarning> = {}): CalendarWarning =>
  ({
    kind: 'prerequisite_unmet',
    key: 'prerequisite:p:sfi_level',
    activityIds: ['p'],
    requirement: 'sfi_level',
    required: 'C',
    actual,
    titles: ['Lagret'],
    kinds: ['work_placement'],
    ...extra,
  }) as CalendarWarning;

describe('warnings explain themselves', () => {
  const table: [string, CalendarWarning, string][] = [
    [
      'placement before language',
      placement('A'),
      'Arbetspraktik ”Lagret” kräver sfi-nivå C, men personen är på nivå A. Praktik före språket.',
    ],
    [
      'no SFI recorded',
      placement('none'),
      'Arbetspraktik ”Lagret” kräver sfi-nivå C, men ingen sfi-nivå är registrerad för personen. Praktik före språket.',
    ],
    // Unchecked, not unmet: the server sends it whether or not the level is reached, so nothing may say "not reached".
    [
      'level hidden from the organisation',
      placement(null),
      'Arbetspraktik ”Lagret” kräver sfi-nivå C. Kitt kan inte visa dig om personen har nått den: din organisation har inte samtycke att se personens progression.',
    ],
    [
      'civic orientation hidden from the organisation',
      placement(null, { requirement: 'civic_orientation', required: 'done', kinds: ['job_search'] }),
      'Jobbsökande ”Lagret” kräver avslutad samhällsorientering. Kitt kan inte visa dig om personen har avslutat den: din organisation har inte samtycke att se personens progression.',
    ],
    [
      'an SFI requirement on another kind: no placement words',
      placement('B', { kinds: ['job_search'] }),
      'Jobbsökande ”Lagret” kräver sfi-nivå C, men personen är på nivå B.',
    ],
    [
      'civic orientation',
      placement('not_done', { requirement: 'civic_orientation', required: 'done', kinds: ['job_search'] }),
      'Jobbsökande ”Lagret” kräver avslutad samhällsorientering, och den är inte avslutad.',
    ],
    [
      'overlap',
      { kind: 'overlap', key: 'k', activityIds: ['a', 'b'], date: '2026-11-24', start: '09:00', end: '12:00', titles: ['SFI', 'Möte'] },
      '”SFI” och ”Möte” krockar tisdag 2026-11-24 09:00–12:00.',
    ],
    [
      'full time',
      { kind: 'over_full_time', key: 'k', week: '2026-W48', hours: 46, fullTimeHours: 40, activityIds: ['a'] },
      'Veckan har 46 timmar; heltid för personen är 40 timmar.',
    ],
  ];
  it.each(table)('%s', (_name, warning, text) => expect(say(warning)).toBe(text));

  it('addresses the person as “you” in their own view', () => {
    const own = (w: CalendarWarning) =>
      explainWarning(w, lookupFrom(w), { ...wording, self: true })
        .map((m) => swedish(m.key, m.values))
        .join(' ');
    expect(own(placement('A'))).toBe('Arbetspraktik ”Lagret” kräver sfi-nivå C, men du är på nivå A. Praktik före språket.');
    expect(own({ kind: 'over_full_time', key: 'k', week: '2026-W48', hours: 46, fullTimeHours: 30, activityIds: ['a'] })).toBe(
      'Veckan har 46 timmar; din heltid är 30 timmar.',
    );
  });

  it.each(WARNING_KINDS)('has a heading for %s', (kind) => {
    expect(sv.calendar.warnings.heading[kind]).toMatch(/\S/);
  });

  it('heads an unchecked prerequisite as not checked, a known one as unmet', () => {
    const heading = (w: CalendarWarning) => swedish(warningHeadingKey(w), {});
    expect([heading(placement(null)), heading(placement('A'))]).toEqual(['Förkunskap kan inte kontrolleras', 'Förkunskap saknas']);
  });

  it('takes titles and kinds from the caller when the warning lacks them (the plan’s save answer)', () => {
    const bare = placement('A', { titles: undefined, kinds: undefined });
    expect(say(bare, [{ id: 'p', title: 'Lagret', kind: 'work_placement' }])).toContain('Praktik före språket');
    expect(say(bare)).toBe('En aktivitet kräver sfi-nivå C, men personen är på nivå A.');
  });
});
