import { useId, useMemo, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Esito } from "../../core/compute/types";
import { useMessages } from "../i18n";
import type { ObjectiveFilters } from "../../core/selection";
import { NO_FILTERS } from "../state/pane-store";
import { fmt } from "./format";
import { ESITI, filterChoices, type ObjectiveRow } from "./objectives";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  dropdown: { minWidth: "0", width: "100%" },
  // search and the "Filtri (n)" toggle share one line; the choices open below
  bar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  search: { flexGrow: 1, minWidth: 0 },
  toggle: { flexShrink: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface FiltersBarProps {
  readonly rows: readonly ObjectiveRow[];
  readonly filters: ObjectiveFilters;
  readonly onChange: (filters: ObjectiveFilters) => void;
  /**
   * the Cruscotto's way: a search box always shown, the other filters behind a "Filtri (n)"
   * toggle, closed at first so the objectives get the room
   */
  readonly withSearch?: boolean;
}

/** Centro di responsabilità, responsabile and stato filters (plus search), shared by views. */
export function FiltersBar({ rows, filters, onChange, withSearch = false }: FiltersBarProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.filters;
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const set = (patch: Partial<ObjectiveFilters>) => onChange({ ...filters, ...patch });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const chosen = [filters.centri, filters.responsabili, filters.esiti].filter(
    (v) => v !== undefined && v.length > 0,
  ).length;
  const active = chosen > 0 || (filters.testo ?? "").trim() !== "";
  // each dropdown picks one value or none (""), the filters hold lists
  const first = (values: readonly string[] | undefined): string => values?.[0] ?? "";
  const only = <T extends string>(value: T | ""): T[] => (value === "" ? [] : [value]);

  const select = (
    label: string,
    value: string,
    options: readonly { value: string; text: string }[],
    onPick: (v: string) => void,
  ) => (
    <Field label={label} size="small">
      <Dropdown
        className={styles.dropdown}
        size="small"
        value={options.find((o) => o.value === value)?.text ?? text.all}
        selectedOptions={[value]}
        onOptionSelect={(_e, data) => onPick(data.optionValue ?? "")}
      >
        <Option value="">{text.all}</Option>
        {options.map((o) => (
          <Option key={o.value} value={o.value}>
            {o.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, text: v }));
  const dropdowns = (
    <>
      {select(text.centro, first(filters.centri), plain(choices.centri), (c) =>
        set({ centri: only(c) }),
      )}
      {select(text.responsabile, first(filters.responsabili), plain(choices.responsabili), (r) =>
        set({ responsabili: only(r) }),
      )}
      {select(
        text.esito,
        first(filters.esiti),
        ESITI.map((e) => ({ value: e, text: messages.esito[e] })),
        (e) => set({ esiti: only(e as Esito | "") }),
      )}
      {active && (
        <div>
          <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
            {text.clear}
          </Button>
        </div>
      )}
    </>
  );
  if (!withSearch) {
    return (
      <div className={styles.root} role="group" aria-label={text.groupLabel}>
        {dropdowns}
      </div>
    );
  }
  return (
    <div className={styles.root} role="group" aria-label={text.groupLabel}>
      <div className={styles.bar}>
        <Field label={text.search} size="small" className={styles.search}>
          <Input
            type="search"
            size="small"
            value={filters.testo ?? ""}
            placeholder={text.searchPlaceholder}
            onChange={(_e, data) => set({ testo: data.value })}
          />
        </Field>
        <Button
          className={styles.toggle}
          size="small"
          appearance={chosen > 0 ? "primary" : "secondary"}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen((o) => !o)}
        >
          {fmt(text.toggle, { count: chosen })}
        </Button>
      </div>
      {open && (
        <div id={panelId} className={styles.panel}>
          {dropdowns}
        </div>
      )}
    </div>
  );
}
