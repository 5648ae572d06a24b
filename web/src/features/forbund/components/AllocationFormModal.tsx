import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { Allocation, Budget } from '../api.ts';
import { allocationBody, allocationForm, allocationProblems } from '../forms.ts';
import { useSaveAllocation } from '../hooks.ts';
import { useForbundForm } from './useForbundForm.ts';

/**
 * Allocates money of the year to an initiative or to the förbund's own operation, or changes an allocation; the
 * amount is typed in kronor. Choosing an initiative names the allocation after it while the name is still empty.
 */
export function AllocationFormModal({
  allocation,
  year,
  initiatives,
  onClose,
}: {
  allocation: Allocation | null;
  year: number;
  initiatives: Budget['initiatives'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveAllocation(allocation?.id ?? null, year);
  const { form, set, bind, ready } = useForbundForm(() => allocationForm(allocation), allocationProblems, save.error);

  function submit() {
    if (!ready()) return;
    save.mutate({ ...allocationBody(form), ...(allocation ? { version: allocation.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(allocation ? 'forbund.allocationForm.editTitle' : 'forbund.allocationForm.createTitle', { year })}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('forbund.allocationForm.stale')}
      pending={save.isPending}
      cancelLabel={t('forbund.cancel')}
      saveLabel={t('forbund.save')}
    >
      <NativeSelect
        label={t('forbund.allocationForm.initiative')}
        data={[{ value: '', label: t('forbund.allocations.ownOperation') }, ...initiatives.map((i) => ({ value: i.id, label: i.name }))]}
        {...bind('initiativeId')}
        onChange={(e) => {
          const chosen = initiatives.find((i) => i.id === e.currentTarget.value);
          set({ initiativeId: e.currentTarget.value, ...(chosen && form.name.trim() === '' ? { name: chosen.name } : {}) });
        }}
      />
      <TextInput
        label={t('forbund.allocationForm.name')}
        description={t('forbund.allocationForm.nameHint')}
        required
        maxLength={limits.nameMax}
        dir="auto"
        {...bind('name')}
      />
      <TextInput
        label={t('forbund.allocationForm.amount')}
        description={t('forbund.allocationForm.amountHint')}
        required
        inputMode="decimal"
        dir="ltr"
        {...bind('amount')}
      />
    </FormModal>
  );
}
