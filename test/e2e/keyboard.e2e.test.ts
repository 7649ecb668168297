/**
 * Keyboard only, in headless Chromium: the sections are switched from the tab list with
 * arrow keys and Enter, and the actions of Rilevazione mensile are reached with Tab, each
 * showing where the focus is.
 */
import type { Page } from "playwright-core";
import { e2eSuite, openPane, seedFake, shot } from "./harness";

const { it, env } = e2eSuite();

interface Focused {
  readonly role: string;
  readonly name: string;
  readonly selected: string | null;
  /** a focus outline or border is drawn on the element or its ::after */
  readonly visible: boolean;
}

/** the focused element: its role, accessible-ish name and whether its focus is drawn */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { role: "", name: "", selected: null, visible: false };
    const drawn = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) ||
      (["Top", "Right", "Bottom", "Left"] as const).some(
        (side) =>
          s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" &&
          parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      );
    const after = getComputedStyle(el, "::after");
    // aria-label, else the label elements, else the first line of the text (Fluent tabs
    // repeat their text in a hidden span that reserves the bold width)
    const nameOf = (e: HTMLElement) => {
      const byIds = (e.getAttribute("aria-labelledby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.innerText ?? "")
        .join(" ");
      const label = e instanceof HTMLInputElement ? (e.labels?.[0]?.innerText ?? "") : "";
      return (
        e.getAttribute("aria-label") ??
        (byIds.trim() || label || e.innerText.split("\n")[0])
      ).trim();
    };
    const keyboardFocus = el.matches(":focus-visible") || el.hasAttribute("data-fui-focus-visible");
    return {
      role: el.getAttribute("role") ?? el.tagName.toLowerCase(),
      name: nameOf(el),
      selected: el.getAttribute("aria-selected"),
      visible:
        keyboardFocus &&
        (drawn(getComputedStyle(el)) || (after.content !== "none" && drawn(after))),
    };
  });
}

/** presses Tab until the focus is on an element of `role` named `name` */
async function tabTo(page: Page, role: string, name: RegExp, limit = 120): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.role === role && name.test(f.name)) return f;
    seen.push(`${f.role} «${f.name.slice(0, 30)}»`);
  }
  throw new Error(`${role} ${name} non raggiunto con Tab; visti: ${seen.join(", ")}`);
}

describe("keyboard only", () => {
  it("switches sections from the tab list and reaches Rilevazione's actions by Tab", async () => {
    const { page, errors } = await openPane(env(), seedFake({ sample: true, userName: "Anna" }));
    await page.getByText("31 di 31 obiettivi").waitFor();

    const first = await tabTo(page, "tab", /^Cruscotto$/);
    expect(first).toMatchObject({ selected: "true", visible: true });
    await page.keyboard.press("ArrowRight");
    expect(await focused(page)).toMatchObject({ name: "Rilevazione mensile", visible: true });
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ name: "Rilevazione mensile", selected: "true" });

    // the objective is chosen by typing its code, then Enter on the suggestion
    await tabTo(page, "combobox", /^Obiettivo/);
    await page.keyboard.press("Control+A"); // replaces the objective shown
    await page.keyboard.type("2021_S08_00");
    await page.getByRole("option", { name: /^2021_S08_00 / }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const progress = page.getByRole("textbox", { name: "Fase 1, Avanzamento (%)" });
    await progress.waitFor();

    await tabTo(page, "input", /^Fase 1,\s+Avanzamento/);
    expect(await progress.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("60");
    for (const action of [/^Aggiorna$/, /^Salva rilevazione$/, /^Annulla modifiche$/]) {
      expect(await tabTo(page, "button", action)).toMatchObject({ visible: true });
    }
    await shot(page, "12-tastiera");
    // the check above can fail: a mouse click focuses without drawing the keyboard outline
    // (from another button: the keyboard's focus is on Annulla now)
    await page.keyboard.press("Shift+Tab");
    await page.getByRole("button", { name: "Annulla modifiche" }).click();
    expect(await focused(page)).toMatchObject({ name: "Annulla modifiche", visible: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});
