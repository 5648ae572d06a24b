import { Stack } from '@mantine/core';
import { Loading } from '../../ui/Loading.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { ConsentSection } from '../consents/components/ConsentSection.tsx';
import { EditableIdentity } from '../participants/components/EditableIdentity.tsx';
import { useParticipant } from '../participants/hooks.ts';
import { useCurrentUser } from '../session/hooks.ts';

/** The person's own overview: what is recorded about them (contact details they may correct), and who may see what. */
export function MyOverview() {
  const me = useCurrentUser();
  const participant = useParticipant(me.participantId);
  if (!me.participantId) return null;
  return (
    <Stack gap="lg">
      {participant.isPending && <Loading />}
      <QueryError error={participant.error} topic="participant" />
      {participant.data && <EditableIdentity participant={participant.data} viewer="self" canEdit headingId="my-identity-heading" />}
      <ConsentSection participantId={me.participantId} method="digital" canChange />
    </Stack>
  );
}
