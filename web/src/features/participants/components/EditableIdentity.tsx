import { useState } from 'react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantDetail } from '../types.ts';
import { EditParticipantForm } from './EditParticipantForm.tsx';
import { IdentityCard } from './IdentityCard.tsx';

interface EditableIdentityProps {
  participant: ParticipantDetail;
  viewer: 'staff' | 'self';
  canEdit: boolean;
  headingId: string;
}

/** The identity card, and for those who may, a button that opens the form to change contact details. */
export function EditableIdentity({ participant, viewer, canEdit, headingId }: EditableIdentityProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="sm">
      <IdentityCard participant={participant} headingId={headingId} />
      <div role="status">
        {saved && (
          <Alert color="green" variant="light" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setSaved(false)}>
            {t('participant.saved')}
          </Alert>
        )}
      </div>
      {canEdit &&
        (editing ? (
          <EditParticipantForm
            participant={participant}
            viewer={viewer}
            onClose={(didSave) => {
              setEditing(false);
              setSaved(didSave);
            }}
          />
        ) : (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('participant.edit')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
