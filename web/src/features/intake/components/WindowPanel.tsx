import { Alert, Button, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WINDOW_CLOSING_WARNING_WORKING_DAYS } from '../../../../../common/intake.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { DateRange } from './DateRange.tsx';
import { isolateLtr, Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { useSetHousingDate } from '../hooks.ts';
import type { Intake } from '../types.ts';

interface WindowPanelProps {
  intake: Intake;
  canManage: boolean;
  /** Picks a proposed day for the booking form. */
  onPickDay?: (day: string) => void;
}

/** The 4–8-week window from the housing date, the working days left, the proposed days and the closing warning. */
export function WindowPanel({ intake, canManage, onPickDay }: WindowPanelProps) {
  const { t } = useTranslation();
  const { window } = intake;
  const tone = window?.state === 'open' ? 'success' : window?.state === 'closed' ? 'neutral' : 'info';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-window-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="intake-window-heading">
          {t('intake.window.title')}
        </Title>
        {window ? (
          <>
            <Text>
              {t('intake.window.housingDate')}: <Ltr>{intake.housingDate}</Ltr>
            </Text>
            <Group gap="sm">
              <Text>
                {t('intake.window.range')}: <DateRange from={window.opens} to={window.closes} />
              </Text>
              <StatusBadge tone={tone}>{t(`intake.window.states.${window.state}`)}</StatusBadge>
            </Group>
            {intake.heldOn ? (
              <Alert color="green" variant="light" title={t('intake.window.doneTitle')} role="status">
                {t('intake.meeting.heldOn', { date: isolateLtr(intake.heldOn) })}
              </Alert>
            ) : (
              <Text>{t('intake.window.daysLeft', { days: window.workingDaysLeft })}</Text>
            )}
          </>
        ) : (
          <Text>{t('intake.window.noHousingDate')}</Text>
        )}
        {intake.closingWarning && (
          <Alert
            color="orange"
            variant="light"
            title={window?.state === 'closed' ? t('intake.window.closedTitle') : t('intake.window.closingTitle')}
            role="status"
          >
            {window?.state === 'closed'
              ? t('intake.window.closedText')
              : t('intake.window.closingText', { days: WINDOW_CLOSING_WARNING_WORKING_DAYS })}
          </Alert>
        )}
        {intake.proposedDays.length > 0 && (
          <div>
            <Text fw={600} id="intake-proposed-heading">
              {t('intake.window.proposed')}
            </Text>
            {canManage && onPickDay ? (
              <Group gap="xs" mt={4} component="ul" aria-labelledby="intake-proposed-heading" style={{ listStyle: 'none', padding: 0 }}>
                {intake.proposedDays.map((day) => (
                  <li key={day}>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => onPickDay(day)}
                      aria-label={t('intake.window.pickDay', { date: day })}
                    >
                      <Ltr>{day}</Ltr>
                    </Button>
                  </li>
                ))}
              </Group>
            ) : (
              <List aria-labelledby="intake-proposed-heading">
                {intake.proposedDays.map((day) => (
                  <List.Item key={day}>
                    <Ltr>{day}</Ltr>
                  </List.Item>
                ))}
              </List>
            )}
            <Text size="sm" c="dimmed" mt={4}>
              {t('intake.window.workingDaysOnly')}
            </Text>
          </div>
        )}
        <Alert color="blue" variant="light">
          {t('intake.window.firstEfforts')}
        </Alert>
        {canManage && <HousingDateForm intake={intake} />}
      </Stack>
    </Paper>
  );
}

function HousingDateForm({ intake }: { intake: Intake }) {
  const { t } = useTranslation();
  const save = useSetHousingDate(intake.participantId);
  const [date, setDate] = useState(intake.housingDate ?? '');
  const [open, setOpen] = useState(intake.housingDate === null);
  if (!open)
    return (
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)}>
          {t('intake.window.changeHousingDate')}
        </Button>
      </div>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    save.mutate({ housingDate: date, version: intake.version }, { onSuccess: () => setOpen(false) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Group align="end" gap="sm">
        <TextInput
          type="date"
          required
          label={t('intake.window.housingDate')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
      <ErrorNotice error={save.error} />
    </form>
  );
}
