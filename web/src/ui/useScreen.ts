import { useMediaQuery } from '@mantine/hooks';

/**
 * True on screens at least as wide as the breakpoint (Mantine's sm = 48em, md = 62em). Read at once rather
 * than after mount, so a phone never flashes the wide layout first.
 */
export function useWideScreen(breakpoint: 'sm' | 'md'): boolean {
  const width = breakpoint === 'sm' ? '48em' : '62em';
  return useMediaQuery(`(min-width: ${width})`, true, { getInitialValueInEffect: false });
}
