import { NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { today } from '../../../lib/format.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { isolateText } from '../../../ui/Ltr.tsx';
import type { Allocation } from '../api.ts';
import { monthName } from '../figures.ts';
import { defaultMonth, spendingBody, spendingForm, spendingProblems } from '../forms.ts';
import { useRecordSpending } from '../hooks.ts';
import { useForbundForm } from './useForbundForm.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Records spending against an allocation in a month of its year; a correction is typed with a minus. */
export function SpendingFormModal({ allocation, onClose }: { allocation: Allocation; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useRecordSpending(allocation.id);
  const { form, bind, ready } = useForbundForm(() => spendingForm(defaultMonth(allocation.year, today())), spendingProblems, save.error);

  function submit() {
    if (ready()) save.mutate(spendingBody(form), { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t('forbund.spendingForm.title')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('forbund.spendingForm.stale')}
      pending={save.isPending}
      cancelLabel={t('forbund.cancel')}
      saveLabel={t('forbund.save')}
    >
      <Text size="sm" fw={600}>
        {t('forbund.spendingForm.for', { name: isolateText(allocation.name), year: allocation.year })}
      </Text>
      <NativeSelect
        label={t('forbund.spendingForm.month')}
        data={MONTHS.map((m) => ({ value: String(m), label: monthName(m, i18n.language) }))}
        {...bind('month')}
      />
      {/* No numeric keyboard: a phone's decimal pad has no minus for a correction. */}
      <TextInput
        label={t('forbund.spendingForm.amount')}
        description={t('forbund.spendingForm.amountHint')}
        required
        dir="ltr"
        {...bind('amount')}
      />
      <TextInput label={t('forbund.spendingForm.note')} maxLength={limits.nameMax} dir="auto" {...bind('note')} />
    </FormModal>
  );
}
