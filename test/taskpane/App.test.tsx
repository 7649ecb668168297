/**
 * @jest-environment jsdom
 */
import type { ComponentType } from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { type Language } from "../../src/taskpane/i18n";
import { messagesFor } from "./messages";
import { paneStore } from "../../src/taskpane/state/pane-store";
import { fixedTheme, type ThemeMode, type ThemeSource } from "../../src/taskpane/theme";
import { VIEW_IDS, type ViewId, type ViewProps } from "../../src/taskpane/views/types";
import { untouchablePort } from "./fake-port";
import "./jsdom-polyfills";

/** a theme the test can switch, to see the pane follow it */
function switchableTheme(initial: ThemeMode): ThemeSource & { set(mode: ThemeMode): void } {
  let mode = initial;
  const listeners = new Set<() => void>();
  return {
    current: () => mode,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    set(next) {
      mode = next;
      listeners.forEach((l) => l());
    },
  };
}

/** stand-in views: the shell is tested apart from the real sections (tested in views/) */
const testViews = Object.fromEntries(
  VIEW_IDS.map((id) => [id, (_props: ViewProps) => <p>contenuto di {id}</p>]),
) as Record<ViewId, ComponentType<ViewProps>>;

function renderApp(language: Language, theme: ThemeSource = fixedTheme("light")) {
  const port = untouchablePort();
  const result = render(
    <App
      port={port}
      readers={{
        readSheet: () => Promise.reject(new Error("the shell reads no file")),
        readReturned: () => Promise.reject(new Error("the shell reads no file")),
        newWorkbook: {
          bytesOf: () => Promise.reject(new Error("the shell makes no file")),
          open: () => Promise.reject(new Error("the shell opens no workbook")),
        },
      }}
      messages={messagesFor(language)}
      theme={theme}
      views={testViews}
    />,
  );
  return { port, ...result };
}

/** Fluent puts the theme's background token on the provider's element */
function background(container: HTMLElement): string {
  const provider = container.querySelector(".fui-FluentProvider");
  if (!provider) throw new Error("FluentProvider assente");
  return getComputedStyle(provider).getPropertyValue("--colorNeutralBackground1").trim();
}

describe("App", () => {
  test.each([
    {
      language: "it" as const,
      title: "Schede PEG",
      tabs: ["Cruscotto", "Rilevazione mensile", "Verifica", "Schede", "Impostazioni"],
    },
    {
      language: "en" as const,
      title: "PEG Sheets",
      tabs: ["Dashboard", "Monthly update", "Check", "Sheets", "Settings"],
    },
  ])("shows the title and the five sections in $language", ({ language, title, tabs }) => {
    const { port } = renderApp(language);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(title);
    // by accessible name: Fluent keeps a hidden bold copy of each label to reserve its width
    // the "⋯" menu of the other sections (Importa) comes after them once loaded
    const all = screen.getAllByRole("tab").filter((t) => t.textContent !== "⋯");
    expect(all).toHaveLength(tabs.length);
    expect(tabs.map((name) => all.indexOf(screen.getByRole("tab", { name })))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(screen.getByRole("tabpanel").textContent).toBe("contenuto di cruscotto");
    expect(port.calls).toEqual([]);
  });

  test("selecting a tab shows its panel", async () => {
    renderApp("it");
    await userEvent.click(screen.getByRole("tab", { name: "Verifica" }));
    expect(screen.getByRole("tab", { name: "Verifica" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    const panel = screen.getByRole("tabpanel");
    expect(panel.getAttribute("aria-labelledby")).toBe("tab-verifica");
    expect(panel.textContent).toBe("contenuto di verifica");
  });

  test("opens the section a view asks for (Cruscotto -> Rilevazione mensile)", () => {
    renderApp("it");
    act(() => paneStore.set({ selectedObjective: "2021_S08_21", requestedView: "rilevazione" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("contenuto di rilevazione");
    expect(paneStore.get().requestedView).toBeNull();
    expect(paneStore.get().selectedObjective).toBe("2021_S08_21");
  });

  test("follows the Office theme when it changes", () => {
    const theme = switchableTheme("light");
    const { container } = renderApp("it", theme);
    const light = background(container);
    act(() => theme.set("dark"));
    const dark = background(container);
    expect(light).not.toBe("");
    expect(dark).not.toBe(light);
  });
});
