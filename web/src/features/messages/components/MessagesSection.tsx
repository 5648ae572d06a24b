import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { PersonSectionProps } from '../../person/types.ts';
import { useMessages } from '../hooks.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { ThreadList } from './ThreadList.tsx';
import { ThreadView } from './ThreadView.tsx';

/**
 * The threads about one participant, and with them. `?thread=<id>` opens one (a worklist or a notification links
 * there), `?thread=new` the form for a new one. A phone shows the list or the thread; a wide screen both.
 */
export function MessagesSection({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const messages = useMessages(participantId);
  const wide = useWideScreen('md');
  const [params, setParams] = useSearchParams();
  const selected = params.get('thread');
  const select = (thread: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (thread) next.set('thread', thread);
        else next.delete('thread');
        return next;
      },
      { replace: false },
    );
  const data = messages.data;
  const thread = data?.threads.find((th) => th.id === selected) ?? null;
  const staff = viewer === 'staff';

  const detail =
    data && selected === 'new' ? (
      <NewThreadForm
        participantId={participantId}
        viewer={viewer}
        engaged={data.engagedOrganisations}
        myOrganisationId={data.myOrganisationId}
        onCreated={(created) => select(created.id)}
        onCancel={() => select(null)}
      />
    ) : data && thread ? (
      <ThreadView
        participantId={participantId}
        viewer={viewer}
        thread={thread}
        myOrganisationId={data.myOrganisationId}
        onBack={() => select(null)}
      />
    ) : null;

  return (
    <Stack gap="md" component="section" aria-labelledby="messages-heading">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3" id="messages-heading">
          {staff ? t('messages.title') : t('messages.titleSelf')}
        </Title>
        {data && selected !== 'new' && <Button onClick={() => select('new')}>{t('messages.newThread')}</Button>}
      </Group>
      {messages.isPending && <Loading />}
      <QueryError error={messages.error} topic="messages" />
      {data && (
        <>
          <Text size="sm">{staff ? t('messages.introStaff') : t('messages.introSelf')}</Text>
          {wide ? (
            <Grid>
              <Grid.Col span={5}>
                <Paper withBorder p="md">
                  <ThreadList threads={data.threads} selectedId={selected} onSelect={select} />
                </Paper>
              </Grid.Col>
              <Grid.Col span={7}>{detail ?? <Text c="dimmed">{t('messages.pickThread')}</Text>}</Grid.Col>
            </Grid>
          ) : (
            (detail ?? <ThreadList threads={data.threads} selectedId={selected} onSelect={select} />)
          )}
        </>
      )}
    </Stack>
  );
}
