import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, languageName } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Fact } from '../../../ui/Fact.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { EligibilityRulesText } from '../../eligibility/components/EligibilityRulesText.tsx';
import { useIntervention } from '../hooks.ts';
import { ReferForm } from '../../referrals/components/ReferForm.tsx';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { formatKronor } from '../money.ts';

/** One intervention: what, where, when, for whom (in plain words, and for one person when `?for=` names them). */
export function InterventionPage() {
  const { t, i18n } = useTranslation();
  const { interventionId } = useParams();
  const [params] = useSearchParams();
  const forParticipant = params.get('for') ?? undefined;
  const intervention = useIntervention(interventionId, forParticipant);
  const me = useCurrentUser();
  const item = intervention.data;
  usePageTitle(item?.name ?? t('catalogue.title'));
  if (intervention.isPending) return <Loading />;
  if (!item) return <ErrorNotice error={intervention.error} />;
  const back = `/catalogue${forParticipant ? `?for=${forParticipant}` : ''}`;
  const where = [item.locationName, item.address, [item.postalCode, item.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <Stack gap="md">
      <Anchor component={Link} to={back} size="sm">
        {t('catalogue.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} dir="auto">
            {item.name}
          </Title>
          <Text c="dimmed">
            {t(`offer.interventionKinds.${item.kind}`)} · {item.organisationName}
          </Text>
        </Stack>
        <Group gap="sm">
          {item.mayChange && (
            <Button variant="default" component={Link} to={`/catalogue/${item.id}/edit`}>
              {t('catalogue.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Text dir="auto">{item.description}</Text>
      <Group gap="xs">
        <StatusBadge tone="info">{t('catalogue.placesCount', { count: item.places })}</StatusBadge>
        <StatusBadge tone={item.freePlaces > 0 ? 'success' : 'warning'}>
          {t('catalogue.freePlaces', { count: item.freePlaces })}
        </StatusBadge>
        {item.waitingList > 0 && <StatusBadge tone="neutral">{t('catalogue.waitingList', { count: item.waitingList })}</StatusBadge>}
        <StatusBadge tone={item.status === 'active' ? 'success' : 'neutral'}>{t(`catalogue.statuses.${item.status}`)}</StatusBadge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="eligibility-heading">
          <Title order={2} size="h4" id="eligibility-heading" mb="xs">
            {t('eligibility.title')}
          </Title>
          {item.eligibilityResult && (
            <Text size="sm" fw={600} mb="xs">
              {t(`eligibility.results.${item.eligibilityResult.result}`)}
            </Text>
          )}
          <EligibilityRulesText rules={item.eligibility} result={item.eligibilityResult} />
          {item.targetGroups.length > 0 && (
            <Group gap={6} mt="sm">
              {item.targetGroups.map((g) => (
                <Badge key={g} variant="outline" color="blue.9" tt="none" radius="sm">
                  {t(`catalogue.targetGroups.${g}`)}
                </Badge>
              ))}
            </Group>
          )}
        </Paper>
        <Paper withBorder p="md" component="section">
          <Stack gap="xs">
            <Fact label={t('catalogue.where')}>{where || item.workplace}</Fact>
            <Fact label={t('catalogue.workplace')}>{item.workplace}</Fact>
            <Fact label={t('catalogue.schedule')}>{item.scheduleDescription}</Fact>
            <Fact label={t('catalogue.period')}>
              {item.startDate || item.endDate ? (
                <Ltr>
                  {formatDate(item.startDate)} – {formatDate(item.endDate)}
                </Ltr>
              ) : null}
            </Fact>
            <Fact label={t('catalogue.languages')}>{item.languages.map((c) => languageName(c, i18n.language)).join(', ')}</Fact>
            <Fact label={t('catalogue.cost')}>
              {item.costPerPlaceOre === null ? null : <Ltr>{formatKronor(item.costPerPlaceOre, i18n.language)}</Ltr>}
            </Fact>
            <Fact label={t('catalogue.fundingLabel')}>{t(`catalogue.funding.${item.funding}`)}</Fact>
            <Fact label={t('catalogue.contract')}>{item.contractName}</Fact>
            <Fact label={t('catalogue.applicationProcess')}>{item.applicationProcess}</Fact>
            <Fact label={t('catalogue.contact')}>
              {[item.contactEmail, item.contactPhone].filter(Boolean).join(', ')}
              {item.url && (
                <>
                  {' '}
                  <Anchor href={item.url} target="_blank" rel="noreferrer">
                    {item.url}
                  </Anchor>
                </>
              )}
            </Fact>
          </Stack>
        </Paper>
      </SimpleGrid>
      {forParticipant && allows(me, 'referral.create') && <ReferForm participantId={forParticipant} interventionId={item.id} />}
    </Stack>
  );
}
