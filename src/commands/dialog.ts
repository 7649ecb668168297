/**
 * Shows a command's outcome in a small Office dialog (esito.html) and resolves once it is
 * closed. A function command has no UI of its own; the Office dialog API can be opened from
 * its function file ("Use the Office dialog API in Office Add-ins", learn.microsoft.com:
 * the host page "can be the page in a task pane or the function file of an add-in
 * command"). The dialog lives as long as that file's runtime, and event.completed() lets
 * Office close the runtime ("Office.AddinCommands.Event.completed": the add-in "will
 * automatically be closed"; on some clients it closed the dialog at once, office-js issue
 * #428), so the command completes only after this promise resolves.
 */

/** what the dialog page sends with Office.context.ui.messageParent to ask to be closed */
export const CLOSE_MESSAGE = "chiudi";

/** percent of the screen (Office.DialogOptions); Office keeps at least 250 × 150 px */
export const DIALOG_SIZE = { height: 40, width: 30 } as const;

/** the slice of Office.Dialog used here */
export interface DialogLike {
  addEventHandler(
    eventType: unknown,
    handler: (arg: { message: string; origin: string | undefined } | { error: number }) => void,
  ): void;
  close(): void;
}

/** the slice of Office.context.ui used here */
export interface DialogUi {
  displayDialogAsync(
    startAddress: string,
    options: Office.DialogOptions,
    callback: (result: {
      status: unknown;
      value: DialogLike;
      error: { code: number; message: string };
    }) => void,
  ): void;
}

/** Office's enum values, passed in so this file runs where the Office global does not exist */
export interface DialogConstants {
  readonly succeeded: unknown;
  readonly messageReceived: unknown;
  /** the dialog was closed by the user (its X) or failed to load */
  readonly eventReceived: unknown;
}

/**
 * Opens `url` and resolves when the dialog asks to be closed (it is then closed here), when
 * the user closes it, or at once when it cannot open (`onFailure` says why).
 */
export function showDialog(
  ui: DialogUi,
  constants: DialogConstants,
  url: string,
  onFailure: (reason: string) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    try {
      // displayInIframe: in Excel on the web an overlay instead of a pop-up window, faster
      // and never caught by a pop-up blocker; other platforms ignore it
      ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
        if (result.status !== constants.succeeded) {
          onFailure(`${result.error.code} ${result.error.message}`);
          finish();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(constants.messageReceived, (arg) => {
          if ("message" in arg && arg.message === CLOSE_MESSAGE) {
            dialog.close();
            finish();
          }
        });
        dialog.addEventHandler(constants.eventReceived, () => finish());
      });
    } catch (error) {
      onFailure(error instanceof Error ? error.message : String(error));
      finish();
    }
  });
}
