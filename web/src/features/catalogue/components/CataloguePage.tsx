import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InterventionKind, TargetGroup } from '../../../../../common/offer.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { Pager } from '../../participants/components/Pager.tsx';
import { useCatalogue } from '../hooks.ts';
import { exportUrl } from '../api.ts';
import { CatalogueFilters, type FilterValues } from './CatalogueFilters.tsx';
import { InterventionCard } from './InterventionCard.tsx';

const PAGE_SIZE = 24;
const FILTER_KEYS = ['kind', 'language', 'organisationId', 'targetGroup'] as const;

/**
 * The catalogue of interventions across every organisation. Filters live in the URL, so a search can be shared;
 * `?for=<participant>` evaluates each intervention's eligibility for that person (their facts, with consent).
 */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('catalogue.title'));
  const [params, setParams] = useSearchParams();
  const forParticipant = params.get('for') ?? undefined;
  const values: FilterValues = {
    q: params.get('q') ?? '',
    kind: params.get('kind'),
    language: params.get('language'),
    organisationId: params.get('organisationId'),
    targetGroup: params.get('targetGroup'),
    eligibleOnly: params.get('eligibility') === 'eligible',
    freeOnly: params.get('free') === '1',
  };
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const [search, setSearch] = useState(values.q);
  const [debounced] = useDebouncedValue(search, 300);

  // Built from the URL as it is when applied, so that a late search text does not undo a filter set meanwhile.
  function update(next: Partial<FilterValues>, nextOffset = 0) {
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        const put = (key: string, value: string | null | undefined) => (value ? out.set(key, value) : out.delete(key));
        if ('q' in next) put('q', next.q?.trim());
        for (const key of FILTER_KEYS) if (key in next) put(key, next[key]);
        if ('eligibleOnly' in next) put('eligibility', next.eligibleOnly && forParticipant ? 'eligible' : null);
        if ('freeOnly' in next) put('free', next.freeOnly ? '1' : null);
        put('offset', nextOffset ? String(nextOffset) : null);
        return out;
      },
      { replace: true },
    );
  }

  useEffect(() => {
    if (debounced.trim() !== values.q) update({ q: debounced });
    // Only the typed text drives this effect; the URL is the state.
  }, [debounced]);

  const catalogue = useCatalogue({
    q: values.q || undefined,
    kind: (values.kind as InterventionKind) ?? undefined,
    language: values.language ?? undefined,
    organisationId: values.organisationId ?? undefined,
    targetGroup: (values.targetGroup as TargetGroup) ?? undefined,
    eligibleFor: forParticipant,
    eligibility: values.eligibleOnly && forParticipant ? 'eligible' : undefined,
    freePlaces: values.freeOnly ? 'true' : undefined,
    limit: PAGE_SIZE,
    offset,
  });
  const items = catalogue.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('catalogue.title')}</Title>
        {catalogue.data?.mayCreate && (
          <Button component={Link} to="/catalogue/new">
            {t('catalogue.new')}
          </Button>
        )}
      </Group>
      <Text>{t('catalogue.intro')}</Text>
      {forParticipant && (
        <Alert color="blue" variant="light">
          {t('catalogue.forPerson')}{' '}
          <Anchor component={Link} to={`/participants/${forParticipant}`} c="blue.9" fw={600}>
            {t('catalogue.toPerson')}
          </Anchor>
        </Alert>
      )}
      <CatalogueFilters
        value={{ ...values, q: search }}
        onChange={(next) => ('q' in next ? setSearch(next.q ?? '') : update(next))}
        forPerson={!!forParticipant}
      />
      {catalogue.isPending && <Loading />}
      <ErrorNotice error={catalogue.error} />
      {catalogue.data && (
        <Text role="status" size="sm">
          {items.length === 0 ? t('catalogue.noResults') : t('catalogue.results', { count: catalogue.data.total })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {items.map((item) => (
          <InterventionCard key={item.id} item={item} forParticipant={forParticipant} />
        ))}
      </SimpleGrid>
      {catalogue.data && catalogue.data.total > PAGE_SIZE && (
        <Pager offset={offset} limit={PAGE_SIZE} total={catalogue.data.total} shown={items.length} onChange={(next) => update({}, next)} />
      )}
      <Group gap="sm" component="nav" aria-label={t('catalogue.exports.title')}>
        <Text size="sm" fw={600}>
          {t('catalogue.exports.title')}:
        </Text>
        {(['hsds', 'export.csv', 'export.xlsx'] as const).map((format) => (
          <Anchor key={format} href={exportUrl(format, i18n.language)} download size="sm">
            {t(`catalogue.exports.${format === 'hsds' ? 'hsds' : format === 'export.csv' ? 'csv' : 'xlsx'}`)}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}
