import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { ConsentSection } from '../../consents/components/ConsentSection.tsx';
import { useParticipant } from '../hooks.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { EngagementList } from './EngagementList.tsx';
import { IdentityCard } from './IdentityCard.tsx';

/** One person as a staff member sees them: identity, engagements and consents. */
export function ParticipantDetailPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const participant = useParticipant(id);
  const title = participant.data?.name ?? (participant.data ? t('participants.protectedIdentity') : t('participant.title'));
  usePageTitle(title);

  const back = (
    <Anchor component={Link} to="/participants">
      {t('participant.back')}
    </Anchor>
  );

  if (participant.isPending) return <Loading />;
  if (participant.isError) {
    return (
      <Stack>
        {back}
        <Title order={1}>{t('participant.title')}</Title>
        {isApiError(participant.error, 'not_found') ? (
          <Alert color="yellow" variant="light">
            {t('participant.notFound')}
          </Alert>
        ) : (
          <QueryError error={participant.error} topic="participant" />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {back}
      <Title order={1}>{title}</Title>
      <IdentityCard participant={participant.data} headingId="identity-heading" />
      <EngagementList participantId={participant.data.id} />
      <ConsentSection participantId={participant.data.id} method="paper" canChange={allows(me, 'consent.create')} />
    </Stack>
  );
}
