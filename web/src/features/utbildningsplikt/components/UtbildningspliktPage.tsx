import { Anchor, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import type { CoveredPerson, Education } from '../api.ts';
import { useCovered } from '../hooks.ts';
import { QualityTable } from './QualityTable.tsx';

/** Roles whose work is with one person: only they can see anyone in the list (analysts see the aggregates). */
const PERSONAL_ROLES = ['caseworker', 'coordinator', 'manager'] as const;

/**
 * Utbildningsplikt for the municipality: who is covered now and whether they are enrolled in education, the
 * education the municipality offers them, and the quality of that education per provider.
 */
export function UtbildningspliktPage() {
  const { t } = useTranslation();
  usePageTitle(t('utbildningsplikt.title'));
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const notEnrolledOnly = params.get('notEnrolled') === '1';
  const covered = useCovered(notEnrolledOnly);
  const seesPeople = me.user.roles.some((r) => (PERSONAL_ROLES as readonly string[]).includes(r));
  const people = covered.data?.people ?? [];
  return (
    <Stack gap="lg">
      <Title order={1}>{t('utbildningsplikt.title')}</Title>
      <Text>{t('utbildningsplikt.intro')}</Text>
      {seesPeople && (
        <Paper withBorder p="md" component="section" aria-labelledby="covered-heading">
          <Title order={2} size="h3" id="covered-heading" mb="xs">
            {t('utbildningsplikt.covered.title')} {covered.data && <Ltr>({people.length})</Ltr>}
          </Title>
          <Text size="sm" mb="sm">
            {t('utbildningsplikt.covered.intro')}
          </Text>
          <Switch
            mb="md"
            label={t('utbildningsplikt.covered.notEnrolledOnly')}
            checked={notEnrolledOnly}
            onChange={(event) =>
              setParams(event.currentTarget.checked ? { notEnrolled: '1' } : {}, { replace: true, preventScrollReset: true })
            }
          />
          {covered.isPending && <Loading />}
          <QueryError error={covered.error} topic="intake" />
          {covered.data && people.length === 0 && (
            <Text c="dimmed">{t(notEnrolledOnly ? 'utbildningsplikt.covered.noneNotEnrolled' : 'utbildningsplikt.covered.none')}</Text>
          )}
          {people.length > 0 && (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {people.map((p) => (
                <CoveredCard key={p.participantId} person={p} />
              ))}
            </Stack>
          )}
        </Paper>
      )}
      {!seesPeople && <Text c="dimmed">{t('utbildningsplikt.covered.aggregatesOnly')}</Text>}
      {covered.data && <EducationList education={covered.data.education} />}
      <QualityTable />
    </Stack>
  );
}

function CoveredCard({ person }: { person: CoveredPerson }) {
  const { t } = useTranslation();
  const unknown = (category: 'progression' | 'plan') => t('eligibility.unknownBecause', { category: t(`categories.${category}`) });
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/participants/${person.participantId}`} fw={600}>
            {person.name ?? t('utbildningsplikt.covered.nameHidden')}
          </Anchor>
          <Group gap={6}>
            {person.notEnrolled === true && <StatusBadge tone="warning">{t('utbildningsplikt.covered.notEnrolled')}</StatusBadge>}
            {person.notEnrolled === false && <StatusBadge tone="success">{t('utbildningsplikt.covered.enrolled')}</StatusBadge>}
            {person.shortEducation && <StatusBadge tone="neutral">{t('utbildningsplikt.covered.shortEducation')}</StatusBadge>}
          </Group>
        </Group>
        <Text size="sm">
          {t('utbildningsplikt.covered.since')}: <Ltr>{formatDate(person.since)}</Ltr> · {t('utbildningsplikt.covered.sfiLevel')}:{' '}
          {person.sfi === null ? (
            unknown('progression')
          ) : person.sfi.level === null ? (
            t('utbildningsplikt.covered.noSfiLevel')
          ) : (
            <Ltr>{person.sfi.level}</Ltr>
          )}
        </Text>
        <Text size="sm">
          {t('utbildningsplikt.covered.enrolledIn')}:{' '}
          {person.enrolledIn === null ? (
            unknown('progression')
          ) : person.enrolledIn.length === 0 ? (
            t('utbildningsplikt.covered.nothing')
          ) : (
            <bdi>{person.enrolledIn.map((e) => e.name).join(', ')}</bdi>
          )}
        </Text>
        <Text size="sm">
          {t('utbildningsplikt.covered.offered')}:{' '}
          {person.offered === null
            ? unknown('plan')
            : person.offered.length === 0
              ? t('utbildningsplikt.covered.nothing')
              : person.offered.map((o, i) => (
                  <span key={o.interventionId}>
                    {i > 0 && ', '}
                    <bdi>{o.name}</bdi> ({t(`offer.referralStates.${o.state}`)})
                  </span>
                ))}
        </Text>
      </Stack>
    </Paper>
  );
}

function EducationList({ education }: { education: Education[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="education-heading">
      <Title order={2} size="h3" id="education-heading" mb="xs">
        {t('utbildningsplikt.education.title')}
      </Title>
      {education.length === 0 ? (
        <Text c="dimmed">{t('utbildningsplikt.education.none')}</Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {education.map((e) => (
            <li key={e.id}>
              <Anchor component={Link} to={`/catalogue/${e.id}`} dir="auto">
                {e.name}
              </Anchor>
              <Text size="sm">
                {t(`offer.interventionKinds.${e.kind}`)} · <bdi>{e.organisationName}</bdi> · {t('utbildningsplikt.education.places')}:{' '}
                <Ltr>{e.places}</Ltr>
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
