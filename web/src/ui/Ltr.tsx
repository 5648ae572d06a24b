import type { ReactNode } from 'react';

/** Numbers and dates keep their left-to-right order inside right-to-left text. */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/**
 * The same for a value placed into a translated sentence: wrapped in Unicode's left-to-right isolate, a date
 * like 2026-10-25 is not shown as 25-10-2026 inside Arabic text.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * Free text (a name, a title, a reason) placed into a translated sentence keeps its own direction: wrapped in
 * Unicode's first-strong isolate, Swedish inside Arabic text stays whole, and its punctuation on its own side.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
