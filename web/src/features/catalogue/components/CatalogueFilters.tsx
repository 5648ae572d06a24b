import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import { INTERVENTION_KINDS, TARGET_GROUPS } from '../../../../../common/offer.ts';
import { LANGUAGES } from '../../../i18n/languages.ts';
import { languageName } from '../../../lib/format.ts';
import { useOrganisations } from '../../organisations/hooks.ts';

export interface FilterValues {
  q: string;
  kind: string | null;
  language: string | null;
  organisationId: string | null;
  targetGroup: string | null;
  eligibleOnly: boolean;
  freeOnly: boolean;
}

/** The catalogue's search box and filters; the eligibility filter shows only when a person is chosen. */
export function CatalogueFilters({
  value,
  onChange,
  forPerson,
}: {
  value: FilterValues;
  onChange: (next: Partial<FilterValues>) => void;
  forPerson: boolean;
}) {
  const { t, i18n } = useTranslation();
  const organisations = useOrganisations();
  const all = { value: '', label: t('catalogue.filters.all') };
  const languages = [...new Set(LANGUAGES.map((l) => l.split('-')[0]!))];
  return (
    <form role="search" onSubmit={(event) => event.preventDefault()}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label={t('catalogue.search')}
          placeholder={t('catalogue.searchPlaceholder')}
          value={value.q}
          maxLength={limits.searchMax}
          onChange={(event) => onChange({ q: event.currentTarget.value })}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label={t('catalogue.filters.kind')}
          data={[all, ...INTERVENTION_KINDS.map((k) => ({ value: k, label: t(`offer.interventionKinds.${k}`) }))]}
          value={value.kind ?? ''}
          onChange={(kind) => onChange({ kind: kind || null })}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('catalogue.filters.language')}
          data={[all, ...languages.map((code) => ({ value: code, label: languageName(code, i18n.language) }))]}
          value={value.language ?? ''}
          onChange={(language) => onChange({ language: language || null })}
          w={{ base: '100%', sm: 170 }}
        />
        <Select
          label={t('catalogue.filters.organisation')}
          data={[all, ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))]}
          value={value.organisationId ?? ''}
          onChange={(organisationId) => onChange({ organisationId: organisationId || null })}
          searchable
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('catalogue.filters.targetGroup')}
          data={[all, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`catalogue.targetGroups.${g}`) }))]}
          value={value.targetGroup ?? ''}
          onChange={(targetGroup) => onChange({ targetGroup: targetGroup || null })}
          w={{ base: '100%', sm: 230 }}
        />
      </Group>
      <Group mt="sm" gap="lg">
        {forPerson && (
          <Checkbox
            label={t('catalogue.filters.eligibleOnly')}
            checked={value.eligibleOnly}
            onChange={(event) => onChange({ eligibleOnly: event.currentTarget.checked })}
          />
        )}
        <Checkbox
          label={t('catalogue.filters.freeOnly')}
          checked={value.freeOnly}
          onChange={(event) => onChange({ freeOnly: event.currentTarget.checked })}
        />
      </Group>
    </form>
  );
}
