import { Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { finsamOptions, type StartValue } from '../types.ts';
import { SituationForm } from './SituationForm.tsx';

/**
 * What a provider records when a participation starts (controlled): the start date, the time in public support
 * before, the highest completed education, and the situation at start. `value` is the API's start body as it is.
 */
export function StartFields({ value, onChange, disabled }: { value: StartValue; onChange: (v: StartValue) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        type="date"
        id="participation-start-date"
        label={t('participations.start.startDate')}
        value={value.startDate}
        onChange={(e) => onChange({ ...value, startDate: e.currentTarget.value })}
        required
        disabled={disabled}
        w={{ base: '100%', sm: 200 }}
      />
      <Select
        id="participation-time-in-support"
        label={t('finsam.lists.timeInSupport')}
        placeholder={t('participations.choose')}
        data={finsamOptions('timeInSupport', t)}
        value={value.timeInSupport || null}
        onChange={(v) => onChange({ ...value, timeInSupport: v ?? '' })}
        allowDeselect={false}
        required
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        id="participation-education"
        label={t('finsam.lists.educationLevel')}
        placeholder={t('participations.choose')}
        data={finsamOptions('educationLevel', t)}
        value={value.educationLevel || null}
        onChange={(v) => onChange({ ...value, educationLevel: v ?? '' })}
        allowDeselect={false}
        required
        disabled={disabled}
        comboboxProps={{ withinPortal: true }}
      />
      <Fieldset legend={t('participations.start.situation')} variant="unstyled">
        <SituationForm
          idPrefix="participation-start"
          value={value.situation}
          onChange={(situation) => onChange({ ...value, situation })}
          disabled={disabled}
        />
      </Fieldset>
    </Stack>
  );
}
