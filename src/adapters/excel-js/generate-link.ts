/** Until the printable schede can be generated inside Excel, the port says so in Italian. */
import type { GenerateOptions, GenerateReport, Progress } from "../../core/ports";

export function generateNotYet(
  _options: GenerateOptions,
  _onProgress?: Progress,
  _signal?: AbortSignal,
): Promise<GenerateReport> {
  return Promise.reject(
    new Error(
      "La generazione delle schede dentro Excel non è ancora disponibile in questa versione: " +
        "usare per ora il comando «schede-peg genera» sul file salvato.",
    ),
  );
}
