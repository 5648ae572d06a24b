import { useEffect, useState } from 'react';
import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useFollowUpDays, useSetFollowUpDays } from '../hooks.ts';

/** The same rule as the server's checkFollowUpDays: 1–4 points, each 1–730 days, strictly increasing. */
export const validFollowUpDays = (days: (number | null)[]): days is number[] =>
  days.length >= 1 &&
  days.length <= 4 &&
  days.every((d, i) => d !== null && Number.isInteger(d) && d >= 1 && d <= 730 && (i === 0 || d > days[i - 1]!));

/** The administrator's setting of the follow-up points after a participation ends (the area's, default 90 and 180). */
export function FollowUpDaysCard() {
  const { t } = useTranslation();
  const current = useFollowUpDays();
  const save = useSetFollowUpDays();
  const [days, setDays] = useState<(number | null)[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (current.data) setDays(current.data.days);
  }, [current.data]);
  const valid = validFollowUpDays(days);
  const change = (next: (number | null)[]) => {
    setDays(next);
    setSaved(false);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="follow-up-days-heading">
      <Title order={2} size="h3" id="follow-up-days-heading" mb="xs">
        {t('participations.settings.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('participations.settings.intro')}
      </Text>
      {current.isPending && <Loading />}
      <ErrorNotice error={current.error} />
      {current.data && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) save.mutate(days, { onSuccess: () => setSaved(true) });
          }}
        >
          <Stack gap="sm">
            {days.map((d, i) => (
              <Group key={i} align="flex-end" gap="xs" wrap="nowrap">
                <NumberInput
                  label={t('participations.settings.point', { n: i + 1 })}
                  value={d ?? ''}
                  min={1}
                  max={730}
                  allowDecimal={false}
                  allowNegative={false}
                  onChange={(v) => change(days.map((x, j) => (j === i ? (typeof v === 'number' ? v : null) : x)))}
                  w={{ base: '100%', sm: 260 }}
                />
                {days.length > 1 && (
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('participations.settings.remove', { n: i + 1 })}
                    onClick={() => change(days.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!valid && (
              <Text size="sm" c="red.8">
                {t('participations.settings.invalid')}
              </Text>
            )}
            <Group gap="xs">
              {days.length < 4 && (
                <Button variant="default" onClick={() => change([...days, null])}>
                  {t('participations.settings.add')}
                </Button>
              )}
              <Button type="submit" disabled={!valid} loading={save.isPending}>
                {t('participations.settings.save')}
              </Button>
            </Group>
            {saved && (
              <Alert color="green" variant="light" role="status">
                {t('participations.settings.saved')}
              </Alert>
            )}
            {isApiError(save.error) && <ErrorNotice error={save.error} />}
          </Stack>
        </form>
      )}
    </Paper>
  );
}
