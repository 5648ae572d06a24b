import { useState, type KeyboardEvent } from 'react';
import { statusColors } from '../../../app/theme.ts';
import type { Network, NetworkNode } from '../api.ts';
import { edgeLine, NODE_RADIUS, shortLabel, type NetworkLayout } from '../layout.ts';

export const GRAPH_COLOURS = {
  initiative: statusColors.info,
  municipality: statusColors.neutral,
  borrowed: statusColors.warning,
  worksIn: '#868e96',
  focus: '#000000',
} as const;

const ARROW_ID = 'register-network-arrow';
/** The arrowhead's length: a borrowed-from line stops this short of the node, and the head fills the gap. */
const ARROW = 12;

/** The nodes joined to `id` by an edge, and those edges, to bring them forward while it is focused or chosen. */
function neighbourhood(network: Network, id: string | null) {
  const edges = new Set<number>();
  const nodes = new Set<string>(id ? [id] : []);
  if (id)
    network.edges.forEach((e, i) => {
      if (e.from !== id && e.to !== id) return;
      edges.add(i);
      nodes.add(e.from).add(e.to);
    });
  return { edges, nodes };
}

/**
 * The network as SVG: spokes from each initiative to its municipality, arrows from an initiative to the one it
 * borrowed from. Every node is a button with its full name: Tab reaches it, Enter or Space chooses it, and the
 * edges of the node in focus (or chosen) stand out. The drawing keeps its left-to-right geometry in every language.
 */
export function NetworkGraph({
  network,
  layout,
  label,
  nodeName,
  selected,
  onSelect,
  fit,
}: {
  network: Network;
  layout: NetworkLayout;
  label: string;
  nodeName: (node: NetworkNode) => string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** Shrunk to the width it is given (a wide screen), or at its own size, to be scrolled sideways (a phone). */
  fit: boolean;
}) {
  const [active, setActive] = useState<string | null>(null);
  const lit = neighbourhood(network, active ?? selected);
  const anyLit = lit.nodes.size > 0;
  const kindOf = new Map(network.nodes.map((n) => [n.id, n.kind]));
  const choose = (id: string) => onSelect(selected === id ? null : id);
  const onKey = (id: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose(id);
  };

  return (
    <svg
      role="group"
      aria-label={label}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      style={{ direction: 'ltr', maxWidth: fit ? '100%' : 'none', height: 'auto', display: 'block', margin: '0 auto', overflow: 'visible' }}
    >
      <defs>
        <marker
          id={ARROW_ID}
          viewBox="0 0 10 10"
          refX="0"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth={ARROW}
          markerHeight={ARROW}
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={GRAPH_COLOURS.borrowed} />
        </marker>
      </defs>
      <g aria-hidden="true">
        {network.edges.map((e, i) => {
          const from = layout.places.get(e.from);
          const to = layout.places.get(e.to);
          if (!from || !to) return null;
          const borrowed = e.kind === 'borrowed';
          const line = edgeLine(from, to, NODE_RADIUS[kindOf.get(e.from)!], NODE_RADIUS[kindOf.get(e.to)!], borrowed ? ARROW : 0);
          if (!line) return null;
          const dim = anyLit && !lit.edges.has(i);
          return (
            <line
              key={`${e.kind}-${e.from}-${e.to}`}
              {...line}
              stroke={borrowed ? GRAPH_COLOURS.borrowed : GRAPH_COLOURS.worksIn}
              strokeWidth={borrowed ? (lit.edges.has(i) ? 4 : 2.5) : lit.edges.has(i) ? 2 : 1}
              strokeOpacity={dim ? 0.25 : 1}
              markerEnd={borrowed ? `url(#${ARROW_ID})` : undefined}
            />
          );
        })}
      </g>
      {network.nodes.map((node) => {
        const place = layout.places.get(node.id);
        if (!place) return null;
        const r = NODE_RADIUS[node.kind];
        const on = node.id === selected || node.id === active;
        const dim = anyLit && !lit.nodes.has(node.id);
        const name = nodeName(node);
        return (
          <g
            key={node.id}
            role="button"
            tabIndex={0}
            aria-label={name}
            aria-pressed={node.id === selected}
            data-node={node.id}
            onClick={() => choose(node.id)}
            onKeyDown={onKey(node.id)}
            onFocus={() => setActive(node.id)}
            onBlur={() => setActive(null)}
            onMouseEnter={() => setActive(node.id)}
            onMouseLeave={() => setActive(null)}
            style={{ cursor: 'pointer', outline: 'none' }}
          >
            <title>{name}</title>
            {on && <circle cx={place.x} cy={place.y} r={r + 6} fill="none" stroke={GRAPH_COLOURS.focus} strokeWidth={3} />}
            {node.kind === 'municipality' ? (
              <rect
                x={place.x - r}
                y={place.y - r}
                width={2 * r}
                height={2 * r}
                rx={4}
                fill={GRAPH_COLOURS.municipality}
                fillOpacity={dim ? 0.35 : 1}
              />
            ) : (
              <circle
                cx={place.x}
                cy={place.y}
                r={r}
                fill={GRAPH_COLOURS.initiative}
                fillOpacity={dim ? 0.35 : 1}
                stroke="#fff"
                strokeWidth={1.5}
              />
            )}
            <text
              x={place.label.x}
              y={place.label.y}
              textAnchor={place.label.anchor}
              fontSize={node.kind === 'municipality' ? 13 : 12}
              fontWeight={node.kind === 'municipality' || on ? 700 : 400}
              fill="#212529"
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
              aria-hidden="true"
            >
              {shortLabel(node.name)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
