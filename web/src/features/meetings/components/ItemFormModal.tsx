import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_KINDS } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { useInitiatives } from '../../initiatives/hooks.ts';
import type { Meeting } from '../api.ts';
import { itemBody, itemForm, itemProblems } from '../forms.ts';
import { useAddItem, useMeetingAgendas, useMeetings } from '../hooks.ts';
import { swedishClock } from '../time.ts';
import { FormDialog } from './FormDialog.tsx';
import { useMeetingForm, type BoundField } from './useMeetingForm.ts';

/** How many of the preparation group's latest meetings before a board meeting offer their items. */
const PREPARING_MEETINGS = 6;

/**
 * Adds an item to the end of the agenda: what it asks of the meeting, its title and proposal, the initiative it
 * concerns, and on a board meeting the preparation group's item that prepared it.
 */
export function ItemFormModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useAddItem(meeting.id);
  const initiatives = useInitiatives({});
  const { form, bind, ready } = useMeetingForm(itemForm, itemProblems, save.error);

  function submit() {
    if (!ready()) return;
    save.mutate(itemBody(form, meeting.body), { onSuccess: onClose });
  }

  return (
    <FormDialog
      title={t('meetings.itemForm.title')}
      saveLabel={t('meetings.itemForm.save')}
      save={save}
      onClose={onClose}
      onSubmit={submit}
    >
      <NativeSelect
        label={t('meetings.itemForm.kind')}
        required
        data={AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
        {...bind('kind')}
      />
      <TextInput label={t('meetings.itemForm.name')} required maxLength={limits.nameMax} dir="auto" {...bind('title')} />
      <Textarea
        label={t('meetings.itemForm.proposal')}
        description={t('meetings.itemForm.proposalHint')}
        autosize
        minRows={3}
        maxLength={limits.textMax}
        dir="auto"
        {...bind('proposal')}
      />
      <NativeSelect
        label={t('meetings.itemForm.initiative')}
        data={[
          { value: '', label: t('meetings.itemForm.noInitiative') },
          ...(initiatives.data?.items ?? []).map((i) => ({ value: i.id, label: i.name })),
        ]}
        {...bind('initiativeId')}
      />
      {meeting.body === 'board' && <PreparedBySelect meeting={meeting} {...bind('preparedByItemId')} />}
    </FormDialog>
  );
}

/** The items of the preparation group's latest meetings up to this one, grouped by meeting. */
function PreparedBySelect({ meeting, ...field }: { meeting: Meeting } & BoundField) {
  const { t } = useTranslation();
  const list = useMeetings();
  const preparing = (list.data?.items ?? [])
    .filter((m) => m.body === 'preparation_group' && m.startsAt <= meeting.startsAt && m.items > 0)
    .slice(0, PREPARING_MEETINGS);
  const agendas = useMeetingAgendas(preparing.map((m) => m.id));
  const groups = agendas
    .map((a) => a.data)
    .filter((m) => m !== undefined)
    .map((m) => ({
      group: `${m.title} (${swedishClock(m.startsAt).date})`,
      items: m.agenda.map((i) => ({ value: i.id, label: t('meetings.agenda.heading', { position: i.position, title: i.title }) })),
    }));
  return (
    <NativeSelect
      label={t('meetings.itemForm.preparedBy')}
      description={t('meetings.itemForm.preparedByHint')}
      data={[{ value: '', label: t('meetings.itemForm.notPrepared') }, ...groups]}
      {...field}
    />
  );
}
