import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatKronor } from '../catalogue/money.ts';
import type { Figures, Shown } from './api.ts';
import type { Column } from './components/FiguresTable.tsx';
import { percentText, shownText } from './format.ts';

type ColumnKey = Parameters<TFunction>[0];

/** The columns of the report's four tables, labelled with the export's own column names so that both read alike. */
export function useColumns(followUpDays: number[]) {
  const { i18n } = useTranslation();
  const label = (t: TFunction, key: string, days?: number) =>
    (t as (k: ColumnKey, o?: object) => string)(`evaluationExport.columns.${key}`, { days });
  const count = (t: TFunction, locale: string, key: string, pick: (f: Figures) => Shown | undefined): Column => ({
    key,
    label: label(t, key),
    cell: (f) => {
      const s = pick(f);
      return s ? shownText(s, t, locale) : '–';
    },
  });
  const share = (t: TFunction, locale: string, key: string, pick: (f: Figures) => number | null | undefined, days?: number): Column => ({
    key: `${key}${days ?? ''}`,
    label: label(t, key, days),
    cell: (f) => percentText(pick(f) ?? null, locale),
  });
  const kronor = (t: TFunction, key: string, pick: (f: Figures) => number | null): Column => ({
    key,
    label: label(t, key),
    cell: (f) => {
      const ore = pick(f);
      return ore === null ? '–' : formatKronor(ore, i18n.language);
    },
  });
  return {
    referrals: (t: TFunction, locale: string): Column[] => [
      count(t, locale, 'sent', (f) => f.referrals?.sent),
      count(t, locale, 'acceptedOrLater', (f) => f.referrals?.acceptedOrLater),
      count(t, locale, 'declined', (f) => f.referrals?.declined),
      count(t, locale, 'expired', (f) => f.referrals?.expired),
      count(t, locale, 'withdrawn', (f) => f.referrals?.withdrawn),
      count(t, locale, 'open', (f) => f.referrals?.open),
      share(t, locale, 'closedLoopRate', (f) => f.referrals?.closedLoopRate),
      {
        key: 'medianDaysToStart',
        label: label(t, 'medianDaysToStart'),
        cell: (f) => (f.referrals?.medianDaysToStart == null ? '–' : f.referrals.medianDaysToStart.toLocaleString(locale)),
      },
    ],
    participations: (t: TFunction, locale: string): Column[] => [
      count(t, locale, 'started', (f) => f.participations.started),
      count(t, locale, 'ended', (f) => f.participations.ended),
      share(t, locale, 'completionRate', (f) => f.participations.completionRate),
      count(t, locale, 'endWork', (f) => f.situationAtEnd.work),
      count(t, locale, 'endStudies', (f) => f.situationAtEnd.studies),
      count(t, locale, 'endJobSeeking', (f) => f.situationAtEnd.jobSeeking),
      count(t, locale, 'endOther', (f) => f.situationAtEnd.other),
      share(t, locale, 'endShareInWorkOrStudies', (f) => f.situationAtEnd.shareInWorkOrStudies),
    ],
    followUps: (t: TFunction, locale: string): Column[] =>
      followUpDays.flatMap((days, i) => [
        {
          ...count(t, locale, 'followUpWorkOrStudies', (f) => f.followUps[i]?.workOrStudies),
          key: `w${days}`,
          label: label(t, 'followUpWorkOrStudies', days),
        },
        {
          ...count(t, locale, 'followUpMissing', (f) => f.followUps[i]?.missing),
          key: `m${days}`,
          label: label(t, 'followUpMissing', days),
        },
        share(t, locale, 'followUpShareInWorkOrStudies', (f) => f.followUps[i]?.shareInWorkOrStudies, days),
      ]),
    cost: (t: TFunction, locale: string): Column[] => [
      count(t, locale, 'people', (f) => f.cost.people),
      kronor(t, 'costTotal', (f) => f.cost.totalOre),
      kronor(t, 'costPerParticipant', (f) => f.cost.perParticipantOre),
      kronor(t, 'costPerOutcome', (f) => f.cost.perOutcomeOre),
    ],
  };
}
