import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCaseworkers, useChangeCaseworker, useEndEngagement } from '../hooks.ts';
import type { Engagement } from '../types.ts';
import { endDateProblem, type EndDateProblem } from './engagementForm.ts';

const END_MESSAGES: Record<
  Exclude<EndDateProblem, null>,
  'validation.required' | 'validation.endBeforeStart' | 'engagements.endInFuture'
> = {
  required: 'validation.required',
  endBeforeStart: 'validation.endBeforeStart',
  endInFuture: 'engagements.endInFuture',
};

/** End the own organisation's engagement, or name another responsible caseworker; each in a small dialog. */
export function EngagementActions({ engagement, onDone }: { engagement: Engagement; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'end' | 'caseworker' | null>(null);
  const names = { organisation: engagement.organisationName };
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={() => setOpen('caseworker')} aria-label={t('engagements.changeCaseworkerNamed', names)}>
        {t('engagements.changeCaseworker')}
      </Button>
      <Button size="xs" variant="default" color="red" onClick={() => setOpen('end')} aria-label={t('engagements.endNamed', names)}>
        {t('engagements.end')}
      </Button>
      <Modal
        opened={open === 'end'}
        onClose={() => setOpen(null)}
        title={t('engagements.endTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open === 'end' && (
          <EndForm
            engagement={engagement}
            onDone={() => {
              setOpen(null);
              onDone(t('engagements.ended'));
            }}
          />
        )}
      </Modal>
      <Modal
        opened={open === 'caseworker'}
        onClose={() => setOpen(null)}
        title={t('engagements.changeCaseworkerNamed', names)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open === 'caseworker' && (
          <CaseworkerForm
            engagement={engagement}
            onDone={() => {
              setOpen(null);
              onDone(t('engagements.changed'));
            }}
          />
        )}
      </Modal>
    </Group>
  );
}

function EndForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t } = useTranslation();
  const end = useEndEngagement();
  const [endDate, setEndDate] = useState(today());
  const [problem, setProblem] = useState<EndDateProblem>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = endDateProblem(engagement.startDate, endDate, today());
    setProblem(found);
    if (!found) end.mutate({ engagementId: engagement.id, endDate }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          type="date"
          label={t('engagements.endDate')}
          description={t('engagements.endDateHint')}
          required
          data-autofocus
          value={endDate}
          error={problem ? t(END_MESSAGES[problem]) : undefined}
          onChange={(event) => setEndDate(event.currentTarget.value)}
        />
        <ErrorNotice error={end.error} />
        <Group>
          <Button type="submit" color="red" loading={end.isPending}>
            {t('engagements.endSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CaseworkerForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t } = useTranslation();
  const caseworkers = useCaseworkers(true);
  const change = useChangeCaseworker();
  const [userId, setUserId] = useState(engagement.caseworkerUserId ?? '');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (userId) change.mutate({ engagementId: engagement.id, caseworkerUserId: userId }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NativeSelect
          label={t('engagements.newCaseworker')}
          required
          data-autofocus
          value={userId}
          onChange={(event) => setUserId(event.currentTarget.value)}
        >
          <option value="">{t('common.choose')}</option>
          {(caseworkers.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
        </NativeSelect>
        <ErrorNotice error={caseworkers.error ?? change.error} />
        <Group>
          <Button type="submit" loading={change.isPending} disabled={!userId}>
            {t('engagements.saveCaseworker')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
