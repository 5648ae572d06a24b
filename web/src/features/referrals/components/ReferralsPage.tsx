import { useState } from 'react';
import { Anchor, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useReferralBox } from '../hooks.ts';
import { ParticipationSteps } from './ParticipationSteps.tsx';
import { ReferralActions } from './ReferralActions.tsx';
import { ReferralStateBadge } from './ReferralStateBadge.tsx';

/** The organisation's referrals: incoming to answer (the provider's side) and outgoing to follow (the sender's). */
export function ReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referralsStaff.page.title'));
  const [box, setBox] = useState<'incoming' | 'outgoing'>('incoming');
  const list = useReferralBox(box);
  return (
    <Stack gap="md">
      <Title order={1}>{t('referralsStaff.page.title')}</Title>
      <SegmentedControl
        aria-label={t('referralsStaff.page.title')}
        value={box}
        onChange={(v) => setBox(v as 'incoming' | 'outgoing')}
        data={[
          { value: 'incoming', label: t('referralsStaff.page.incoming') },
          { value: 'outgoing', label: t('referralsStaff.page.outgoing') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {list.isPending && <Loading />}
      <QueryError error={list.error} topic="plan" />
      {list.data && list.data.items.length === 0 && <Text>{t('referralsStaff.page.empty')}</Text>}
      {list.data?.items.map((r) => (
        <Card key={r.id} withBorder component="article" aria-labelledby={`box-${r.id}`}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text fw={600} id={`box-${r.id}`} dir="auto">
                {r.interventionName}
              </Text>
              <ReferralStateBadge state={r.state} />
            </Group>
            <Text size="sm">
              {t('referralsStaff.page.person')}:{' '}
              {r.participantName ? (
                <Anchor component={Link} to={`/participants/${r.participantId}/referrals`}>
                  {r.participantName}
                </Anchor>
              ) : (
                t('referralsStaff.page.nameHidden')
              )}
            </Text>
            <Text size="sm">
              {t('referralsStaff.page.organisation')}: {r.otherOrganisationName}
              {r.state === 'sent' && r.answerBy && (
                <>
                  {' '}
                  · {t('referralsStaff.page.answerBy')}: <Ltr>{formatDate(r.answerBy)}</Ltr>
                </>
              )}
            </Text>
            <Text size="xs" c="dimmed">
              {t('referralsStaff.shared')}: {r.sharedCategories.map((c) => t(`categories.${c}`)).join(', ')}
            </Text>
            <ReferralActions id={r.id} version={r.version} actions={r.actions} />
            <ParticipationSteps referral={r} />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
