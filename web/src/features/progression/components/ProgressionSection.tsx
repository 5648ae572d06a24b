import type { PersonSectionProps } from '../../person/types.ts';

export function ProgressionSection(_props: PersonSectionProps) {
  return null;
}
