import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { Link, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { PersonSectionNav } from '../../person/components/PersonSectionNav.tsx';
import { useCurrentUser } from '../../session/hooks.ts';
import { useParticipant } from '../hooks.ts';
import { participantWordKey } from '../word.ts';

/** One person as a staff member sees them: a heading, the sections of their record, and the chosen section. */
export function ParticipantDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const participant = useParticipant(id);
  // Without a name to show, the heading is the organisation's own word for the person (kund, sökande, elev).
  const word = t(participantWordKey(me.organisation?.kind, 'one'));
  const title = participant.data?.name ?? (participant.data ? t('participants.protectedIdentity') : word);
  usePageTitle(title);

  const back = (
    <Anchor component={Link} to="/participants">
      {t('participant.back')}
    </Anchor>
  );

  // Only the first load shows the spinner: a refetch of a refused read is pending again, and unmounting the
  // sections then would make them fetch on mount, in a loop.
  if (participant.isPending && participant.errorUpdateCount === 0) return <Loading />;
  if (participant.isError && !isApiError(participant.error, 'consent_required')) {
    return (
      <Stack>
        {back}
        <Title order={1}>{word}</Title>
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
      <PersonSectionNav base={`/participants/${encodeURIComponent(id)}`} viewer="staff" />
      <Outlet />
    </Stack>
  );
}
