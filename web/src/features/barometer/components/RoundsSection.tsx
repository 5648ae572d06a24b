import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { ConfirmButton } from '../../../ui/ConfirmButton.tsx';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Period } from '../../../ui/Period.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { shownText } from '../../evaluation/format.ts';
import type { Survey } from '../api.ts';
import { STATE_TONE } from '../format.ts';
import { closeNowBody } from '../forms.ts';
import { useSaveSurvey, useSurveys } from '../hooks.ts';
import { ResultsSection } from './ResultsSection.tsx';
import { RoundFormModal } from './RoundFormModal.tsx';

/**
 * Every round of the area, newest first, with its results below (the round chosen is kept in the address, `?round=`;
 * by default the newest closed one), and for coordinators and managers the forms to open, change and close a round.
 */
export function RoundsSection() {
  const { t } = useTranslation();
  const surveys = useSurveys();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Survey | 'new' | null>(null);
  const items = surveys.data?.items ?? [];
  const asked = params.get('round');
  const selected = items.find((s) => s.id === asked) ?? items.find((s) => s.state === 'closed') ?? items[0];
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="barometer-rounds-heading">
        <Group justify="space-between" align="flex-end" gap="xs">
          <Title order={2} size="h3" id="barometer-rounds-heading">
            {t('barometer.rounds.title')}
          </Title>
          {surveys.data?.mayCreate && <Button onClick={() => setEditing('new')}>{t('barometer.rounds.add')}</Button>}
        </Group>
        <Text size="sm">{t('barometer.rounds.intro')}</Text>
        {surveys.isPending && <Loading />}
        <ErrorNotice error={surveys.error} />
        {surveys.data && items.length === 0 && <Text c="dimmed">{t('barometer.rounds.none')}</Text>}
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((s) => (
            <RoundCard
              key={s.id}
              survey={s}
              today={surveys.data!.today}
              selected={s.id === selected?.id}
              onShow={() => setParams({ round: s.id }, { replace: true })}
              onEdit={() => setEditing(s)}
            />
          ))}
        </Stack>
      </Stack>
      {selected && <ResultsSection id={selected.id} />}
      {editing && surveys.data && (
        <RoundFormModal
          survey={editing === 'new' ? null : editing}
          defaults={surveys.data.defaultStatements}
          today={surveys.data.today}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function RoundCard({
  survey: s,
  today,
  selected,
  onShow,
  onEdit,
}: {
  survey: Survey;
  today: string;
  selected: boolean;
  onShow: () => void;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const close = useSaveSurvey(s.id);
  return (
    <Paper component="li" withBorder p="md" aria-label={s.title} bg={selected ? 'var(--mantine-color-blue-light)' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} size="h4">
              <bdi>{s.title}</bdi>
            </Title>
            <Text size="sm">
              {t(`barometer.audiences.${s.audience}`)} · <Period from={s.opensOn} to={s.closesOn} /> ·{' '}
              {t('barometer.rounds.answers', { n: shownText(s.answers, t, intlLocale(i18n.language)) })}
            </Text>
          </Stack>
          <StatusBadge tone={STATE_TONE[s.state]}>{t(`barometer.states.${s.state}`)}</StatusBadge>
        </Group>
        <Group gap="xs">
          <Button
            size="xs"
            variant={selected ? 'filled' : 'light'}
            onClick={onShow}
            aria-pressed={selected}
            aria-label={`${t('barometer.rounds.show')}: ${s.title}`}
          >
            {t('barometer.rounds.show')}
          </Button>
          {s.mayChange && (
            <Button size="xs" variant="default" onClick={onEdit} aria-label={`${t('barometer.rounds.edit')}: ${s.title}`}>
              {t('barometer.rounds.edit')}
            </Button>
          )}
          {s.mayChange && s.state === 'open' && (
            <ConfirmButton
              size="xs"
              variant="default"
              label={t('barometer.rounds.close')}
              ariaLabel={`${t('barometer.rounds.close')}: ${s.title}`}
              question={t('barometer.rounds.closeQuestion')}
              confirmLabel={t('barometer.rounds.closeConfirm')}
              onConfirm={() => close.mutateAsync(closeNowBody(s, today)).catch(() => undefined)}
            />
          )}
        </Group>
        <ErrorNotice error={close.error} />
      </Stack>
    </Paper>
  );
}
