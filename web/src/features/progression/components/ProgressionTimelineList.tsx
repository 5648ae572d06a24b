import { Button, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { progressionEventDate } from '../../../../../common/progression.ts';
import { statusColors } from '../../../app/theme.ts';
import { formatDate } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { Period } from '../../../ui/Period.tsx';
import type { ProgressionEntry } from '../types.ts';
import { entryHeadline, isolate } from './entryText.ts';

const COLOR = { passed: statusColors.success, interrupted: statusColors.neutral, started: statusColors.info } as const;

interface Props {
  entries: ProgressionEntry[];
  /** Offers "Change" on the entries the user may change; absent in the person's own view. */
  onEdit?: (entry: ProgressionEntry) => void;
}

/** The timeline, newest first: each step with its day, its words, its period and the organisation it comes from. */
export function ProgressionTimelineList({ entries, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Timeline active={entries.length - 1} bulletSize={18} lineWidth={3} role="list" aria-label={t('progression.timelineLabel')}>
      {entries.map((entry) => {
        const headline = entryHeadline(t, entry);
        const day = progressionEventDate(entry);
        const color = entry.result ? COLOR[entry.result] : statusColors.success;
        return (
          <Timeline.Item
            key={entry.id}
            role="listitem"
            color={color}
            lineVariant={entry.result === 'started' ? 'dashed' : 'solid'}
            title={
              <Text component="span" fw={600} size="md">
                {headline}
              </Text>
            }
          >
            <Stack gap={2}>
              <Text size="sm">
                <Ltr>{formatDate(day)}</Ltr>
                {entry.endDate && entry.endDate !== entry.startDate && (
                  <Text component="span" c="dimmed" size="sm">
                    {' · '}
                    <Period from={entry.startDate} to={entry.endDate} />
                  </Text>
                )}
              </Text>
              <Text size="sm">{t('progression.source', { organisation: isolate(entry.sourceOrganisationName) })}</Text>
              {entry.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <bdi>{entry.note}</bdi>
                </Text>
              )}
              {entry.recordedByName && (
                <Text size="xs" c="dimmed">
                  {t('progression.recordedBy', { name: isolate(entry.recordedByName) })}
                </Text>
              )}
              {onEdit && entry.mayChange && (
                <div>
                  <Button
                    variant="default"
                    size="xs"
                    mt={4}
                    onClick={() => onEdit(entry)}
                    aria-label={t('progression.editNamed', { what: headline })}
                  >
                    {t('common.edit')}
                  </Button>
                </div>
              )}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
