import { useState } from 'react';
import { NumberInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/format.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useEndParticipation, useStartFromReferral } from '../hooks.ts';
import { emptyEnd, emptyStart, endComplete, startComplete } from '../types.ts';
import { EndFields } from './EndFields.tsx';
import { StartFields } from './StartFields.tsx';

interface Props {
  interventionName: string;
  onClose: () => void;
}

/** The provider's dialog around a form, with the intervention's name on top. */
function Frame({
  title,
  interventionName,
  onClose,
  ready,
  pending,
  error,
  save,
  children,
}: Props & {
  title: string;
  ready: boolean;
  pending: boolean;
  error: unknown;
  save: () => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      title={title}
      onClose={onClose}
      onSubmit={save}
      error={error}
      staleText={t('participations.list.changedMeanwhile')}
      pending={pending}
      disabled={!ready}
      cancelLabel={t('participations.list.cancel')}
      saveLabel={t('participations.save')}
    >
      <Text fw={600} dir="auto">
        {interventionName}
      </Text>
      {children}
    </FormModal>
  );
}

/** Starts the person in an accepted referral's intervention: the start, the hours a week in the plan, the situation. */
export function StartParticipationDialog({ referralId, version, ...props }: Props & { referralId: string; version: number }) {
  const { t } = useTranslation();
  const start = useStartFromReferral();
  const [value, setValue] = useState(emptyStart(today()));
  const [hours, setHours] = useState<number | ''>('');
  const save = () =>
    hours !== '' && start.mutate({ referralId, body: { ...value, hoursPerWeek: hours, version } }, { onSuccess: props.onClose });
  return (
    <Frame
      {...props}
      title={t('participations.start.title')}
      ready={startComplete(value) && hours !== ''}
      pending={start.isPending}
      error={start.error}
      save={save}
    >
      <Text size="sm">{t('participations.start.intro')}</Text>
      <StartFields value={value} onChange={setValue} />
      <NumberInput
        id="participation-hours"
        label={t('participations.start.hoursPerWeek')}
        value={hours}
        onChange={(v) => setHours(typeof v === 'number' ? v : '')}
        min={1}
        max={60}
        allowDecimal={false}
        required
        w={{ base: '100%', sm: 200 }}
      />
    </Frame>
  );
}

/** Ends a running participation with the reason and the situation at end; the follow-ups and the loop follow. */
export function EndParticipationDialog({ participationId, ...props }: Props & { participationId: string }) {
  const { t } = useTranslation();
  const end = useEndParticipation();
  const [value, setValue] = useState(emptyEnd(today()));
  return (
    <Frame
      {...props}
      title={t('participations.end.title')}
      ready={endComplete(value)}
      pending={end.isPending}
      error={end.error}
      save={() => end.mutate({ id: participationId, body: value }, { onSuccess: props.onClose })}
    >
      <Text size="sm">{t('participations.end.intro')}</Text>
      <EndFields value={value} onChange={setValue} />
    </Frame>
  );
}
