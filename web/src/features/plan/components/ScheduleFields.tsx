import { Button, Fieldset, Group, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Schedule } from '../../../../../common/plan.ts';
import type { ActivityFormErrors, ActivityFormValues } from './activityForm.ts';
import { weekdayName } from '../../../lib/weekday.ts';

interface ScheduleFieldsProps {
  values: ActivityFormValues;
  errors: ActivityFormErrors;
  set: <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => void;
}

/** When the activity takes place: hours a week, fixed weekly times, or one occasion. */
export function ScheduleFields({ values, errors, set }: ScheduleFieldsProps) {
  const { t } = useTranslation();
  const message = (key: string) => (errors[key] ? t(`plan.form.${errors[key]}`) : undefined);
  const setSlot = (index: number, field: 'weekday' | 'start' | 'end', value: string) =>
    set(
      'slots',
      values.slots.map((slot, i) => (i === index ? { ...slot, [field]: value } : slot)),
    );
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('plan.schedule.kind')}
        value={values.scheduleKind}
        onChange={(value) => set('scheduleKind', value as Schedule['kind'])}
      >
        <Group gap="md" mt={4}>
          {(['recurring', 'weekly_hours', 'once'] as const).map((kind) => (
            <Radio key={kind} value={kind} label={t(`plan.schedule.kinds.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      {values.scheduleKind === 'weekly_hours' && (
        <TextInput
          label={t('plan.schedule.hours')}
          inputMode="decimal"
          value={values.hours}
          onChange={(e) => set('hours', e.currentTarget.value)}
          error={message('hours')}
          required
          maw={200}
        />
      )}
      {values.scheduleKind === 'recurring' &&
        values.slots.map((slot, index) => (
          <Fieldset key={index} legend={t('plan.schedule.slotLegend', { number: index + 1 })} p="sm">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NativeSelect
                label={t('plan.schedule.weekday')}
                value={slot.weekday}
                onChange={(e) => setSlot(index, 'weekday', e.currentTarget.value)}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={String(day)}>
                    {weekdayName(t, day)}
                  </option>
                ))}
              </NativeSelect>
              <TimeRange
                start={slot.start}
                end={slot.end}
                onChange={(field, value) => setSlot(index, field, value)}
                error={message(`slot${index}`)}
              />
              {values.slots.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    set(
                      'slots',
                      values.slots.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('plan.schedule.removeSlot')}
                </Button>
              )}
            </Group>
          </Fieldset>
        ))}
      {values.scheduleKind === 'recurring' && values.slots.length < 21 && (
        <Group>
          <Button variant="light" size="xs" onClick={() => set('slots', [...values.slots, { weekday: '1', start: '09:00', end: '12:00' }])}>
            {t('plan.schedule.addSlot')}
          </Button>
        </Group>
      )}
      {values.scheduleKind === 'once' && (
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('plan.schedule.date')}
            value={values.onceDate}
            onChange={(e) => set('onceDate', e.currentTarget.value)}
            error={message('once')}
            dir="ltr"
            required
          />
          <TimeRange
            start={values.onceStart}
            end={values.onceEnd}
            onChange={(field, value) => set(field === 'start' ? 'onceStart' : 'onceEnd', value)}
            required
          />
        </Group>
      )}
    </Stack>
  );
}

/** From and to, as times of day; digits stay left to right in Arabic. The error is shown under "from". */
function TimeRange(props: {
  start: string;
  end: string;
  onChange: (field: 'start' | 'end', value: string) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {(['start', 'end'] as const).map((field) => (
        <TextInput
          key={field}
          type="time"
          label={t(`plan.schedule.${field}`)}
          value={props[field]}
          onChange={(e) => props.onChange(field, e.currentTarget.value)}
          error={field === 'start' ? props.error : undefined}
          dir="ltr"
          required={props.required}
        />
      ))}
    </>
  );
}
