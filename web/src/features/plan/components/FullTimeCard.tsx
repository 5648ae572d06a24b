import { useRef, useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/Ltr.tsx';
import { useUpdatePlan } from '../hooks.ts';
import type { PlanView } from '../types.ts';
import { parseFullTimeHours } from './fullTime.ts';
import { PlanErrorNotice } from './PlanErrorNotice.tsx';
import { SaveOrCancel } from './SaveOrCancel.tsx';

interface FullTimeCardProps {
  participantId: string;
  viewer: 'staff' | 'self';
  plan: PlanView['plan'];
  /** Caseworkers and coordinators set it (the server decides again); the person sees it. */
  canChange: boolean;
  onReload: () => void;
}

/**
 * The person's full time per week, e.g. lower for parental part-time. The week view warns when the activities of a
 * week add up to more; version 0 means nobody has set it and the default applies.
 */
export function FullTimeCard({ participantId, viewer, plan, canChange, onReload }: FullTimeCardProps) {
  const { t } = useTranslation();
  const update = useUpdatePlan(participantId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  // Closing the form removes the focused field: focus goes back to the button that opened it, not to the page top.
  const close = () => {
    setEditing(false);
    setTimeout(() => changeButton.current?.focus(), 0);
  };

  function start() {
    setText(String(plan.fullTimeHours));
    setInvalid(false);
    setSaved(false);
    update.reset();
    setEditing(true);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const hours = parseFullTimeHours(text);
    setInvalid(hours === null);
    if (hours === null) return;
    update.mutate(
      { fullTimeHours: hours, version: plan.version },
      {
        onSuccess: () => {
          setSaved(true);
          close();
        },
      },
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="plan-full-time-heading">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4}>
          <Title order={2} size="h3" id="plan-full-time-heading">
            {t('plan.fullTime.title')}
          </Title>
          <Text fw={600}>
            <Ltr>{plan.fullTimeHours}</Ltr> {t('plan.fullTime.unit')}
            {plan.version === 0 && ` (${t('plan.fullTime.default')})`}
          </Text>
          <Text size="sm" c="dimmed">
            {viewer === 'self' ? t('plan.fullTime.hintSelf') : t('plan.fullTime.hintStaff')}
          </Text>
          {saved && (
            <Text size="sm" role="status">
              {t('plan.fullTime.saved')}
            </Text>
          )}
        </Stack>
        {canChange && !editing && (
          <Button variant="outline" size="sm" onClick={start} ref={changeButton}>
            {t('plan.fullTime.change')}
          </Button>
        )}
      </Group>
      {editing && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm" mt="sm">
            <TextInput
              label={t('plan.fullTime.hours')}
              description={t('plan.fullTime.hoursHint')}
              inputMode="decimal"
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={invalid ? t('plan.fullTime.range') : undefined}
              required
              autoFocus
              maw={260}
              dir="ltr"
            />
            <PlanErrorNotice error={update.error} subject="plan" onReload={onReload} />
            <SaveOrCancel label={t('plan.fullTime.save')} saving={update.isPending} onCancel={close} />
          </Stack>
        </form>
      )}
    </Paper>
  );
}
