import type { FormEvent, ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/http.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useWideScreen } from './useScreen.ts';

/**
 * A form in a dialog: the fields, then the save's error — a stale version (409) said in the form's own words, any
 * other error as the API's message — then cancel and save. Full screen on a phone.
 */
export function FormModal({
  title,
  onClose,
  onSubmit,
  error,
  staleText,
  pending,
  disabled,
  cancelLabel,
  saveLabel,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  error: unknown;
  staleText: string;
  pending: boolean;
  disabled?: boolean;
  cancelLabel: string;
  saveLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const wide = useWideScreen('sm');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title} size="lg" fullScreen={!wide} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          {isApiError(error, 'conflict') ? (
            <Alert color="red" role="alert">
              {staleText}
            </Alert>
          ) : (
            <ErrorNotice error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" loading={pending} disabled={disabled}>
              {saveLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
