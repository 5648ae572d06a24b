import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTRACT_REQUIREMENT_KINDS, type ContractRequirementKind } from '../../../../../common/offer.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useCatalogue } from '../../catalogue/hooks.ts';
import { useOrganisations } from '../../organisations/hooks.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import type { Contract } from '../api.ts';
import { contractBody, contractForm, contractProblems, serverProblems, type ContractForm, type Problem } from '../forms.ts';
import { useSaveContract } from '../hooks.ts';

/**
 * Adds a contract of the own organisation or changes one: its supplier, period, the employment requirements per
 * contract year as rows (one per kind), and which of the supplier's interventions it covers (their participations
 * are what fulfilment counts).
 */
export function ContractFormModal({ contract, onClose }: { contract: Contract | null; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const save = useSaveContract(contract?.id ?? null);
  const organisations = useOrganisations();
  const [form, setForm] = useState<ContractForm>(() => contractForm(contract));
  const [tried, setTried] = useState(false);
  const supplierInterventions = useCatalogue({ organisationId: form.supplierOrganisationId || undefined, limit: 200 });
  const set = (change: Partial<ContractForm>) => setForm((f) => ({ ...f, ...change }));
  const own = tried ? contractProblems(form) : {};
  const fromServer = serverProblems(save.error);
  const message = (field: keyof ContractForm) => {
    const problem: Problem | undefined = own[field] ?? fromServer[field];
    return problem ? t(`procurement.problems.${problem}`) : undefined;
  };
  const suppliers = (organisations.data ?? []).filter((o) => o.active && o.id !== me.organisation?.id);
  const options = [
    ...(form.supplierOrganisationId ? (supplierInterventions.data?.items ?? []) : []),
    ...(contract?.supplierOrganisationId === form.supplierOrganisationId ? contract.interventions : []),
  ].filter((i, n, all) => all.findIndex((other) => other.id === i.id) === n);
  const unused = (kind: ContractRequirementKind) => !form.requirements.some((r) => r.kind === kind);

  function submit() {
    setTried(true);
    if (Object.keys(contractProblems(form)).length > 0) return;
    save.mutate({ ...contractBody(form), ...(contract ? { version: contract.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(contract ? 'procurement.contractForm.editTitle' : 'procurement.contractForm.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('procurement.contractForm.stale')}
      pending={save.isPending}
      cancelLabel={t('procurement.cancel')}
      saveLabel={t('procurement.save')}
    >
      <TextInput
        label={t('procurement.contractForm.name')}
        required
        maxLength={200}
        dir="auto"
        value={form.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={message('name')}
      />
      <TextInput
        label={t('procurement.contractForm.reference')}
        maxLength={200}
        dir="auto"
        value={form.reference}
        onChange={(e) => set({ reference: e.currentTarget.value })}
        error={message('reference')}
      />
      <NativeSelect
        label={t('procurement.contractForm.supplier')}
        required
        data={[
          { value: '', label: t('procurement.contractForm.chooseSupplier') },
          ...suppliers.map((o) => ({ value: o.id, label: o.name })),
        ]}
        value={form.supplierOrganisationId}
        onChange={(e) => set({ supplierOrganisationId: e.currentTarget.value, interventionIds: [] })}
        error={message('supplierOrganisationId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('procurement.contractForm.startDate')}
          required
          value={form.startDate}
          onChange={(e) => set({ startDate: e.currentTarget.value })}
          error={message('startDate')}
        />
        <TextInput
          type="date"
          label={t('procurement.contractForm.endDate')}
          required
          value={form.endDate}
          onChange={(e) => set({ endDate: e.currentTarget.value })}
          error={message('endDate')}
        />
      </SimpleGrid>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <Text fw={600} size="sm">
            {t('procurement.contractForm.requirements')}
          </Text>
        </legend>
        <Stack gap="xs" mt={4}>
          {form.requirements.map((r, i) => (
            <Group key={r.kind} gap="xs" align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t('procurement.contractForm.kind')}
                data={CONTRACT_REQUIREMENT_KINDS.filter((k) => k === r.kind || unused(k)).map((k) => ({
                  value: k,
                  label: t(`procurement.requirementKinds.${k}`),
                }))}
                value={r.kind}
                onChange={(e) =>
                  set({
                    requirements: form.requirements.map((x, j) =>
                      j === i ? { ...x, kind: e.currentTarget.value as ContractRequirementKind } : x,
                    ),
                  })
                }
                style={{ flex: 1 }}
              />
              <TextInput
                label={t('procurement.contractForm.perYear')}
                inputMode="numeric"
                value={r.perYear}
                onChange={(e) =>
                  set({ requirements: form.requirements.map((x, j) => (j === i ? { ...x, perYear: e.currentTarget.value } : x)) })
                }
                w={110}
              />
              <ActionIcon
                variant="default"
                size="lg"
                mb={2}
                aria-label={t('procurement.contractForm.removeRequirement', { kind: t(`procurement.requirementKinds.${r.kind}`) })}
                onClick={() => set({ requirements: form.requirements.filter((_, j) => j !== i) })}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          {message('requirements') && (
            <Text size="sm" c="var(--mantine-color-error)">
              {message('requirements')}
            </Text>
          )}
          {CONTRACT_REQUIREMENT_KINDS.some(unused) && (
            <Button
              variant="default"
              size="xs"
              w="fit-content"
              onClick={() => set({ requirements: [...form.requirements, { kind: CONTRACT_REQUIREMENT_KINDS.find(unused)!, perYear: '' }] })}
            >
              {t('procurement.contractForm.addRequirement')}
            </Button>
          )}
        </Stack>
      </fieldset>
      {form.supplierOrganisationId && (
        <Checkbox.Group
          label={t('procurement.contractForm.interventions')}
          value={form.interventionIds}
          onChange={(interventionIds) => set({ interventionIds })}
          error={message('interventionIds')}
        >
          <Stack gap={6} mt={6}>
            {options.length === 0 && <Text size="sm">{t('procurement.contractForm.noSupplierInterventions')}</Text>}
            {options.map((i) => (
              <Checkbox key={i.id} value={i.id} label={<bdi>{i.name}</bdi>} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </FormModal>
  );
}
