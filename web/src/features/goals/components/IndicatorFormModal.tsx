import { Group, NativeSelect, Radio, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INDICATORS, TARGET_DIRECTIONS, type Indicator, type TargetDirection } from '../../../../../common/governance.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { IndicatorView, JointGoal } from '../api.ts';
import { indicatorBody, indicatorForm, indicatorProblems, withIndicator } from '../forms.ts';
import { useSaveIndicator } from '../hooks.ts';
import { UNIT } from '../indicators.ts';
import { saveProps, useGoalForm } from './useGoalForm.ts';

/**
 * Makes a joint goal measurable: one of the indicators Kitt computes from the case data, explained as it is chosen,
 * and a target to reach at least or at most (fewer days is better, so that one starts as "at most").
 */
export function IndicatorFormModal({
  goal,
  indicator,
  onClose,
}: {
  goal: JointGoal;
  indicator: IndicatorView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIndicator(indicator ? { id: indicator.id } : { goalId: goal.id });
  const { form, set, message, ready } = useGoalForm(() => indicatorForm(indicator), indicatorProblems, save.error);

  function submit() {
    if (ready()) save.mutate({ ...indicatorBody(form), ...(indicator ? { version: indicator.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(indicator ? 'goals.indicatorForm.editTitle' : 'goals.indicatorForm.createTitle', { title: goal.title })}
      onClose={onClose}
      onSubmit={submit}
      {...saveProps(t, save)}
    >
      <NativeSelect
        label={t('goals.indicatorForm.indicator')}
        required
        data={[
          { value: '', label: t('goals.indicatorForm.choose') },
          ...INDICATORS.map((i) => ({ value: i, label: t(`goals.indicators.${i}.name`) })),
        ]}
        value={form.indicator}
        onChange={(e) => set(withIndicator(form, e.currentTarget.value as Indicator | ''))}
        description={form.indicator ? t(`goals.indicators.${form.indicator}.explain`) : undefined}
        error={message('indicator')}
      />
      <Radio.Group
        label={t('goals.indicatorForm.direction')}
        value={form.direction}
        onChange={(direction) => set({ direction: direction as TargetDirection })}
      >
        <Group gap="lg" mt={4}>
          {TARGET_DIRECTIONS.map((d) => (
            <Radio key={d} value={d} label={t(`goals.indicatorForm.directions.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={t(form.indicator ? `goals.indicatorForm.target.${UNIT[form.indicator]}` : 'goals.indicatorForm.target.any')}
        description={t('goals.indicatorForm.targetHint')}
        required
        inputMode="decimal"
        dir="ltr"
        value={form.target}
        onChange={(e) => set({ target: e.currentTarget.value })}
        error={message('target')}
      />
    </FormModal>
  );
}
