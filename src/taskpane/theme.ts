/**
 * The pane follows the Office theme: a dark Office background gives the dark Fluent theme.
 * Excel has no "theme changed" event, so the theme is read again whenever the pane gets
 * focus or becomes visible, which is when a changed theme can first be seen.
 */
export type ThemeMode = "light" | "dark";

export interface ThemeSource {
  current(): ThemeMode;
  /** calls onChange when the mode may have changed; returns the unsubscribe function */
  subscribe(onChange: () => void): () => void;
}

/** "dark" when a "#rrggbb" (or "#rgb") background is dark; "light" for anything unreadable */
export function modeOfBackground(color: string | null | undefined): ThemeMode {
  const hex = color?.trim().replace(/^#/, "") ?? "";
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  // perceived brightness (ITU-R BT.601 weights), 0 = black, 1 = white
  const brightness = 0.299 * r + 0.587 * g + 0.114 * b;
  return brightness < 0.5 ? "dark" : "light";
}

/**
 * The theme of a background colour read on demand (the bootstrap reads Office's
 * `officeTheme`); light when there is none to read (e.g. some Macs) or reading fails.
 */
export function backgroundThemeSource(
  readBackground: () => string | null | undefined,
): ThemeSource {
  const read = (): ThemeMode => {
    try {
      return modeOfBackground(readBackground());
    } catch {
      return "light";
    }
  };
  return {
    current: read,
    subscribe(onChange) {
      window.addEventListener("focus", onChange);
      document.addEventListener("visibilitychange", onChange);
      return () => {
        window.removeEventListener("focus", onChange);
        document.removeEventListener("visibilitychange", onChange);
      };
    },
  };
}

/** a theme that never changes: for tests and for the page opened outside Office */
export function fixedTheme(mode: ThemeMode): ThemeSource {
  return { current: () => mode, subscribe: () => () => undefined };
}
