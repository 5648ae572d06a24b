import { Alert, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SMALL_CELL } from '../../../../../common/offer.ts';
import { intlLocale } from '../../../i18n/languages.ts';
import { today } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { shownText } from '../../evaluation/format.ts';
import { useInitiatives } from '../../initiatives/hooks.ts';
import type { SusFilters } from '../api.ts';
import { filtersFrom, periodRunsBackwards, withFilter } from '../filters.ts';
import { useCompleteness, useSusReport } from '../hooks.ts';
import { CompletenessSection } from './CompletenessSection.tsx';
import { ReportTables } from './ReportTables.tsx';
import { SusFiltersForm } from './SusFiltersForm.tsx';
import './sus.css';

/**
 * The national follow-up's report (Uppföljning Finsam, formerly SUS) for the förbund or one initiative and a period,
 * filters in the address (`?initiativeId=&from=&to=`), counted from the providers' records of participations so
 * nothing is registered twice; and what the report lacks, per organisation, to be completed at the source. Prints
 * without the navigation and the form.
 */
export function SusPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('sus.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params, today());
  const valid = !periodRunsBackwards(filters);
  const report = useSusReport(filters, valid);
  const completeness = useCompleteness(filters, valid);
  const initiatives = useInitiatives({});
  const chosen = initiatives.data?.items.find((i) => i.id === filters.initiativeId);
  const set = (key: keyof SusFilters, value: string | null) => setParams((current) => withFilter(current, key, value), { replace: true });
  const data = report.data;
  const locale = intlLocale(i18n.language);
  return (
    <Stack gap="md" className="sus-report">
      <Title order={1}>{t('sus.title')}</Title>
      <Text>{t('sus.intro', { min: SMALL_CELL })}</Text>
      <Text>{t('sus.source')}</Text>
      <SusFiltersForm filters={filters} initiatives={initiatives.data?.items ?? []} onChange={set} />
      <ErrorNotice error={report.error ?? initiatives.error} />
      {valid && report.isPending && <Loading />}
      {chosen && chosen.interventions.length === 0 && <Alert color="blue">{t('sus.noInterventions')}</Alert>}
      {data && valid && (
        <>
          <Text fw={600} id="sus-scope" aria-live="polite">
            {t('sus.scopeLine', {
              scope: data.scope.initiativeName
                ? t('sus.initiative', { name: isolateText(data.scope.initiativeName) })
                : t('sus.filters.forbund'),
              from: isolateLtr(data.scope.from),
              to: isolateLtr(data.scope.to),
              people: isolateLtr(shownText(data.people, t, locale)),
            })}
          </Text>
          <ReportTables report={data} />
          <CompletenessSection data={completeness.data} error={completeness.error} />
        </>
      )}
    </Stack>
  );
}
