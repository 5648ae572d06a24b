import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import type { IndicatorView } from '../api.ts';
import { countText, gaps, listText, pointText, quarterLabel, suppressedMark, UNIT } from '../indicators.ts';

/**
 * The quarters the chart leaves out, in words: "< 5" is fewer than five, "–" is withheld so that a small number
 * cannot be worked out from the others.
 */
export function GapNote({ indicator }: { indicator: IndicatorView }) {
  const { t, i18n } = useTranslation();
  const missing = gaps(indicator.points);
  if (missing.length === 0) return null;
  const list = listText(
    missing.map((p) => `${quarterLabel(p.quarter, t)} ${suppressedMark(p.suppressed, t)}`),
    i18n.language,
  );
  return (
    <Text size="xs" c="dimmed">
      {t('goals.chart.gaps', { list })}
    </Text>
  );
}

/** The indicator's value and what it rests on, quarter by quarter, as the chart draws it; suppressed ones as "< 5" or "–". */
export function QuarterTable({ indicator, label }: { indicator: IndicatorView; label: string }) {
  const { t, i18n } = useTranslation();
  const withBase = UNIT[indicator.indicator] !== 'people';
  const column = (key: 'quarter' | 'value' | 'base') => t(`goals.quarters.${key}`);
  return (
    <ScrollTable label={label} minWidth={360} stacked={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{column('quarter')}</Table.Th>
          <Table.Th scope="col">{column('value')}</Table.Th>
          {withBase && <Table.Th scope="col">{column('base')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {indicator.points.map((p) => (
          <Table.Tr key={p.quarter}>
            <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
              {quarterLabel(p.quarter, t)}
            </Table.Th>
            <Table.Td>
              <bdi>{pointText(indicator.indicator, p, i18n.language, t)}</bdi>
            </Table.Td>
            {withBase && (
              <Table.Td>
                <Ltr>{countText(p.base, i18n.language, t)}</Ltr>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
