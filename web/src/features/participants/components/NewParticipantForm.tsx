import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ID_KINDS, type IdKind } from '../../../../../common/roles.ts';
import { isApiError } from '../../../lib/http.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCreateParticipant } from '../hooks.ts';
import { BirthDateInput, ParticipantNameInputs, PersonalNumberInput } from './IdentityInputs.tsx';
import { ParticipantContactFields } from './ParticipantContactFields.tsx';
import { toNewParticipant, validateParticipantForm, type ParticipantFormErrors, type ParticipantFormValues } from './participantForm.ts';

/** The registration form, opened after a search found no one to reuse; starts from what was searched for. */
export function NewParticipantForm({ initial }: { initial: ParticipantFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateParticipant();
  const { values, set } = useFields<ParticipantFormValues>(initial);
  const [errors, setErrors] = useState<ParticipantFormErrors>({});
  const message = useFieldMessage<keyof ParticipantFormValues>(errors, create.error);
  const duplicate = isApiError(create.error, 'conflict');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateParticipantForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    create.mutate(toNewParticipant(values), {
      onError: () => focusFirstInvalid(form),
      onSuccess: (participant) => void navigate(`/participants/${participant.id}`),
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-heading">
      <Title order={2} size="h3" id="create-heading" mb="sm">
        {t('participantForm.createTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ParticipantContactFields
            values={values}
            set={set}
            message={message}
            leading={
              <>
                <ParticipantNameInputs values={values} set={set} message={message} />
                <NativeSelect
                  label={t('participantForm.idKind')}
                  value={values.idKind}
                  error={message('idKind')}
                  onChange={(event) => set('idKind', event.currentTarget.value as IdKind)}
                >
                  {ID_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`idKinds.${kind}`)}
                    </option>
                  ))}
                </NativeSelect>
                {values.idKind === 'reserve' ? (
                  <BirthDateInput
                    value={values.birthDate}
                    error={message('birthDate')}
                    onChange={(birthDate) => set('birthDate', birthDate)}
                  />
                ) : (
                  <PersonalNumberInput
                    label={t(`idKinds.${values.idKind}`)}
                    value={values.personalNumber}
                    error={duplicate ? t('participantForm.duplicate') : message('personalNumber')}
                    onChange={(personalNumber) => set('personalNumber', personalNumber)}
                  />
                )}
              </>
            }
          />
          <Checkbox
            label={t('participantForm.protectedIdentity')}
            description={t('participantForm.protectedIdentityHint')}
            checked={values.protectedIdentity}
            onChange={(event) => set('protectedIdentity', event.currentTarget.checked)}
          />
          <ErrorNotice error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('participantForm.submit')}
            </Button>
            <Button variant="default" component={Link} to="/participants">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
