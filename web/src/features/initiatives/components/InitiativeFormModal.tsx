import { Checkbox, MultiSelect, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, INITIATIVE_KINDS, MUNICIPALITY_ROLES, type InitiativeKind } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import { useCheckedForm } from '../../../lib/useCheckedForm.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useCatalogue } from '../../catalogue/hooks.ts';
import type { Initiative } from '../api.ts';
import { initiativeBody, initiativeForm, initiativeProblems, serverProblems } from '../forms.ts';
import { useInitiatives, useSaveInitiative } from '../hooks.ts';
import { Choices, PartySelect } from './FormFields.tsx';

/** Distinct by id, the first kept: the catalogue's interventions and those already linked (perhaps no longer active). */
const distinct = <T extends { id: string }>(items: T[]) => items.filter((x, n) => items.findIndex((y) => y.id === x.id) === n);

/**
 * Records an initiative as an idea, or changes what one is: its kind, purpose, origin and inspiration, owner and
 * funding, the municipality's roles in it, its period and the catalogue's interventions it runs through. Its state
 * moves only by the steps on its page.
 */
export function InitiativeFormModal({ initiative, onClose }: { initiative: Initiative | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveInitiative(initiative?.id ?? null);
  const catalogue = useCatalogue({ limit: limits.pageSizeMax });
  const others = useInitiatives({});
  const { form, set, message, ready } = useCheckedForm(
    () => initiativeForm(initiative),
    initiativeProblems,
    serverProblems(save.error),
    (problem) => t(`initiatives.problems.${problem}`),
  );
  const text = (field: 'name' | 'targetGroup' | 'origin' | 'municipality', max: number, required = false) => (
    <TextInput
      label={t(`initiatives.form.${field}`)}
      required={required}
      maxLength={max}
      dir="auto"
      value={form[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={message(field)}
    />
  );
  const interventions = distinct([...(catalogue.data?.items ?? []), ...(initiative?.interventions ?? [])]);
  const inspirations = distinct([
    ...(others.data?.items ?? []),
    ...(initiative?.inspiredById ? [{ id: initiative.inspiredById, name: initiative.inspiredByName ?? '' }] : []),
  ]).filter((i) => i.id !== initiative?.id);

  function submit() {
    if (!ready()) return;
    save.mutate({ ...initiativeBody(form), ...(initiative ? { version: initiative.version } : {}) }, { onSuccess: onClose });
  }

  return (
    <FormModal
      title={t(initiative ? 'initiatives.form.editTitle' : 'initiatives.form.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      staleText={t('initiatives.form.stale')}
      pending={save.isPending}
      cancelLabel={t('initiatives.cancel')}
      saveLabel={t('initiatives.save')}
    >
      {text('name', limits.nameMax, true)}
      <NativeSelect
        label={t('initiatives.form.kind')}
        data={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`initiatives.kinds.${k}`) }))}
        value={form.kind}
        onChange={(e) => set({ kind: e.currentTarget.value as InitiativeKind })}
      />
      <Textarea
        label={t('initiatives.form.description')}
        autosize
        minRows={3}
        maxLength={limits.textMax}
        dir="auto"
        value={form.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={message('description')}
      />
      {text('targetGroup', limits.textMax)}
      {text('origin', limits.textMax)}
      <NativeSelect
        label={t('initiatives.form.inspiredBy')}
        data={[{ value: '', label: t('initiatives.form.noInspiration') }, ...inspirations.map((i) => ({ value: i.id, label: i.name }))]}
        value={form.inspiredById}
        onChange={(e) => set({ inspiredById: e.currentTarget.value })}
        error={message('inspiredById')}
      />
      <PartySelect
        label={t('initiatives.form.owner')}
        value={form.ownerPartyId}
        onChange={(ownerPartyId) => set({ ownerPartyId })}
        error={message('ownerPartyId')}
      />
      <Choices
        label={t('initiatives.form.funding')}
        options={FUNDING_SOURCES}
        labelOf={(f) => t(`initiatives.fundingSources.${f}`)}
        value={form.fundingSources}
        onChange={(fundingSources) => set({ fundingSources })}
        error={message('fundingSources')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('municipality', limits.nameMax)}
        <Choices
          label={t('initiatives.form.municipalityRoles')}
          options={MUNICIPALITY_ROLES}
          labelOf={(r) => t(`initiatives.municipalityRoles.${r}`)}
          value={form.municipalityRoles}
          onChange={(municipalityRoles) => set({ municipalityRoles })}
          error={message('municipalityRoles')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['startDate', 'endDate'] as const).map((field) => (
          <TextInput
            key={field}
            type="date"
            label={t(`initiatives.form.${field}`)}
            value={form[field]}
            onChange={(e) => set({ [field]: e.currentTarget.value })}
            error={message(field)}
          />
        ))}
      </SimpleGrid>
      <MultiSelect
        label={t('initiatives.form.interventions')}
        description={t('initiatives.form.interventionsHint')}
        data={interventions.map((i) => ({ value: i.id, label: i.name }))}
        value={form.interventionIds}
        onChange={(interventionIds) => set({ interventionIds })}
        searchable
        hidePickedOptions
        nothingFoundMessage={t('initiatives.form.noInterventions')}
        error={message('interventionIds')}
      />
      <Checkbox
        label={t('initiatives.form.public')}
        description={t('initiatives.form.publicHint')}
        checked={form.public}
        onChange={(e) => set({ public: e.currentTarget.checked })}
      />
    </FormModal>
  );
}
