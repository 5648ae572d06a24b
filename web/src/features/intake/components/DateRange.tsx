import { Ltr } from '../../../ui/Ltr.tsx';

/** Two dates as one left-to-right unit that never breaks inside a date (a phone would split 2026-06-27 at a hyphen). */
export function DateRange({ from, to }: { from: string; to: string }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Ltr>{`${from} – ${to}`}</Ltr>
    </span>
  );
}
