/**
 * A WorkbookPort whose implementation is downloaded on first use. The Excel adapter pulls in
 * the parser, the rules, the layout and the bundled sample: loading it lazily keeps all that
 * out of the JavaScript needed to draw the pane, so the pane appears sooner.
 */
import type { WorkbookPort } from "../core/ports";

export function lazyPort(load: () => Promise<WorkbookPort>): WorkbookPort {
  let pending: Promise<WorkbookPort> | null = null;
  const port = (): Promise<WorkbookPort> => {
    // a failed download is retried on the next call instead of failing forever
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  return {
    load: async () => (await port()).load(),
    prepare: async () => (await port()).prepare(),
    loadSample: async () => (await port()).loadSample(),
    writeComputed: async (result) => (await port()).writeComputed(result),
    saveRilevazione: async (save) => (await port()).saveRilevazione(save),
    generate: async (options, onProgress, signal) =>
      (await port()).generate(options, onProgress, signal),
    generateRelazione: async (periodo) => (await port()).generateRelazione(periodo),
    importRecords: async (incoming, options, onProgress, signal) =>
      (await port()).importRecords(incoming, options, onProgress, signal),
    collectReturned: async (files, onProgress, signal) =>
      (await port()).collectReturned(files, onProgress, signal),
    saveValidazione: async (save) => (await port()).saveValidazione(save),
    select: async (address) => (await port()).select(address),
    writeCell: async (address, value) => (await port()).writeCell(address, value),
    watchTyping: async (utente, onReport) => (await port()).watchTyping?.(utente, onReport),
    logUnlogged: async (changes, utente) => {
      const p = await port();
      if (!p.logUnlogged) throw new Error("logUnlogged is not available");
      return p.logUnlogged(changes, utente);
    },
    saveSetting: async (key, value, utente, nota) =>
      (await port()).saveSetting(key, value, utente, nota),
    versions: async () => (await port()).versions(),
    freezeVersion: async (fields) => (await port()).freezeVersion(fields),
    compareVersions: async (versione, con) => (await port()).compareVersions(versione, con),
    generateProspetto: async (versione, con) => (await port()).generateProspetto(versione, con),
  };
}
