import { Stack } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../../lib/http.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import type { PersonSectionProps } from '../../person/types.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { useIntake } from '../hooks.ts';
import { MeetingPanel } from './MeetingPanel.tsx';
import { RecordPanel } from './RecordPanel.tsx';
import { WindowPanel } from './WindowPanel.tsx';
import { CircumstancesPanel } from '../../circumstances/components/CircumstancesPanel.tsx';

/** The joint intake of one person: the window, the meeting and its invitations, and the shared intake record. */
export function IntakeSection({ participantId, viewer }: PersonSectionProps) {
  const me = useCurrentUser();
  const intake = useIntake(participantId);
  const [pickedDay, setPickedDay] = useState<string | null>(null);
  const canManage = viewer === 'staff' && allows(me, 'intake.manage');
  const canWrite = viewer === 'self' || allows(me, 'intake.write');
  const answeringFor = viewer === 'staff' && allows(me, 'intake.answer') ? (me.organisation?.id ?? null) : null;
  return (
    <Stack gap="lg">
      {intake.isPending && <Loading />}
      <QueryError error={intake.error} topic="intake" />
      {intake.data && (
        <>
          <WindowPanel
            intake={intake.data}
            canManage={canManage}
            // Picking a day fills the booking form, which is there only while nothing is booked or held.
            onPickDay={intake.data.meetings.some((m) => m.status !== 'cancelled') ? undefined : setPickedDay}
          />
          <MeetingPanel intake={intake.data} canManage={canManage} answeringFor={answeringFor} pickedDay={pickedDay} />
          <RecordPanel intake={intake.data} viewer={viewer} canWrite={canWrite} />
        </>
      )}
      {/* Without intake consent the intake's own notice already says so. */}
      {!isApiError(intake.error, 'consent_required') && <CircumstancesPanel participantId={participantId} viewer={viewer} />}
    </Stack>
  );
}
