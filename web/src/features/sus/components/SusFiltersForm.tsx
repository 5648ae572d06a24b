import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../initiatives/api.ts';
import type { SusFilters } from '../api.ts';
import { periodRunsBackwards } from '../filters.ts';

const FORBUND = 'forbund';

/** The förbund or one initiative, and the period; each change is written to the address by `onChange`. */
export function SusFiltersForm({
  filters,
  initiatives,
  onChange,
}: {
  filters: SusFilters;
  initiatives: Initiative[];
  onChange: (key: keyof SusFilters, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const scopes = [{ value: FORBUND, label: t('sus.filters.forbund') }, ...initiatives.map((i) => ({ value: i.id, label: i.name }))];
  return (
    <Group
      align="flex-start"
      gap="sm"
      wrap="wrap"
      component="form"
      role="search"
      aria-label={t('sus.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('sus.filters.scope')}
        data={scopes}
        value={filters.initiativeId ?? FORBUND}
        allowDeselect={false}
        searchable
        onChange={(v) => onChange('initiativeId', v === FORBUND ? null : v)}
        w={{ base: '100%', sm: 320 }}
      />
      <TextInput
        type="date"
        label={t('sus.filters.from')}
        value={filters.from}
        onChange={(e) => onChange('from', e.currentTarget.value)}
        w={{ base: '100%', sm: 170 }}
      />
      <TextInput
        type="date"
        label={t('sus.filters.to')}
        value={filters.to}
        error={periodRunsBackwards(filters) ? t('sus.filters.backwards') : undefined}
        onChange={(e) => onChange('to', e.currentTarget.value)}
        w={{ base: '100%', sm: 170 }}
      />
      <Button variant="default" onClick={() => window.print()} mt={{ base: 0, sm: 25 }} className="no-print">
        {t('sus.print')}
      </Button>
    </Group>
  );
}
