import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorView } from '../api.ts';
import { ByPartyTable } from './ByPartyTable.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { IndicatorFacts } from './IndicatorFacts.tsx';
import { GapNote, QuarterTable } from './QuarterTable.tsx';

/**
 * One indicator of a joint goal: what it counts in one sentence, where it stands against its target, its line over the
 * quarters with the gaps explained, the values per quarter, and for the people in the förbund's interventions the
 * parties' part of them. Managers change the target from here.
 */
export function IndicatorCard({ indicator: i, onEdit }: { indicator: IndicatorView; onEdit?: () => void }) {
  const { t } = useTranslation();
  const name = t(`goals.indicators.${i.indicator}.name`);
  const headingId = `indicator-${i.id}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={4} id={headingId}>
            {name}
          </Title>
          {onEdit && (
            <Button variant="default" size="xs" onClick={onEdit} aria-label={t('goals.indicator.editLabel', { name })}>
              {t('goals.indicator.edit')}
            </Button>
          )}
        </Group>
        <Text size="sm">{t(`goals.indicators.${i.indicator}.explain`)}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <IndicatorFacts indicator={i} />
          <Stack gap={4}>
            <IndicatorChart indicator={i} />
            <GapNote indicator={i} />
          </Stack>
        </SimpleGrid>
        <details>
          <summary>
            <Text component="span" size="sm" fw={600}>
              {t('goals.quarters.show')}
            </Text>
          </summary>
          <QuarterTable indicator={i} label={t('goals.quarters.title', { name })} />
        </details>
        {i.byParty && (
          <Stack gap={4}>
            <Title order={5}>{t('goals.byParty.title')}</Title>
            <Text size="sm">{t('goals.byParty.intro')}</Text>
            <ByPartyTable indicator={i} label={t('goals.byParty.title')} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
