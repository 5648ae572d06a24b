import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Fact } from '../../../ui/Fact.tsx';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { minutesUrl, type AgendaItem } from '../api.ts';
import { useMeeting } from '../hooks.ts';
import { AgendaItemCard } from './AgendaItemCard.tsx';
import { BodyBadge } from './Badges.tsx';
import { DecisionFormModal } from './DecisionFormModal.tsx';
import { DocumentFormModal } from './DocumentFormModal.tsx';
import { ItemFormModal } from './ItemFormModal.tsx';
import { When } from './When.tsx';

type Editing = { form: 'item' } | { form: 'document' | 'decision'; item: AgendaItem } | null;

/**
 * One meeting: when and where, the deadline for its material and who is called, the minutes as a PDF in the
 * interface language, and the agenda item by item; for coordinators and managers the forms to add items, send
 * documents and record the board's decisions.
 */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const meeting = useMeeting(id);
  const m = meeting.data;
  usePageTitle(m?.title ?? t('meetings.title'));
  const [editing, setEditing] = useState<Editing>(null);
  if (meeting.isPending) return <Loading />;
  if (!m) return <ErrorNotice error={meeting.error} />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/meetings" size="sm">
        {t('meetings.back')}
      </Anchor>
      <Stack gap={6}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          <bdi>{m.title}</bdi>
        </Title>
        <Group gap="xs">
          <BodyBadge body={m.body} />
          <Text size="sm">
            <When startsAt={m.startsAt} />
          </Text>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label={t('meetings.place')}>{m.place || t('meetings.noPlace')}</Fact>
        <Fact label={t('meetings.deadlineLabel')}>
          {t('meetings.deadlineDays', { date: isolateLtr(m.materialDeadline), days: m.materialDaysBefore })}
        </Fact>
        <Fact label={t('meetings.attendees')}>
          {m.attendees.length === 0 ? t('meetings.noAttendees') : <Attendees names={m.attendees} />}
        </Fact>
      </SimpleGrid>
      <Group gap="xs" role="group" aria-label={t('meetings.actions')}>
        <Button component="a" href={minutesUrl(m.id, i18n.language)} download variant="default">
          {t('meetings.minutes')}
        </Button>
        {m.mayManage && <Button onClick={() => setEditing({ form: 'item' })}>{t('meetings.agenda.add')}</Button>}
      </Group>
      <LateMaterial agenda={m.agenda} />
      <Stack gap="sm" component="section" aria-labelledby="agenda-heading">
        <Title order={2} size="h3" id="agenda-heading">
          {t('meetings.agenda.title')}
        </Title>
        {m.agenda.length === 0 && <Text c="dimmed">{t('meetings.agenda.none')}</Text>}
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {m.agenda.map((item) => (
            <AgendaItemCard
              key={item.id}
              meeting={m}
              item={item}
              onAttach={() => setEditing({ form: 'document', item })}
              onDecide={() => setEditing({ form: 'decision', item })}
            />
          ))}
        </Stack>
      </Stack>
      {editing?.form === 'item' && <ItemFormModal meeting={m} onClose={() => setEditing(null)} />}
      {editing?.form === 'document' && <DocumentFormModal meeting={m} item={editing.item} onClose={() => setEditing(null)} />}
      {editing?.form === 'decision' && <DecisionFormModal item={editing.item} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function Attendees({ names }: { names: string[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
      {names.map((name, n) => (
        <li key={`${name}-${n}`}>
          <bdi>{name}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** The items whose material came after the deadline or is missing, named with how it stands. */
function LateMaterial({ agenda }: { agenda: AgendaItem[] }) {
  const { t } = useTranslation();
  const late = agenda.flatMap((i) => (i.material === 'late' || i.material === 'missing' ? [{ item: i, status: i.material }] : []));
  if (late.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('meetings.agenda.lateTitle')}>
      <List size="sm">
        {late.map(({ item, status }) => (
          <List.Item key={item.id}>
            {t('meetings.agenda.lateItem', {
              item: t('meetings.agenda.heading', { position: item.position, title: isolateText(item.title) }),
              status: t(`meetings.material.${status}`),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
