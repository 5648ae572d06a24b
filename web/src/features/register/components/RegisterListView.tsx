import { useEffect, useState } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { filtered, type AddressChange } from '../address.ts';
import type { RegisterFilters as Filters } from '../api.ts';
import { useRegister } from '../hooks.ts';
import { RegisterCard } from './RegisterCard.tsx';
import { RegisterFilters } from './RegisterFilters.tsx';

const CLEARED: AddressChange = { q: null, municipality: null, role: null, state: null };

/** The register's initiatives the filters in the address select, one card each, by name. */
export function RegisterListView({ filters, onChange }: { filters: Filters; onChange: (change: AddressChange) => void }) {
  const { t } = useTranslation();
  const q = filters.q ?? '';
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);

  useEffect(() => {
    if (debounced.trim() !== q) onChange({ q: debounced });
    // Only the typed text drives this effect; the address is the state.
  }, [debounced]);
  // The address changed from elsewhere (cleared, or a node of the network shown in the list): the box follows it.
  useEffect(() => {
    if (q !== search.trim()) setSearch(q);
  }, [q]);

  const register = useRegister(filters);
  return (
    <Stack gap="md">
      <RegisterFilters
        value={filters}
        search={search}
        municipalities={register.data?.municipalities ?? []}
        onSearch={setSearch}
        onChange={onChange}
        onClear={filtered(filters) ? () => onChange(CLEARED) : null}
      />
      {register.isPending && <Loading />}
      <ErrorNotice error={register.error} />
      {register.data && (
        <Stack gap="sm" component="section" aria-labelledby="register-list-heading">
          <Title order={2} size="h3" id="register-list-heading" aria-live="polite">
            {t('register.list.title', { count: register.data.items.length, total: register.data.total })}
          </Title>
          {register.data.items.length === 0 && (
            <Text>{register.data.total === 0 ? t('register.list.empty') : t('register.list.none')}</Text>
          )}
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {register.data.items.map((entry) => (
              <RegisterCard key={entry.id} entry={entry} />
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
