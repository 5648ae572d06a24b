import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useUpdateUser } from '../hooks.ts';
import type { AdminUser } from '../types.ts';
import { UserFields } from './UserFields.tsx';
import { validateUserForm, type UserFormErrors, type UserFormValues } from './userForm.ts';

function valuesOf(user: AdminUser): UserFormValues {
  return { email: user.email, displayName: user.displayName, password: '', roles: user.roles, organisationId: user.organisationId ?? '' };
}

/** Changes a user's name, roles and organisation. Rendered only while a user is being edited. */
export function EditUserModal({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const { values, set } = useFields(valuesOf(user));
  const [errors, setErrors] = useState<UserFormErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateUserForm(values, false);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    const changes = {
      displayName: values.displayName.trim(),
      roles: values.roles,
      organisationId: values.organisationId || null,
    };
    update.mutate({ id: user.id, changes }, { onSuccess: onClose, onError: () => focusFirstInvalid(form) });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('users.editTitle', { name: user.displayName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <UserFields values={values} errors={errors} serverError={update.error} set={set} isNew={false} />
          <ErrorNotice error={update.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
