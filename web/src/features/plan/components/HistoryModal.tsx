import { Modal, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityField, Prerequisites } from '../../../../../common/plan.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useActivityHistory } from '../hooks.ts';
import type { Activity, ActivityVersion } from '../types.ts';
import { describePrerequisites } from './prerequisiteText.ts';

/** Fields whose old and new values read well in a sentence; the others are only named. */
const SHOWN: readonly ActivityField[] = ['status', 'title', 'startDate', 'endDate', 'place', 'cancelReason', 'agreed', 'prerequisites'];

/** Every version of an activity, newest first: who (and from which organisation), when, and what changed. */
export function HistoryModal({ participantId, activity, onClose }: { participantId: string; activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useActivityHistory(participantId, activity.id);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('plan.history.title', { title: activity.title })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {history.isPending && <Loading />}
      <QueryError error={history.error} topic="plan" />
      {history.data && history.data.length === 0 && <Text>{t('plan.history.empty')}</Text>}
      {history.data && (
        <Timeline bulletSize={14} lineWidth={2} active={history.data.length}>
          {history.data.map((version) => (
            <Timeline.Item key={version.version} title={<VersionTitle version={version} />}>
              <VersionChanges version={version} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Modal>
  );
}

function VersionTitle({ version }: { version: ActivityVersion }) {
  const { t } = useTranslation();
  const who = version.byParticipant
    ? t('plan.history.byPerson', { name: version.changedByName ?? '' })
    : t('plan.history.byStaff', { name: version.changedByName ?? '', organisation: version.changedByOrganisationName ?? '' });
  return (
    <Text fw={600} size="sm">
      <Ltr>{formatDateTime(version.changedAt)}</Ltr> · {who}
    </Text>
  );
}

function VersionChanges({ version }: { version: ActivityVersion }) {
  const { t } = useTranslation();
  const value = (field: ActivityField, v: unknown): string => {
    // No prerequisites of its own means the kind's default applies, which is not the same as none.
    if (field === 'prerequisites')
      return v ? (describePrerequisites(v as Prerequisites, t) ?? t('plan.prerequisites.none')) : t('plan.prerequisites.kindDefault');
    if (v === null || v === undefined || v === '') return t('common.none');
    if (field === 'status') return t(`plan.statuses.${v as 'planned'}`);
    if (field === 'agreed') return v ? t('common.yes') : t('common.no');
    return String(v);
  };
  if (version.version === 1)
    return (
      <Text size="sm" c="dimmed">
        {t('plan.history.created')}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {t('plan.history.changed', {
          fields: version.changes.map((c) => t(`plan.history.fields.${c.field}`)).join(t('common.listSeparator')),
        })}
      </Text>
      {version.changes
        .filter((c) => SHOWN.includes(c.field))
        .map((c) => (
          <Text key={c.field} size="sm" dir="auto">
            {t('plan.history.value', {
              field: t(`plan.history.fields.${c.field}`),
              from: value(c.field, c.from),
              to: value(c.field, c.to),
            })}
          </Text>
        ))}
    </Stack>
  );
}
