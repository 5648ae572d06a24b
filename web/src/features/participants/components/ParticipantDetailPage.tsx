import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { Link, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { PersonSectionNav } from '../../person/components/PersonSectionNav.tsx';
import { useParticipant } from '../hooks.ts';

/** One person as a staff member sees them: a heading, the sections of their record, and the chosen section. */
export function ParticipantDetailPage() {
  const { t } = useTranslation();
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
  if (participant.isError && !isApiError(participant.error, 'consent_required')) {
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
      <PersonSectionNav base={`/participants/${encodeURIComponent(id)}`} />
      <Outlet />
    </Stack>
  );
}
