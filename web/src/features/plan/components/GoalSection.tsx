import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, type GoalStatus } from '../../../../../common/plan.ts';
import { limits } from '../../../../../common/limits.ts';
import { languageName } from '../../../lib/format.ts';
import { PREFERRED_LANGUAGES } from '../../participants/languages.ts';
import { useCreateGoal, useUpdateGoal } from '../hooks.ts';
import type { Goal } from '../types.ts';
import { PlanErrorNotice } from './PlanErrorNotice.tsx';
import { SaveOrCancel } from './SaveOrCancel.tsx';
import { WrittenIn } from '../../../ui/WrittenIn.tsx';

interface GoalSectionProps {
  participantId: string;
  viewer: 'staff' | 'self';
  goals: Goal[];
  canWrite: boolean;
  onReload: () => void;
}

/** The person's goals in their own words, each shown in the language it was written in. */
export function GoalSection({ participantId, viewer, goals, canWrite, onReload }: GoalSectionProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-goals-heading">
      <Title order={2} size="h3" id="plan-goals-heading" mb="sm">
        {t('plan.goals.title')}
      </Title>
      <Stack gap="sm">
        {goals.length === 0 && <Text>{t('plan.goals.empty')}</Text>}
        {goals.length > 0 && (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {goals.map((goal) => (
              <GoalItem key={goal.id} participantId={participantId} viewer={viewer} goal={goal} onReload={onReload} />
            ))}
          </Stack>
        )}
        {canWrite && <NewGoalForm participantId={participantId} viewer={viewer} />}
      </Stack>
    </Paper>
  );
}

function LanguageSelect({ value, onChange, id }: { value: string; onChange: (value: string) => void; id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect id={id} label={t('plan.goals.language')} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {PREFERRED_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {languageName(code, i18n.language)}
        </option>
      ))}
    </NativeSelect>
  );
}

/** The goal's words, marked with the language they are written in so they are read and shown right. */
function GoalTextField(props: {
  value: string;
  onChange: (text: string) => void;
  missing: boolean;
  language: string;
  withHint?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={t('plan.goals.text')}
      description={props.withHint ? t('plan.goals.textHint') : undefined}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      autosize
      minRows={2}
      maxLength={limits.textMax}
      required
      error={props.missing ? t('plan.goals.required') : undefined}
      lang={props.language}
      dir="auto"
      // Inline, not in a modal: the opened form takes the focus from the Edit button that disappeared.
      autoFocus={props.autoFocus}
    />
  );
}

function GoalItem({
  participantId,
  viewer,
  goal,
  onReload,
}: {
  participantId: string;
  viewer: 'staff' | 'self';
  goal: Goal;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateGoal(participantId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(goal.text);
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [language, setLanguage] = useState(goal.language ?? 'sv');
  const [missing, setMissing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Closing the form gives the focus back to the Edit button, so keyboard users stay at the goal.
  const close = () => {
    setEditing(false);
    setTimeout(() => editButton.current?.focus(), 0);
  };
  const author = goal.writtenByParticipant
    ? viewer === 'self'
      ? t('plan.goals.bySelf')
      : t('plan.goals.byPerson')
    : t('plan.goals.byStaff', { name: goal.writtenByName ?? '', organisation: goal.writtenByOrganisationName ?? '' });

  function startEditing() {
    setText(goal.text);
    setStatus(goal.status);
    setLanguage(goal.language ?? 'sv');
    update.reset();
    setEditing(true);
  }

  function reload() {
    update.reset();
    setEditing(false);
    onReload();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!text.trim());
    if (!text.trim()) return;
    update.mutate({ goalId: goal.id, text: text.trim(), status, language, version: goal.version }, { onSuccess: close });
  }

  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      {editing ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <GoalTextField value={text} onChange={setText} missing={missing} language={language} autoFocus />
            <Group grow align="flex-start">
              <LanguageSelect id={`goal-language-${goal.id}`} value={language} onChange={setLanguage} />
              <NativeSelect label={t('plan.goals.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as GoalStatus)}>
                {GOAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`plan.goals.statuses.${s}`)}
                  </option>
                ))}
              </NativeSelect>
            </Group>
            <PlanErrorNotice error={update.error} subject="goal" onReload={reload} />
            <SaveOrCancel label={t('plan.goals.save')} saving={update.isPending} onCancel={close} />
          </Stack>
        </form>
      ) : (
        <Stack gap={4}>
          <Text lang={goal.language ?? undefined} dir="auto" fw={500}>
            {goal.text}
          </Text>
          <WrittenIn language={goal.language} />
          <Text size="sm" c="dimmed">
            {author}
            {goal.status !== 'active' && ` · ${t(`plan.goals.statuses.${goal.status}`)}`}
          </Text>
          {update.isSuccess && (
            <Text size="sm" c="green.9" role="status">
              {t('plan.goals.saved')}
            </Text>
          )}
          {goal.mayEdit && (
            <Group>
              <Button
                size="xs"
                variant="outline"
                onClick={startEditing}
                ref={editButton}
                aria-label={t('plan.goals.editNamed', { text: goal.text.slice(0, 60) })}
              >
                {t('plan.goals.edit')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function NewGoalForm({ participantId, viewer }: { participantId: string; viewer: 'staff' | 'self' }) {
  const { t, i18n } = useTranslation();
  const create = useCreateGoal(participantId);
  const [text, setText] = useState('');
  const [language, setLanguage] = useState(viewer === 'self' ? i18n.language : 'sv');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!text.trim());
    if (!text.trim()) return;
    create.mutate({ text: text.trim(), language }, { onSuccess: () => setText('') });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-new-goal-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="plan-new-goal-heading">
          {viewer === 'self' ? t('plan.goals.addSelf') : t('plan.goals.add')}
        </Title>
        <GoalTextField value={text} onChange={setText} missing={missing} language={language} withHint />
        <LanguageSelect id="new-goal-language" value={language} onChange={setLanguage} />
        <PlanErrorNotice error={create.error} subject="goal" onReload={() => create.reset()} />
        {create.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t('plan.goals.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('plan.goals.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
