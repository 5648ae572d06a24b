import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/http.ts';

/** Shows an error by its translated code, never the server's raw message. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'unavailable';
  return (
    <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
      {t(`errors.${code}`)}
    </Alert>
  );
}
