import {
  COMMAND_NAMES,
  registerCommands,
  type CommandEvent,
  type CommandHandler,
  type CommandName,
} from "../../src/commands/register";

/** registers with a recording registry and returns a way to click a ribbon button */
function setup(handlers: Record<CommandName, CommandHandler>) {
  const actions = new Map<string, (event: CommandEvent) => void>();
  const errors: string[] = [];
  registerCommands(
    { associate: (id, action) => actions.set(id, action) },
    handlers,
    (name, error) => errors.push(`${name}: ${(error as Error).message}`),
  );
  const click = (name: string) =>
    new Promise<void>((resolve) => {
      const action = actions.get(name);
      if (!action) throw new Error(`comando ${name} non registrato`);
      action({ completed: resolve });
    });
  return { actions, errors, click };
}

const ok: CommandHandler = async () => undefined;
const failing: CommandHandler = async () => {
  throw new Error("cartella non valida");
};

describe("registerCommands", () => {
  test("registers every command name once", () => {
    const { actions } = setup({ verifica: ok, generaScheda: ok });
    expect([...actions.keys()]).toEqual([...COMMAND_NAMES]);
  });

  test.each([
    { title: "success", handler: ok, expected: [] },
    { title: "failure", handler: failing, expected: ["verifica: cartella non valida"] },
  ])("completes the event after a $title and reports errors", async ({ handler, expected }) => {
    const ran: string[] = [];
    const { click, errors } = setup({
      verifica: async () => {
        ran.push("verifica");
        await handler();
      },
      generaScheda: ok,
    });
    await click("verifica"); // resolves only if event.completed() was called
    expect(ran).toEqual(["verifica"]);
    expect(errors).toEqual(expected);
  });
});
