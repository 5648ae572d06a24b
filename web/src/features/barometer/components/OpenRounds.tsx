import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { useOpenSurveys } from '../hooks.ts';

/** The rounds the signed-in user may answer today (their audience, not yet answered), each with the way to its form. */
export function OpenRounds() {
  const { t } = useTranslation();
  const open = useOpenSurveys();
  return (
    <Stack gap="sm" component="section" aria-labelledby="barometer-open-heading">
      <Title order={2} size="h3" id="barometer-open-heading">
        {t('barometer.open.title')}
      </Title>
      {open.isPending && <Loading />}
      <ErrorNotice error={open.error} />
      {open.data?.items.length === 0 && <Text c="dimmed">{t('barometer.open.none')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {open.data?.items.map((r) => (
          <Paper key={r.id} component="li" withBorder p="md" aria-label={r.title}>
            <Group justify="space-between" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600}>
                  <bdi>{r.title}</bdi>
                </Text>
                <Text size="sm">{t('barometer.open.until', { date: isolateLtr(formatDate(r.closesOn)) })}</Text>
              </Stack>
              <Button component={Link} to={`/barometer/answer/${r.id}`} aria-label={`${t('barometer.open.answer')}: ${r.title}`}>
                {t('barometer.open.answer')}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
