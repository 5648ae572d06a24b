import { Group, NativeSelect, Radio, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOMES, type DecisionOutcome, type InitiativeState } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { isolateText } from '../../../ui/Ltr.tsx';
import { useBudget } from '../../forbund/hooks.ts';
import { useInitiatives } from '../../initiatives/hooks.ts';
import type { AgendaItem } from '../api.ts';
import { decisionBody, decisionForm, decisionProblems, stateFor, stateOptions, type DecisionForm } from '../decision.ts';
import { useRecordDecision } from '../hooks.ts';
import { FormSection } from './FormSection.tsx';
import { ReservationsField } from './ReservationsField.tsx';
import { FormDialog } from './FormDialog.tsx';
import { useMeetingForm } from './useMeetingForm.ts';

/**
 * Records the board's decision on an item: the outcome and its wording, the vote if there was one, the reservations,
 * and — in the same step — where the item's initiative moves and what money of a budget year it is allocated.
 */
export function DecisionFormModal({ item, onClose }: { item: AgendaItem; onClose: () => void }) {
  const initiatives = useInitiatives({});
  const budget = useBudget(undefined);
  const current = initiatives.data?.items.find((i) => i.id === item.initiativeId)?.state;
  // Mounted once the initiatives and the budget are read, so that the form starts from what they say.
  if (initiatives.isPending || budget.isPending) return null;
  return (
    <DecisionFormFields
      item={item}
      options={item.initiativeId ? stateOptions(current) : []}
      currentState={current}
      years={(budget.data?.years ?? []).map((y) => y.year)}
      defaultYear={budget.data?.year?.year ?? null}
      onClose={onClose}
    />
  );
}

function DecisionFormFields({
  item,
  options,
  currentState,
  years,
  defaultYear,
  onClose,
}: {
  item: AgendaItem;
  options: ReturnType<typeof stateOptions>;
  currentState: InitiativeState | undefined;
  years: number[];
  defaultYear: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useRecordDecision(item.id);
  const { form, set, bind, message, ready } = useMeetingForm<DecisionForm>(
    () => decisionForm(options, defaultYear),
    decisionProblems,
    save.error,
  );
  const votes = (field: 'votesFor' | 'votesAgainst' | 'abstentions') => (
    <TextInput label={t(`meetings.decisionForm.${field}`)} inputMode="numeric" dir="ltr" maw={140} {...bind(field)} />
  );

  function submit() {
    if (!ready()) return;
    save.mutate(decisionBody(form, item), { onSuccess: onClose });
  }

  return (
    <FormDialog
      title={t('meetings.decisionForm.title')}
      saveLabel={t('meetings.decisionForm.save')}
      save={save}
      onClose={onClose}
      onSubmit={submit}
      staleText={t('meetings.decisionForm.already')}
    >
      <Text size="sm">{t('meetings.documentForm.for', { title: isolateText(item.title) })}</Text>
      <Radio.Group
        label={t('meetings.decisionForm.outcome')}
        required
        value={form.outcome}
        onChange={(v) => set({ outcome: v as DecisionOutcome, initiativeState: stateFor(v as DecisionOutcome, options) })}
      >
        <Group gap="md" mt={4}>
          {DECISION_OUTCOMES.map((o) => (
            <Radio key={o} value={o} label={t(`meetings.outcomes.${o}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t('meetings.decisionForm.wording')}
        description={t('meetings.decisionForm.wordingHint')}
        required
        autosize
        minRows={3}
        maxLength={limits.textMax}
        dir="auto"
        {...bind('wording')}
      />
      <FormSection legend={t('meetings.decisionForm.vote')} description={t('meetings.decisionForm.voteHint')}>
        <Group gap="sm" align="flex-start">
          {votes('votesFor')}
          {votes('votesAgainst')}
          {votes('abstentions')}
        </Group>
      </FormSection>
      <ReservationsField value={form.reservations} onChange={(reservations) => set({ reservations })} error={message('reservations')} />
      {form.outcome !== 'tabled' && options.length > 0 && (
        <NativeSelect
          label={t('meetings.decisionForm.initiativeState', { name: isolateText(item.initiativeName ?? '') })}
          data={[
            {
              value: '',
              label: currentState
                ? t('meetings.decisionForm.leaveState', { state: t(`initiatives.states.${currentState}`) })
                : t('meetings.decisionForm.leave'),
            },
            ...options.map((s) => ({ value: s, label: t(`initiatives.states.${s}`) })),
          ]}
          {...bind('initiativeState')}
        />
      )}
      {form.outcome === 'adopted' && (
        <FormSection legend={t('meetings.decisionForm.allocation')}>
          {years.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('meetings.decisionForm.noYears')}
            </Text>
          ) : (
            <Group gap="sm" align="flex-start" grow>
              <NativeSelect
                label={t('meetings.decisionForm.year')}
                data={[...years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
                {...bind('allocationYear')}
              />
              <TextInput
                label={t('meetings.decisionForm.amount')}
                description={t('meetings.decisionForm.amountHint')}
                inputMode="decimal"
                dir="ltr"
                {...bind('amount')}
              />
            </Group>
          )}
        </FormSection>
      )}
    </FormDialog>
  );
}
