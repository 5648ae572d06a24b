import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES } from '../../../../../common/plan.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { WarningList } from '../../calendar/components/WarningList.tsx';
import { PlanDocumentButtons } from '../../documents/components/PlanDocumentButtons.tsx';
import type { PersonSectionProps } from '../../person/types.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { usePlan } from '../hooks.ts';
import type { Activity, SavedActivity } from '../types.ts';
import { ActivityCard } from './ActivityCard.tsx';
import { ActivityFormModal } from './ActivityFormModal.tsx';
import { FullTimeCard } from './FullTimeCard.tsx';
import { GoalSection } from './GoalSection.tsx';
import { HistoryModal } from './HistoryModal.tsx';
import { StatusModal } from './StatusModal.tsx';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'status' | 'history'; activity: Activity } | null;

/** The one plan of a person: goals in their own words and the activities of every organisation, by status. */
export function PlanSection({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const plan = usePlan(participantId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saved, setSaved] = useState<SavedActivity | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  // After a save the confirmation and the calendar's warnings are shown where the user looks: focus moves there.
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  const roles = me.user.roles;
  // Who may add: the person their own activities; caseworkers and coordinators their organisation's (the server decides again).
  const canAdd = viewer === 'self' || roles.includes('caseworker') || roles.includes('coordinator');
  const canSetFullTime = viewer === 'staff' && canAdd && me.allowedVerbs.includes('plan.update');
  const canWriteGoals = me.allowedVerbs.includes('goal.write') && (viewer === 'self' || canAdd);

  if (plan.isPending) return <Loading />;
  if (plan.error) return <QueryError error={plan.error} topic="plan" />;
  const { goals, activities } = plan.data;
  const reload = () => {
    setDialog(null);
    void plan.refetch();
  };
  const afterSave = (result: SavedActivity) => {
    setDialog(null);
    setSaved(result);
  };

  return (
    <Stack gap="lg">
      <Text>{viewer === 'self' ? t('plan.introSelf') : t('plan.introStaff')}</Text>
      <PlanDocumentButtons participantId={participantId} viewer={viewer} />
      <GoalSection participantId={participantId} viewer={viewer} goals={goals} canWrite={canWriteGoals} onReload={reload} />
      <Paper withBorder p="md" component="section" aria-labelledby="plan-activities-heading">
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} size="h3" id="plan-activities-heading">
            {t('plan.activities.title')}
          </Title>
          {canAdd && (
            <Button onClick={() => setDialog({ kind: 'create' })}>
              {viewer === 'self' ? t('plan.activities.addOwn') : t('plan.activities.add')}
            </Button>
          )}
        </Group>
        {saved && (
          <Stack gap="xs" mb="md" ref={savedRef} tabIndex={-1} style={{ outline: 'none' }}>
            <Alert
              color="green"
              variant="light"
              role="status"
              withCloseButton
              onClose={() => setSaved(null)}
              closeButtonLabel={t('common.close')}
            >
              {saved.warnings.length > 0 ? t('plan.activities.savedWithWarnings') : t('plan.activities.saved')}
            </Alert>
            {saved.warnings.length > 0 && (
              <WarningList
                participantId={participantId}
                warnings={saved.warnings}
                activities={activities}
                canAcknowledge={me.allowedVerbs.includes('warning.acknowledge')}
              />
            )}
          </Stack>
        )}
        {activities.length === 0 && <Text>{t('plan.activities.empty')}</Text>}
        <Stack gap="lg">
          {ACTIVITY_STATUSES.map((status) => {
            const group = activities.filter((a) => a.status === status);
            if (group.length === 0) return null;
            const headingId = `plan-status-${status}`;
            return (
              <section key={status} aria-labelledby={headingId}>
                <Title order={3} size="h4" id={headingId} mb="xs">
                  {t(`plan.activities.groups.${status}`)} ({group.length})
                </Title>
                <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {group.map((activity) => (
                    <ActivityCard
                      key={activity.id}
                      activity={activity}
                      goal={goals.find((g) => g.id === activity.goalId)}
                      viewer={viewer}
                      onEdit={() => setDialog({ kind: 'edit', activity })}
                      onChangeStatus={() => setDialog({ kind: 'status', activity })}
                      onHistory={() => setDialog({ kind: 'history', activity })}
                    />
                  ))}
                </Stack>
              </section>
            );
          })}
        </Stack>
      </Paper>
      {/* After the activities: the full time is what the week's activities are measured against. */}
      <FullTimeCard participantId={participantId} viewer={viewer} plan={plan.data.plan} canChange={canSetFullTime} onReload={reload} />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ActivityFormModal
          participantId={participantId}
          viewer={viewer}
          goals={goals}
          activity={dialog.kind === 'edit' ? dialog.activity : undefined}
          onClose={() => setDialog(null)}
          onSaved={afterSave}
          onReload={reload}
        />
      )}
      {dialog?.kind === 'status' && (
        <StatusModal
          participantId={participantId}
          activity={dialog.activity}
          onClose={() => setDialog(null)}
          onSaved={afterSave}
          onReload={reload}
        />
      )}
      {dialog?.kind === 'history' && (
        <HistoryModal participantId={participantId} activity={dialog.activity} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
