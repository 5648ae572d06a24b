import { MultiSelect, NumberInput, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { finsamOptions, hasExtent, type SituationValue } from '../types.ts';

interface Props {
  value: SituationValue;
  onChange: (value: SituationValue) => void;
  /** Distinguishes the fields when two forms are on one page (their ids and labels stay unique). */
  idPrefix?: string;
  disabled?: boolean;
}

/**
 * The person's situation in the national follow-up's categories (controlled): occupation, one or more income
 * sources, and the extent in percent of full time when the occupation is work or studies.
 */
export function SituationForm({ value, onChange, idPrefix = 'situation', disabled }: Props) {
  const { t } = useTranslation();
  const setOccupation = (occupation: string) =>
    onChange({
      ...value,
      occupation,
      // Work and studies ask for an extent (full time unless changed); other occupations have none.
      extentPercent: hasExtent(occupation) ? (value.extentPercent ?? 100) : null,
    });
  return (
    <Stack gap="sm">
      <Select
        id={`${idPrefix}-occupation`}
        label={t('participations.situation.occupation')}
        placeholder={t('participations.choose')}
        data={finsamOptions('occupation', t)}
        value={value.occupation || null}
        onChange={(v) => setOccupation(v ?? '')}
        allowDeselect={false}
        required
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        id={`${idPrefix}-income`}
        label={t('participations.situation.incomeSources')}
        description={t('participations.situation.incomeHint')}
        data={finsamOptions('income', t)}
        value={value.incomeSources}
        onChange={(incomeSources) => onChange({ ...value, incomeSources })}
        // Searchable: the field takes typing (and shows the caret) for keyboard and screen-reader users.
        searchable
        required
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      {hasExtent(value.occupation) && (
        <NumberInput
          id={`${idPrefix}-extent`}
          label={t('participations.situation.extentPercent')}
          description={t('participations.situation.extentHint')}
          min={0}
          max={100}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          suffix=" %"
          value={value.extentPercent ?? ''}
          onChange={(v) => onChange({ ...value, extentPercent: typeof v === 'number' ? v : null })}
          required
          disabled={disabled}
          // A number with its unit keeps its left-to-right order in Arabic, as every number in Kitt does.
          dir="ltr"
          w={{ base: '100%', sm: 300 }}
        />
      )}
    </Stack>
  );
}
