import type { PersonSectionProps } from '../../person/types.ts';

export function IntakeSection(_props: PersonSectionProps) {
  return null;
}
