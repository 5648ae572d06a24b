import { Alert, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Shade 8 of the primary colour keeps white text on filled buttons above the 4.5:1 contrast
 * that WCAG AA asks for; Mantine's default shade 6 does not reach it.
 */
// Noto Sans Arabic and Noto Sans Ethiopic ship with the app (their script subsets only), so Arabic script and Tigrinya
// render on every device; they come first because a system font may claim Ethiopic and draw empty boxes in bold.
const FONTS =
  '"Noto Sans Ethiopic", "Noto Sans Arabic", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: FONTS,
  // Mantine's headings have their own font stack; without ours, bold Tigrinya headings showed empty boxes.
  headings: { fontFamily: FONTS },
  defaultRadius: 'sm',
  focusRing: 'auto',
  // Modals and menus appear without animation for people who ask their system for less motion.
  respectReducedMotion: true,
  components: {
    // A light alert's coloured title (yellow, red on a pale ground) falls below 4.5:1; the body text colour does not.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

/**
 * Dimmed text (descriptions, labels in data lists) in gray 7 and error text in red 9, which keep 4.5:1 on white;
 * Mantine's gray 6 and red 6 do not.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

/** Badge backgrounds dark enough for white text at 4.5:1 (Mantine's green 9 and orange 9 are not). */
export const statusColors = {
  success: '#1e6b34',
  neutral: '#495057',
  warning: '#a33c06',
  info: '#1864ab',
  protected: '#862e9c',
} as const;
