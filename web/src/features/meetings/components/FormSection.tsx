import { useId, type ReactNode } from 'react';
import { Fieldset, Text } from '@mantine/core';

const styles = { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', padding: 0, marginBlockEnd: 4 } };

/** A group of fields under a legend that reads like the fields' own labels, with a hint that describes the whole group. */
export function FormSection({ legend, description, children }: { legend: string; description?: string; children: ReactNode }) {
  const id = useId();
  return (
    <Fieldset legend={legend} variant="unstyled" styles={styles} aria-describedby={description ? id : undefined}>
      {description && (
        <Text id={id} size="xs" c="dimmed" mb={6}>
          {description}
        </Text>
      )}
      {children}
    </Fieldset>
  );
}
