/**
 * @jest-environment jsdom
 *
 * What the XML schema cannot check in manifest.xml (the schema itself runs in
 * `npm run validate`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMAND_NAMES, registerCommands } from "../../src/commands/register";
import {
  ROOT,
  allUrls,
  elements,
  parseManifest,
  pngSize,
  readManifestText,
  referencedResids,
  resources,
  text,
} from "./manifest-doc";

const doc = parseManifest(readManifestText());

/** the file in assets/ behind an https://…/assets/<file> URL */
function assetFile(url: string): string {
  const match = /\/assets\/([\w.-]+\.png)$/.exec(url);
  if (!match) throw new Error(`L'icona ${url} non è in assets/`);
  return join(ROOT, "assets", match[1]);
}

describe("manifest.xml", () => {
  test("the id is a GUID", () => {
    expect(text(doc, "Id")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
  });

  test("the version has the form n.n.n.n", () => {
    expect(text(doc, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("every URL is https", () => {
    const urls = allUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("requires ExcelApi 1.9 on a workbook host", () => {
    const set = elements(doc, "Set").find((s) => s.getAttribute("Name") === "ExcelApi");
    expect(set?.getAttribute("MinVersion")).toBe("1.9");
    expect(elements(doc, "Host")[0].getAttribute("Name")).toBe("Workbook");
  });

  test("every resid refers to a defined resource, and every resource is used", () => {
    const defined = resources(doc);
    const used = referencedResids(doc).map((r) => r.resid);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    expect([...defined.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  test("the default locale is it-IT and every string has an en-US override", () => {
    expect(text(doc, "DefaultLocale")).toBe("it-IT");
    const localized = [
      ...elements(doc, "DisplayName"),
      ...elements(doc, "Description").filter((d) => d.hasAttribute("DefaultValue")),
      ...[...resources(doc).values()].filter((el) => el.localName === "String"),
    ];
    expect(localized.length).toBeGreaterThan(10);
    const missing = localized.filter(
      (el) =>
        !Array.from(el.children).some(
          (o) =>
            o.localName === "Override" &&
            o.getAttribute("Locale") === "en-US" &&
            (o.getAttribute("Value") ?? "").trim() !== "",
        ),
    );
    expect(missing.map((el) => el.getAttribute("id") ?? el.localName)).toEqual([]);
  });

  test("the add-in icons exist with the sizes Office asks for", () => {
    const expected = [
      { url: elements(doc, "IconUrl")[0].getAttribute("DefaultValue")!, size: 32 },
      { url: elements(doc, "HighResolutionIconUrl")[0].getAttribute("DefaultValue")!, size: 64 },
    ];
    for (const { url, size } of expected) {
      expect({ url, ...pngSize(readFileSync(assetFile(url))) }).toEqual({
        url,
        width: size,
        height: size,
      });
    }
  });

  test("every ribbon icon exists in assets/ with the pixel size it is declared at", () => {
    const defined = resources(doc);
    const images = referencedResids(doc).filter(
      (r) => r.element.localName === "Image" && r.element.hasAttribute("size"),
    );
    expect(images.length).toBeGreaterThanOrEqual(12);
    for (const { element, resid } of images) {
      const size = Number(element.getAttribute("size"));
      const url = defined.get(resid)?.getAttribute("DefaultValue") ?? "";
      const file = assetFile(url);
      expect({ resid, exists: existsSync(file) }).toEqual({ resid, exists: true });
      expect({ resid, ...pngSize(readFileSync(file)) }).toEqual({
        resid,
        width: size,
        height: size,
      });
    }
  });

  test("the ribbon's functions are the ones commands.ts registers", () => {
    const registered: string[] = [];
    registerCommands(
      { associate: (id) => registered.push(id) },
      {
        verifica: async () => ({ kind: "nessunaRiga" }),
        generaScheda: async () => ({ kind: "nessunaRiga" }),
      },
      async () => undefined,
      () => undefined,
    );
    const inManifest = elements(doc, "FunctionName").map((f) => (f.textContent ?? "").trim());
    expect([...inManifest].sort()).toEqual([...registered].sort());
    expect([...registered].sort()).toEqual([...COMMAND_NAMES].sort());
  });
});
