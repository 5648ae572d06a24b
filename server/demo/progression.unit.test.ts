import { describe, expect, it } from 'vitest';
import { progressionEntryProblems } from '../../common/progression.ts';
import { currentSfiLevel, highestPassedSfiLevel } from '../modules/progression/facts.ts';
import { addDays, type DemoPerson } from './context.ts';
import { DEMO_AT_SFI_LEVEL_A, demoTimeline } from './progression.ts';

const TODAY = '2026-11-23';

/** The demo's 36 people, housed 20 to 320 days ago, engaged as seed.ts engages them. */
const people: DemoPerson[] = Array.from({ length: 36 }, (_, i) => ({
  index: i,
  id: `p${i}`,
  preferredLanguage: null,
  interpreterNeeded: false,
  arrived: addDays(TODAY, -20 - ((i * 97) % 300)),
  engaged: ['amf', ...(i % 3 !== 2 ? ['af'] : []), ...(i % 2 === 0 ? ['sfi'] : []), ...(i % 4 === 1 ? ['asf'] : [])],
}));

const asFields = (e: ReturnType<typeof demoTimeline>[number]) => ({
  kind: e.kind,
  sfiLevel: e.sfiLevel ?? null,
  studyPath: e.studyPath ?? null,
  result: e.result ?? null,
  title: e.title ?? null,
  startDate: e.start,
  endDate: e.end ?? null,
});

describe('the demo progression timelines', () => {
  for (const arrivedDaysAgo of [20, 200, 320]) {
    it(`follow the rules of their kinds and stay in the past (housed ${arrivedDaysAgo} days ago)`, () => {
      for (const p of people) {
        const person = { ...p, arrived: addDays(TODAY, -arrivedDaysAgo) };
        for (const e of demoTimeline(person, TODAY)) {
          expect([p.index, e.kind, progressionEntryProblems(asFields(e), TODAY)]).toEqual([p.index, e.kind, {}]);
          expect(e.start >= person.arrived && e.start <= TODAY).toBe(true);
        }
      }
    });
  }

  it('put the chosen people at SFI level A with nothing passed, whenever they arrived', () => {
    for (const index of DEMO_AT_SFI_LEVEL_A) {
      for (const daysAgo of [20, 150, 320]) {
        const entries = demoTimeline({ ...people[index]!, arrived: addDays(TODAY, -daysAgo) }, TODAY).map(asFields);
        expect([index, daysAgo, currentSfiLevel(entries, TODAY), highestPassedSfiLevel(entries, TODAY)]).toEqual([
          index,
          daysAgo,
          'A',
          null,
        ]);
      }
    }
  });

  it('give the demo participant account a full timeline from several organisations, studying SFI B on path 2', () => {
    const own = demoTimeline({ ...people[0]!, arrived: addDays(TODAY, -205) }, TODAY);
    expect(new Set(own.map((e) => e.kind)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(own.map((e) => e.source)).size).toBeGreaterThanOrEqual(3);
    expect(currentSfiLevel(own.map(asFields), TODAY)).toBe('B');
  });

  it('show every kind somewhere, one employment, and people at every SFI level', () => {
    const all = people.flatMap((p) => demoTimeline(p, TODAY).map((e) => ({ ...asFields(e), person: p.index })));
    expect(new Set(all.map((e) => e.kind))).toEqual(
      new Set([
        'sfi_course',
        'civic_orientation',
        'validation',
        'work_placement_done',
        'work_training_done',
        'employment_started',
        'studies_started',
        'other',
      ]),
    );
    expect(all.filter((e) => e.kind === 'employment_started')).toHaveLength(1);
    const levels = new Set(
      people.map((p) =>
        currentSfiLevel(
          all.filter((e) => e.person === p.index),
          TODAY,
        ),
      ),
    );
    for (const level of ['A', 'B', 'C', 'D']) expect(levels).toContain(level);
  });
});
