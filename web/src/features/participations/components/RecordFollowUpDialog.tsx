import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import type { FollowUpListItem } from '../api.ts';
import { useRecordFollowUp } from '../hooks.ts';
import { emptySituation, situationComplete } from '../types.ts';
import { SituationForm } from './SituationForm.tsx';

/** Records one follow-up: the person's situation now, or that they could not be reached. */
export function RecordFollowUpDialog({ item, onClose }: { item: FollowUpListItem; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordFollowUp();
  const [reached, setReached] = useState<'yes' | 'no'>('yes');
  const [situation, setSituation] = useState(emptySituation());
  const ready = reached === 'no' || situationComplete(situation);
  const save = () =>
    record.mutate(
      {
        id: item.id,
        body: reached === 'no' ? { notReachable: true, version: item.version } : { notReachable: false, situation, version: item.version },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('participations.followUps.dialogTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <Radio.Group label={t('participations.followUps.outcome')} value={reached} onChange={(v) => setReached(v as 'yes' | 'no')}>
            <Stack gap="xs" mt="xs">
              <Radio value="yes" label={t('participations.followUps.reached')} />
              <Radio value="no" label={t('participations.followUps.couldNotReach')} />
            </Stack>
          </Radio.Group>
          {reached === 'yes' && <SituationForm idPrefix="follow-up" value={situation} onChange={setSituation} />}
          {isApiError(record.error, 'conflict') ? (
            <Alert color="red" role="alert">
              {t('participations.followUps.alreadyRecorded')}
            </Alert>
          ) : (
            <ErrorNotice error={record.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('participations.list.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={record.isPending}>
              {t('participations.followUps.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
