import { Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_BODIES } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { meetingBody, meetingForm, meetingProblems } from '../forms.ts';
import { useCreateMeeting } from '../hooks.ts';
import { FormDialog } from './FormDialog.tsx';
import { useMeetingForm } from './useMeetingForm.ts';

/**
 * Plans a meeting of the board or the preparation group: its day and time (in Swedish time), place, the days before it
 * the material must be sent (seven unless the förbund has decided otherwise) and who is called; then opens it.
 */
export function MeetingFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useCreateMeeting();
  const { form, bind, ready } = useMeetingForm(meetingForm, meetingProblems, save.error);

  function submit() {
    if (!ready()) return;
    save.mutate(meetingBody(form), { onSuccess: (meeting) => navigate(`/meetings/${meeting.id}`) });
  }

  return (
    <FormDialog
      title={t('meetings.meetingForm.title')}
      saveLabel={t('meetings.meetingForm.save')}
      save={save}
      onClose={onClose}
      onSubmit={submit}
    >
      <NativeSelect
        label={t('meetings.meetingForm.body')}
        required
        data={[
          { value: '', label: t('meetings.meetingForm.chooseBody') },
          ...MEETING_BODIES.map((b) => ({ value: b, label: t(`meetings.bodies.${b}`) })),
        ]}
        {...bind('body')}
      />
      <TextInput
        label={t('meetings.meetingForm.name')}
        description={t('meetings.meetingForm.nameHint')}
        required
        maxLength={limits.nameMax}
        dir="auto"
        {...bind('title')}
      />
      <Group grow align="flex-start" gap="sm">
        <TextInput type="date" label={t('meetings.meetingForm.date')} required {...bind('date')} />
        <TextInput
          type="time"
          label={t('meetings.meetingForm.time')}
          description={t('meetings.meetingForm.timeHint')}
          required
          {...bind('time')}
        />
      </Group>
      <TextInput label={t('meetings.meetingForm.place')} maxLength={limits.nameMax} dir="auto" {...bind('place')} />
      <TextInput
        label={t('meetings.meetingForm.daysBefore')}
        description={t('meetings.meetingForm.daysBeforeHint')}
        required
        inputMode="numeric"
        dir="ltr"
        {...bind('materialDaysBefore')}
      />
      <Textarea
        label={t('meetings.meetingForm.attendees')}
        description={t('meetings.meetingForm.attendeesHint')}
        autosize
        minRows={3}
        dir="auto"
        {...bind('attendees')}
      />
    </FormDialog>
  );
}
