/**
 * The ribbon commands end to end on fakes: a fake ribbon and port do the work, a fake
 * Office.context.ui.displayDialogAsync records the dialog, and the test plays the user
 * (Chiudi, or the dialog's X). event.completed() must come once, after the dialog closes.
 */
import {
  CLOSE_MESSAGE,
  showDialog,
  type DialogLike,
  type DialogUi,
} from "../../src/commands/dialog";
import { decodeEsito, esitoUrl } from "../../src/commands/esito-query";
import { createHandlers, type RibbonActions } from "../../src/commands/handlers";
import {
  COMMAND_NAMES,
  registerCommands,
  type CommandEvent,
  type CommandName,
} from "../../src/commands/register";
import type { WorkbookPort } from "../../src/core/ports";

const PAGE = "https://localhost:3000/commands.html";
const CONSTANTS = {
  succeeded: "succeeded",
  messageReceived: "dialogMessageReceived",
  eventReceived: "dialogEventReceived",
};
type Handler = Parameters<DialogLike["addEventHandler"]>[1];

/** Office.context.ui as a function file sees it, with one dialog at a time */
class FakeUi implements DialogUi {
  readonly urls: string[] = [];
  readonly sizes: { height?: number; width?: number }[] = [];
  closed = 0;
  failWith: { code: number; message: string } | null = null;
  private handlers = new Map<unknown, Handler>();

  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: Parameters<DialogUi["displayDialogAsync"]>[2],
  ): void {
    this.urls.push(url);
    this.sizes.push({ height: options.height, width: options.width });
    const dialog: DialogLike = {
      addEventHandler: (type, handler) => this.handlers.set(type, handler),
      close: () => {
        this.closed += 1;
      },
    };
    const error = this.failWith ?? { code: 0, message: "" };
    const status = this.failWith ? "failed" : CONSTANTS.succeeded;
    queueMicrotask(() => callback({ status, value: dialog, error }));
  }

  /** the dialog page calls messageParent */
  send(message: string): void {
    this.handlers.get(CONSTANTS.messageReceived)?.({ message, origin: undefined });
  }

  /** the user closes the dialog with its X (Office's 12006) */
  dismiss(): void {
    this.handlers.get(CONSTANTS.eventReceived)?.({ error: 12006 });
  }

  /** what the last dialog was opened to show */
  get shown() {
    return decodeEsito(new URL(this.urls[this.urls.length - 1]).search);
  }
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setImmediate(resolve));
};

function setup(ribbon: Partial<RibbonActions> = {}, port: Partial<WorkbookPort> = {}) {
  const ui = new FakeUi();
  const actions = new Map<string, (event: CommandEvent) => void>();
  const errors: string[] = [];
  const failures: string[] = [];
  const handlers = createHandlers(port as WorkbookPort, {
    checkAndSelect: async () => ({ errors: 0, warnings: 0, selected: null, firstMessage: null }),
    objectiveAtSelection: async () => null,
    ...ribbon,
  });
  registerCommands(
    { associate: (id, action) => actions.set(id, action) },
    handlers,
    (esito) =>
      showDialog(ui, CONSTANTS, esitoUrl(PAGE, esito, "it"), (reason) => failures.push(reason)),
    (name, error) => errors.push(`${name}: ${(error as Error).message}`),
  );
  let completed = 0;
  const click = async (name: CommandName) => {
    actions.get(name)?.({ completed: () => (completed += 1) });
    await flush();
  };
  return { ui, actions, errors, failures, click, completed: () => completed };
}

describe("ribbon commands with the outcome dialog", () => {
  test("registers every command name once", () => {
    const { actions } = setup();
    expect([...actions.keys()]).toEqual([...COMMAND_NAMES]);
  });

  test("verifica shows counts, cell and message, and completes once after Chiudi", async () => {
    const message = "Il peso <b>30,5</b> è testo: scrivi 30.5";
    const s = setup({
      checkAndSelect: async () => ({
        errors: 1,
        warnings: 3,
        selected: "Fasi!H12",
        firstMessage: message,
      }),
    });
    await s.click("verifica");
    expect(s.ui.shown.esito).toEqual({
      kind: "verifica",
      errors: 1,
      warnings: 3,
      cell: "Fasi!H12",
      message,
    });
    expect(new URL(s.ui.urls[0]).pathname).toBe("/esito.html");
    expect(s.ui.sizes[0]).toEqual({ height: 40, width: 30 });
    expect(s.completed()).toBe(0); // still open: completing would let Office unload it

    s.ui.send("altro messaggio");
    await flush();
    expect({ closed: s.ui.closed, completed: s.completed() }).toEqual({ closed: 0, completed: 0 });

    s.ui.send(CLOSE_MESSAGE);
    await flush();
    expect({ closed: s.ui.closed, completed: s.completed() }).toEqual({ closed: 1, completed: 1 });
    s.ui.dismiss(); // a late event changes nothing
    await flush();
    expect(s.completed()).toBe(1);
    expect(s.errors).toEqual([]);
  });

  test.each([
    {
      title: "a scheda written",
      code: "2021_S08_21",
      expected: { kind: "scheda", code: "2021_S08_21", sheet: "2021_S08_21" },
    },
    { title: "no objective row selected", code: null, expected: { kind: "nessunaRiga" } },
  ])("genera scheda shows $title", async ({ code, expected }) => {
    const s = setup(
      { objectiveAtSelection: async () => code },
      {
        generate: async (options) => ({
          sheets: (options.codes ?? []).map((c) => ({ codice: c, sheet: c })),
          indexSheet: null,
        }),
      },
    );
    await s.click("generaScheda");
    expect(s.ui.shown.esito).toEqual(expected);
    s.ui.dismiss();
    await flush();
    expect({ closed: s.ui.closed, completed: s.completed() }).toEqual({ closed: 0, completed: 1 });
  });

  test("a failing command shows its Italian error and completes once", async () => {
    const s = setup(
      { objectiveAtSelection: async () => "OB1" },
      {
        generate: async () => {
          throw new Error("Il foglio «Scheda OB1» è protetto: togli la protezione e riprova.");
        },
      },
    );
    await s.click("generaScheda");
    expect(s.ui.shown.esito).toEqual({
      kind: "errore",
      command: "generaScheda",
      message: "Il foglio «Scheda OB1» è protetto: togli la protezione e riprova.",
    });
    expect(s.errors).toHaveLength(1);
    s.ui.send(CLOSE_MESSAGE);
    await flush();
    expect({ closed: s.ui.closed, completed: s.completed() }).toEqual({ closed: 1, completed: 1 });
  });

  test("a dialog that cannot open still completes the command, once", async () => {
    const s = setup();
    s.ui.failWith = { code: 12007, message: "finestra già aperta" };
    await s.click("verifica");
    expect(s.ui.urls).toHaveLength(1);
    expect(s.failures).toEqual(["12007 finestra già aperta"]);
    expect(s.completed()).toBe(1);
  });

  test("a host that throws on displayDialogAsync still completes the command, once", async () => {
    const s = setup();
    s.ui.displayDialogAsync = () => {
      throw new Error("DialogApi assente");
    };
    await s.click("verifica");
    expect(s.failures).toEqual(["DialogApi assente"]);
    expect(s.completed()).toBe(1);
  });
});
