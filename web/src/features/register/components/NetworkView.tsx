import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Box, Group, Slider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { Network, NetworkNode } from '../api.ts';
import { useNetwork } from '../hooks.ts';
import { layoutNetwork, visibleAt, yearsOf } from '../layout.ts';
import { GRAPH_COLOURS, NetworkGraph } from './NetworkGraph.tsx';
import { NetworkDetails, NetworkLists } from './NetworkLists.tsx';

/** A small sample of each mark in the drawing, with its meaning. */
function Legend() {
  const { t } = useTranslation();
  const item = (key: 'initiative' | 'municipality' | 'borrowed' | 'worksIn', mark: ReactNode) => (
    <Group gap={6} wrap="nowrap" component="li" key={key}>
      <svg width="28" height="16" aria-hidden="true">
        {mark}
      </svg>
      <Text size="sm">{t(`register.network.legend.${key}`)}</Text>
    </Group>
  );
  return (
    <Group gap="lg" component="ul" aria-label={t('register.network.legend.label')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {item('initiative', <circle cx="14" cy="8" r="7" fill={GRAPH_COLOURS.initiative} />)}
      {item('municipality', <rect x="6" y="0" width="16" height="16" rx="3" fill={GRAPH_COLOURS.municipality} />)}
      {item(
        'borrowed',
        <>
          <line x1="1" y1="8" x2="18" y2="8" stroke={GRAPH_COLOURS.borrowed} strokeWidth="2.5" />
          <path d="M17,3 L27,8 L17,13 z" fill={GRAPH_COLOURS.borrowed} />
        </>,
      )}
      {item('worksIn', <line x1="1" y1="8" x2="27" y2="8" stroke={GRAPH_COLOURS.worksIn} strokeWidth="1.5" />)}
    </Group>
  );
}

/** The accessible name of a node in the network as it is in the year shown. */
function useNodeName(shown: Network) {
  const { t } = useTranslation();
  return useMemo(() => {
    const byId = new Map(shown.nodes.map((n) => [n.id, n]));
    const counts = new Map<string, number>();
    for (const e of shown.edges) if (e.kind === 'works_in') counts.set(e.to, (counts.get(e.to) ?? 0) + 1);
    return (node: NetworkNode) => {
      if (node.kind === 'municipality') return t('register.network.municipalityNode', { name: node.name, count: counts.get(node.id) ?? 0 });
      const place = node.municipalityId ? byId.get(node.municipalityId)?.name : undefined;
      return place
        ? t('register.network.initiativeNode', { name: node.name, municipality: place, year: node.year })
        : t('register.network.initiativeNodeNowhere', { name: node.name, year: node.year });
    };
  }, [shown, t]);
}

/**
 * The network of the register: who borrowed from whom and where each initiative works, as it stood in the year the
 * slider (and the address) says. Below the drawing the same edges as text, for screen readers and small screens.
 */
export function NetworkView({
  year: asked,
  onYear,
  onShow,
}: {
  year: number | null;
  onYear: (year: number | null) => void;
  onShow: (change: { q?: string; municipality?: string }) => void;
}) {
  const { t } = useTranslation();
  const network = useNetwork(true);
  const wide = useWideScreen('md');
  const years = network.data ? yearsOf(network.data) : null;
  const chosen = years ? Math.min(Math.max(asked ?? years.max, years.min), years.max) : 0;
  const [draft, setDraft] = useState(chosen);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => setDraft(chosen), [chosen]);
  // On a phone the drawing keeps its size and scrolls sideways: it opens at its middle, where its rings' centres are.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = scroller.current;
    if (box) box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
  }, [network.data, wide]);

  const layout = useMemo(() => (network.data ? layoutNetwork(network.data, wide ? 2 : 1) : null), [network.data, wide]);
  const shown = useMemo(() => (network.data ? visibleAt(network.data, draft) : { nodes: [], edges: [] }), [network.data, draft]);
  const nodeName = useNodeName(shown);

  if (network.isPending) return <Loading />;
  if (network.error || !network.data || !layout) return <ErrorNotice error={network.error} />;
  if (!years) return <Text>{t('register.network.empty')}</Text>;
  const visibleSelected = shown.nodes.some((n) => n.id === selected) ? selected : null;

  return (
    <Stack gap="md">
      <Text>{t('register.network.intro')}</Text>
      {years.min < years.max ? (
        <Box maw={520} px="xs">
          <Text size="sm" fw={600} id="register-year-label">
            {t('register.network.upTo', { year: draft })}
          </Text>
          <Slider
            min={years.min}
            max={years.max}
            step={1}
            value={draft}
            onChange={setDraft}
            onChangeEnd={(y) => onYear(y === years.max ? null : y)}
            thumbLabel={t('register.network.year')}
            label={(y) => String(y)}
            marks={
              years.max - years.min <= 12
                ? Array.from({ length: years.max - years.min + 1 }, (_, i) => ({ value: years.min + i, label: String(years.min + i) }))
                : [
                    { value: years.min, label: String(years.min) },
                    { value: years.max, label: String(years.max) },
                  ]
            }
            mb="lg"
            mt={4}
          />
        </Box>
      ) : (
        <Text size="sm" fw={600}>
          {t('register.network.upTo', { year: years.max })}
        </Text>
      )}
      <Legend />
      <Box ref={scroller} dir="ltr" style={{ overflowX: 'auto' }}>
        <NetworkGraph
          fit={wide}
          network={shown}
          layout={layout}
          label={t('register.network.graph', { year: draft })}
          nodeName={nodeName}
          selected={visibleSelected}
          onSelect={setSelected}
        />
      </Box>
      <NetworkDetails network={shown} selected={visibleSelected} onShow={onShow} />
      <NetworkLists network={shown} year={draft} />
    </Stack>
  );
}
