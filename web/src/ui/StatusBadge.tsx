import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { statusColors } from '../app/theme.ts';

/** A small filled label in one of the accessible status colours; never cut short, never upper-cased. */
export function StatusBadge({ tone, children }: { tone: keyof typeof statusColors; children: ReactNode }) {
  return (
    <Badge color={statusColors[tone]} variant="filled" radius="sm" tt="none" miw="max-content">
      {children}
    </Badge>
  );
}
