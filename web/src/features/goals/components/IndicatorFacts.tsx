import type { ReactNode } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { IndicatorView } from '../api.ts';
import { formatValue, quarterLabel, STATUS_TONE, trendJudgement } from '../indicators.ts';

/** Marks that read the same in either direction of text. */
const TREND_MARK = { up: '↑', down: '↓', flat: '≈', unknown: '' } as const;

/**
 * An indicator's standing in words and colour: met, not met or unknown against its target ("at least 40 %"), the latest
 * quarter that could be published, and the trend over the quarters with whether it moves towards the target.
 */
export function IndicatorFacts({ indicator: i }: { indicator: IndicatorView }) {
  const { t, i18n } = useTranslation();
  const value = (v: number) => <bdi>{formatValue(i.indicator, v, i18n.language, t)}</bdi>;
  const judgement = trendJudgement(i.trend, i.direction);
  const row = (label: string, content: ReactNode) => (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={600} style={{ flexShrink: 0 }}>
        {label}:{' '}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {content}
      </Text>
    </Group>
  );
  return (
    <Stack gap={6}>
      <div>
        <StatusBadge tone={STATUS_TONE[i.status]}>{t(`goals.status.${i.status}`)}</StatusBadge>
      </div>
      <Stack component="dl" gap={4} m={0}>
        {row(
          t('goals.facts.latest'),
          i.latest && i.latest.value !== null ? (
            <>
              {value(i.latest.value)} ({quarterLabel(i.latest.quarter, t)})
            </>
          ) : (
            t('goals.facts.noLatest')
          ),
        )}
        {row(
          t('goals.facts.target'),
          <>
            {t(`goals.direction.${i.direction}`)} {value(i.target)}
          </>,
        )}
        {row(
          t('goals.facts.trend'),
          <>
            {TREND_MARK[i.trend] && <span aria-hidden="true">{TREND_MARK[i.trend]} </span>}
            {t(`goals.trend.${i.trend}`)}
            {judgement && `, ${t(`goals.trend.${judgement}`)}`}
          </>,
        )}
      </Stack>
    </Stack>
  );
}
