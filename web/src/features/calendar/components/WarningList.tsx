import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityKind, PlanWarning } from '../../../../../common/plan.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { isolateLtr, isolateText as isolate } from '../../../ui/Ltr.tsx';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { useAcknowledgeWarning } from '../hooks.ts';
import type { Acknowledgement, CalendarWarning } from '../types.ts';
import { explainWarning, lookupFrom, warningHeadingKey, type Wording } from '../warningText.ts';
import { intlLocale } from '../../../i18n/languages.ts';
import { isoWeekday, weekdayName } from '../../../lib/weekday.ts';

interface WarningListProps {
  participantId: string;
  warnings: (PlanWarning | CalendarWarning)[];
  /** Acknowledgements by warning key, when the warnings do not carry their own. */
  acknowledged?: Record<string, unknown>;
  /** Titles and kinds of the plan's activities, for warnings that do not carry them (the plan's save answer). */
  activities?: readonly { id: string; title: string; kind: ActivityKind }[];
  /** Whether this user may acknowledge (the server decides again). */
  canAcknowledge?: boolean;
  /** The person reading about themself is addressed as "you". */
  viewer?: 'staff' | 'self';
}

const isAcknowledgement = (value: unknown): value is Acknowledgement =>
  typeof value === 'object' && value !== null && typeof (value as Acknowledgement).reason === 'string';

/**
 * Calendar warnings explained in plain words, each with a way to acknowledge it with a reason. Used by the week view
 * and by the plan when an activity is saved. A warning never blocks anything; acknowledged ones stay, with who and why.
 */
export function WarningList({
  participantId,
  warnings,
  acknowledged,
  activities,
  canAcknowledge = true,
  viewer = 'staff',
}: WarningListProps) {
  const { t, i18n } = useTranslation();
  // Acknowledgements made here, so a list given once (the plan's save answer) shows them at once too.
  const [made, setMade] = useState<Record<string, Acknowledgement>>({});
  // The keys are built from a warning's kind and state (warningText.ts), so they are checked by its unit test instead.
  const tx = t as unknown as (key: string, values?: Record<string, string>) => string;
  const wording: Wording = {
    day: (date) => weekdayName(t, isoWeekday(date)),
    kindName: (kind) => (kind ? t(`calendar.kinds.${kind}`) : t('calendar.warnings.theActivity')),
    self: viewer === 'self',
  };
  if (warnings.length === 0) return null;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {warnings.map((warning) => {
        const given = (warning as CalendarWarning).acknowledgement ?? acknowledged?.[warning.key];
        const acknowledgement = made[warning.key] ?? (isAcknowledgement(given) ? given : null);
        return (
          <WarningItem
            key={warning.key}
            participantId={participantId}
            heading={tx(warningHeadingKey(warning))}
            sentences={explainWarning(warning, lookupFrom(warning, activities), wording).map((m) =>
              tx(m.key, ltrValues(m.values, i18n.language)),
            )}
            acknowledgement={acknowledgement}
            acknowledgedWithoutDetails={!acknowledgement && Boolean(given)}
            warningKey={warning.key}
            canAcknowledge={canAcknowledge}
            onAcknowledged={(a) => setMade((m) => ({ ...m, [warning.key]: a }))}
          />
        );
      })}
    </Stack>
  );
}

/** Numbers, dates, times and levels keep their order in Arabic; titles keep their own direction. */
function ltrValues(values: Record<string, string | number>, language: string): Record<string, string> {
  const numbers = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 });
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = typeof raw === 'number' ? numbers.format(raw) : raw;
    out[name] = ['title', 'first', 'second', 'kind', 'day'].includes(name) ? isolate(value) : isolateLtr(value);
  }
  return out;
}

interface WarningItemProps {
  participantId: string;
  warningKey: string;
  heading: string;
  sentences: string[];
  acknowledgement: Acknowledgement | null;
  acknowledgedWithoutDetails: boolean;
  canAcknowledge: boolean;
  onAcknowledged: (a: Acknowledgement) => void;
}

function WarningItem(props: WarningItemProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const { acknowledgement } = props;
  const done = acknowledgement !== null || props.acknowledgedWithoutDetails;
  return (
    <Paper component="li" withBorder p="sm" style={{ borderInlineStart: `4px solid var(--mantine-color-${done ? 'gray-5' : 'orange-7'})` }}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {props.heading}
          </Title>
          {done && <StatusBadge tone="neutral">{t('calendar.warnings.acknowledged')}</StatusBadge>}
        </Group>
        {props.sentences.map((sentence, i) => (
          <Text key={i} size="sm" fw={i > 0 ? 600 : undefined}>
            {sentence}
          </Text>
        ))}
        {acknowledgement && (
          <Text size="sm" c="dimmed">
            {acknowledgement.byOrganisationName
              ? t('calendar.warnings.acknowledgedByOrganisation', {
                  name: isolate(acknowledgement.byName ?? ''),
                  organisation: isolate(acknowledgement.byOrganisationName),
                  at: isolateLtr(formatDateTime(acknowledgement.at)),
                })
              : t('calendar.warnings.acknowledgedBy', {
                  name: isolate(acknowledgement.byName ?? ''),
                  at: isolateLtr(formatDateTime(acknowledgement.at)),
                })}{' '}
            {t('calendar.warnings.reasonShown', { reason: isolate(acknowledgement.reason) })}
          </Text>
        )}
        {props.canAcknowledge && !open && (
          <div>
            <Button size="xs" variant="light" onClick={() => setOpen(true)} aria-describedby={headingId}>
              {t('calendar.warnings.acknowledge')}
            </Button>
          </div>
        )}
        {props.canAcknowledge && open && (
          <AcknowledgeForm
            participantId={props.participantId}
            warningKey={props.warningKey}
            label={t('calendar.warnings.acknowledgeFormLabel', { heading: props.heading })}
            onClose={() => setOpen(false)}
            onAcknowledged={(a) => {
              props.onAcknowledged(a);
              setOpen(false);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

function AcknowledgeForm(props: {
  participantId: string;
  warningKey: string;
  label: string;
  onClose: () => void;
  onAcknowledged: (a: Acknowledgement) => void;
}) {
  const { t } = useTranslation();
  const acknowledge = useAcknowledgeWarning(props.participantId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (reason.trim() === '') {
      setMissing(true);
      form.querySelector('textarea')?.focus();
      return;
    }
    acknowledge.mutate({ key: props.warningKey, reason: reason.trim() }, { onSuccess: props.onAcknowledged });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={props.label}>
      <Stack gap="xs">
        <Textarea
          label={t('calendar.warnings.reason')}
          description={t('calendar.warnings.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          error={missing ? t('calendar.warnings.reasonRequired') : undefined}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setMissing(false);
          }}
          data-autofocus
          autoFocus
        />
        <ErrorNotice error={acknowledge.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={acknowledge.isPending}>
            {t('calendar.warnings.submit')}
          </Button>
          <Button type="button" size="xs" variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
