import type { WorkbookPort } from "../../src/core/ports";

/**
 * A port whose every call fails loudly: the shell must render without touching the
 * workbook, so any call here is a bug the test should see.
 */
export function untouchablePort(): WorkbookPort & { readonly calls: string[] } {
  const calls: string[] = [];
  const refuse = (name: string) => () => {
    calls.push(name);
    return Promise.reject(new Error(`${name} non doveva essere chiamato`));
  };
  return {
    calls,
    load: refuse("load"),
    prepare: refuse("prepare"),
    loadSample: refuse("loadSample"),
    writeComputed: refuse("writeComputed"),
    saveRilevazione: refuse("saveRilevazione"),
    generate: refuse("generate"),
    generateRelazione: refuse("generateRelazione"),
    importRecords: refuse("importRecords"),
    collectReturned: refuse("collectReturned"),
    saveValidazione: refuse("saveValidazione"),
    select: refuse("select"),
    writeCell: refuse("writeCell"),
    saveSetting: refuse("saveSetting"),
    versions: refuse("versions"),
    freezeVersion: refuse("freezeVersion"),
    compareVersions: refuse("compareVersions"),
    generateProspetto: refuse("generateProspetto"),
  };
}
