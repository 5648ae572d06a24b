import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** One labelled fact of a record (the label above, the value in its own direction); nothing when there is no value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" dir="auto">
        {children}
      </Text>
    </div>
  );
}
