/**
 * The bytes of a new plan workbook, as `esempio` and `nuovo-anno` write it. No Node here: the
 * pane builds next year's workbook with this in the browser, where ExcelJS (large) is loaded
 * only when asked for, as on the command line.
 */
import type { PegModel } from "../../core/model/types";

export async function modelXlsxBytes(model: PegModel): Promise<Uint8Array> {
  const { buildWorkbook } = await import("./build");
  return new Uint8Array(await buildWorkbook(model).xlsx.writeBuffer());
}
