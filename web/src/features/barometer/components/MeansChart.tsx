import { Paper, Text, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { directionOf, intlLocale } from '../../../i18n/languages.ts';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { SurveyResults } from '../api.ts';
import { meanText, organisationLabel, SERIES_COLOURS, shorten } from '../format.ts';

/**
 * Each statement's mean (1–5) as horizontal bars: the total, then every organisation whose means are shown. A mean
 * not published is left out rather than drawn as zero; the table below carries the same figures for screen readers.
 */
export function MeansChart({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const wide = useWideScreen('sm');
  const rtl = directionOf(i18n.language) === 'rtl';
  const locale = intlLocale(i18n.language);
  const organisations = r.figures.organisations.filter((o) => o.statements.some((s) => s.mean !== null));
  const series = [
    { key: 'total', label: t('barometer.results.total'), mean: (i: number) => r.figures.total[i]?.mean ?? null },
    ...organisations.map((o, n) => ({
      key: `o${n}`,
      label: organisationLabel(o.organisation, r.survey.audience, t),
      mean: (i: number) => o.statements[i]?.mean ?? null,
    })),
  ].slice(0, SERIES_COLOURS.length);
  const data = r.survey.statements.map((s, i) => ({ name: s.text, ...Object.fromEntries(series.map((x) => [x.key, x.mean(i)])) }));
  const shown = series.some((x) => r.survey.statements.some((_, i) => x.mean(i) !== null));
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby="barometer-chart-title">
      <Title order={3} size="h4" id="barometer-chart-title" mb="sm">
        {t('barometer.results.chartTitle')}
      </Title>
      {!shown ? (
        <Text c="dimmed">{t('barometer.results.chartEmpty', { min: r.smallCell })}</Text>
      ) : (
        // The SVG lays itself out left to right; right-to-left pages get the mirrored axes instead of a flipped text anchor.
        <div
          style={{ width: '100%', height: Math.max(200, data.length * (24 + series.length * 14) + 70), direction: 'ltr' }}
          aria-hidden="true"
        >
          <ResponsiveContainer>
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} reversed={rtl} />
              <YAxis
                type="category"
                dataKey="name"
                width={wide ? 240 : 150}
                orientation={rtl ? 'right' : 'left'}
                tick={{ fontSize: 12 }}
                tickFormatter={(name: string) => shorten(name, wide ? 42 : 30)}
              />
              <Tooltip formatter={(v) => meanText(Number(v), locale)} />
              <Legend />
              {series.map((x, n) => (
                <Bar key={x.key} dataKey={x.key} name={x.label} fill={SERIES_COLOURS[n]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </Paper>
  );
}
