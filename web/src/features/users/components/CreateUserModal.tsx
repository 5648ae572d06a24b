import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '../../../lib/focusFirstInvalid.ts';
import { useFields } from '../../../lib/useFields.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCreateUser } from '../hooks.ts';
import { UserFields } from './UserFields.tsx';
import { emptyUserForm, toNewUser, validateUserForm, type UserFormErrors } from './userForm.ts';

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const { values, set, setValues } = useFields(emptyUserForm);
  const [errors, setErrors] = useState<UserFormErrors>({});

  function close() {
    setValues(emptyUserForm);
    setErrors({});
    create.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateUserForm(values, true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form);
      return;
    }
    create.mutate(toNewUser(values), { onSuccess: close, onError: () => focusFirstInvalid(form) });
  }

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <UserFields values={values} errors={errors} serverError={create.error} set={set} isNew />
          <ErrorNotice error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
