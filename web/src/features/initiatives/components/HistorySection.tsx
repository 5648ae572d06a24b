import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { InitiativeEvent } from '../api.ts';

/** Every move between states, oldest first: from what to what, when, by whom, and the decision or note it rests on. */
export function HistorySection({ events }: { events: InitiativeEvent[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="initiative-history">
      <Title order={2} size="h3" id="initiative-history">
        {t('initiatives.history.title')}
      </Title>
      <Stack gap="xs" component="ol" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
        {events.map((e, n) => (
          <li key={`${e.at}-${n}`}>
            <Text size="sm" fw={600}>
              {e.fromState === null
                ? t('initiatives.history.recorded')
                : t('initiatives.history.moved', {
                    from: t(`initiatives.states.${e.fromState}`),
                    to: t(`initiatives.states.${e.toState}`),
                  })}
            </Text>
            <Text size="sm">
              <Ltr>{formatDateTime(e.at)}</Ltr>
              {e.byUserName && (
                <>
                  {' · '}
                  <bdi>{e.byUserName}</bdi>
                </>
              )}
            </Text>
            {e.note && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {e.note}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
