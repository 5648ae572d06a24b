import { MultiSelect, NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import type { Party, PartyList } from '../api.ts';
import { partyBody, partyForm, partyProblems } from '../forms.ts';
import { useSaveParty } from '../hooks.ts';
import { useForbundForm } from './useForbundForm.ts';

/**
 * Adds a party or changes one: its name, kind, weight in its group's split key (e.g. a municipality's population) and
 * the area's organisations that belong to it — those of another party are shown but cannot be chosen.
 */
export function PartyFormModal({ party, list, onClose }: { party: Party | null; list: PartyList; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveParty(party?.id ?? null);
  const { form, set, bind, message, ready } = useForbundForm(() => partyForm(party), partyProblems, save.error);
  const partyName = (id: string) => list.items.find((p) => p.id === id)?.name ?? '';
  const organisations = list.organisations.map((o) => {
    const other = o.partyId !== null && o.partyId !== party?.id;
    return {
      value: o.id,
      label: other ? t('forbund.partyForm.otherParty', { name: o.name, party: partyName(o.partyId!) }) : o.name,
      disabled: other,
    };
  });

  function submit() {
    if (ready()) save.mutate({ ...partyBody(form), ...(party ? { version: party.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(party ? 'forbund.partyForm.editTitle' : 'forbund.partyForm.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('forbund.partyForm.stale')}
      pending={save.isPending}
      cancelLabel={t('forbund.cancel')}
      saveLabel={t('forbund.save')}
    >
      {party && <Text size="sm">{t('forbund.partyForm.changeNote')}</Text>}
      <TextInput label={t('forbund.partyForm.name')} required maxLength={limits.nameMax} dir="auto" {...bind('name')} />
      <NativeSelect
        label={t('forbund.partyForm.kind')}
        required
        data={[
          { value: '', label: t('forbund.partyForm.chooseKind') },
          ...PARTY_KINDS.map((k) => ({ value: k, label: t(`forbund.kinds.${k}`) })),
        ]}
        {...bind('kind')}
      />
      <TextInput
        label={t('forbund.partyForm.keyWeight')}
        description={t('forbund.partyForm.keyWeightHint')}
        required
        inputMode="numeric"
        dir="ltr"
        {...bind('keyWeight')}
      />
      <MultiSelect
        label={t('forbund.partyForm.organisations')}
        description={t('forbund.partyForm.organisationsHint')}
        data={organisations}
        value={form.organisationIds}
        onChange={(organisationIds) => set({ organisationIds })}
        searchable
        error={message('organisationIds')}
      />
    </FormModal>
  );
}
