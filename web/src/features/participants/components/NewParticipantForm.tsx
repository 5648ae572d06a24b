import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ID_KINDS, type IdKind } from '../../../../../common/roles.ts';
import { limits } from '../../../../../common/limits.ts';
import { languageName } from '../../../lib/format.ts';
import { isApiError } from '../../../lib/http.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCreateParticipant } from '../hooks.ts';
import { PREFERRED_LANGUAGES } from '../languages.ts';
import { toNewParticipant, validateParticipantForm, type ParticipantFormErrors, type ParticipantFormValues } from './participantForm.ts';

/** The registration form, opened after a search found no one to reuse; starts from what was searched for. */
export function NewParticipantForm({ initial }: { initial: ParticipantFormValues }) {
  const { t, i18n } = useTranslation();
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

  const languages = PREFERRED_LANGUAGES.map((code) => ({ code, name: languageName(code, i18n.language) })).sort((a, b) =>
    a.name.localeCompare(b.name, i18n.language),
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-heading">
      <Title order={2} size="h3" id="create-heading" mb="sm">
        {t('participantForm.createTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('participantForm.givenName')}
              required
              autoComplete="off"
              maxLength={limits.nameMax}
              value={values.givenName}
              error={message('givenName')}
              onChange={(event) => set('givenName', event.currentTarget.value)}
            />
            <TextInput
              label={t('participantForm.familyName')}
              required
              autoComplete="off"
              maxLength={limits.nameMax}
              value={values.familyName}
              error={message('familyName')}
              onChange={(event) => set('familyName', event.currentTarget.value)}
            />
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
              <TextInput
                type="date"
                label={t('participantForm.birthDate')}
                required
                value={values.birthDate}
                error={message('birthDate')}
                onChange={(event) => set('birthDate', event.currentTarget.value)}
              />
            ) : (
              <TextInput
                label={t(`idKinds.${values.idKind}`)}
                description={t('participantForm.personalNumberHint')}
                required
                inputMode="numeric"
                autoComplete="off"
                dir="ltr"
                value={values.personalNumber}
                error={duplicate ? t('participantForm.duplicate') : message('personalNumber')}
                onChange={(event) => set('personalNumber', event.currentTarget.value)}
              />
            )}
            <NativeSelect
              label={t('participantForm.preferredLanguage')}
              value={values.preferredLanguage}
              error={message('preferredLanguage')}
              onChange={(event) => set('preferredLanguage', event.currentTarget.value)}
            >
              <option value="">{t('common.notStated')}</option>
              {languages.map(({ code, name }) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type="tel"
              label={t('participant.phone')}
              autoComplete="off"
              dir="ltr"
              value={values.phone}
              error={message('phone')}
              onChange={(event) => set('phone', event.currentTarget.value)}
            />
            <TextInput
              type="email"
              label={t('participant.email')}
              autoComplete="off"
              dir="ltr"
              maxLength={limits.emailMax}
              value={values.email}
              error={message('email')}
              onChange={(event) => set('email', event.currentTarget.value)}
            />
            <Textarea
              label={t('participant.address')}
              autoComplete="off"
              autosize
              minRows={2}
              maxLength={limits.textMax}
              error={message('address')}
              value={values.address}
              onChange={(event) => set('address', event.currentTarget.value)}
            />
          </SimpleGrid>
          <Checkbox
            label={t('participantForm.interpreterNeeded')}
            checked={values.interpreterNeeded}
            onChange={(event) => set('interpreterNeeded', event.currentTarget.checked)}
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
