import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorView, JointGoal } from '../api.ts';
import { IndicatorCard } from './IndicatorCard.tsx';

/**
 * A joint goal of the förbund: what it means, the indicators that make it measurable, and its translation — the parties'
 * own goals that serve it. Managers change it and add indicators from here.
 */
export function JointGoalCard({
  goal,
  onEdit,
  onAddIndicator,
  onEditIndicator,
}: {
  goal: JointGoal;
  onEdit?: () => void;
  onAddIndicator?: () => void;
  onEditIndicator?: (indicator: IndicatorView) => void;
}) {
  const { t } = useTranslation();
  const headingId = `goal-${goal.id}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="article" aria-labelledby={headingId} bg="var(--mantine-color-gray-0)">
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Title order={3} id={headingId}>
              <bdi>{goal.title}</bdi>
            </Title>
            {(onEdit || onAddIndicator) && (
              <Group gap="xs">
                {onEdit && (
                  <Button variant="default" size="xs" onClick={onEdit} aria-label={t('goals.joint.editLabel', { title: goal.title })}>
                    {t('goals.joint.edit')}
                  </Button>
                )}
                {onAddIndicator && (
                  <Button size="xs" onClick={onAddIndicator} aria-label={t('goals.indicator.addLabel', { title: goal.title })}>
                    {t('goals.indicator.add')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
          {goal.description && (
            <Text dir="auto" style={{ whiteSpace: 'pre-line' }}>
              {goal.description}
            </Text>
          )}
        </Stack>
        {goal.indicators.length === 0 && <Text c="dimmed">{t('goals.joint.noIndicators')}</Text>}
        {goal.indicators.map((i) => (
          <IndicatorCard key={i.id} indicator={i} onEdit={onEditIndicator && (() => onEditIndicator(i))} />
        ))}
        <Stack gap={4} component="section" aria-labelledby={`${headingId}-parties`}>
          <Title order={4} id={`${headingId}-parties`}>
            {t('goals.joint.servedBy')}
          </Title>
          {goal.partyGoals.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('goals.joint.servedByNone')}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {goal.partyGoals.map((pg) => (
                <List.Item key={pg.id}>
                  <Text component="span" size="sm" fw={600}>
                    <bdi>{pg.partyName}</bdi>:
                  </Text>{' '}
                  <bdi>{pg.title}</bdi>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
