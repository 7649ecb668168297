import { useMemo } from "react";
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
import { ESITI, filterChoices, type ObjectiveRow } from "./objectives";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface FiltersBarProps {
  readonly rows: readonly ObjectiveRow[];
  readonly filters: ObjectiveFilters;
  readonly onChange: (filters: ObjectiveFilters) => void;
  /** the search box is shown by the Cruscotto only */
  readonly withSearch?: boolean;
}

/** Centro di responsabilità, responsabile and stato filters (plus search), shared by views. */
export function FiltersBar({ rows, filters, onChange, withSearch = false }: FiltersBarProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.filters;
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const set = (patch: Partial<ObjectiveFilters>) => onChange({ ...filters, ...patch });
  const active = Object.values(filters).some((v) => v !== undefined && v.length > 0);
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
  return (
    <div className={styles.root} role="group" aria-label={text.groupLabel}>
      {withSearch && (
        <Field label={text.search} size="small">
          <Input
            type="search"
            size="small"
            value={filters.testo ?? ""}
            placeholder={text.searchPlaceholder}
            onChange={(_e, data) => set({ testo: data.value })}
          />
        </Field>
      )}
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
        <Button size="small" appearance="subtle" onClick={() => onChange(NO_FILTERS)}>
          {text.clear}
        </Button>
      )}
    </div>
  );
}
