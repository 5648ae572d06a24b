import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { PersonSectionProps } from '../../person/types.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { useProgression } from '../hooks.ts';
import type { ProgressionEntry } from '../types.ts';
import { ProgressionEntryModal } from './ProgressionEntryModal.tsx';
import { ProgressionSummaryLine } from './ProgressionSummaryLine.tsx';
import { ProgressionTimelineList } from './ProgressionTimelineList.tsx';

/**
 * The person's progression: where they stand, then every step on one timeline with its source organisation. Staff
 * of an organisation that works with the person record steps and correct their own; the person reads.
 */
export function ProgressionSection({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const progression = useProgression(participantId);
  const [editing, setEditing] = useState<ProgressionEntry | 'new' | null>(null);
  const open = (what: ProgressionEntry | 'new') => {
    setSaved(false);
    setEditing(what);
  };
  const data = progression.data;
  const staff = viewer === 'staff';
  const [saved, setSaved] = useState(false);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="progression-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="progression-heading">
            {staff ? t('progression.title') : t('progression.titleSelf')}
          </Title>
          {staff && data?.mayRecord && <Button onClick={() => open('new')}>{t('progression.record')}</Button>}
        </Group>
        {progression.isPending && <Loading />}
        <QueryError error={progression.error} topic="progression" />
        {data && (
          <>
            <Text size="sm">{staff ? t('progression.introStaff') : t('progression.introSelf')}</Text>
            <ProgressionSummaryLine summary={data.summary} />
            {saved && (
              <Alert color="green" variant="light" role="status">
                {t('progression.saved')}
              </Alert>
            )}
            {data.entries.length === 0 ? (
              <Alert color="gray" variant="light">
                {t('progression.empty')}
              </Alert>
            ) : (
              <ProgressionTimelineList entries={data.entries} onEdit={staff ? open : undefined} />
            )}
          </>
        )}
      </Stack>
      {editing && (
        <ProgressionEntryModal
          key={editing === 'new' ? 'new' : editing.id}
          participantId={participantId}
          entry={editing === 'new' ? undefined : editing}
          organisationName={me.organisation?.name ?? null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
    </Paper>
  );
}
