import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { allows } from '../../session/roles.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import type { PersonSectionProps } from '../../person/types.ts';
import { useWeek } from '../hooks.ts';
import type { TimedOccurrence, WeekDay, WeekView } from '../types.ts';
import { WarningList } from './WarningList.tsx';
import { intlLocale } from '../../../i18n/languages.ts';
import { weekdayName } from '../../../lib/weekday.ts';

const WEEK = /^[0-9]{4}-W[0-9]{2}$/;

/**
 * One week of the person's activities across organisations, for staff and for the person: seven columns on a wide
 * screen, a day-by-day list on a phone; the hours against the person's full time, and the week's warnings.
 */
export function WeekSection({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const requested = params.get('week');
  const week = requested && WEEK.test(requested) ? requested : undefined;
  const query = useWeek(participantId, week);
  const data = query.data;
  const go = (to: string) => setParams(to === data?.currentWeek ? {} : { week: to }, { replace: false });

  if (query.isPending) return <Loading />;
  if (isApiError(query.error, 'consent_required'))
    return (
      <Alert color="yellow" variant="light" title={t('consentRequired.title')}>
        {t('calendar.consentRequired')}
      </Alert>
    );
  // A week typed into the address that does not exist (2027-W53): say so, and offer the way back to this week.
  if (!data)
    return (
      <Stack gap="xs" align="flex-start">
        <ErrorNotice error={query.error} />
        {week && (
          <Button variant="default" size="xs" onClick={() => setParams({})}>
            {t('calendar.thisWeek')}
          </Button>
        )}
      </Stack>
    );
  return (
    <Stack gap="md">
      <WeekHeader data={data} onGo={go} self={viewer === 'self'} loading={query.isPlaceholderData} />
      <ErrorNotice error={query.error} />
      <Days data={data} />
      {data.unscheduled.length > 0 && <Unscheduled data={data} />}
      <Paper withBorder p="md" component="section" aria-labelledby="week-warnings-heading">
        <Title order={2} size="h3" id="week-warnings-heading" mb="xs">
          {t('calendar.warningsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('calendar.warnings.neverBlocks')}
        </Text>
        {data.warnings.length === 0 ? (
          <Text>{t('calendar.noWarnings')}</Text>
        ) : (
          <WarningList
            participantId={participantId}
            warnings={data.warnings}
            canAcknowledge={allows(me, 'warning.acknowledge')}
            viewer={viewer}
          />
        )}
      </Paper>
    </Stack>
  );
}

/**
 * The week's heading, the way to other weeks and its hours. While another week loads, the last one stays shown and
 * its buttons are disabled: they lead from the week shown, so a second click would land one week off.
 */
function WeekHeader({ data, onGo, self, loading }: { data: WeekView; onGo: (week: string) => void; self: boolean; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const over = data.totalHours > data.fullTimeHours;
  const first = data.days[0]?.date ?? '';
  const last = data.days[6]?.date ?? '';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="week-heading" aria-busy={loading}>
      <Stack gap="xs">
        <Title order={2} size="h3" id="week-heading">
          {t('calendar.weekHeading', { number: Number(data.week.slice(6)), year: data.week.slice(0, 4) })}
        </Title>
        <Text size="sm">
          <Ltr>
            {formatDate(first)} – {formatDate(last)}
          </Ltr>
        </Text>
        <nav aria-label={t('calendar.navigation')}>
          <Group gap="xs" wrap="wrap">
            <Button variant="default" size="xs" onClick={() => onGo(data.previousWeek)} disabled={loading}>
              {t('calendar.previous')}
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={() => onGo(data.currentWeek)}
              disabled={loading}
              aria-current={data.week === data.currentWeek ? 'date' : undefined}
            >
              {t('calendar.thisWeek')}
            </Button>
            <Button variant="default" size="xs" onClick={() => onGo(data.nextWeek)} disabled={loading}>
              {t('calendar.next')}
            </Button>
          </Group>
        </nav>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>
            {t(self ? 'calendar.hoursSelf' : 'calendar.hours', {
              hours: hoursText(data.totalHours, i18n.language),
              fullTime: hoursText(data.fullTimeHours, i18n.language),
            })}
          </Text>
          {over && <StatusBadge tone="warning">{t('calendar.overFullTimeBadge')}</StatusBadge>}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Hours with at most two decimals in the language's own way (72,5 in Swedish), Latin digits, in an LTR isolate. */
function hoursText(hours: number, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 2 });
  return `\u2066${format.format(hours)}\u2069`;
}

/**
 * The days as columns at least 11rem wide, as many to a row as fit: all seven on a wide screen, Monday to Friday with
 * the weekend below on a laptop, one under the other on a phone. Narrower columns broke Swedish compounds mid-word.
 */
const DAY_COLUMNS = {
  display: 'grid',
  gap: 'var(--mantine-spacing-xs)',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))',
};

function Days({ data }: { data: WeekView }) {
  const { t } = useTranslation();
  const wide = useWideScreen('md');
  if (data.days.every((d) => d.occurrences.length === 0) && data.unscheduled.length === 0) return <Text>{t('calendar.emptyWeek')}</Text>;
  return (
    <section aria-label={t('calendar.days')} style={DAY_COLUMNS}>
      {data.days.map((day) => (
        <Day key={day.date} day={day} compact={wide} />
      ))}
    </section>
  );
}

function Day({ day, compact }: { day: WeekDay; compact: boolean }) {
  const { t } = useTranslation();
  const name = weekdayName(t, day.weekday, compact);
  const headingId = `week-day-${day.date}`;
  const weekend = day.weekday >= 6 || day.holiday !== null;
  return (
    <Paper
      withBorder
      p="xs"
      component="section"
      aria-labelledby={headingId}
      bg={weekend ? 'var(--mantine-color-gray-0)' : undefined}
      style={{ minWidth: 0 }}
    >
      <Title order={3} size="h6" id={headingId} mb={6}>
        {name} <Ltr>{compact ? day.date.slice(5) : day.date}</Ltr>
      </Title>
      {day.holiday && (
        <Text size="xs" fw={600} mb={4} lang="sv">
          {day.holiday}
        </Text>
      )}
      {day.occurrences.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('calendar.nothingPlanned')}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {day.occurrences.map((o, i) => (
            <OccurrenceItem key={`${o.activityId}-${i}`} occurrence={o} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

function OccurrenceItem({ occurrence: o }: { occurrence: TimedOccurrence }) {
  const { t } = useTranslation();
  const faded = o.status === 'done';
  return (
    <li
      style={{
        borderInlineStart: '3px solid var(--mantine-color-blue-6)',
        paddingInlineStart: 6,
        opacity: faded ? 0.75 : 1,
        overflowWrap: 'anywhere',
      }}
    >
      <Text size="sm" fw={600}>
        <Ltr>
          {o.start}–{o.end}
        </Ltr>
      </Text>
      <Text size="sm">
        <bdi>{o.title}</bdi>
      </Text>
      <Text size="xs" c="dimmed">
        <ActivityFacts occurrence={o} />
        {o.status === 'done' || o.status === 'proposed' ? (
          <>
            {' '}
            · <bdi>{t(`calendar.status.${o.status}`)}</bdi>
          </>
        ) : null}
      </Text>
    </li>
  );
}

/**
 * The kind and the owner organisation of an activity, each isolated: a Swedish organisation name inside an Arabic
 * line would otherwise carry its trailing punctuation ("ek. för.") to the wrong end.
 */
function ActivityFacts({ occurrence: o }: { occurrence: Pick<TimedOccurrence, 'kind' | 'ownerOrganisationName'> }) {
  const { t } = useTranslation();
  return (
    <>
      <bdi>{t(`calendar.kinds.${o.kind}`)}</bdi> · <bdi>{o.ownerOrganisationName ?? t('calendar.ownActivity')}</bdi>
    </>
  );
}

function Unscheduled({ data }: { data: WeekView }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="week-unscheduled-heading">
      <Title order={2} size="h4" id="week-unscheduled-heading" mb="xs">
        {t('calendar.unscheduled')}
      </Title>
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.unscheduled.map((o) => (
          <li key={o.activityId} style={{ overflowWrap: 'anywhere' }}>
            <Text size="sm">
              <Text span fw={600}>
                <bdi>{o.title}</bdi>
              </Text>{' '}
              · <ActivityFacts occurrence={o} /> · <bdi>{t('calendar.hoursThisWeek', { hours: hoursText(o.hours, i18n.language) })}</bdi>
            </Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
