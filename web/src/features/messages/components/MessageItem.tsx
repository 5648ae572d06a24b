import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { isolateLtr, isolateText, Ltr } from '../../../ui/Ltr.tsx';
import type { Message, Receipt } from '../types.ts';
import { WrittenIn } from '../../../ui/WrittenIn.tsx';

interface MessageItemProps {
  message: Message;
  viewer: 'staff' | 'self';
  /** The questions in the thread, to name the one this message answers. */
  questionsById: Map<string, Message>;
}

/** One message as written, labelled with its language; its question's state and who has read it. */
export function MessageItem({ message, viewer, questionsById }: MessageItemProps) {
  const { t } = useTranslation();
  const author = message.byParticipant
    ? viewer === 'self'
      ? t('messages.you')
      : message.authorName
    : message.authorOrganisationName
      ? t('messages.authorAt', { name: isolateText(message.authorName), organisation: isolateText(message.authorOrganisationName) })
      : message.authorName;
  const answered = message.answersMessageIds.map((id) => questionsById.get(id)).filter((q): q is Message => q !== undefined);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      bg={message.mine ? 'var(--mantine-color-blue-light)' : undefined}
      aria-label={t('messages.messageFrom', { name: author })}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {author}
          </Text>
          <Text size="xs" c="dimmed">
            <Ltr>{formatDateTime(message.createdAt)}</Ltr>
          </Text>
        </Group>
        {message.unread && <StatusBadge tone="info">{t('messages.new')}</StatusBadge>}
        {answered.map((q) => (
          <Text key={q.id} size="xs" fw={600}>
            {t('messages.answersQuestionFrom', { name: isolateText(q.authorOrganisationName ?? q.authorName) })}
          </Text>
        ))}
        <Text lang={message.language ?? undefined} dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {message.body}
        </Text>
        <WrittenIn language={message.language} />
        {message.question && <QuestionState question={message.question} viewer={viewer} />}
        {message.receipts.length > 0 && <Receipts receipts={message.receipts} viewer={viewer} />}
      </Stack>
    </Paper>
  );
}

function QuestionState({ question, viewer }: { question: NonNullable<Message['question']>; viewer: 'staff' | 'self' }) {
  const { t } = useTranslation();
  const organisation = isolateText(question.organisationName);
  if (question.answeredAt)
    return (
      <Text size="sm" fw={500}>
        {t('messages.answeredBy', {
          name: isolateText(question.answeredByName ?? ''),
          organisation: isolateText(question.answeredByOrganisationName ?? question.organisationName),
          date: isolateLtr(formatDateTime(question.answeredAt)),
        })}
      </Text>
    );
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" fw={600}>
        {question.mayAnswer ? t('messages.questionToYou') : t('messages.questionTo', { organisation })}
      </Text>
      {viewer === 'staff' && <Text size="sm">{t('messages.dueBy', { date: isolateLtr(formatDate(question.dueDate)) })}</Text>}
      {question.overdue ? (
        <StatusBadge tone="warning">{t('messages.overdue')}</StatusBadge>
      ) : (
        <StatusBadge tone="neutral">{t('messages.waiting')}</StatusBadge>
      )}
    </Group>
  );
}

function Receipts({ receipts, viewer }: { receipts: Receipt[]; viewer: 'staff' | 'self' }) {
  const { t } = useTranslation();
  const nameOf = (r: Receipt) =>
    r.organisationName ? isolateText(r.organisationName) : viewer === 'self' ? t('messages.youLower') : t('messages.theParticipant');
  const parts = receipts.map((r) =>
    r.readAt
      ? t('messages.readBy', { name: nameOf(r), date: isolateLtr(formatDateTime(r.readAt)) })
      : t('messages.notYetReadBy', { name: nameOf(r) }),
  );
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}
