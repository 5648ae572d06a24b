import { Checkbox, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParties } from '../../forbund/hooks.ts';

/** One of the förbund's parties ('' for none chosen yet). */
export function PartySelect({
  label,
  required,
  value,
  onChange,
  error,
}: {
  label: string;
  required?: boolean;
  value: string;
  onChange: (partyId: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const parties = useParties();
  return (
    <NativeSelect
      label={label}
      required={required}
      data={[
        { value: '', label: t('initiatives.form.chooseParty') },
        ...(parties.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

/** Any number of a fixed list of choices, as checkboxes in a row that wraps. */
export function Choices<V extends string>({
  label,
  options,
  labelOf,
  value,
  onChange,
  error,
}: {
  label: string;
  options: readonly V[];
  labelOf: (option: V) => string;
  value: V[];
  onChange: (value: V[]) => void;
  error: string | undefined;
}) {
  return (
    <Checkbox.Group label={label} value={value} onChange={(v) => onChange(v as V[])} error={error}>
      <Group gap="md" mt={6}>
        {options.map((o) => (
          <Checkbox key={o} value={o} label={labelOf(o)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
