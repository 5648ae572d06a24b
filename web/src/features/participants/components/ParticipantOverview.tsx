import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryError } from '../../../ui/QueryError.tsx';
import { ConsentSection } from '../../consents/components/ConsentSection.tsx';
import { DataExportCard } from '../../data-export/components/DataExportCard.tsx';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { useParticipant } from '../hooks.ts';
import { EngagementList } from './EngagementList.tsx';
import { EditableIdentity } from './EditableIdentity.tsx';

/** The overview of one person for staff: identity (changeable), engagements (start, end, caseworker) and consents. */
export function ParticipantOverview() {
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const participant = useParticipant(id);
  return (
    <Stack gap="lg">
      {participant.data ? (
        <EditableIdentity
          participant={participant.data}
          viewer="staff"
          canEdit={allows(me, 'participant.update') && !(participant.data.protectedIdentity && participant.data.name === null)}
          headingId="identity-heading"
        />
      ) : (
        <QueryError error={participant.error} topic="participant" />
      )}
      <EngagementList participantId={id} />
      <ConsentSection participantId={id} method="paper" canChange={allows(me, 'consent.create')} />
      {allows(me, 'data_export.read') && <DataExportCard participantId={id} viewer="staff" />}
    </Stack>
  );
}
