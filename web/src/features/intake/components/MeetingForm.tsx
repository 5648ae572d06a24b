import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_INVITED_KINDS, type MeetingWarning } from '../../../../../common/intake.ts';
import { languageName } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { PREFERRED_LANGUAGES } from '../../participants/languages.ts';
import { useOrganisations } from '../../organisations/hooks.ts';
import type { MeetingFields } from '../types.ts';

interface MeetingFormProps {
  initial: MeetingFields;
  /** Organisations to invite: shown only when booking (a reschedule keeps the invitations). */
  invite: boolean;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (fields: MeetingFields, organisationIds: string[]) => Promise<{ warnings: MeetingWarning[] }>;
  onCancel?: () => void;
}

/** Date, time, place, interpreter and invited organisations of a joint intake meeting. */
export function MeetingForm({ initial, invite, submitLabel, busy, error, onSubmit, onCancel }: MeetingFormProps) {
  const { t, i18n } = useTranslation();
  const organisations = useOrganisations();
  const [fields, setFields] = useState<MeetingFields>(initial);
  const [invited, setInvited] = useState<string[] | null>(null);
  const [warnings, setWarnings] = useState<MeetingWarning[]>([]);
  useEffect(() => setFields((f) => ({ ...f, date: initial.date })), [initial.date]);
  const defaults = (organisations.data ?? [])
    .filter((o) => o.active && (DEFAULT_INVITED_KINDS as readonly string[]).includes(o.kind))
    .map((o) => o.id);
  const chosen = invited ?? defaults;
  const set = <K extends keyof MeetingFields>(key: K, value: MeetingFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await onSubmit(fields, chosen).catch(() => null);
    if (result) setWarnings(result.warnings);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            required
            label={t('intake.meeting.date')}
            value={fields.date}
            onChange={(e) => set('date', e.currentTarget.value)}
          />
          <TextInput
            type="time"
            required
            label={t('intake.meeting.start')}
            value={fields.startTime}
            onChange={(e) => set('startTime', e.currentTarget.value)}
          />
          <TextInput
            type="time"
            required
            label={t('intake.meeting.end')}
            value={fields.endTime}
            onChange={(e) => set('endTime', e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput required label={t('intake.meeting.place')} value={fields.place} onChange={(e) => set('place', e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('intake.meeting.interpreter')}
            value={fields.interpreterLanguage ?? ''}
            onChange={(e) => set('interpreterLanguage', e.currentTarget.value || null)}
          >
            <option value="">{t('intake.meeting.noInterpreter')}</option>
            {PREFERRED_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)}
              </option>
            ))}
          </NativeSelect>
          <Checkbox
            mt={{ sm: 'xl' }}
            label={t('intake.meeting.interpreterBooked')}
            checked={fields.interpreterBooked}
            disabled={!fields.interpreterLanguage}
            onChange={(e) => set('interpreterBooked', e.currentTarget.checked)}
          />
        </SimpleGrid>
        {invite && (
          <Checkbox.Group label={t('intake.meeting.invite')} value={chosen} onChange={setInvited}>
            <Stack gap={6} mt={6}>
              {(organisations.data ?? [])
                .filter((o) => o.active)
                .map((o) => (
                  <Checkbox key={o.id} value={o.id} label={o.name} />
                ))}
            </Stack>
          </Checkbox.Group>
        )}
        <ErrorNotice error={error} />
        {warnings.length > 0 && (
          <Alert color="orange" variant="light" role="status" title={t('intake.meeting.bookedWithWarnings')}>
            {warnings.map((w) => t(`intake.meeting.warnings.${w}`)).join(' ')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
