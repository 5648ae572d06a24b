import { Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../common/limits.ts';
import type { Reservation } from '../api.ts';
import { FormSection } from './FormSection.tsx';

/**
 * The members who entered a reservation against the decision, each with the reason as they gave it; rows are added
 * and removed, and a row left empty is not sent. `error` marks the rows that have a reason but no member.
 */
export function ReservationsField({
  value,
  onChange,
  error,
}: {
  value: Reservation[];
  onChange: (next: Reservation[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const change = (at: number, patch: Partial<Reservation>) => onChange(value.map((r, n) => (n === at ? { ...r, ...patch } : r)));
  return (
    <FormSection legend={t('meetings.decisionForm.reservations')}>
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('meetings.decisionForm.noReservations')}
          </Text>
        )}
        {value.map((r, n) => (
          <Paper key={n} withBorder p="xs" role="group" aria-label={t('meetings.decisionForm.reservationN', { n: n + 1 })}>
            <Stack gap={6}>
              <TextInput
                label={t('meetings.decisionForm.member')}
                required
                maxLength={limits.nameMax}
                dir="auto"
                value={r.member}
                onChange={(e) => change(n, { member: e.currentTarget.value })}
                error={r.member.trim() === '' && r.reason.trim() !== '' ? error : undefined}
              />
              <Textarea
                label={t('meetings.decisionForm.reason')}
                autosize
                minRows={2}
                maxLength={limits.textMax}
                dir="auto"
                value={r.reason}
                onChange={(e) => change(n, { reason: e.currentTarget.value })}
              />
              <Group justify="flex-end">
                <Button variant="default" size="xs" onClick={() => onChange(value.filter((_, m) => m !== n))}>
                  {t('meetings.decisionForm.removeReservation', { n: n + 1 })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Button variant="default" size="xs" w="fit-content" onClick={() => onChange([...value, { member: '', reason: '' }])}>
          {t('meetings.decisionForm.addReservation')}
        </Button>
      </Stack>
    </FormSection>
  );
}
