/** Renders one view as the pane does: Fluent theme, strings of a language, a fresh store. */
import type { ComponentType } from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { readReturnedBytes } from "../../../src/adapters/xlsx-file/returned";
import { readSheetRows } from "../../../src/adapters/xlsx-file/sheet-rows";
import { modelXlsxBytes } from "../../../src/adapters/xlsx-file/new-workbook";
import type { ReturnedReader } from "../../../src/core/distribuzione/collect";
import type { SheetReader } from "../../../src/core/import/table";
import { MessagesProvider, type Language } from "../../../src/taskpane/i18n";
import { messagesFor } from "../messages";
import {
  createPaneStore,
  PaneStateProvider,
  type PaneState,
} from "../../../src/taskpane/state/pane-store";
import type { NewWorkbook, ViewProps } from "../../../src/taskpane/views/types";
import { MemoryPort } from "../memory-port";

const readSheet: SheetReader = async (name, bytes) => readSheetRows(name, bytes);
const readReturned: ReturnedReader = async (name, bytes) => readReturnedBytes(name, bytes);

export interface RenderOptions {
  readonly port?: MemoryPort;
  /** the .xlsx reader; the file adapter's, as the pane's bootstrap gives it, unless told */
  readonly readSheet?: SheetReader;
  readonly language?: Language;
  readonly pane?: Partial<PaneState>;
  /** what opens the new workbook in Excel; the pane offers a download when it is not opened */
  readonly openWorkbook?: NewWorkbook["open"];
}

export function renderView(View: ComponentType<ViewProps>, options: RenderOptions = {}) {
  const port = options.port ?? new MemoryPort();
  const store = createPaneStore(options.pane);
  const messages = messagesFor(options.language ?? "it");
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <MessagesProvider value={messages}>
        <PaneStateProvider store={store}>
          <View
            port={port}
            readSheet={options.readSheet ?? readSheet}
            readReturned={readReturned}
            newWorkbook={{
              bytesOf: modelXlsxBytes,
              open: options.openWorkbook ?? (() => Promise.resolve("opened")),
            }}
          />
        </PaneStateProvider>
      </MessagesProvider>
    </FluentProvider>,
  );
  return { port, store, messages, ...result };
}

/**
 * Serious and critical accessibility violations in `container`. Two rules are off because
 * jsdom cannot run them: color-contrast measures rendered colours and layout, which jsdom
 * does not compute; label-content-name-mismatch draws glyphs on a canvas, which jsdom lacks.
 * Both can only give false results here; the real-browser test covers them.
 */
export async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    rules: {
      "color-contrast": { enabled: false },
      "label-content-name-mismatch": { enabled: false },
    },
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * The open dialog and queries inside it. In jsdom, Tabster (Fluent's focus manager) cannot
 * see layout, so it leaves the modal surface marked aria-hidden (known Fluent issue #33897);
 * the queries therefore include hidden elements. The real-browser test checks dialogs as
 * users meet them.
 */
export async function openDialog() {
  const dialog = await screen.findByRole("dialog", { hidden: true });
  const opts = { hidden: true } as const;
  return {
    dialog,
    textbox: (name?: string) => within(dialog).getByRole("textbox", { ...opts, name }),
    button: (name: string) => within(dialog).getByRole("button", { ...opts, name }),
    radio: (name: string) => within(dialog).getByRole("radio", { ...opts, name }),
  };
}
