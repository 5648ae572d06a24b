import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCreateThread } from '../hooks.ts';
import type { OrganisationRef, Thread, ThreadKind } from '../types.ts';
import { BodyField, defaultWritingLanguage, QuestionFields, WritingLanguageSelect } from './MessageFields.tsx';

interface NewThreadFormProps {
  participantId: string;
  viewer: 'staff' | 'self';
  engaged: OrganisationRef[];
  myOrganisationId: string | null;
  onCreated: (thread: Thread) => void;
  onCancel: () => void;
}

/**
 * A new conversation. Staff choose between organisations only or with the person, and which other organisations
 * take part; the person writes to one or more organisations that work with them.
 */
export function NewThreadForm({ participantId, viewer, engaged, myOrganisationId, onCreated, onCancel }: NewThreadFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateThread(participantId);
  const others = engaged.filter((o) => o.id !== myOrganisationId);
  const [kind, setKind] = useState<ThreadKind>(viewer === 'self' ? 'with_participant' : 'agencies');
  const [chosen, setChosen] = useState<string[]>(viewer === 'self' && others.length === 1 ? [others[0]!.id] : []);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState(defaultWritingLanguage(i18n.language));
  const [asking, setAsking] = useState(false);
  const [to, setTo] = useState('');
  const [tried, setTried] = useState(false);
  const askable = others.filter((o) => chosen.includes(o.id));
  const needsOrganisation = (kind === 'agencies' || viewer === 'self') && chosen.length === 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!subject.trim() || !body.trim() || needsOrganisation) return;
    const questionTo = asking ? to || askable[0]?.id || null : null;
    create.mutate({ kind, subject, organisationIds: chosen, body, language, questionTo }, { onSuccess: onCreated });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-thread-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4" id="new-thread-heading">
            {t('messages.newThread')}
          </Title>
          {viewer === 'staff' && (
            <Radio.Group label={t('messages.kind')} value={kind} onChange={(v) => setKind(v as ThreadKind)}>
              <Stack gap={6} mt={6}>
                <Radio value="agencies" label={t('messages.kindAgenciesOption')} />
                <Radio value="with_participant" label={t('messages.kindWithParticipantOption')} />
              </Stack>
            </Radio.Group>
          )}
          {others.length === 0 ? (
            <Text size="sm">{t('messages.noOtherOrganisations')}</Text>
          ) : (
            <Checkbox.Group
              label={viewer === 'self' ? t('messages.toOrganisations') : t('messages.withOrganisations')}
              value={chosen}
              onChange={setChosen}
              error={tried && needsOrganisation ? t('messages.organisationRequired') : undefined}
            >
              <Stack gap={6} mt={6}>
                {others.map((o) => (
                  <Checkbox key={o.id} value={o.id} label={o.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <TextInput
            id="new-thread-subject"
            label={t('messages.subject')}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            maxLength={limits.nameMax}
            required
            dir="auto"
            error={tried && !subject.trim() ? t('messages.subjectRequired') : undefined}
          />
          <BodyField id="new-thread-body" value={body} onChange={setBody} language={language} missing={tried && !body.trim()} />
          <WritingLanguageSelect id="new-thread-language" value={language} onChange={setLanguage} />
          <QuestionFields
            idPrefix="new-thread-question"
            asking={asking}
            onAsking={setAsking}
            to={to || askable[0]?.id || ''}
            onTo={setTo}
            organisations={askable}
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('messages.send')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('messages.cancel')}
            </Button>
          </Group>
          <ErrorNotice error={create.error} />
        </Stack>
      </form>
    </Paper>
  );
}
