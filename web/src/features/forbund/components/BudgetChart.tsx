import { Paper, SimpleGrid, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../i18n/languages.ts';
import { today } from '../../../lib/format.ts';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { formatKronor } from '../../catalogue/money.ts';
import type { BudgetYear } from '../api.ts';
import { allocationBars, compactKronor, monthlyOutcome, monthName } from '../figures.ts';

const ALLOCATED = '#1864ab';
/** A long name cut to fit beside the bars; the tables below have it in full. */
const shorten = (name: string, max: number) => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);
const SPENT = '#c2410c';

/**
 * Budget against outcome: allocated and spent per allocation as bars, and the year's spending so far, month by month,
 * against the total allocated. The tables carry the same figures for screen readers, so the drawings are hidden from them.
 */
export function BudgetChart({ year }: { year: BudgetYear }) {
  const { t, i18n } = useTranslation();
  const wide = useWideScreen('sm');
  const rtl = directionOf(i18n.language) === 'rtl';
  const language = i18n.language;
  const tick = (kronor: number) => compactKronor(kronor * 100, language);
  const tooltip = (value: unknown) => formatKronor(Math.round(Number(value) * 100), language);
  const bars = allocationBars(year.allocations);
  if (bars.length === 0) return null;
  const months = monthlyOutcome(year, today()).map((m) => ({ ...m, name: monthName(m.month, language, 'short') }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p="md" component="figure" m={0} aria-labelledby="budget-chart-allocations">
        <Title order={3} size="h4" id="budget-chart-allocations" mb="sm">
          {t('forbund.chart.perAllocation')}
        </Title>
        {/* The SVG lays itself out left to right; right-to-left pages get the mirrored axes instead. */}
        <div style={{ width: '100%', height: Math.max(180, bars.length * 56 + 70), direction: 'ltr' }} aria-hidden="true">
          <ResponsiveContainer>
            <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tickFormatter={tick} reversed={rtl} />
              <YAxis
                type="category"
                dataKey="name"
                width={wide ? 200 : 110}
                orientation={rtl ? 'right' : 'left'}
                tick={{ fontSize: 12 }}
                tickFormatter={(name: string) => shorten(name, wide ? 40 : 16)}
              />
              <Tooltip formatter={tooltip} />
              <Legend />
              <Bar dataKey="allocated" name={t('forbund.chart.allocated')} fill={ALLOCATED} isAnimationActive={false} />
              <Bar dataKey="spent" name={t('forbund.chart.spent')} fill={SPENT} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Paper>
      <Paper withBorder p="md" component="figure" m={0} aria-labelledby="budget-chart-months">
        <Title order={3} size="h4" id="budget-chart-months" mb="sm">
          {t('forbund.chart.byMonth')}
        </Title>
        <div style={{ width: '100%', height: 260, direction: 'ltr' }} aria-hidden="true">
          <ResponsiveContainer>
            <LineChart data={months} margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" reversed={rtl} tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={tick} orientation={rtl ? 'right' : 'left'} width={64} />
              <Tooltip formatter={tooltip} />
              <Legend />
              <Line
                dataKey="allocated"
                name={t('forbund.chart.allocated')}
                stroke={ALLOCATED}
                strokeDasharray="6 4"
                dot={false}
                isAnimationActive={false}
              />
              <Line dataKey="spent" name={t('forbund.chart.spentSoFar')} stroke={SPENT} strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </Paper>
    </SimpleGrid>
  );
}
