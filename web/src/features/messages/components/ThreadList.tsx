import { Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { formatDate } from '../../../lib/format.ts';
import { isolateLtr, isolateText, Ltr } from '../../../ui/Ltr.tsx';
import type { Thread } from '../types.ts';

interface ThreadListProps {
  threads: Thread[];
  selectedId: string | null;
  onSelect: (threadId: string) => void;
}

/** Open conversations first, the done ones apart below them. */
export function ThreadList({ threads, selectedId, onSelect }: ThreadListProps) {
  const { t } = useTranslation();
  const open = threads.filter((th) => th.doneAt === null);
  const done = threads.filter((th) => th.doneAt !== null);
  return (
    <Stack gap="md">
      <ThreadGroup
        id="messages-open"
        title={t('messages.openThreads')}
        empty={t('messages.noOpenThreads')}
        threads={open}
        selectedId={selectedId}
        onSelect={onSelect}
      />
      {done.length > 0 && (
        <ThreadGroup
          id="messages-done"
          title={t('messages.doneThreads')}
          empty=""
          threads={done}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      )}
    </Stack>
  );
}

function ThreadGroup(props: ThreadListProps & { id: string; title: string; empty: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={props.id}>
      <Title order={3} size="h5" id={props.id} mb="xs">
        {props.title}
      </Title>
      {props.threads.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {props.threads.map((thread) => {
            const selected = thread.id === props.selectedId;
            return (
              <li key={thread.id}>
                <UnstyledButton
                  onClick={() => props.onSelect(thread.id)}
                  aria-current={selected ? 'true' : undefined}
                  w="100%"
                  p="sm"
                  style={{
                    border: '1px solid var(--mantine-color-default-border)',
                    borderInlineStart: `4px solid var(--mantine-color-${thread.overdue ? 'red-7' : thread.unreadCount > 0 ? 'blue-6' : 'gray-4'})`,
                    borderRadius: 'var(--mantine-radius-md)',
                    background: selected ? 'var(--mantine-color-blue-light)' : undefined,
                  }}
                >
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text fw={thread.unreadCount > 0 ? 700 : 500} dir="auto" style={{ overflowWrap: 'anywhere' }}>
                        {thread.subject}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                        <Ltr>{formatDate(thread.lastMessageAt)}</Ltr>
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {thread.organisations.map((o) => isolateText(o.name)).join(t('common.listSeparator'))}
                    </Text>
                    <Group gap={6} wrap="wrap">
                      {thread.unreadCount > 0 && (
                        <StatusBadge tone="info">{t('messages.unread', { count: thread.unreadCount })}</StatusBadge>
                      )}
                      {thread.overdue && <StatusBadge tone="warning">{t('messages.overdue')}</StatusBadge>}
                      {thread.waitingSince && (
                        <StatusBadge tone="neutral">
                          {t('messages.waitingSince', { date: isolateLtr(formatDate(thread.waitingSince)) })}
                        </StatusBadge>
                      )}
                      {thread.doneAt && <StatusBadge tone="success">{t('messages.done')}</StatusBadge>}
                    </Group>
                  </Stack>
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
