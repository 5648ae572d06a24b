import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../../app/theme.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import { useMarkRead, usePostMessage, useSetDone } from '../hooks.ts';
import type { Message, Thread } from '../types.ts';
import { BodyField, defaultWritingLanguage, QuestionFields, WritingLanguageSelect } from './MessageFields.tsx';
import { MessageItem } from './MessageItem.tsx';

interface ThreadViewProps {
  participantId: string;
  viewer: 'staff' | 'self';
  thread: Thread;
  myOrganisationId: string | null;
  onBack: () => void;
}

/** One conversation: its messages, marking it done or open again, and the reply form. */
export function ThreadView({ participantId, viewer, thread, myOrganisationId, onBack }: ThreadViewProps) {
  const { t } = useTranslation();
  const markRead = useMarkRead(participantId);
  const setDone = useSetDone(participantId);
  const unread = thread.unreadCount > 0;
  // Opening the thread is reading it: the first reader of the organisation leaves the receipt.
  useEffect(() => {
    if (unread && !markRead.isPending) markRead.mutate(thread.id);
  }, [thread.id, unread]);
  const questionsById = useMemo(() => new Map(thread.messages.filter((m) => m.question).map((m) => [m.id, m])), [thread.messages]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="thread-heading">
      <Stack gap="sm">
        <Button variant="subtle" onClick={onBack} w="fit-content" px={0}>
          {t('messages.back')}
        </Button>
        <Title order={3} size="h4" id="thread-heading" dir="auto">
          {thread.subject}
        </Title>
        <Text size="sm">
          {thread.kind === 'agencies'
            ? t('messages.kindAgencies', {
                organisations: thread.organisations.map((o) => isolateText(o.name)).join(t('common.listSeparator')),
              })
            : t(viewer === 'self' ? 'messages.kindWithYou' : 'messages.kindWithParticipant', {
                organisations: thread.organisations.map((o) => isolateText(o.name)).join(t('common.listSeparator')),
              })}
        </Text>
        {thread.doneAt && (
          <Group gap="xs">
            <StatusBadge tone="success">{t('messages.done')}</StatusBadge>
            <Text size="sm">
              {t('messages.doneBy', { name: isolateText(thread.doneByName ?? ''), date: isolateLtr(formatDateTime(thread.doneAt)) })}
            </Text>
          </Group>
        )}
        {thread.waitingSince && (
          <Text size="sm" c={thread.overdue ? statusColors.warning : undefined} fw={600}>
            {t('messages.waitingSince', { date: isolateLtr(formatDate(thread.waitingSince)) })}
            {thread.overdue ? ` · ${t('messages.overdue')}` : ''}
          </Text>
        )}
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('messages.messagesList')}>
          {thread.messages.map((m) => (
            <MessageItem key={m.id} message={m} viewer={viewer} questionsById={questionsById} />
          ))}
        </Stack>
        <ReplyForm participantId={participantId} thread={thread} myOrganisationId={myOrganisationId} />
        {viewer === 'staff' && (
          <Group>
            <Button
              variant="default"
              loading={setDone.isPending}
              onClick={() => setDone.mutate({ threadId: thread.id, done: thread.doneAt === null })}
            >
              {thread.doneAt === null ? t('messages.markDone') : t('messages.reopen')}
            </Button>
          </Group>
        )}
        <ErrorNotice error={setDone.error ?? markRead.error} />
      </Stack>
    </Paper>
  );
}

function ReplyForm({
  participantId,
  thread,
  myOrganisationId,
}: {
  participantId: string;
  thread: Thread;
  myOrganisationId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const post = usePostMessage(participantId);
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState(defaultWritingLanguage(i18n.language));
  const [asking, setAsking] = useState(false);
  const askable = thread.organisations.filter((o) => o.id !== myOrganisationId);
  const [to, setTo] = useState(askable[0]?.id ?? '');
  const answerable = thread.messages.filter((m) => m.question?.mayAnswer);
  const [answers, setAnswers] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setSent(false);
    post.mutate(
      { threadId: thread.id, body, language, questionTo: asking && to ? to : null, answers: answers || null },
      {
        onSuccess: () => {
          setBody('');
          setAsking(false);
          setAnswers('');
          setMissing(false);
          setSent(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="reply-heading">
      <Stack gap="sm">
        <Title order={4} size="h5" id="reply-heading">
          {t('messages.reply')}
        </Title>
        {thread.doneAt && <Text size="sm">{t('messages.writingReopens')}</Text>}
        {answerable.length > 0 && <AnswerSelect questions={answerable} value={answers} onChange={setAnswers} />}
        <BodyField id="reply-body" value={body} onChange={setBody} language={language} missing={missing} />
        <WritingLanguageSelect id="reply-language" value={language} onChange={setLanguage} />
        <QuestionFields idPrefix="reply-question" asking={asking} onAsking={setAsking} to={to} onTo={setTo} organisations={askable} />
        <Group>
          <Button type="submit" loading={post.isPending}>
            {t('messages.send')}
          </Button>
        </Group>
        {sent && (
          <Alert color="green" variant="light" role="status">
            {t('messages.sent')}
          </Alert>
        )}
        <ErrorNotice error={post.error} />
      </Stack>
    </form>
  );
}

/** The writer says which question their message answers: only that closes it (a "thanks" closes nothing). */
function AnswerSelect({ questions, value, onChange }: { questions: Message[]; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      id="reply-answers"
      label={t('messages.answersLabel')}
      description={t('messages.answersHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      <option value="">{t('messages.answersNone')}</option>
      {questions.map((q) => (
        <option key={q.id} value={q.id}>
          {t('messages.answersOption', {
            name: q.authorOrganisationName ?? q.authorName,
            date: formatDateTime(q.createdAt),
          })}
        </option>
      ))}
    </NativeSelect>
  );
}
