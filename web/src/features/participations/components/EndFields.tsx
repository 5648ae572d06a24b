import { Alert, Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { finsamOptions, isExcludedEndReason, type EndValue } from '../types.ts';
import { SituationForm } from './SituationForm.tsx';

/**
 * What a provider records when a participation ends (controlled): the end date, the end reason and the situation
 * at end. `value` is the API's end body as it is. A wrong registration is said to be left out of follow-up.
 */
export function EndFields({ value, onChange, disabled }: { value: EndValue; onChange: (v: EndValue) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        type="date"
        id="participation-end-date"
        label={t('participations.end.endDate')}
        value={value.endDate}
        onChange={(e) => onChange({ ...value, endDate: e.currentTarget.value })}
        required
        disabled={disabled}
        w={{ base: '100%', sm: 200 }}
      />
      <Select
        id="participation-end-reason"
        label={t('finsam.lists.endReason')}
        placeholder={t('participations.choose')}
        data={finsamOptions('endReason', t)}
        value={value.endReason || null}
        onChange={(v) => onChange({ ...value, endReason: v ?? '' })}
        allowDeselect={false}
        required
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      {isExcludedEndReason(value.endReason) && (
        <Alert color="yellow" variant="light">
          {t('participations.end.excludedHint')}
        </Alert>
      )}
      <Fieldset legend={t('participations.end.situation')} variant="unstyled">
        <SituationForm
          idPrefix="participation-end"
          value={value.situation}
          onChange={(situation) => onChange({ ...value, situation })}
          disabled={disabled}
        />
      </Fieldset>
    </Stack>
  );
}
