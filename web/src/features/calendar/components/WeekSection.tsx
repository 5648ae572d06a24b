import type { PersonSectionProps } from '../../person/types.ts';

export function WeekSection(_props: PersonSectionProps) {
  return null;
}
