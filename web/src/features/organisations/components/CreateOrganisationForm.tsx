import type { FormEvent } from 'react';
import { useState } from 'react';
import { Alert, Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../../common/roles.ts';
import { limits } from '../../../../../common/limits.ts';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCreateOrganisation } from '../hooks.ts';
import {
  emptyOrganisationForm,
  toNewOrganisation,
  validateOrganisationForm,
  type OrganisationFormErrors,
  type OrganisationFormValues,
} from './organisationForm.ts';

export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const { values, set, setValues } = useFields(emptyOrganisationForm);
  const [errors, setErrors] = useState<OrganisationFormErrors>({});
  const [created, setCreated] = useState<string | null>(null);
  const message = useFieldMessage<keyof OrganisationFormValues>(errors, create.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setCreated(null);
    const found = validateOrganisationForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    create.mutate(toNewOrganisation(values), {
      onError: () => focusFirstInvalid(form),
      onSuccess: (organisation) => {
        setCreated(organisation.name);
        setValues(emptyOrganisationForm);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('organisations.name')}
            required
            maxLength={limits.nameMax}
            value={values.name}
            error={message('name')}
            onChange={(event) => set('name', event.currentTarget.value)}
          />
          <NativeSelect
            label={t('organisations.kind')}
            required
            value={values.kind}
            error={message('kind')}
            onChange={(event) => set('kind', event.currentTarget.value as OrganisationKind | '')}
          >
            <option value="">{t('common.choose')}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organisationKinds.${kind}`)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            label={t('organisations.orgNumber')}
            description={t('organisations.orgNumberHint')}
            dir="ltr"
            inputMode="numeric"
            value={values.orgNumber}
            error={message('orgNumber')}
            onChange={(event) => set('orgNumber', event.currentTarget.value)}
          />
        </SimpleGrid>
        <ErrorNotice error={create.error} />
        {created && (
          <Alert color="green" variant="light" role="status">
            {t('organisations.created', { name: created })}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('organisations.createSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
