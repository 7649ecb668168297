import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { ViewId, ViewProps } from "./types";

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
  importa: lazy(() => import("./importa/ImportaView")),
  raccogli: lazy(() => import("./raccogli/RaccogliView")),
  validazione: lazy(() => import("./validazione/ValidazioneView")),
  versioni: lazy(() => import("./versioni/VersioniView")),
};
