import { useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import type { IndicatorView, JointGoal } from '../api.ts';
import { useGoals } from '../hooks.ts';
import { GoalFormModal, type GoalEditing } from './GoalFormModal.tsx';
import { IndicatorFormModal } from './IndicatorFormModal.tsx';
import { JointGoalCard } from './JointGoalCard.tsx';
import { PartyGoalsSection } from './PartyGoalsSection.tsx';

type Editing = { form: 'goal'; editing: GoalEditing } | { form: 'indicator'; goal: JointGoal; indicator: IndicatorView | null } | null;

/**
 * The förbund's goals made operational: each joint goal with its indicators computed live from the case data (latest
 * value against the target, the quarters as a line, the trend) and the parties' goals that serve it; then each party's
 * own goals with the joint goals they serve. Coordinators and managers add and change them; the board and analysts read.
 */
export function GoalsPage() {
  const { t } = useTranslation();
  usePageTitle(t('goals.title'));
  const goals = useGoals();
  const [editing, setEditing] = useState<Editing>(null);
  const data = goals.data;
  const manage = data?.mayManage ?? false;
  const editGoal = (e: GoalEditing) => setEditing({ form: 'goal', editing: e });
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('goals.title')}</Title>
        <Text>{t('goals.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('goals.suppression')}
        </Text>
      </Stack>
      {goals.isPending && <Loading />}
      <ErrorNotice error={goals.error} />
      {data && (
        <>
          <Stack gap="md" component="section" aria-labelledby="joint-goals-heading">
            <Group justify="space-between" align="flex-end" gap="xs">
              <Title order={2} id="joint-goals-heading">
                {t('goals.joint.title')}
              </Title>
              {manage && <Button onClick={() => editGoal({ kind: 'joint', goal: null })}>{t('goals.joint.add')}</Button>}
            </Group>
            {data.joint.length === 0 && <Text c="dimmed">{t(manage ? 'goals.joint.noneManage' : 'goals.joint.none')}</Text>}
            {data.joint.map((goal) => (
              <JointGoalCard
                key={goal.id}
                goal={goal}
                onEdit={manage ? () => editGoal({ kind: 'joint', goal }) : undefined}
                onAddIndicator={manage ? () => setEditing({ form: 'indicator', goal, indicator: null }) : undefined}
                onEditIndicator={manage ? (indicator) => setEditing({ form: 'indicator', goal, indicator }) : undefined}
              />
            ))}
          </Stack>
          <PartyGoalsSection
            list={data}
            onAdd={manage && data.parties.length > 0 ? () => editGoal({ kind: 'party', goal: null, partyId: '' }) : undefined}
            onEdit={manage ? (goal, partyId) => editGoal({ kind: 'party', goal, partyId }) : undefined}
          />
        </>
      )}
      {editing?.form === 'goal' && data && <GoalFormModal editing={editing.editing} list={data} onClose={() => setEditing(null)} />}
      {editing?.form === 'indicator' && (
        <IndicatorFormModal goal={editing.goal} indicator={editing.indicator} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
