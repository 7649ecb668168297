/**
 * TEST-ONLY page script, bundled and installed before the task pane loads: a fake Excel on
 * one in-memory workbook, the Office shim, and a handle (`window.__e2e`) the test drives
 * through `page.evaluate` (snapshots, selection, a colleague's edit).
 */
import { base64Of } from "../../../src/adapters/excel-js/new-workbook";
import { fillWithSample } from "../../../src/adapters/excel-js/sample";
import { USER_NAME_KEY } from "../../../src/taskpane/state/user-name";
import { formatLocal } from "../../fakes/excel/address";
import { FakeWorkbook } from "../../fakes/excel/fake-workbook";
import { installFakeExcel } from "../../fakes/excel/install";
import type { WorkbookSnapshot } from "../../fakes/excel/snapshot";
import type { ChartState } from "../../fakes/excel/charts";
import { installOfficeShim, type ShimOptions } from "./office-shim";

export interface PageOptions extends ShimOptions {
  /** fill the workbook with the bundled 2021 sample before the pane starts */
  readonly sample: boolean;
  /** the name the pane keeps in localStorage ("" = not given yet) */
  readonly userName: string;
  /** the origin of the served pane: the fake is installed there only */
  readonly origin?: string;
}

type Cell = string | number | boolean;

/** What `window.__e2e` offers the test. Every result is plain JSON. */
export interface E2eHandle {
  snapshot(): WorkbookSnapshot;
  /** "Fasi!H27" of this user's selection, or null */
  selection(): string | null;
  sheetNames(): string[];
  /** the native charts of a sheet, as the fake records them */
  charts(sheet: string): ChartState[];
  table(name: string): { sheet: string; address: string; headers: string[]; rows: Cell[][] };
  values(address: string): Cell[][];
  /** a co-author writes cells of the shared workbook */
  colleagueWrites(address: string, rows: Cell[][]): void;
  /** this user types cells in the grid: the tables' change events fire for the pane */
  userTypes(address: string, rows: Cell[][]): Promise<void>;
  /** the workbooks `Excel.createWorkbook` opened, each as the Base64 it was given */
  createdWorkbooks(): string[];
}

function start(options: PageOptions): void {
  const book = new FakeWorkbook(["Foglio1"]);
  const fake = installFakeExcel(book);
  if (options.userName) window.localStorage.setItem(USER_NAME_KEY, options.userName);
  // through the global, as the adapter itself runs: the fake is Excel now
  const ready = options.sample ? Excel.run(fillWithSample) : Promise.resolve();
  installOfficeShim(options, ready);

  const handle: E2eHandle = {
    snapshot: () => book.snapshot(),
    selection() {
      const sel = fake.host.selection;
      if (!sel) return null;
      const sheet = book.state.sheets.find((s) => s.id === sel.sheetId);
      return sheet ? `${sheet.name}!${formatLocal(sel.rect)}` : null;
    },
    sheetNames: () => book.state.sheets.map((s) => s.name),
    charts: (sheet) => book.sheet(sheet).charts,
    table: (name) => book.table(name),
    values: (address) => book.values(address),
    colleagueWrites(address, rows) {
      book.setValues(address, rows);
    },
    userTypes: (address, rows) => fake.typeInCells(address, rows),
    createdWorkbooks: () => fake.createdWorkbooks.map(base64Of),
  };
  Object.assign(window, { __e2e: handle });
}

// The script runs in every document of the page, also the first about:blank, whose opaque
// origin refuses localStorage: only the pane's own page gets the fake.
const options = (window as unknown as { __e2eOptions: PageOptions }).__e2eOptions;
if (location.origin === options.origin) start(options);
