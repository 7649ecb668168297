/**
 * TEST-ONLY. office.js outside Office reports no host; this makes the page believe it runs in
 * Excel. It catches the assignment of `window.Office` (office.js makes it) and hands the page
 * a view of it whose `onReady` answers `host: "Excel"` once office.js and the fake are ready,
 * and whose `context` then gives the display language and theme the test asked for. office.js
 * keeps working underneath; product code is not touched.
 */

export interface ShimOptions {
  /** Office's display language, e.g. "it-IT" or "en-US" */
  readonly displayLanguage: string;
  /** Office's body background colour: a dark colour makes the pane use its dark theme */
  readonly bodyBackgroundColor: string;
  /** the newest ExcelApi set the host supports ("1.8"); by default the manifest's, 1.9 */
  readonly excelApi?: string;
}

/** "1.10" after "1.9": requirement set versions compare number by number */
function versionAtMost(version: string, newest: string): boolean {
  const [a, b] = [version, newest].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff < 0;
  }
  return true;
}

type ReadyInfo = { host: string; platform: string };
type OnReady = (callback?: (info: ReadyInfo) => void) => Promise<ReadyInfo>;
interface OfficeLike {
  onReady: OnReady;
}

export function installOfficeShim(options: ShimOptions, ready: Promise<unknown>): void {
  const context = {
    displayLanguage: options.displayLanguage,
    contentLanguage: options.displayLanguage,
    officeTheme: {
      bodyBackgroundColor: options.bodyBackgroundColor,
      bodyForegroundColor: "#000000",
      controlBackgroundColor: options.bodyBackgroundColor,
      controlForegroundColor: "#000000",
    },
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name === "ExcelApi" && versionAtMost(version, options.excelApi ?? "1.9"),
    },
  };
  let real: OfficeLike | undefined;
  let view: OfficeLike | undefined;
  let inExcel = false;

  const onReady: OnReady = async (callback) => {
    await real?.onReady();
    await ready;
    inExcel = true;
    // the pane cannot render before this: later scripts are requested by its first render
    Object.assign(window, { __e2eReadyAt: performance.now() });
    const info = { host: "Excel", platform: "OfficeOnline" };
    callback?.(info);
    return info;
  };

  function viewOf(office: OfficeLike): OfficeLike {
    return new Proxy(office, {
      get(target, key) {
        if (key === "onReady") return onReady;
        if (key === "context" && inExcel) return context;
        return Reflect.get(target, key, target) as unknown;
      },
    });
  }

  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => view,
    set(value: OfficeLike) {
      real = value;
      view = value ? viewOf(value) : value;
    },
  });
}
