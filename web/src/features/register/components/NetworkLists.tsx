import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import type { Network, NetworkNode } from '../api.ts';

type Initiative = Extract<NetworkNode, { kind: 'initiative' }>;

const listStyle = { margin: 0, paddingInlineStart: '1.2em' } as const;

/** Lookups over the network as shown: nodes by id, and the initiatives of each municipality. */
function index(network: Network) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const initiativesOf = (municipalityId: string | null) =>
    network.nodes.filter((n): n is Initiative => n.kind === 'initiative' && n.municipalityId === municipalityId);
  return { byId, initiativesOf };
}

/** The network's edges in words: who borrowed from whom, and each municipality with its initiatives, in `year`. */
export function NetworkLists({ network, year }: { network: Network; year: number }) {
  const { t } = useTranslation();
  const { byId, initiativesOf } = index(network);
  const placeOf = (id: string) => {
    const node = byId.get(id);
    const place = node?.kind === 'initiative' && node.municipalityId ? byId.get(node.municipalityId)?.name : undefined;
    return isolateText(place ?? t('register.network.noMunicipality'));
  };
  const borrowed = network.edges.filter((e) => e.kind === 'borrowed');
  const municipalities = network.nodes.filter((n) => n.kind === 'municipality');
  const homeless = network.nodes.filter(
    (n): n is Initiative => n.kind === 'initiative' && (!n.municipalityId || !byId.has(n.municipalityId)),
  );
  return (
    <>
      <Stack gap="xs" component="section" aria-labelledby="register-borrowed-heading">
        <Title order={2} size="h3" id="register-borrowed-heading">
          {t('register.network.borrowedTitle')}
        </Title>
        {borrowed.length === 0 ? (
          <Text>{t('register.network.noneBorrowed', { year: isolateLtr(String(year)) })}</Text>
        ) : (
          <Stack gap={4} component="ul" style={listStyle}>
            {borrowed.map((e) => (
              <li key={`${e.from}-${e.to}`}>
                {t('register.network.borrowedItem', {
                  from: isolateText(byId.get(e.from)?.name ?? ''),
                  fromPlace: placeOf(e.from),
                  to: isolateText(byId.get(e.to)?.name ?? ''),
                  toPlace: placeOf(e.to),
                  year: isolateLtr(String(e.year)),
                })}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="register-places-heading">
        <Title order={2} size="h3" id="register-places-heading">
          {t('register.network.municipalitiesTitle')}
        </Title>
        <Stack gap="xs" component="ul" style={listStyle}>
          {[
            ...municipalities.map((m) => ({ id: m.id, name: m.name, items: initiativesOf(m.id) })),
            ...(homeless.length > 0 ? [{ id: 'none', name: t('register.network.noMunicipality'), items: homeless }] : []),
          ].map((group) => (
            <li key={group.id}>
              <Text fw={600} component="span">
                <bdi>{group.name}</bdi>
              </Text>
              <Stack gap={2} component="ul" style={listStyle}>
                {group.items.map((i) => (
                  <li key={i.id}>
                    {t('register.network.initiativeItem', { name: isolateText(i.name), year: isolateLtr(String(i.year)) })}
                  </li>
                ))}
              </Stack>
            </li>
          ))}
        </Stack>
      </Stack>
    </>
  );
}

/** The node chosen in the drawing: what it borrowed from and who borrowed from it, or a municipality's initiatives. */
export function NetworkDetails({
  network,
  selected,
  onShow,
}: {
  network: Network;
  selected: string | null;
  onShow: (change: { q?: string; municipality?: string }) => void;
}) {
  const { t } = useTranslation();
  const { byId, initiativesOf } = index(network);
  const node = selected ? byId.get(selected) : undefined;
  const names = (ids: string[]) => ids.map((id) => byId.get(id)?.name ?? '').join(t('common.listSeparator'));
  const line = (label: string, value: string) =>
    value && (
      <Text size="sm">
        <Text component="span" fw={600} size="sm">
          {label}:
        </Text>{' '}
        <bdi>{value}</bdi>
      </Text>
    );
  return (
    <Paper withBorder p="sm" aria-live="polite">
      {!node ? (
        <Text size="sm">{t('register.network.details.hint')}</Text>
      ) : (
        <Stack gap={4}>
          <Text fw={700}>
            <bdi>{node.name}</bdi>
          </Text>
          {node.kind === 'initiative' ? (
            <>
              {line(t('register.card.area'), node.areaName)}
              {line(
                t('register.network.details.borrowedFrom'),
                names(network.edges.filter((e) => e.kind === 'borrowed' && e.from === node.id).map((e) => e.to)),
              )}
              {line(
                t('register.network.details.borrowedBy'),
                names(network.edges.filter((e) => e.kind === 'borrowed' && e.to === node.id).map((e) => e.from)),
              )}
            </>
          ) : (
            line(t('register.network.details.initiatives'), names(initiativesOf(node.id).map((i) => i.id)))
          )}
          <Button
            variant="subtle"
            px={0}
            w="fit-content"
            onClick={() => onShow(node.kind === 'initiative' ? { q: node.name } : { municipality: node.name })}
          >
            {t('register.network.details.showInList')}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}
