import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Fact } from '../../../ui/Fact.tsx';
import { isolateLtr, isolateText, Ltr } from '../../../ui/Ltr.tsx';
import { shownText } from '../../evaluation/format.ts';
import { InitiativePeriod, StateBadge } from '../../initiatives/components/StateBadge.tsx';
import type { RegisterEntry } from '../api.ts';

const FIGURES = ['participants', 'started', 'ended', 'inWorkOrStudies'] as const;

/** What its interventions achieved: counts only, small ones "< 5", one that would give a small one away "–". */
function Results({ entry }: { entry: RegisterEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} id={`register-results-${entry.id}`}>
        {t('register.card.results')}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} component="dl" m={0} aria-labelledby={`register-results-${entry.id}`}>
        {FIGURES.map((f) => (
          <div key={f}>
            <Text component="dt" size="xs">
              {t(`initiatives.outcomes.${f}`)}
            </Text>
            <Text component="dd" fw={700} m={0}>
              <Ltr>{shownText(entry.results[f], t, i18n.language)}</Ltr>
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </div>
  );
}

/** One public initiative: where and by whom it works, how it is funded, how its life has gone and its results. */
export function RegisterCard({ entry: e }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const list = (items: string[]) => (items.length === 0 ? null : items.join(t('common.listSeparator')));
  const day = (date: string | null) => (date ? <Ltr>{formatDate(date)}</Ltr> : null);
  return (
    <Paper component="li" withBorder p="md" aria-label={e.name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          {/* The name takes the line; on a narrow screen the state goes below it rather than squeeze it. */}
          <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
            <Title order={3} size="h4">
              <bdi>{e.name}</bdi>
            </Title>
            <Text size="sm">
              {[e.municipality || null, e.areaName]
                .filter((x) => x !== null)
                .map((x, i) => (
                  <span key={i}>
                    {i > 0 && ' · '}
                    <bdi>{x}</bdi>
                  </span>
                ))}
            </Text>
          </Stack>
          <StateBadge state={e.state} />
        </Group>
        {e.municipalityRoles.length > 0 && (
          <Group gap={6} aria-label={t('register.card.roles')} role="list">
            {e.municipalityRoles.map((r) => (
              <Badge key={r} role="listitem" variant="outline" color="blue" radius="sm" tt="none">
                {t(`initiatives.municipalityRoles.${r}`)}
              </Badge>
            ))}
          </Group>
        )}
        {e.description && (
          <Text size="sm" dir="auto">
            {e.description}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs">
          <Fact label={t('register.card.kind')}>{t(`initiatives.kinds.${e.kind}`)}</Fact>
          <Fact label={t('register.card.homeOrganisation')}>{e.homeOrganisation ?? t('register.card.noHomeOrganisation')}</Fact>
          <Fact label={t('register.card.funding')}>{list(e.fundingSources.map((f) => t(`initiatives.fundingSources.${f}`)))}</Fact>
          <Fact label={t('register.card.origin')}>{e.origin}</Fact>
          <Fact label={t('register.card.targetGroup')}>{e.targetGroup}</Fact>
          <Fact label={t('register.card.inspiredBy')}>{e.inspiredByName ? <bdi>{e.inspiredByName}</bdi> : null}</Fact>
          <Fact label={t('register.card.period')}>
            {e.startDate || e.endDate ? <InitiativePeriod initiative={e} /> : t('register.card.noPeriod')}
          </Fact>
          <Fact label={t('register.card.running')}>{day(e.statusDates.running)}</Fact>
          <Fact label={t('register.card.implemented')}>
            {e.implementedBy && e.implementedFrom
              ? t('register.card.implementedBy', { party: isolateText(e.implementedBy), date: isolateLtr(formatDate(e.implementedFrom)) })
              : day(e.statusDates.implemented)}
          </Fact>
          <Fact label={t('register.card.ended')}>{day(e.statusDates.ended)}</Fact>
        </SimpleGrid>
        <Fact label={t('register.card.evaluation')}>{e.evaluation}</Fact>
        <Results entry={e} />
      </Stack>
    </Paper>
  );
}
