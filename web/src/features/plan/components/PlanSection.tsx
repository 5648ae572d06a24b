import type { PersonSectionProps } from '../../person/types.ts';

export function PlanSection(_props: PersonSectionProps) {
  return null;
}
