import { MultiSelect, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { GoalList, JointGoal, PartyGoal } from '../api.ts';
import { goalBody, goalForm, goalProblems } from '../forms.ts';
import { useSaveGoal } from '../hooks.ts';
import { saveProps, useGoalForm } from './useGoalForm.ts';

/** What the form edits: a joint goal of the förbund, or a party's own goal with the joint goals it serves. */
export type GoalEditing = { kind: 'joint'; goal: JointGoal | null } | { kind: 'party'; goal: PartyGoal | null; partyId: string };

/**
 * Adds or changes a goal: its title and what it means; for a party's goal also the party and the joint goals it
 * serves (several may be chosen), which is how the förbund's goals are translated into the parties' own.
 */
export function GoalFormModal({ editing, list, onClose }: { editing: GoalEditing; list: GoalList; onClose: () => void }) {
  const { t } = useTranslation();
  const isParty = editing.kind === 'party';
  const goal = editing.goal;
  const save = useSaveGoal(goal?.id ?? null);
  const { form, set, message, ready } = useGoalForm(
    () => goalForm(goal, isParty ? editing.partyId : ''),
    (f) => goalProblems(f, isParty),
    save.error,
  );
  const prefix = isParty ? 'goals.partyForm' : 'goals.jointForm';

  function submit() {
    if (ready()) save.mutate({ ...goalBody(form, isParty), ...(goal ? { version: goal.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(goal ? `${prefix}.editTitle` : `${prefix}.createTitle`)}
      onClose={onClose}
      onSubmit={submit}
      {...saveProps(t, save)}
    >
      {isParty && (
        <NativeSelect
          label={t('goals.partyForm.party')}
          required
          data={[{ value: '', label: t('goals.partyForm.chooseParty') }, ...list.parties.map((p) => ({ value: p.id, label: p.name }))]}
          value={form.partyId}
          onChange={(e) => set({ partyId: e.currentTarget.value })}
          error={message('partyId')}
        />
      )}
      <TextInput
        label={t('goals.form.title')}
        required
        maxLength={limits.nameMax}
        dir="auto"
        value={form.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={message('title')}
      />
      <Textarea
        label={t('goals.form.description')}
        description={t(`${prefix}.descriptionHint`)}
        maxLength={limits.textMax}
        autosize
        minRows={3}
        dir="auto"
        value={form.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={message('description')}
      />
      {isParty && (
        <MultiSelect
          label={t('goals.partyForm.serves')}
          description={t('goals.partyForm.servesHint')}
          data={list.joint.map((g) => ({ value: g.id, label: g.title }))}
          value={form.jointGoalIds}
          onChange={(jointGoalIds) => set({ jointGoalIds })}
          searchable
          error={message('jointGoalIds')}
        />
      )}
    </FormModal>
  );
}
