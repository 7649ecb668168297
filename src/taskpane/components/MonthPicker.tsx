import { useMemo } from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Month } from "../../core/model/types";
import { useMessages } from "../i18n";
import { monthLabel, monthsOf } from "./format";

export interface MonthPickerProps {
  readonly year: number;
  readonly value: Month;
  readonly closed: readonly Month[];
  readonly onChange: (month: Month) => void;
  readonly label: string;
  /** one line under the field saying what the month is for */
  readonly hint?: string;
}

/** A month of the plan year, closed months marked in words. */
export function MonthPicker({ year, value, closed, onChange, label, hint }: MonthPickerProps) {
  const messages = useMessages();
  const months = useMemo(() => {
    const all = monthsOf(year);
    return all.includes(value) ? all : [value, ...all];
  }, [year, value]);
  const textOf = (m: Month) =>
    `${monthLabel(m, messages.locale)}${closed.includes(m) ? ` (${messages.common.closedMark})` : ""}`;
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        value={textOf(value)}
        selectedOptions={[value]}
        onOptionSelect={(_e, d) => d.optionValue && onChange(d.optionValue as Month)}
      >
        {months.map((m) => (
          <Option key={m} value={m} text={textOf(m)}>
            {textOf(m)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
