import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { Pager } from '../../participants/components/Pager.tsx';
import { NOTIFICATIONS_PAGE_SIZE, useMarkAllRead, useMarkRead, useNotifications } from '../hooks.ts';
import type { Notification } from '../types.ts';

/** The user's notifications, unread first: each one click from its place, where it is marked read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [offset, setOffset] = useState(0);
  const list = useNotifications(offset);
  const markAll = useMarkAllRead();
  const unread = list.data?.unread ?? 0;
  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications.title')}</Title>
      <Text>{t('notifications.intro')}</Text>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Anchor component={Link} to="/notifications/settings">
          {t('notifications.settingsLink')}
        </Anchor>
        <Button variant="default" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unread === 0}>
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <ErrorNotice error={markAll.error} />
      {list.isPending && <Loading />}
      <ErrorNotice error={list.error} />
      {list.data && list.data.total === 0 && <Text>{t('notifications.empty')}</Text>}
      {list.data && list.data.total > 0 && unread === 0 && <Text>{t('notifications.allRead')}</Text>}
      {list.data && list.data.total > 0 && (
        <>
          <Stack component="ul" gap="xs" aria-label={t('notifications.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.data.items.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </Stack>
          <Pager
            offset={offset}
            limit={NOTIFICATIONS_PAGE_SIZE}
            total={list.data.total}
            shown={list.data.items.length}
            onChange={setOffset}
          />
        </>
      )}
    </Stack>
  );
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const unread = n.readAt === null;
  const label = t(`notifications.kinds.${n.kind}`);
  function open(event: React.MouseEvent) {
    if (!unread) return;
    // Marked read first, so the bell has counted it down when the page behind the link shows.
    event.preventDefault();
    mark.mutate([n.id], { onSettled: () => void navigate(n.link) });
  }
  return (
    <Paper component="li" withBorder p="sm" bg={unread ? 'var(--mantine-color-blue-0)' : undefined}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs" wrap="nowrap">
            {unread && (
              <Badge color="blue.9" variant="filled" size="sm">
                {t('notifications.unread')}
              </Badge>
            )}
            <Anchor component={Link} to={n.link} onClick={open} fw={unread ? 700 : 400}>
              {label}
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            <Ltr>{formatDateTime(n.createdAt)}</Ltr>
          </Text>
        </Stack>
        {unread && (
          <UnstyledButton
            onClick={() => mark.mutate([n.id])}
            disabled={mark.isPending}
            fz="sm"
            td="underline"
            aria-label={`${t('notifications.markRead')}: ${label}`}
          >
            {t('notifications.markRead')}
          </UnstyledButton>
        )}
      </Group>
    </Paper>
  );
}
