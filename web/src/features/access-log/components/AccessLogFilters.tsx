import { Accordion, Button, Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOG_CATEGORIES, type AccessLogFilters as Filters } from '../types.ts';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  organisations: { id: string; name: string }[];
}

const DEFAULT: Filters = {};

/** The log's filters, folded away on a phone so the list comes first: organisation, category, read or change, days. */
export function AccessLogFilters({ filters, onChange, organisations }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const categoryLabel = (c: (typeof LOG_CATEGORIES)[number]) => (c === 'consent' ? t('accessLog.consentCategory') : t(`categories.${c}`));
  const active = Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false);

  return (
    <Accordion variant="contained" defaultValue={active ? 'filters' : null}>
      <Accordion.Item value="filters">
        <Accordion.Control>{t('accessLog.filtersTitle')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('accessLog.organisation')}
                value={filters.organisationId ?? ''}
                onChange={(e) => set({ organisationId: e.currentTarget.value || undefined })}
                data={[
                  { value: '', label: t('accessLog.allOrganisations') },
                  ...organisations.map((o) => ({ value: o.id, label: o.name })),
                ]}
              />
              <NativeSelect
                label={t('accessLog.category')}
                value={filters.category ?? ''}
                onChange={(e) => set({ category: e.currentTarget.value || undefined })}
                data={[
                  { value: '', label: t('accessLog.allCategories') },
                  ...LOG_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
                ]}
              />
              <NativeSelect
                label={t('accessLog.kind')}
                value={filters.kind ?? ''}
                onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as Filters['kind'] })}
                data={[
                  { value: '', label: t('accessLog.kinds.all') },
                  { value: 'read', label: t('accessLog.kinds.read') },
                  { value: 'change', label: t('accessLog.kinds.change') },
                ]}
              />
            </SimpleGrid>
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                type="date"
                label={t('accessLog.from')}
                value={filters.from ?? ''}
                max={filters.to}
                onChange={(e) => set({ from: e.currentTarget.value || undefined })}
              />
              <TextInput
                type="date"
                label={t('accessLog.to')}
                value={filters.to ?? ''}
                min={filters.from}
                onChange={(e) => set({ to: e.currentTarget.value || undefined })}
              />
            </SimpleGrid>
            <Checkbox
              label={t('accessLog.includeOwn')}
              checked={filters.includeOwn ?? false}
              onChange={(e) => set({ includeOwn: e.currentTarget.checked || undefined })}
            />
            {active && (
              <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => onChange(DEFAULT)}>
                {t('accessLog.clear')}
              </Button>
            )}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
