import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { formatDate } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import { shownText } from '../../evaluation/format.ts';
import { useResults } from '../hooks.ts';
import { MeansChart } from './MeansChart.tsx';
import { AnswersTable, MeansTable, RoleGroupsTable } from './ResultTables.tsx';
import { TextsSection } from './TextsSection.tsx';
import { TrendSection } from './TrendSection.tsx';

/**
 * One round's results: until it closes only how many have answered; then the answers per organisation and role group,
 * each statement's mean (as bars and in a table), the trend over the rounds, and the open answers where shown.
 */
export function ResultsSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const results = useResults(id);
  const locale = intlLocale(i18n.language);
  const data = results.data;
  return (
    <Stack gap="md" component="section" aria-labelledby="barometer-results-heading">
      <Title order={2} size="h3" id="barometer-results-heading">
        {data ? t('barometer.results.titleOf', { title: isolateText(data.survey.title) }) : t('barometer.results.title')}
      </Title>
      {results.isPending && <Loading />}
      <ErrorNotice error={results.error} />
      {data && !data.published && (
        <Alert color="blue" variant="light" title={t('barometer.results.notYetTitle')}>
          {t('barometer.results.notYet', {
            date: isolateLtr(formatDate(data.survey.closesOn)),
            n: shownText(data.figures.answers, t, locale),
            min: data.smallCell,
          })}
        </Alert>
      )}
      {data?.published && (
        <>
          <Text size="sm">{t('barometer.results.suppression', { min: data.smallCell })}</Text>
          <MeansChart results={data} />
          <AnswersTable results={data} />
          <MeansTable results={data} />
          {data.survey.audience === 'staff' && <RoleGroupsTable results={data} />}
          <TextsSection results={data} />
        </>
      )}
      {data && <TrendSection results={data} />}
    </Stack>
  );
}
