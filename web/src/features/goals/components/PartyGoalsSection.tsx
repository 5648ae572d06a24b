import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateText } from '../../../ui/Ltr.tsx';
import type { GoalList, PartyGoal } from '../api.ts';
import { listText } from '../indicators.ts';

/**
 * Each party's own goals, with the joint goals each one serves: how the förbund's goals are translated into the
 * parties' operations. Managers add a party's goal and change one.
 */
export function PartyGoalsSection({
  list,
  onAdd,
  onEdit,
}: {
  list: GoalList;
  onAdd?: () => void;
  onEdit?: (goal: PartyGoal, partyId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const jointTitle = new Map(list.joint.map((g) => [g.id, g.title]));
  return (
    <Stack gap="md" component="section" aria-labelledby="party-goals-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} id="party-goals-heading">
          {t('goals.party.title')}
        </Title>
        {onAdd && <Button onClick={onAdd}>{t('goals.party.add')}</Button>}
      </Group>
      <Text>{t('goals.party.intro')}</Text>
      {list.parties.length === 0 && <Text c="dimmed">{t('goals.party.noParties')}</Text>}
      {list.parties.map((party) => (
        <Stack key={party.id} gap="xs" component="section" aria-labelledby={`party-${party.id}`}>
          <Title order={3} size="h4" id={`party-${party.id}`}>
            <bdi>{party.name}</bdi>
          </Title>
          {party.goals.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('goals.party.none')}
            </Text>
          )}
          {party.goals.map((goal) => (
            <Paper key={goal.id} withBorder p="sm" component="article" aria-label={goal.title}>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text fw={700} dir="auto">
                    {goal.title}
                  </Text>
                  {goal.description && (
                    <Text size="sm" dir="auto">
                      {goal.description}
                    </Text>
                  )}
                  <Text size="sm">
                    {goal.jointGoalIds.length === 0
                      ? t('goals.party.servesNone')
                      : t('goals.party.serves', {
                          titles: listText(
                            goal.jointGoalIds.map((id) => isolateText(jointTitle.get(id) ?? '')),
                            i18n.language,
                          ),
                        })}
                  </Text>
                </Stack>
                {onEdit && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => onEdit(goal, party.id)}
                    aria-label={t('goals.party.editLabel', { title: goal.title })}
                  >
                    {t('goals.party.edit')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
