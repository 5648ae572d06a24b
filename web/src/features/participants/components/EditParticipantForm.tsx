import type { FormEvent } from 'react';
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useParticipant, useUpdateParticipant } from '../hooks.ts';
import type { ParticipantDetail } from '../types.ts';
import { ParticipantContactFields } from './ParticipantContactFields.tsx';
import { editValuesOf, toChange, type EditValues } from './editParticipant.ts';

interface EditParticipantFormProps {
  participant: ParticipantDetail;
  viewer: 'staff' | 'self';
  onClose: (saved: boolean) => void;
}

/** Contact data, language and interpreter need (and, for staff, protected identity), saved with the version read. */
export function EditParticipantForm({ participant, viewer, onClose }: EditParticipantFormProps) {
  const { t } = useTranslation();
  const update = useUpdateParticipant(participant.id);
  const reread = useParticipant(participant.id);
  const [values, setValues] = useState<EditValues>(() => editValuesOf(participant));
  const message = useFieldMessage<keyof EditValues>({}, update.error);
  const stale = isApiError(update.error, 'conflict');
  const set = <K extends keyof EditValues>(key: K, value: EditValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(toChange(participant, values, viewer), { onSuccess: () => onClose(true) });
  }

  async function reload() {
    const fresh = await reread.refetch();
    if (fresh.data) setValues(editValuesOf(fresh.data));
    update.reset();
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="edit-participant-heading">
      <Title order={2} size="h3" id="edit-participant-heading" mb="sm">
        {t('participant.editTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ParticipantContactFields values={values} set={set} message={message} />
          {viewer === 'staff' && (
            <Checkbox
              label={t('participantForm.protectedIdentity')}
              description={t('participantForm.protectedIdentityHint')}
              checked={values.protectedIdentity}
              onChange={(event) => set('protectedIdentity', event.currentTarget.checked)}
            />
          )}
          {stale ? (
            <Alert color="yellow" variant="light" role="alert" title={t('common.errorTitle')}>
              {t('participant.stale')}
              <Group mt="xs">
                <Button size="xs" variant="default" onClick={() => void reload()}>
                  {t('participant.reload')}
                </Button>
              </Group>
            </Alert>
          ) : (
            <ErrorNotice error={update.error} />
          )}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
