import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { useWideScreen } from './useScreen.ts';

/**
 * A table of figures: on a wide screen it keeps `minWidth` and scrolls sideways in its own region (which takes focus,
 * so that keyboard users can scroll it too); on a phone it fits the screen, and a `stacked` one becomes one card per
 * row, each cell labelled by its `data-label`. The label is the table's caption for screen readers.
 */
export function ScrollTable({
  label,
  minWidth,
  stacked = true,
  children,
}: {
  label: string;
  minWidth: number;
  stacked?: boolean;
  children: ReactNode;
}) {
  const wide = useWideScreen('sm');
  return (
    <Table.ScrollContainer minWidth={wide ? minWidth : 0} type="native" tabIndex={0} role="group" aria-label={label}>
      <Table verticalSpacing="xs" striped className={stacked ? 'stacked-table' : undefined}>
        <Table.Caption className="visually-hidden">{label}</Table.Caption>
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
