import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';

const STALE = { activity: 'plan.conflict.stale', goal: 'plan.goals.stale', plan: 'plan.fullTime.stale' } as const;

/**
 * A failed plan change in plain words: for a 409 someone else's newer version (with a reload) or a locked activity;
 * otherwise the translated error.
 */
export function PlanErrorNotice({
  error,
  subject,
  onReload,
}: {
  error: unknown;
  subject: 'activity' | 'goal' | 'plan';
  onReload: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isApiError(error, 'conflict')) return <ErrorNotice error={error} />;
  const reason = (error.details as { reason?: string } | undefined)?.reason;
  if (reason === 'locked' || reason === 'transition_not_allowed')
    return (
      <Alert color="red" variant="light" role="alert">
        {t('plan.conflict.locked')}
      </Alert>
    );
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(STALE[subject])}</Text>
        <Button size="xs" variant="filled" color="red" onClick={onReload}>
          {t('plan.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
