import { PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { isApiError } from '../../../lib/http.ts';
import { useFieldMessage } from '../../../lib/useFieldMessage.ts';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';
import type { UserFormErrors, UserFormValues } from './userForm.ts';

interface UserFieldsProps {
  values: UserFormValues;
  errors: UserFormErrors;
  /** The last failed save, whose field problems are shown at the fields. */
  serverError: unknown;
  set: <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => void;
  /** E-mail and password are set when the user is created, not edited here. */
  isNew: boolean;
}

export function UserFields({ values, errors, serverError, set, isNew }: UserFieldsProps) {
  const { t } = useTranslation();
  const message = useFieldMessage<keyof UserFormValues>(errors, serverError);
  const emailTaken = isApiError(serverError, 'conflict');
  return (
    <Stack>
      {isNew && (
        <TextInput
          type="email"
          label={t('users.email')}
          required
          autoComplete="off"
          dir="ltr"
          maxLength={limits.emailMax}
          value={values.email}
          error={message('email') ?? (emailTaken ? t('users.emailTaken') : undefined)}
          onChange={(event) => set('email', event.currentTarget.value)}
        />
      )}
      <TextInput
        label={t('users.displayName')}
        required
        autoComplete="off"
        maxLength={limits.nameMax}
        value={values.displayName}
        error={message('displayName')}
        onChange={(event) => set('displayName', event.currentTarget.value)}
      />
      {isNew && (
        <PasswordInput
          label={t('users.password')}
          description={t('users.passwordHint', { min: limits.passwordMin })}
          required
          autoComplete="new-password"
          maxLength={limits.passwordMax}
          value={values.password}
          error={message('password')}
          onChange={(event) => set('password', event.currentTarget.value)}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
      )}
      <RoleCheckboxes value={values.roles} onChange={(roles) => set('roles', roles)} error={message('roles')} />
      <OrganisationSelect
        label={t('users.organisation')}
        value={values.organisationId}
        allowNone
        error={message('organisationId')}
        onChange={(id) => set('organisationId', id)}
      />
    </Stack>
  );
}
