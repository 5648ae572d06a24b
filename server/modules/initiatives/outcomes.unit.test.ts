import { describe, expect, it } from 'vitest';
import { publishOutcomes } from './outcomes.ts';

const value = (n: number) => ({ kind: 'value', value: n });
const small = { kind: 'small' };
const hidden = { kind: 'hidden' };

describe('publishOutcomes', () => {
  it.each([
    ['nothing yet', [0, 0, 0, 0], [value(0), value(0), value(0), value(0)]],
    ['no small count anywhere', [10, 11, 6, 6], [value(10), value(11), value(6), value(6)]],
    ['everyone still running', [30, 30, 0, 0], [value(30), value(30), value(0), value(0)]],
    ['a small initiative', [3, 3, 1, 1], [small, small, small, small]],
    // Started 10 and ended 7 would give away the 3 still running.
    ['few still running', [9, 10, 7, 5], [value(9), value(10), hidden, value(5)]],
    // Ended 20 and 18 in work or studies would give away the 2 who were not.
    ['few ended elsewhere', [20, 20, 20, 18], [value(20), value(20), value(20), hidden]],
    ['few people but many participations', [4, 12, 6, 6], [small, value(12), value(6), value(6)]],
  ] as const)('%s: %j', (_label, [people, started, ended, workOrStudies], expected) => {
    const shown = publishOutcomes({ people, started, ended, workOrStudies });
    expect([shown.participants, shown.started, shown.ended, shown.inWorkOrStudies]).toEqual(expected);
  });

  it('never lets shown figures be subtracted down to a count of 1 to 4', () => {
    for (let started = 0; started <= 14; started++)
      for (let ended = 0; ended <= started; ended++)
        for (let workOrStudies = 0; workOrStudies <= ended; workOrStudies++) {
          const s = publishOutcomes({ people: started, started, ended, workOrStudies });
          const n = (x: { kind: string; value?: number }) => (x.kind === 'value' ? x.value! : null);
          const [st, en, wos] = [n(s.started), n(s.ended), n(s.inWorkOrStudies)];
          const derived = [st !== null && en !== null ? st - en : null, en !== null && wos !== null ? en - wos : null];
          for (const d of [st, en, wos, ...derived]) if (d !== null) expect(d === 0 || d >= 5).toBe(true);
        }
  });
});
