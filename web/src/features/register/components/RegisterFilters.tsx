import { Button, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATES, MUNICIPALITY_ROLES } from '../../../../../common/governance.ts';
import { limits } from '../../../../../common/limits.ts';
import type { AddressChange } from '../address.ts';
import type { RegisterFilters as Filters } from '../api.ts';

/** The register's search: words, and one municipality, role of the municipality and state, each or all. */
export function RegisterFilters({
  value,
  search,
  municipalities,
  onSearch,
  onChange,
  onClear,
}: {
  value: Filters;
  /** The words as typed, before they reach the address. */
  search: string;
  municipalities: string[];
  onSearch: (q: string) => void;
  onChange: (change: AddressChange) => void;
  onClear: (() => void) | null;
}) {
  const { t } = useTranslation();
  // A municipality in the address that the register no longer names is still offered, so the choice shows as made.
  const choices =
    value.municipality && !municipalities.includes(value.municipality) ? [value.municipality, ...municipalities] : municipalities;
  return (
    <form role="search" aria-label={t('register.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('register.filters.search')}
          placeholder={t('register.filters.searchPlaceholder')}
          value={search}
          maxLength={limits.searchMax}
          onChange={(event) => onSearch(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('register.filters.municipality')}
          value={value.municipality ?? ''}
          onChange={(event) => onChange({ municipality: event.currentTarget.value })}
          data={[{ value: '', label: t('register.filters.allMunicipalities') }, ...choices.map((m) => ({ value: m, label: m }))]}
        />
        <NativeSelect
          label={t('register.filters.role')}
          value={value.role ?? ''}
          onChange={(event) => onChange({ role: event.currentTarget.value })}
          data={[
            { value: '', label: t('register.filters.allRoles') },
            ...MUNICIPALITY_ROLES.map((r) => ({ value: r, label: t(`initiatives.municipalityRoles.${r}`) })),
          ]}
        />
        <NativeSelect
          label={t('register.filters.state')}
          value={value.state ?? ''}
          onChange={(event) => onChange({ state: event.currentTarget.value })}
          data={[
            { value: '', label: t('register.filters.allStates') },
            ...INITIATIVE_STATES.map((s) => ({ value: s, label: t(`initiatives.states.${s}`) })),
          ]}
        />
      </SimpleGrid>
      {onClear && (
        <Button variant="subtle" mt="xs" px={0} onClick={onClear}>
          {t('register.filters.clear')}
        </Button>
      )}
    </form>
  );
}
