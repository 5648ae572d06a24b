import { Alert, Anchor, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { directionOf, intlLocale } from '../../../i18n/languages.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { evaluationExportUrl, GROUP_BY, type EvaluationFilters, type EvaluationRow, type GroupBy } from '../api.ts';
import { useEvaluation } from '../hooks.ts';
import { useColumns } from '../columns.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { OutcomeChart } from './OutcomeChart.tsx';

const isDate = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * Process evaluation for analysts, coordinators, managers and the board: per intervention, provider, referring
 * organisation, target group, gender, age band or quarter — referrals, completion, the situation at end and at the
 * follow-ups, cost, and the closed-loop rate. Aggregates only; small cells are "< 5" and their complements "–".
 */
export function EvaluationPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('evaluation.title'));
  const [params, setParams] = useSearchParams();
  const groupBy = (GROUP_BY as readonly string[]).includes(params.get('groupBy') ?? '')
    ? (params.get('groupBy') as GroupBy)
    : 'intervention';
  const filters: EvaluationFilters = {
    groupBy,
    ...(isDate(params.get('from')) ? { from: params.get('from')! } : {}),
    ...(isDate(params.get('to')) ? { to: params.get('to')! } : {}),
  };
  const report = useEvaluation(filters);
  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const locale = intlLocale(i18n.language);
  const columns = useColumns(report.data?.followUpDays ?? []);
  const rowLabel = (row: EvaluationRow) => {
    if (row.label) return row.label;
    if (row.key === null) return t('evaluationExport.none');
    if (groupBy === 'gender') return t(`evaluationExport.genders.${row.key as 'woman' | 'man' | 'unknown'}`);
    if (groupBy === 'targetGroup') return t(`catalogue.targetGroups.${row.key}` as never);
    return row.key;
  };
  const data = report.data;
  const firstPoint = data?.followUpDays[0];
  const shared = {
    rows: data?.rows ?? [],
    rowLabel,
    rowHeader: t(`evaluationExport.groupBy.${groupBy}`),
    totalLabel: t('evaluationExport.total'),
  };
  return (
    <Stack gap="md">
      <Title order={1}>{t('evaluation.title')}</Title>
      <Text>{t('evaluation.intro', { min: data?.smallCell ?? 5 })}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap" component="form" role="search" onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('evaluation.groupBy')}
          data={GROUP_BY.map((g) => ({ value: g, label: t(`evaluationExport.groupBy.${g}`) }))}
          value={groupBy}
          allowDeselect={false}
          onChange={(v) => set('groupBy', v)}
          w={{ base: '100%', sm: 230 }}
        />
        <TextInput
          type="date"
          label={t('evaluation.from')}
          value={filters.from ?? ''}
          onChange={(e) => set('from', e.currentTarget.value)}
          w={{ base: '100%', sm: 170 }}
        />
        <TextInput
          type="date"
          label={t('evaluation.to')}
          value={filters.to ?? ''}
          onChange={(e) => set('to', e.currentTarget.value)}
          w={{ base: '100%', sm: 170 }}
        />
      </Group>
      <Group gap="sm" component="nav" aria-label={t('evaluation.exports')}>
        <Text size="sm" fw={600}>
          {t('evaluation.exports')}:
        </Text>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Anchor key={format} href={evaluationExportUrl(format, filters, i18n.language)} download size="sm">
            {format.toUpperCase()}
          </Anchor>
        ))}
      </Group>
      {report.isPending && <Loading />}
      <ErrorNotice error={report.error} />
      {data && !data.rowsArePartition && <Alert color="blue">{t('evaluation.overlapping')}</Alert>}
      {data && (
        <>
          <OutcomeChart
            title={t('evaluation.chart.title')}
            rows={data.rows}
            rowLabel={rowLabel}
            rtl={directionOf(i18n.language) === 'rtl'}
            emptyText={t('evaluation.chart.empty', { min: data.smallCell })}
            series={[
              {
                key: 'atEnd',
                label: t('evaluation.chart.atEnd'),
                color: '#1864ab',
                value: (r) => r.figures.situationAtEnd.shareInWorkOrStudies,
              },
              ...(firstPoint === undefined
                ? []
                : [
                    {
                      key: 'atFollowUp',
                      label: t('evaluation.chart.afterDays', { days: firstPoint }),
                      color: '#1e6b34',
                      value: (r: EvaluationRow) => r.figures.followUps[0]?.shareInWorkOrStudies ?? null,
                    },
                  ]),
            ]}
          />
          {data.total.referrals && (
            <FiguresTable
              id="evaluation-referrals"
              title={t('evaluation.tables.referrals')}
              columns={columns.referrals(t, locale)}
              total={data.total}
              {...shared}
            />
          )}
          <FiguresTable
            id="evaluation-participations"
            title={t('evaluation.tables.participations')}
            columns={columns.participations(t, locale)}
            total={data.total}
            {...shared}
          />
          <FiguresTable
            id="evaluation-follow-ups"
            title={t('evaluation.tables.followUps')}
            columns={columns.followUps(t, locale)}
            total={data.total}
            {...shared}
          />
          <FiguresTable
            id="evaluation-cost"
            title={t('evaluation.tables.cost')}
            columns={columns.cost(t, locale)}
            total={data.total}
            {...shared}
          />
          <Text size="xs" c="dimmed">
            {t('evaluation.definitions')}
          </Text>
        </>
      )}
    </Stack>
  );
}
