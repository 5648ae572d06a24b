import { useState } from 'react';
import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PURCHASE_KINDS, type PurchaseKind } from '../../../../../common/offer.ts';
import { today } from '../../../lib/format.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { Purchase } from '../api.ts';
import { purchaseBody, purchaseForm, purchaseProblems, serverProblems, type Problem, type PurchaseForm } from '../forms.ts';
import { useSavePurchase } from '../hooks.ts';

/** Records a purchase from a social enterprise for the own organisation, or corrects one; the amount is typed in kronor. */
export function PurchaseFormModal({
  purchase,
  socialEnterprises,
  onClose,
}: {
  purchase: Purchase | null;
  socialEnterprises: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSavePurchase(purchase?.id ?? null);
  const [form, setForm] = useState<PurchaseForm>(() =>
    purchaseForm(purchase, {
      year: Number(today().slice(0, 4)),
      supplierOrganisationId: socialEnterprises.length === 1 ? socialEnterprises[0]!.id : '',
    }),
  );
  const [tried, setTried] = useState(false);
  const set = (change: Partial<PurchaseForm>) => setForm((f) => ({ ...f, ...change }));
  const own = tried ? purchaseProblems(form) : {};
  const fromServer = serverProblems(save.error);
  const message = (field: keyof PurchaseForm | 'amountOre') => {
    const problem: Problem | undefined = field === 'amountOre' ? undefined : (own[field] ?? fromServer[field]);
    const server = field === 'amount' ? fromServer.amountOre : undefined;
    return problem ? t(`procurement.problems.${problem}`) : server ? t('procurement.problems.amount') : undefined;
  };

  function submit() {
    setTried(true);
    if (Object.keys(purchaseProblems(form)).length > 0) return;
    save.mutate({ ...purchaseBody(form), ...(purchase ? { version: purchase.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(purchase ? 'procurement.purchaseForm.editTitle' : 'procurement.purchaseForm.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('procurement.purchaseForm.stale')}
      pending={save.isPending}
      cancelLabel={t('procurement.cancel')}
      saveLabel={t('procurement.save')}
    >
      <NativeSelect
        label={t('procurement.purchaseForm.supplier')}
        required
        data={[
          { value: '', label: t('procurement.purchaseForm.chooseSupplier') },
          ...socialEnterprises.map((e) => ({ value: e.id, label: e.name })),
        ]}
        value={form.supplierOrganisationId}
        onChange={(e) => set({ supplierOrganisationId: e.currentTarget.value })}
        error={message('supplierOrganisationId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('procurement.purchaseForm.year')}
          required
          inputMode="numeric"
          maxLength={4}
          value={form.year}
          onChange={(e) => set({ year: e.currentTarget.value })}
          error={message('year')}
        />
        <NativeSelect
          label={t('procurement.purchaseForm.kind')}
          data={PURCHASE_KINDS.map((k) => ({ value: k, label: t(`procurement.purchaseKinds.${k}`) }))}
          value={form.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as PurchaseKind })}
        />
      </SimpleGrid>
      <TextInput
        label={t('procurement.purchaseForm.amount')}
        description={t('procurement.purchaseForm.amountHint')}
        required
        inputMode="decimal"
        dir="ltr"
        value={form.amount}
        onChange={(e) => set({ amount: e.currentTarget.value })}
        error={message('amount')}
      />
      <Textarea
        label={t('procurement.purchaseForm.description')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
        value={form.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={message('description')}
      />
    </FormModal>
  );
}
