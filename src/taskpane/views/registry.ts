import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { WorkbookPort } from "../../core/ports";

/** The five sections of the pane, in tab order. */
export const VIEW_IDS = ["cruscotto", "rilevazione", "verifica", "schede", "impostazioni"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** What every view receives: the workbook, through the port, never Office itself. */
export interface ViewProps {
  readonly port: WorkbookPort;
}

/**
 * Each view is loaded on first use, so its code (charts, tables…) stays out of the first
 * download of the pane.
 */
export const VIEWS: Record<ViewId, LazyExoticComponent<ComponentType<ViewProps>>> = {
  cruscotto: lazy(() => import("./cruscotto/CruscottoView")),
  rilevazione: lazy(() => import("./rilevazione/RilevazioneView")),
  verifica: lazy(() => import("./verifica/VerificaView")),
  schede: lazy(() => import("./schede/SchedeView")),
  impostazioni: lazy(() => import("./impostazioni/ImpostazioniView")),
};
