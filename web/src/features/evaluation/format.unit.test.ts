import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import sv from '../../i18n/sv.json' with { type: 'json' };
import { percentText, shownText, valueOf } from './format.ts';

const t = ((key: string) =>
  key === 'evaluationExport.small' ? sv.evaluationExport.small : sv.evaluationExport.hidden) as unknown as TFunction;

describe('how the evaluation page writes a published figure', () => {
  it.each([
    [{ kind: 'value', value: 1234 } as const, '1 234', 1234],
    [{ kind: 'value', value: 0 } as const, '0', 0],
    [{ kind: 'small' } as const, '< 5', null],
    [{ kind: 'hidden' } as const, '–', null],
  ])('%j is written %s and charted as %s', (shown, text, value) => {
    expect(shownText(shown, t, 'sv-SE').replace(/\s/g, ' ')).toBe(text);
    expect(valueOf(shown)).toBe(value);
  });

  it('writes a share as a whole percent, and a suppressed one as a dash', () => {
    expect(percentText(0.456, 'sv-SE').replace(/\s/g, ' ')).toBe('46 %');
    expect(percentText(null, 'sv-SE')).toBe('–');
  });
});
