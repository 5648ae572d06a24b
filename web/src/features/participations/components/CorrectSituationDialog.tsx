import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import type { Participation } from '../api.ts';
import { useCorrectSituation } from '../hooks.ts';
import { finsamOptions, isExcludedEndReason, situationComplete } from '../types.ts';
import { SituationForm } from './SituationForm.tsx';

/** The provider corrects the situation at start (with time in support and education) or at end (with the reason). */
export function CorrectSituationDialog({
  participation: p,
  at,
  onClose,
}: {
  participation: Participation;
  at: 'start' | 'end';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const correct = useCorrectSituation();
  const [situation, setSituation] = useState(at === 'start' ? p.start : p.end!);
  const [timeInSupport, setTimeInSupport] = useState(p.timeInSupport);
  const [educationLevel, setEducationLevel] = useState(p.educationLevel);
  const [endReason, setEndReason] = useState(p.endReason ?? '');
  const save = () =>
    correct.mutate(
      {
        id: p.id,
        body:
          at === 'start'
            ? { at, situation, timeInSupport, educationLevel, version: p.version }
            : { at, situation, endReason, version: p.version },
      },
      { onSuccess: onClose },
    );
  const title = t(at === 'start' ? 'participations.list.correctStart' : 'participations.list.correctEnd');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="sm">
          {at === 'start' ? (
            <>
              <Select
                label={t('finsam.lists.timeInSupport')}
                data={finsamOptions('timeInSupport', t)}
                value={timeInSupport}
                onChange={(v) => v && setTimeInSupport(v)}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('finsam.lists.educationLevel')}
                data={finsamOptions('educationLevel', t)}
                value={educationLevel}
                onChange={(v) => v && setEducationLevel(v)}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </>
          ) : (
            <>
              <Select
                label={t('finsam.lists.endReason')}
                data={finsamOptions('endReason', t)}
                value={endReason}
                onChange={(v) => v && setEndReason(v)}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              {isExcludedEndReason(endReason) && (
                <Alert color="yellow" variant="light">
                  {t('participations.end.excludedHint')}
                </Alert>
              )}
            </>
          )}
          <SituationForm idPrefix={`correct-${at}`} value={situation} onChange={setSituation} />
          {isApiError(correct.error, 'conflict') ? (
            <Alert color="red" role="alert">
              {t('participations.list.changedMeanwhile')}
            </Alert>
          ) : (
            <ErrorNotice error={correct.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('participations.list.cancel')}
            </Button>
            <Button type="submit" disabled={!situationComplete(situation)} loading={correct.isPending}>
              {t('participations.list.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
