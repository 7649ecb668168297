/**
 * The ribbon's ExecuteFunction buttons. Each name here must equal a <FunctionName> in
 * manifest.xml (a test checks it). Each button runs its handler, shows the outcome (the
 * dialog of esito.html) and calls event.completed() once, whatever happens: Office waits
 * for it before it runs the next command.
 */
import type { Esito } from "./esito-query";

/** The slice of Office.actions we use, so tests can record the registrations. */
export interface ActionRegistry {
  associate(actionId: string, action: (event: CommandEvent) => void): void;
}

/** The slice of Office.AddinCommands.Event we use. */
export interface CommandEvent {
  completed(): void;
}

/** does the command's job; throws an Error with an Italian message when it cannot */
export type CommandHandler = () => Promise<Esito>;

export const COMMAND_NAMES = ["verifica", "generaScheda"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const UNEXPECTED =
  "Errore imprevisto. Riprova; se il problema resta, apri il riquadro Schede PEG e usa i suoi comandi.";

/** the outcome of a handler that failed */
export function failure(name: CommandName, error: unknown): Esito {
  const message = error instanceof Error && error.message.trim() ? error.message : UNEXPECTED;
  return { kind: "errore", command: name, message };
}

export function registerCommands(
  actions: ActionRegistry,
  handlers: Record<CommandName, CommandHandler>,
  /** shows the outcome; resolves when the user has closed it */
  show: (esito: Esito) => Promise<void>,
  onError: (name: CommandName, error: unknown) => void,
): void {
  for (const name of COMMAND_NAMES) {
    actions.associate(name, (event) => {
      handlers[name]()
        .catch((error: unknown) => {
          onError(name, error);
          return failure(name, error);
        })
        .then(show)
        .catch((error: unknown) => onError(name, error))
        .finally(() => event.completed());
    });
  }
}
