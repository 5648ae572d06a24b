import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useGoals } from '../../goals/hooks.ts';
import { IndicatorChart } from '../../goals/components/IndicatorChart.tsx';
import { IndicatorFacts } from '../../goals/components/IndicatorFacts.tsx';
import { OverviewSection } from './OverviewSection.tsx';

/** Every indicator of every joint goal as a card: the goal it measures, the latest value against the target, a small line. */
export function IndicatorsOverview() {
  const { t } = useTranslation();
  const goals = useGoals();
  const indicators = (goals.data?.joint ?? []).flatMap((g) => g.indicators.map((indicator) => ({ goal: g.title, indicator })));
  return (
    <OverviewSection id="overview-goals" title={t('overview.goals.title')} to="/goals" linkLabel={t('overview.goals.link')}>
      {goals.isPending && <Loading />}
      <ErrorNotice error={goals.error} />
      {goals.data && indicators.length === 0 && <Text c="dimmed">{t('overview.goals.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {indicators.map(({ goal, indicator }) => (
          <Paper key={indicator.id} withBorder p="sm" component="article" aria-labelledby={`overview-indicator-${indicator.id}`}>
            <Stack gap={6}>
              <div>
                <Text size="xs" c="dimmed" dir="auto">
                  {goal}
                </Text>
                <Title order={3} size="h5" id={`overview-indicator-${indicator.id}`}>
                  {t(`goals.indicators.${indicator.indicator}.name`)}
                </Title>
              </div>
              <IndicatorFacts indicator={indicator} />
              <IndicatorChart indicator={indicator} compact />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </OverviewSection>
  );
}
