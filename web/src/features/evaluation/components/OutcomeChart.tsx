import { Paper, Text, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { EvaluationRow } from '../api.ts';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  value: (row: EvaluationRow) => number | null;
}

/**
 * Shares per group as horizontal bars (0–100 %), only for groups whose shares are shown; a suppressed share is left
 * out rather than drawn as zero. The tables below carry the same figures for screen readers.
 */
export function OutcomeChart({
  title,
  rows,
  series,
  rowLabel,
  rtl,
  emptyText,
}: {
  title: string;
  rows: EvaluationRow[];
  series: ChartSeries[];
  rowLabel: (row: EvaluationRow) => string;
  rtl: boolean;
  emptyText: string;
}) {
  const wide = useWideScreen('sm');
  const data = rows
    .map((r) => ({ name: rowLabel(r), ...Object.fromEntries(series.map((s) => [s.key, pct(s.value(r))])) }))
    .filter((d) => series.some((s) => d[s.key as keyof typeof d] !== null));
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="evaluation-chart-title">
      <Title order={2} size="h3" id="evaluation-chart-title" mb="sm">
        {title}
      </Title>
      {data.length === 0 ? (
        <Text c="dimmed">{emptyText}</Text>
      ) : (
        // The SVG lays itself out left to right; right-to-left pages get the mirrored axes instead of a flipped text anchor.
        <div style={{ width: '100%', height: Math.max(160, data.length * 56 + 60), direction: 'ltr' }} aria-hidden="true">
          <ResponsiveContainer>
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit=" %" reversed={rtl} />
              <YAxis type="category" dataKey="name" width={wide ? 190 : 110} orientation={rtl ? 'right' : 'left'} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => `${v} %`} />
              <Legend />
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Paper>
  );
}

const pct = (share: number | null) => (share === null ? null : Math.round(share * 100));
