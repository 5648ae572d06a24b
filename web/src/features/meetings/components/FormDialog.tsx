import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal.tsx';

/**
 * A meetings form in a dialog: the save's state from its mutation, the feature's cancel, and a stale write said as
 * "the meeting changed" unless the form says it otherwise. `error` overrides the mutation's (null when the form shows
 * the problem at its field).
 */
export function FormDialog({
  title,
  saveLabel,
  save,
  onClose,
  onSubmit,
  error,
  staleText,
  children,
}: {
  title: string;
  saveLabel: string;
  save: { error: unknown; isPending: boolean };
  onClose: () => void;
  onSubmit: () => void;
  error?: unknown;
  staleText?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      title={title}
      onClose={onClose}
      onSubmit={onSubmit}
      error={error === undefined ? save.error : error}
      staleText={staleText ?? t('meetings.stale')}
      pending={save.isPending}
      cancelLabel={t('meetings.cancel')}
      saveLabel={saveLabel}
    >
      {children}
    </FormModal>
  );
}
