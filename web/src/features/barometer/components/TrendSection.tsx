import { Paper, Table, Text, Title } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { directionOf, intlLocale } from '../../../i18n/languages.ts';
import { formatDate } from '../../../lib/format.ts';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { shownText } from '../../evaluation/format.ts';
import type { SurveyResults } from '../api.ts';
import { meanText, SERIES_COLOURS, shorten } from '../format.ts';

/**
 * The trend: each statement's mean in total over the closed rounds of the same audience, oldest first, as lines (once
 * there are two rounds) and as a table with each round's number of answers.
 */
export function TrendSection({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const rtl = directionOf(i18n.language) === 'rtl';
  const wide = useWideScreen('sm');
  const locale = intlLocale(i18n.language);
  const rounds = r.trend;
  const statements = r.survey.statements.slice(0, SERIES_COLOURS.length);
  const meanOf = (round: SurveyResults['trend'][number], key: string) => round.total.find((s) => s.key === key)?.mean ?? null;
  const data = rounds.map((round) => ({
    name: formatDate(round.opensOn).slice(0, 7),
    ...Object.fromEntries(statements.map((s) => [s.key, meanOf(round, s.key)])),
  }));
  const title = t('barometer.trend.title');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="barometer-trend">
      <Title order={3} size="h4" id="barometer-trend" mb="sm">
        {title}
      </Title>
      {rounds.length === 0 && <Text c="dimmed">{t('barometer.trend.none')}</Text>}
      {rounds.length === 1 && (
        <Text c="dimmed" mb="sm">
          {t('barometer.trend.one')}
        </Text>
      )}
      {rounds.length > 1 && (
        <div style={{ width: '100%', height: wide ? 300 : 440, direction: 'ltr' }} aria-hidden="true">
          <ResponsiveContainer>
            <LineChart data={data} margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" reversed={rtl} tick={{ fontSize: 12 }} />
              <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} orientation={rtl ? 'right' : 'left'} width={32} />
              <Tooltip formatter={(v) => meanText(Number(v), locale)} />
              <Legend formatter={(value: string) => shorten(value, wide ? 40 : 28)} />
              {statements.map((s, n) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.text}
                  stroke={SERIES_COLOURS[n]}
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {rounds.length > 0 && (
        <ScrollTable label={title} minWidth={360 + rounds.length * 110}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('barometer.results.statement')}</Table.Th>
              {rounds.map((round) => (
                <Table.Th key={round.surveyId} scope="col">
                  <bdi>{round.title}</bdi>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('barometer.results.answers')}</Table.Th>
              {rounds.map((round) => (
                <Table.Td key={round.surveyId} data-label={round.title}>
                  <bdi>{shownText(round.answers, t, locale)}</bdi>
                </Table.Td>
              ))}
            </Table.Tr>
            {r.survey.statements.map((s) => (
              <Table.Tr key={s.key}>
                <Table.Th scope="row" fw={600}>
                  <span dir="auto">{s.text}</span>
                </Table.Th>
                {rounds.map((round) => (
                  <Table.Td key={round.surveyId} data-label={round.title}>
                    {meanText(meanOf(round, s.key), locale)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Paper>
  );
}
