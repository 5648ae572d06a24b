import type { TFunction } from 'i18next';
import { FINSAM, type FinsamList } from '../../../../common/offer.ts';

/** The person's situation in the national follow-up's categories, as the API takes and gives it. */
export interface SituationValue {
  /** '' until chosen. */
  occupation: string;
  incomeSources: string[];
  extentPercent: number | null;
}

/** What a provider records at the start; the same shape as the API's StartParticipationBody. */
export interface StartValue {
  startDate: string;
  timeInSupport: string;
  educationLevel: string;
  situation: SituationValue;
}

/** What a provider records at the end; the same shape as the API's EndParticipationBody. */
export interface EndValue {
  endDate: string;
  endReason: string;
  situation: SituationValue;
}

export const emptySituation = (): SituationValue => ({ occupation: '', incomeSources: [], extentPercent: null });
export const emptyStart = (startDate: string): StartValue => ({
  startDate,
  timeInSupport: '',
  educationLevel: '',
  situation: emptySituation(),
});
export const emptyEnd = (endDate: string): EndValue => ({ endDate, endReason: '', situation: emptySituation() });

const groupOf = (list: FinsamList, code: string) => FINSAM[list].find((o) => o.code === code)?.group ?? null;

/** Work and studies have an extent (percent of full time); the groups come from the category data. */
export const hasExtent = (occupation: string) => ['work', 'studies'].includes(groupOf('occupation', occupation) ?? '');

/** An end reason that means the participation was registered by mistake: it is not followed up. */
export const isExcludedEndReason = (endReason: string) => groupOf('endReason', endReason) === 'excluded';

export const situationComplete = (s: SituationValue) =>
  s.occupation !== '' && s.incomeSources.length > 0 && (!hasExtent(s.occupation) || s.extentPercent !== null);
export const startComplete = (v: StartValue) =>
  v.startDate !== '' && v.timeInSupport !== '' && v.educationLevel !== '' && situationComplete(v.situation);
export const endComplete = (v: EndValue) => v.endDate !== '' && v.endReason !== '' && situationComplete(v.situation);

/** A code's label; the keys come from the category data, so they are not known to the typed catalogue. */
export const finsamLabel = (t: TFunction, list: FinsamList, code: string) =>
  (t as unknown as (key: string) => string)(`finsam.${list}.${code}`);
const groupLabel = (t: TFunction, list: FinsamList, group: string) =>
  (t as unknown as (key: string) => string)(`finsam.groups.${list}.${group}`);

/** The options of a FINSAM list for a Select, grouped by report group where the list has groups. */
export function finsamOptions(list: FinsamList, t: TFunction) {
  const options = FINSAM[list];
  const item = (code: string) => ({ value: code, label: finsamLabel(t, list, code) });
  if (!options.some((o) => o.group)) return options.map((o) => item(o.code));
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  return groups.map((g) => ({
    group: groupLabel(t, list, g),
    items: options.filter((o) => (o.group ?? '') === g).map((o) => item(o.code)),
  }));
}
