/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { messagesFor } from "./messages";
import { OutsideExcel } from "../../src/taskpane/OutsideExcel";
import { StartupError } from "../../src/taskpane/StartupError";
import "./jsdom-polyfills";

describe("screens shown when the pane cannot work", () => {
  test("outside Excel: the title and the upload step, no warning about office.js", () => {
    render(<OutsideExcel messages={messagesFor("it")} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Apri Schede PEG in Excel");
    expect(
      screen.getAllByRole("listitem").some((li) => /manifest\.xml/.test(li.textContent!)),
    ).toBe(true);
    expect(screen.queryByText(/office\.js/)).toBeNull();
  });

  test("office.js missing: the same screen plus what to check", () => {
    render(<OutsideExcel messages={messagesFor("it")} officeMissing />);
    expect(screen.getByText(/office\.js/).textContent).toMatch(/connessione a Internet/);
  });

  test("startup error: says what to do and shows the cause", () => {
    render(<StartupError messages={messagesFor("it")} detail="Collegamento non disponibile" />);
    expect(screen.getByText("Schede PEG non si è avviato")).toBeTruthy();
    expect(screen.getByText("Collegamento non disponibile")).toBeTruthy();
  });
});
