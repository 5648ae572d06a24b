import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { formatKronor } from '../money.ts';
import type { Intervention } from '../types.ts';

const RESULT_TONE = { eligible: 'success', not_eligible: 'warning', unknown: 'neutral' } as const;

/** One intervention in the catalogue's results: what, who offers it, places free, languages, and eligibility. */
export function InterventionCard({ item, forParticipant }: { item: Intervention; forParticipant?: string }) {
  const { t, i18n } = useTranslation();
  const to = `/catalogue/${item.id}${forParticipant ? `?for=${forParticipant}` : ''}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`intervention-${item.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={to} fw={600} id={`intervention-${item.id}`} dir="auto">
            {item.name}
          </Anchor>
          {item.eligibilityResult && (
            <StatusBadge tone={RESULT_TONE[item.eligibilityResult.result]}>
              {t(`eligibility.results.${item.eligibilityResult.result}`)}
            </StatusBadge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`offer.interventionKinds.${item.kind}`)} · {item.organisationName}
          {item.workplace ? ` · ${item.workplace}` : ''}
        </Text>
        <Text size="sm" lineClamp={2} dir="auto">
          {item.description}
        </Text>
        <Group gap="xs">
          <StatusBadge tone="info">{t('catalogue.placesCount', { count: item.places })}</StatusBadge>
          <StatusBadge tone={item.freePlaces > 0 ? 'success' : 'warning'}>
            {t('catalogue.freePlaces', { count: item.freePlaces })}
          </StatusBadge>
          {item.waitingList > 0 && <StatusBadge tone="neutral">{t('catalogue.waitingList', { count: item.waitingList })}</StatusBadge>}
          {item.status !== 'active' && <StatusBadge tone="neutral">{t(`catalogue.statuses.${item.status}`)}</StatusBadge>}
          {item.languages.map((code) => (
            <Badge key={code} variant="outline" color="gray.8" tt="none" radius="sm">
              {languageName(code, i18n.language)}
            </Badge>
          ))}
        </Group>
        {item.costPerPlaceOre !== null && (
          <Text size="xs" c="dimmed">
            {t('catalogue.cost')}: <Ltr>{formatKronor(item.costPerPlaceOre, i18n.language)}</Ltr>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
