import { useState } from 'react';
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateText, Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { PersonSectionProps } from '../../person/types.ts';
import type { Participation } from '../api.ts';
import { usePersonParticipations } from '../hooks.ts';
import { finsamLabel, type SituationValue } from '../types.ts';
import { CorrectSituationDialog } from './CorrectSituationDialog.tsx';
import { FollowUpStateBadge } from './FollowUpsPage.tsx';

/**
 * The person's participations in interventions. Staff see the situation at start and at end in the national
 * follow-up's categories and the follow-ups, and the provider corrects them; the person sees where and when.
 */
export function ParticipationsList({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const list = usePersonParticipations(participantId);
  const items = list.data?.items ?? [];
  const self = viewer === 'self';
  return (
    <Stack gap="sm" component="section" aria-labelledby="participations-heading">
      <Title order={2} size="h3" id="participations-heading">
        {self ? t('referrals.participations.title') : t('participations.list.title')}
      </Title>
      {!self && <Text size="sm">{t('participations.list.intro')}</Text>}
      {list.isPending && <Loading />}
      <QueryError error={list.error} topic="progression" />
      {list.data && items.length === 0 && (
        <Text size="sm">{self ? t('referrals.participations.empty') : t('participations.list.empty')}</Text>
      )}
      {items.map((p) => (self ? <OwnParticipation key={p.id} p={p} /> : <StaffParticipation key={p.id} p={p} />))}
    </Stack>
  );
}

function Period({ p }: { p: Participation }) {
  return (
    <Ltr>
      {formatDate(p.startDate)} – {p.endDate ? formatDate(p.endDate) : ''}
    </Ltr>
  );
}

function OwnParticipation({ p }: { p: Participation }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="article" aria-labelledby={`participation-${p.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={600} id={`participation-${p.id}`} dir="auto">
          {p.interventionName}
        </Text>
        <StatusBadge tone={p.endDate ? 'neutral' : 'success'}>
          {t(p.endDate ? 'referrals.participations.ended' : 'referrals.participations.running')}
        </StatusBadge>
      </Group>
      <Text size="sm">{t('referrals.participations.provider', { organisation: isolateText(p.organisationName) })}</Text>
      <Text size="sm">
        <Period p={p} />
      </Text>
    </Card>
  );
}

/** A situation in words: occupation (with extent), then the income sources. */
export function SituationText({ s }: { s: SituationValue }) {
  const { t } = useTranslation();
  return (
    <>
      {finsamLabel(t, 'occupation', s.occupation)}
      {s.extentPercent !== null && <> ({t('participations.situation.extent', { percent: s.extentPercent })})</>}
      {' · '}
      {s.incomeSources.map((c) => finsamLabel(t, 'income', c)).join(', ')}
    </>
  );
}

function StaffParticipation({ p }: { p: Participation }) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState<'start' | 'end' | null>(null);
  const heading = `participation-${p.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={heading}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={heading} dir="auto">
            {p.interventionName}
          </Text>
          <StatusBadge tone={p.endDate ? 'neutral' : 'success'}>
            {t(p.endDate ? 'participations.list.ended' : 'participations.list.running')}
          </StatusBadge>
        </Group>
        <Text size="sm">
          {t('participations.list.provider')}: <bdi>{p.organisationName}</bdi>
        </Text>
        <Text size="sm">
          <Period p={p} />
        </Text>
        <Text size="sm">
          <strong>{t('participations.list.atStart')}:</strong> <SituationText s={p.start} />
        </Text>
        <Text size="sm" c="dimmed">
          {finsamLabel(t, 'timeInSupport', p.timeInSupport)} · {finsamLabel(t, 'educationLevel', p.educationLevel)}
          {p.ageAtStart !== null && (
            <>
              {' · '}
              {t('participations.list.ageAtStart')}: <Ltr>{p.ageAtStart}</Ltr>
            </>
          )}
        </Text>
        {p.end && p.endReason && (
          <>
            <Text size="sm">
              <strong>{t('participations.list.atEnd')}:</strong> <SituationText s={p.end} />
            </Text>
            <Text size="sm" c="dimmed">
              {t('finsam.lists.endReason')}: {finsamLabel(t, 'endReason', p.endReason)}
            </Text>
          </>
        )}
        {p.followUps.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('participations.list.followUps')}
            </Text>
            <List size="sm" spacing={4} listStyleType="none" ps={0}>
              {p.followUps.map((f) => (
                <List.Item key={f.id}>
                  <Group gap="xs" wrap="wrap">
                    <FollowUpStateBadge state={f.state} />
                    <span>
                      {t('participations.list.daysAfter', { days: f.daysAfterEnd })} (<Ltr>{formatDate(f.dueDate)}</Ltr>)
                    </span>
                    {f.notReachable && <span>{t('participations.followUps.notReachable')}</span>}
                    {f.situation && (
                      <span>
                        <SituationText s={f.situation} />
                      </span>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          </>
        )}
        {p.mayWrite && (
          <Group gap="xs" mt={4}>
            <Button size="xs" variant="default" onClick={() => setCorrecting('start')} aria-describedby={heading}>
              {t('participations.list.correctStart')}
            </Button>
            {p.end && (
              <Button size="xs" variant="default" onClick={() => setCorrecting('end')} aria-describedby={heading}>
                {t('participations.list.correctEnd')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {correcting && <CorrectSituationDialog participation={p} at={correcting} onClose={() => setCorrecting(null)} />}
    </Card>
  );
}
