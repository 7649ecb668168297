/**
 * What the pane asks of the workbook about the plan's versions (part of `WorkbookPort`): the
 * list, a new frozen version, a comparison and the printable Prospetto variazioni. The
 * storage is the one of `versions.ts`, so the command line reads what the pane writes.
 */
import type { Change } from "./compare";
import type { VersionInfo, VersionsListed } from "./versions";

/** What a new version takes from the person; its number and sheet are decided on writing. */
export type VersionFields = Pick<VersionInfo, "nome" | "atto" | "data" | "utente">;

/** A version (before) against another one or, with `after` null, the current tables. */
export interface VersionsComparison {
  readonly before: VersionInfo;
  readonly after: VersionInfo | null;
  readonly changes: readonly Change[];
}

/** What «Prospetto variazioni» wrote: one marked sheet, our earlier one replaced. */
export interface ProspettoReport extends VersionsComparison {
  readonly sheet: string;
  /** set when a user's sheet holds the natural name and the prospetto went to `sheet` */
  readonly nameTaken?: string;
}

export interface VersionsPort {
  /** the versions listed in the workbook (one read, the copies are not read) */
  versions(): Promise<VersionsListed>;
  /** freezes the current plan: a row of the Versioni table and the hidden copy */
  freezeVersion(fields: VersionFields): Promise<VersionInfo>;
  /** version `versione` against version `con`, or the current tables when `con` is null */
  compareVersions(versione: number, con: number | null): Promise<VersionsComparison>;
  /** the same comparison written as the printable «Prospetto variazioni» sheet */
  generateProspetto(versione: number, con: number | null): Promise<ProspettoReport>;
}
