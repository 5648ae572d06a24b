import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { PersonSectionProps } from '../../person/types.ts';
import { usePersonReferrals } from '../hooks.ts';
import { ParticipationsList } from '../../participations/components/ParticipationsList.tsx';
import { ParticipationSteps } from './ParticipationSteps.tsx';
import { ReferralActions } from './ReferralActions.tsx';
import { ReferralStateBadge } from './ReferralStateBadge.tsx';

/**
 * The person's referrals to interventions: the person sees every one that was sent, in plain words; staff see their
 * own organisation's, with the steps open to their side, and find a new intervention in the catalogue.
 */
export function ReferralsSection({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const list = usePersonReferrals(participantId);
  const staff = viewer === 'staff';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('referrals.title')}</Title>
        {staff && list.data?.mayRefer && (
          <Button component={Link} to={`/catalogue?for=${participantId}`}>
            {t('referralsStaff.findIntervention')}
          </Button>
        )}
      </Group>
      <Text>{t(staff ? 'referralsStaff.intro' : 'referrals.intro')}</Text>
      {list.isPending && <Loading />}
      <QueryError error={list.error} topic="plan" />
      {list.data && list.data.items.length === 0 && <Text>{t('referrals.empty')}</Text>}
      {list.data?.items.map((r) => (
        <Card key={r.id} withBorder component="article" aria-labelledby={`referral-${r.id}`}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              {staff ? (
                <Anchor
                  component={Link}
                  to={`/catalogue/${r.interventionId}?for=${participantId}`}
                  fw={600}
                  id={`referral-${r.id}`}
                  dir="auto"
                >
                  {r.interventionName}
                </Anchor>
              ) : (
                <Text fw={600} id={`referral-${r.id}`} dir="auto">
                  {r.interventionName}
                </Text>
              )}
              <ReferralStateBadge state={r.state} />
            </Group>
            <Text size="sm">
              {t('referrals.from')}: {r.fromOrganisationName} · {t('referrals.to')}: {r.toOrganisationName}
            </Text>
            {r.sentAt && (
              <Text size="sm">
                {t('referrals.sent')}: <Ltr>{formatDate(r.sentAt)}</Ltr>
                {r.state === 'sent' && r.answerBy && (
                  <>
                    {' '}
                    · {t('referrals.answerBy')}: <Ltr>{formatDate(r.answerBy)}</Ltr>
                  </>
                )}
              </Text>
            )}
            {r.note && (
              <Text size="sm" dir="auto">
                {r.note}
              </Text>
            )}
            {staff && r.sharedCategories.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('referralsStaff.shared')}: {r.sharedCategories.map((c) => t(`categories.${c}`)).join(', ')}
              </Text>
            )}
            {staff && <ReferralActions id={r.id} version={r.version} actions={r.actions} />}
            {staff && <ParticipationSteps referral={r} />}
          </Stack>
        </Card>
      ))}
      <ParticipationsList participantId={participantId} viewer={viewer} />
    </Stack>
  );
}
