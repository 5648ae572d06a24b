import type { ReactNode } from 'react';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/languages.ts';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import { shownText } from '../../evaluation/format.ts';
import type { SurveyResults } from '../api.ts';
import { meanText, organisationLabel } from '../format.ts';

/** A titled table of figures (a caption for screen readers, stacked on a phone). */
function FigureTable({
  id,
  title,
  minWidth,
  head,
  stacked = true,
  children,
}: {
  id: string;
  title: string;
  minWidth: number;
  head: string[];
  /** Two columns fit a phone as they are; wider tables become one card per row. */
  stacked?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <ScrollTable label={title} minWidth={minWidth} stacked={stacked}>
        <Table.Thead>
          <Table.Tr>
            {head.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </ScrollTable>
    </Paper>
  );
}

/** Answers per organisation and in total: "< 5" for 1–4, "–" for a number hidden to protect one. */
export function AnswersTable({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const head = [t('barometer.results.organisation'), t('barometer.results.answers')];
  return (
    <FigureTable id="barometer-answers" title={t('barometer.results.answersTitle')} minWidth={360} head={head} stacked={false}>
      {r.figures.organisations.map((o) => (
        <Table.Tr key={o.organisation?.id ?? 'none'}>
          <Table.Th scope="row" fw={600}>
            <bdi>{organisationLabel(o.organisation, r.survey.audience, t)}</bdi>
          </Table.Th>
          <Table.Td data-label={head[1]}>
            <bdi>{shownText(o.answers, t, locale)}</bdi>
          </Table.Td>
        </Table.Tr>
      ))}
      <Table.Tr>
        <Table.Th scope="row" fw={700}>
          {t('barometer.results.total')}
        </Table.Th>
        <Table.Td data-label={head[1]} fw={700}>
          <bdi>{shownText(r.figures.answers, t, locale)}</bdi>
        </Table.Td>
      </Table.Tr>
    </FigureTable>
  );
}

/**
 * Each statement's mean in total and for the organisations whose means are shown, with the total's distribution over
 * 1–5. Organisations without published means are left out of the columns (the answers table shows why).
 */
export function MeansTable({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const shown = r.figures.organisations.filter((o) => o.statements.some((s) => s.mean !== null));
  const head = [
    t('barometer.results.statement'),
    t('barometer.results.total'),
    ...shown.map((o) => organisationLabel(o.organisation, r.survey.audience, t)),
    t('barometer.results.distribution'),
  ];
  return (
    <FigureTable id="barometer-means" title={t('barometer.results.meansTitle')} minWidth={560 + shown.length * 120} head={head}>
      {r.survey.statements.map((s, i) => {
        const total = r.figures.total.find((f) => f.key === s.key);
        return (
          <Table.Tr key={s.key}>
            <Table.Th scope="row" fw={600}>
              <span dir="auto">{s.text}</span>
            </Table.Th>
            <Table.Td data-label={head[1]} fw={700}>
              {meanText(total?.mean ?? null, locale)}
            </Table.Td>
            {shown.map((o, n) => (
              <Table.Td key={o.organisation?.id ?? 'none'} data-label={head[n + 2]}>
                {meanText(o.statements[i]?.mean ?? null, locale)}
              </Table.Td>
            ))}
            <Table.Td data-label={head.at(-1)} style={{ whiteSpace: 'nowrap' }}>
              {/* In the page's direction, like the header's 1 · 2 · 3 · 4 · 5, so that each count stands under its value. */}
              {total?.distribution ? total.distribution.map((n) => n.toLocaleString(locale)).join(' · ') : '–'}
            </Table.Td>
          </Table.Tr>
        );
      })}
      <Table.Tr>
        <Table.Td colSpan={head.length}>
          <Text size="xs" c="dimmed">
            {t('barometer.results.scale')}
          </Text>
        </Table.Td>
      </Table.Tr>
    </FigureTable>
  );
}

/** Answers per role group, suppressed with the same total. */
export function RoleGroupsTable({ results: r }: { results: SurveyResults }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const head = [t('barometer.results.roleGroup'), t('barometer.results.answers')];
  return (
    <FigureTable id="barometer-role-groups" title={t('barometer.results.roleGroupsTitle')} minWidth={360} head={head} stacked={false}>
      {r.figures.roleGroups.map((g) => (
        <Table.Tr key={g.roleGroup}>
          <Table.Th scope="row" fw={600}>
            {t(`barometer.roleGroups.${g.roleGroup}`)}
          </Table.Th>
          <Table.Td data-label={head[1]}>
            <bdi>{shownText(g.answers, t, locale)}</bdi>
          </Table.Td>
        </Table.Tr>
      ))}
    </FigureTable>
  );
}
