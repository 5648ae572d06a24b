import type { ReactNode } from 'react';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Fact } from '../../../ui/Fact.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { Initiative } from '../api.ts';
import { InitiativePeriod } from './StateBadge.tsx';

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {title}
      </Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

/** What an initiative is, who owns and funds it, what it runs through, and how its life has gone so far. */
export function InitiativeFacts({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const list = (items: string[]) => (items.length === 0 ? null : items.join(t('common.listSeparator')));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card id="initiative-about" title={t('initiatives.detail.about')}>
        <Fact label={t('initiatives.form.description')}>{i.description}</Fact>
        <Fact label={t('initiatives.form.targetGroup')}>{i.targetGroup}</Fact>
        <Fact label={t('initiatives.form.origin')}>{i.origin}</Fact>
        <Fact label={t('initiatives.form.inspiredBy')}>
          {i.inspiredById && i.inspiredByName ? (
            <Anchor
              component={Link}
              to={i.inspiredByOtherArea ? `/register?q=${encodeURIComponent(i.inspiredByName)}` : `/initiatives/${i.inspiredById}`}
              size="sm"
            >
              <bdi>{i.inspiredByName}</bdi>
            </Anchor>
          ) : null}
        </Fact>
      </Card>
      <Card id="initiative-owner" title={t('initiatives.detail.ownerAndFunding')}>
        <Fact label={t('initiatives.owner')}>{i.ownerPartyName ?? t('initiatives.noOwner')}</Fact>
        <Fact label={t('initiatives.form.funding')}>{list(i.fundingSources.map((f) => t(`initiatives.fundingSources.${f}`)))}</Fact>
        <Fact label={t('initiatives.form.municipality')}>{i.municipality}</Fact>
        <Fact label={t('initiatives.form.municipalityRoles')}>
          {list(i.municipalityRoles.map((r) => t(`initiatives.municipalityRoles.${r}`)))}
        </Fact>
        <Fact label={t('initiatives.period')}>
          <InitiativePeriod initiative={i} />
        </Fact>
        <Fact label={t('initiatives.detail.register')}>{t(i.public ? 'initiatives.detail.public' : 'initiatives.detail.notPublic')}</Fact>
      </Card>
      <Card id="initiative-interventions" title={t('initiatives.detail.interventions')}>
        {i.interventions.length === 0 ? (
          <Text size="sm">{t('initiatives.detail.noInterventions')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ margin: 0, paddingInlineStart: '1.2em' }}>
            {i.interventions.map((x) => (
              <li key={x.id}>
                <Anchor component={Link} to={`/catalogue/${x.id}`} size="sm">
                  <bdi>{x.name}</bdi>
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Card>
      <Card id="initiative-outcome" title={t('initiatives.detail.course')}>
        <Fact label={t('initiatives.detail.evaluation')}>{i.evaluation ?? t('initiatives.detail.notEvaluated')}</Fact>
        <Fact label={t('initiatives.stepForm.implementedBy')}>{i.implementedByPartyName}</Fact>
        <Fact label={t('initiatives.stepForm.implementedFrom')}>
          {i.implementedFrom ? <Ltr>{formatDate(i.implementedFrom)}</Ltr> : null}
        </Fact>
        <Fact label={t('initiatives.stepForm.implementationFunding')}>{i.implementationFunding}</Fact>
        <Fact label={t('initiatives.detail.endedReason')}>{i.endedReason}</Fact>
      </Card>
    </SimpleGrid>
  );
}
