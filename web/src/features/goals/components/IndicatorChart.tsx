import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../i18n/languages.ts';
import type { IndicatorView } from '../api.ts';
import { axisValue, formatValue, quarterLabel, valueTicks } from '../indicators.ts';

const LINE = '#1864ab';
const TARGET = '#a33c06';

/**
 * An indicator over the quarters as a line, with its target as a dashed level line; a suppressed quarter (or one with no
 * data) is a gap, never a point. `compact` draws it small, without axes, for the board's overview. The page says the
 * same in words (latest value, target, the quarters and the gaps), so the drawing is hidden from screen readers.
 */
export function IndicatorChart({ indicator, compact = false }: { indicator: IndicatorView; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const rtl = directionOf(i18n.language) === 'rtl';
  const value = (v: unknown) => formatValue(indicator.indicator, Number(v), i18n.language, t);
  const tick = (v: number) => axisValue(indicator.indicator, v, i18n.language);
  const data = indicator.points.map((p) => ({ name: quarterLabel(p.quarter, t), value: p.value }));
  // The small chart names only the first and the last quarter, so that its span can be read.
  const ends = [data[0]?.name, data.at(-1)?.name].filter((n) => n !== undefined);
  const ticks = valueTicks(indicator.indicator, indicator.points, indicator.target);
  return (
    // The SVG lays itself out left to right; right-to-left pages get the mirrored axes instead.
    <div style={{ width: '100%', height: compact ? 100 : 220, direction: 'ltr' }} aria-hidden="true">
      <ResponsiveContainer>
        <LineChart
          data={data}
          margin={compact ? { top: 6, bottom: 6, left: 6, right: 6 } : { top: 8, left: 0, right: 16 }}
          accessibilityLayer={false}
        >
          {!compact && <CartesianGrid strokeDasharray="3 3" />}
          <XAxis
            dataKey="name"
            reversed={rtl}
            tick={{ fontSize: compact ? 10 : 11 }}
            {...(compact
              ? { ticks: ends, interval: 0, height: 16, tickLine: false, padding: { left: 28, right: 28 } }
              : { interval: 'preserveStartEnd' as const, minTickGap: 12 })}
          />
          <YAxis
            domain={[0, ticks.at(-1)!]}
            ticks={ticks}
            hide={compact}
            orientation={rtl ? 'right' : 'left'}
            width={48}
            tickFormatter={tick}
            tick={{ fontSize: 11 }}
          />
          {!compact && <Tooltip formatter={value} />}
          <ReferenceLine
            y={indicator.target}
            stroke={TARGET}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={
              compact
                ? undefined
                : { value: t('goals.chart.target'), position: rtl ? 'insideTopLeft' : 'insideTopRight', fill: TARGET, fontSize: 12 }
            }
          />
          <Line
            dataKey="value"
            name={t('goals.chart.value')}
            stroke={LINE}
            strokeWidth={2}
            dot={{ r: compact ? 2.5 : 3.5, fill: LINE }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
