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
  /** the months offered, when not the plan year's */
  readonly months?: readonly Month[];
  /** a month's words, when not its name (and the closed mark) */
  readonly textOf?: (month: Month) => string;
}

/** A month of the plan year, closed months marked in words. */
export function MonthPicker(props: MonthPickerProps) {
  const { year, value, closed, onChange, label, hint, months: offered } = props;
  const messages = useMessages();
  const months = useMemo(() => {
    const all = offered ?? monthsOf(year);
    return all.includes(value) ? all : [value, ...all];
  }, [offered, year, value]);
  const textOf =
    props.textOf ??
    ((m: Month) =>
      `${monthLabel(m, messages.locale)}${closed.includes(m) ? ` (${messages.common.closedMark})` : ""}`);
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
