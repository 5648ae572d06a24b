import type { TFunction } from 'i18next';
import type { FinsamList } from '../../../../common/offer.ts';
import { isolateLtr } from '../../ui/Ltr.tsx';
import { MISSING_FIELDS, type Completeness } from './api.ts';

/** A category of the national follow-up in words (the `finsam` texts); a record that lacks it reads "not recorded". */
export function categoryLabel(t: TFunction, list: FinsamList, code: string): string {
  if (code === 'unknown' && list !== 'timeInSupport' && list !== 'educationLevel') return t('sus.unknown');
  return t(`finsam.${list}.${code}` as never, { defaultValue: code });
}

/** An age band ("16-24", "65+") in years, its digits kept in order in right-to-left text. */
export function ageBandLabel(t: TFunction, band: string): string {
  return band === 'unknown' ? t('sus.unknown') : t('sus.ageBand', { band: isolateLtr(band.replace('-', '–')) });
}

export const genderLabel = (t: TFunction, gender: string) =>
  t(`evaluationExport.genders.${gender as 'woman' | 'man' | 'unknown'}`, { defaultValue: gender });

/** What an organisation's participations lack, in words with how many lack each: "gender (3), education (2)". */
export function missingInWords(t: TFunction, locale: string, missing: Completeness['organisations'][number]['missing']): string {
  const parts = MISSING_FIELDS.filter((f) => missing[f] > 0).map((f) =>
    t('sus.completeness.fieldCount', { field: t(`sus.completeness.fields.${f}`), n: missing[f].toLocaleString(locale) }),
  );
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}
