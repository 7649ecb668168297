/**
 * @jest-environment jsdom
 *
 * The build rewrites the manifest's development address for the publishing host.
 */
import { rewriteManifestUrls } from "../../scripts/manifest-urls";
import { allUrls, parseManifest, readManifestText, text } from "./manifest-doc";

const source = readManifestText();

interface Case {
  title: string;
  addinUrl: string;
  base: string;
  appDomain: string;
}

const cases: Case[] = [
  {
    title: "default keeps localhost",
    addinUrl: "https://localhost:3000/",
    base: "https://localhost:3000/",
    appDomain: "https://localhost:3000",
  },
  {
    title: "host without a trailing slash",
    addinUrl: "https://peg.comune.example",
    base: "https://peg.comune.example/",
    appDomain: "https://peg.comune.example",
  },
  {
    title: "host with a folder",
    addinUrl: "https://intranet.comune.example/schede-peg",
    base: "https://intranet.comune.example/schede-peg/",
    appDomain: "https://intranet.comune.example",
  },
];

describe("rewriteManifestUrls", () => {
  test.each(cases)("$title", ({ addinUrl, base, appDomain }) => {
    const doc = parseManifest(rewriteManifestUrls(source, addinUrl));
    const urls = allUrls(doc);
    expect(urls.filter((u) => u !== appDomain && !u.startsWith(base))).toEqual([]);
    expect(text(doc, "AppDomain")).toBe(appDomain);
    expect(text(doc, "Id")).toBe(text(parseManifest(source), "Id"));
  });

  test.each(["http://peg.comune.example/", "peg.comune.example", ""])(
    "refuses %p with an Italian message",
    (addinUrl) => {
      expect(() => rewriteManifestUrls(source, addinUrl)).toThrow(/ADDIN_URL/);
    },
  );
});
