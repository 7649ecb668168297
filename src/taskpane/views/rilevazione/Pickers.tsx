import { useMemo, useState } from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import type { Obiettivo } from "../../../core/model/types";
import { isSelected } from "../../../core/selection";
import { shortText } from "../../components/format";
import { useMessages } from "../../i18n";

const labelOf = (o: Obiettivo) => `${o.codice} — ${shortText(o.descrizione, 60)}`;

export interface ObjectivePickerProps {
  readonly obiettivi: readonly Obiettivo[];
  readonly value: string;
  readonly onChange: (codice: string) => void;
}

/** The objective, chosen by typing part of its code or description. */
export function ObjectivePicker({ obiettivi, value, onChange }: ObjectivePickerProps) {
  const text = useMessages().rilevazione;
  // null while the user is not typing: the box then shows the chosen objective
  const [query, setQuery] = useState<string | null>(null);
  const selected = obiettivi.find((o) => o.codice === value);
  const matches = useMemo(
    () => obiettivi.filter((o) => isSelected(o, { testo: query ?? "" })),
    [obiettivi, query],
  );
  return (
    <Field label={text.objective}>
      <Combobox
        value={query ?? (selected ? labelOf(selected) : "")}
        selectedOptions={selected ? [selected.codice] : []}
        placeholder={text.objectivePlaceholder}
        onChange={(e) => setQuery(e.target.value)}
        onOpenChange={(_e, d) => !d.open && setQuery(null)}
        onOptionSelect={(_e, d) => {
          // typing clears the selection too (optionValue undefined): keep the typed text then
          if (!d.optionValue) return;
          onChange(d.optionValue);
          setQuery(null);
        }}
      >
        {matches.map((o) => (
          <Option key={o.codice} value={o.codice} text={labelOf(o)}>
            {labelOf(o)}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option value="" text={text.noMatch} disabled>
            {text.noMatch}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
