/**
 * State the views share while the pane is open: the objective chosen in one view (opened in
 * another), the filters of the objective list (Cruscotto and Schede use the same ones) and a
 * request to show another section. It never holds workbook data: every view reads the
 * workbook again, because a colleague may have changed it in the meantime.
 */
import { createContext, createElement, useCallback, useContext, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import type { ObjectiveFilters } from "../../core/selection";
import type { ViewId } from "../views/types";

export interface PaneState {
  readonly selectedObjective: string | null;
  readonly filters: ObjectiveFilters;
  /** set by a view that wants another section shown (the shell may follow it) */
  readonly requestedView: ViewId | null;
}

export interface PaneStore {
  get(): PaneState;
  set(patch: Partial<PaneState>): void;
  subscribe(listener: () => void): () => void;
}

export const NO_FILTERS: ObjectiveFilters = {};

export function createPaneStore(initial: Partial<PaneState> = {}): PaneStore {
  let state: PaneState = {
    selectedObjective: null,
    filters: NO_FILTERS,
    requestedView: null,
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** the store of the running pane: one per page, shared by every view */
export const paneStore = createPaneStore();

const PaneStoreContext = createContext<PaneStore>(paneStore);

/** Gives a subtree its own store (tests use a fresh one each). */
export function PaneStateProvider({ store, children }: { store: PaneStore; children: ReactNode }) {
  return createElement(PaneStoreContext.Provider, { value: store }, children);
}

export function usePaneState(): readonly [PaneState, (patch: Partial<PaneState>) => void] {
  const store = useContext(PaneStoreContext);
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const set = useCallback((patch: Partial<PaneState>) => store.set(patch), [store]);
  return [state, set] as const;
}
