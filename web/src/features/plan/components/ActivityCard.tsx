import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { effectivePrerequisites, isLockedStatus } from '../../../../../common/plan.ts';
import { Period } from '../../../ui/Period.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { Activity, Goal } from '../types.ts';
import { describePrerequisites } from './prerequisiteText.ts';
import { describeSchedule } from './scheduleText.ts';
import { isolateText as isolate } from '../../../ui/Ltr.tsx';

interface ActivityCardProps {
  activity: Activity;
  goal: Goal | undefined;
  viewer: 'staff' | 'self';
  onEdit: () => void;
  onChangeStatus: () => void;
  onHistory: () => void;
}

/** One activity: what, who is responsible, when, where, for which goal, and whether it is agreed with the person. */
export function ActivityCard({ activity: a, goal, viewer, onEdit, onChangeStatus, onHistory }: ActivityCardProps) {
  const { t, i18n } = useTranslation();
  const owner = a.ownerOrganisationName ?? (viewer === 'self' ? t('plan.activities.ownBySelf') : t('plan.activities.ownByPerson'));
  const headingId = `activity-${a.id}`;
  const requires = describePrerequisites(effectivePrerequisites(a.kind, a.prerequisites), t);
  const row = (label: string, value: React.ReactNode) => (
    <Text size="sm">
      <Text span fw={600} size="sm">
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
  return (
    <Paper component="li" withBorder p="sm" radius="sm" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={4} size="h5" id={headingId} dir="auto">
            {a.title}
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="gray" tt="none" radius="sm">
              {t(`plan.kinds.${a.kind}`)}
            </Badge>
            {a.agreed ? (
              <StatusBadge tone="success">{t('plan.activities.agreed')}</StatusBadge>
            ) : (
              <StatusBadge tone="warning">{t('plan.activities.notAgreed')}</StatusBadge>
            )}
            {isLockedStatus(a.status) && <StatusBadge tone="neutral">{t('plan.activities.locked')}</StatusBadge>}
          </Group>
        </Group>
        {row(t('plan.activities.owner'), <span dir="auto">{owner}</span>)}
        {row(t('plan.activities.period'), <Period from={a.startDate} to={a.endDate} />)}
        {row(t('plan.activities.schedule'), <span dir="auto">{describeSchedule(a.schedule, t, i18n.language)}</span>)}
        {a.place && row(t('plan.activities.place'), <span dir="auto">{a.place}</span>)}
        {goal &&
          row(
            t('plan.activities.goal'),
            <span lang={goal.language ?? undefined} dir="auto">
              {goal.text}
            </span>,
          )}
        {requires &&
          row(
            t('plan.prerequisites.requires'),
            a.prerequisites === null ? t('plan.prerequisites.byDefault', { rule: requires }) : requires,
          )}
        {a.cancelReason && <Text size="sm">{t('plan.activities.cancelReason', { reason: isolate(a.cancelReason) })}</Text>}
        <Group gap="xs" mt={4}>
          {a.allowed.change && (
            <Button size="xs" variant="outline" onClick={onEdit} aria-label={t('plan.activities.editNamed', { title: a.title })}>
              {t('plan.activities.edit')}
            </Button>
          )}
          {a.allowed.transitions.length > 0 && (
            <Button
              size="xs"
              variant="outline"
              onClick={onChangeStatus}
              aria-label={t('plan.activities.changeStatusNamed', { title: a.title })}
            >
              {t('plan.activities.changeStatus')}
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={onHistory} aria-label={t('plan.activities.historyNamed', { title: a.title })}>
            {t('plan.activities.history')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
