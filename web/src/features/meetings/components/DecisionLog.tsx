import { Anchor, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useInitiatives } from '../../initiatives/hooks.ts';
import { useDecisionLog } from '../hooks.ts';
import { DecisionFacts } from './DecisionFacts.tsx';
import { When } from './When.tsx';

/**
 * Every decision the board has taken, the latest first, each with the meeting and item it was taken at and what it
 * changed; narrowed to one initiative when chosen (kept in the address, `?initiative=`).
 */
export function DecisionLog() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const initiativeId = params.get('initiative') ?? undefined;
  const log = useDecisionLog(initiativeId);
  const initiatives = useInitiatives({});
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('initiative', id);
        else next.delete('initiative');
        return next;
      },
      { replace: true },
    );
  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-log-heading">
      <Title order={2} size="h3" id="decision-log-heading">
        {t('meetings.log.title')}
      </Title>
      <NativeSelect
        label={t('meetings.log.initiative')}
        maw={480}
        value={initiativeId ?? ''}
        onChange={(e) => choose(e.currentTarget.value)}
        data={[
          { value: '', label: t('meetings.log.allInitiatives') },
          ...(initiatives.data?.items ?? []).map((i) => ({ value: i.id, label: i.name })),
        ]}
      />
      {log.isPending && <Loading />}
      <ErrorNotice error={log.error} />
      {log.data?.items.length === 0 && <Text c="dimmed">{t('meetings.log.none')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {log.data?.items.map((d) => (
          <Paper key={d.id} component="li" withBorder p="md" aria-label={d.itemTitle}>
            <Stack gap="xs">
              <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
                <bdi>{d.itemTitle}</bdi>
              </Title>
              <Text size="sm">
                <Anchor component={Link} to={`/meetings/${d.meetingId}`} inherit>
                  <bdi>{d.meetingTitle}</bdi>
                </Anchor>
                {' · '}
                <When startsAt={d.meetingStartsAt} />
              </Text>
              <DecisionFacts decision={d} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
