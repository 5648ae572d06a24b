import type { TFunction } from 'i18next';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import type { ProgressionEntry } from '../types.ts';

/** Text in its own direction inside a sentence of either direction: an organisation's name ending "ek. för." in Arabic. */
export const isolate = isolateText;

/**
 * An entry in words: "SFI kurs C, studieväg 2 — godkänd", "Validering av utländsk utbildning: Sjuksköterskeexamen,
 * Syrien — klar". Levels and path numbers are isolated so they keep their order in right-to-left text.
 */
export function entryHeadline(t: TFunction, entry: Pick<ProgressionEntry, 'kind' | 'sfiLevel' | 'studyPath' | 'result' | 'title'>): string {
  let what: string;
  if (entry.kind === 'sfi_course' && entry.sfiLevel) {
    what =
      entry.studyPath === null
        ? t('progression.sfiHeadlineNoPath', { level: isolateLtr(entry.sfiLevel) })
        : t('progression.sfiHeadline', { level: isolateLtr(entry.sfiLevel), path: isolateLtr(String(entry.studyPath)) });
  } else if (entry.title && entry.kind !== 'sfi_course') {
    // The title may be in any script: isolated, its own direction cannot scramble the sentence around it.
    what = t('progression.withTitle', { kind: t(`progression.kinds.${entry.kind}`), title: isolate(entry.title) });
  } else {
    what = t(`progression.kinds.${entry.kind}`);
  }
  return entry.result ? t('progression.withResult', { what, result: resultText(t, entry.kind, entry.result) }) : what;
}

/** A result in the words of its kind: an SFI course is "godkänd", a validation "klar", a placement "fullföljd". */
export function resultText(t: TFunction, kind: ProgressionEntry['kind'], result: NonNullable<ProgressionEntry['result']>): string {
  return t(`progression.results.${kind}.${result}`, { defaultValue: t(`progression.results.other.${result}`) });
}
