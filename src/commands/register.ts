/**
 * The ribbon's ExecuteFunction buttons. Each name here must equal a <FunctionName> in
 * manifest.xml (a test checks it). Office waits for event.completed() before it runs the
 * next command, so every handler calls it, whatever happens.
 */

/** The slice of Office.actions we use, so tests can record the registrations. */
export interface ActionRegistry {
  associate(actionId: string, action: (event: CommandEvent) => void): void;
}

/** The slice of Office.AddinCommands.Event we use. */
export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = () => Promise<void>;

export const COMMAND_NAMES = ["verifica", "generaScheda"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export function registerCommands(
  actions: ActionRegistry,
  handlers: Record<CommandName, CommandHandler>,
  onError: (name: CommandName, error: unknown) => void,
): void {
  for (const name of COMMAND_NAMES) {
    actions.associate(name, (event) => {
      handlers[name]()
        .catch((error: unknown) => onError(name, error))
        .finally(() => event.completed());
    });
  }
}
