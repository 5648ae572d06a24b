import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../hooks.ts';

interface OrganisationSelectProps {
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  required?: boolean;
  /** Offer "no organisation" as a choice (for users who belong to none). */
  allowNone?: boolean;
}

/** A choice among the tenant's active organisations, sorted by name in the interface language. */
export function OrganisationSelect({ label, value, onChange, error, required, allowNone }: OrganisationSelectProps) {
  const { t, i18n } = useTranslation();
  const organisations = useOrganisations();
  const options = (organisations.data ?? [])
    .filter((organisation) => organisation.active || organisation.id === value)
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <NativeSelect
      label={label}
      value={value}
      required={required}
      error={error ?? (organisations.error ? t('errors.unavailable') : undefined)}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{allowNone ? t('organisations.none') : t('common.choose')}</option>
      {options.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </NativeSelect>
  );
}
