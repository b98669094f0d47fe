import { Alert, type CSSVariablesResolver, createTheme, darken, Modal } from '@mantine/core';

/**
 * Mantine's defaults, made readable (WCAG 2 AA: 4.5:1 for text, as the browser tests' axe-core check
 * demands): filled colours one shade darker, with black text where white would be too faint (orange,
 * yellow, green); dialogs' and alerts' close buttons named (not "Close": a dialog may have a Close button).
 */
export const theme = createTheme({
  primaryShade: 8,
  autoContrast: true,
  // The luminance at which black text beats white (≈0.18); a little above, so that red-8 keeps white.
  luminanceThreshold: 0.2,
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss dialog' } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Dismiss message' } }),
  },
});

/**
 * Text colours for a white page (and the light grey of striped rows): dimmed text and descriptions
 * gray-7, errors red-9, coloured text shade 9, and the text of light badges, buttons and alerts (shade 9
 * on shade 1 by default: 2.7:1 for yellow) darkened further.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(t.colors).flatMap(([name, shades]) => [
        [`--mantine-color-${name}-text`, `var(--mantine-color-${name}-9)`],
        [`--mantine-color-${name}-light-color`, darken(shades[9], 0.3)],
      ]),
    ),
  },
  dark: {},
});
