import { useEffect, useState } from 'react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATES, type InitiativeState } from '../../../../../common/governance.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useInitiatives } from '../hooks.ts';
import { InitiativeFilters } from './InitiativeFilters.tsx';
import { InitiativeFormModal } from './InitiativeFormModal.tsx';
import { InitiativeList } from './InitiativeList.tsx';
import { RiskSection } from './RiskSection.tsx';

/**
 * The area's initiatives: those needing a decision on top, then all of them filtered by state, risk or words (kept
 * in the address, so a view can be shared), and a new one for the preparation group.
 */
export function InitiativesPage() {
  const { t } = useTranslation();
  usePageTitle(t('initiatives.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('state') as InitiativeState | null;
  const state = asked && INITIATIVE_STATES.includes(asked) ? asked : undefined;
  const atRisk = params.get('atRisk') === '1';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  const [creating, setCreating] = useState(false);

  // Built from the address as it is when applied, so that a late search text does not undo a filter set meanwhile.
  const update = (next: { state?: string | null; atRisk?: boolean; q?: string }) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        const put = (key: string, value: string | null | undefined) => (value ? out.set(key, value) : out.delete(key));
        if ('state' in next) put('state', next.state);
        if ('atRisk' in next) put('atRisk', next.atRisk ? '1' : null);
        if ('q' in next) put('q', next.q?.trim());
        return out;
      },
      { replace: true },
    );

  useEffect(() => {
    if (debounced.trim() !== q) update({ q: debounced });
    // Only the typed text drives this effect; the address is the state.
  }, [debounced]);

  const list = useInitiatives({ state, atRisk: atRisk || undefined, q: q || undefined });
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={1}>{t('initiatives.title')}</Title>
        {list.data?.mayCreate && <Button onClick={() => setCreating(true)}>{t('initiatives.new')}</Button>}
      </Group>
      <Text>{t('initiatives.intro')}</Text>
      <Anchor component={Link} to="/register" w="fit-content">
        {t('register.fromInitiatives')}
      </Anchor>
      <RiskSection />
      <InitiativeFilters
        value={{ state: state ?? null, atRisk, q: search }}
        onState={(next) => update({ state: next })}
        onAtRisk={(next) => update({ atRisk: next })}
        onSearch={setSearch}
      />
      {list.isPending && <Loading />}
      <ErrorNotice error={list.error} />
      {list.data && <InitiativeList items={list.data.items} />}
      {creating && <InitiativeFormModal initiative={null} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
