import { Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeState } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { useCheckedForm } from '../../../lib/useCheckedForm.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { isolateText } from '../../../ui/Ltr.tsx';
import type { Initiative } from '../api.ts';
import { serverProblems, STEP_FIELDS, stepBody, stepForm, stepProblems, type StepForm } from '../forms.ts';
import { useTransitionInitiative } from '../hooks.ts';
import { PartySelect } from './FormFields.tsx';

/**
 * Moves an initiative one step along its life, asking for exactly what the new state needs (the evaluation; who takes
 * it into regular operations, from when, with what money; why it ended) and the decision or note the step rests on.
 */
export function StepFormModal({ initiative, to, onClose }: { initiative: Initiative; to: InitiativeState; onClose: () => void }) {
  const { t } = useTranslation();
  const move = useTransitionInitiative(initiative.id);
  const fromServer = serverProblems(move.error);
  const { form, set, message, ready } = useCheckedForm(
    () => stepForm(initiative),
    (f: StepForm) => stepProblems(to, f),
    fromServer,
    (problem) => t(`initiatives.problems.${problem}`),
  );
  const long = (field: 'evaluation' | 'endedReason' | 'note', required: boolean) => (
    <Textarea
      label={t(`initiatives.stepForm.${field}`)}
      description={field === 'note' ? t('initiatives.stepForm.noteHint') : undefined}
      required={required}
      autosize
      minRows={field === 'note' ? 2 : 4}
      maxLength={limits.textMax}
      dir="auto"
      value={form[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={message(field)}
    />
  );

  function submit() {
    if (!ready()) return;
    move.mutate(stepBody(to, form, initiative.version), { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(`initiatives.steps.${to}`)}
      onClose={onClose}
      onSubmit={submit}
      error={fromServer.to ? null : move.error}
      staleText={t('initiatives.stepForm.stale')}
      pending={move.isPending}
      cancelLabel={t('initiatives.cancel')}
      saveLabel={t(`initiatives.steps.${to}`)}
    >
      <Text size="sm">{t(`initiatives.stepIntro.${to}`, { name: isolateText(initiative.name) })}</Text>
      {fromServer.to && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {t(`initiatives.problems.${fromServer.to}`)}
        </Text>
      )}
      {STEP_FIELDS[to].includes('evaluation') && long('evaluation', true)}
      {STEP_FIELDS[to].includes('implementedByPartyId') && (
        <>
          <PartySelect
            label={t('initiatives.stepForm.implementedBy')}
            required
            value={form.implementedByPartyId}
            onChange={(implementedByPartyId) => set({ implementedByPartyId })}
            error={message('implementedByPartyId')}
          />
          <TextInput
            type="date"
            label={t('initiatives.stepForm.implementedFrom')}
            required
            value={form.implementedFrom}
            onChange={(e) => set({ implementedFrom: e.currentTarget.value })}
            error={message('implementedFrom')}
          />
          <TextInput
            label={t('initiatives.stepForm.implementationFunding')}
            description={t('initiatives.stepForm.implementationFundingHint')}
            required
            maxLength={limits.textMax}
            dir="auto"
            value={form.implementationFunding}
            onChange={(e) => set({ implementationFunding: e.currentTarget.value })}
            error={message('implementationFunding')}
          />
        </>
      )}
      {STEP_FIELDS[to].includes('endedReason') && long('endedReason', true)}
      {long('note', false)}
    </FormModal>
  );
}
