import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useMessages } from "../../i18n";
import { parseField, textOf, type FieldSpec } from "./form";
import type { RilevazioneFormState } from "./use-rilevazione-form";

export interface FieldInputProps {
  readonly spec: FieldSpec;
  readonly form: RilevazioneFormState;
  readonly label: string;
  /** "Fase 2, ": read by screen readers before the label, which repeats for every phase */
  readonly context: string;
  readonly disabled?: boolean;
  readonly autoFocus?: boolean;
}

// an input is as wide as its column, never wider (its natural width is 20 characters)
const useStyles = makeStyles({
  input: { width: "100%", minWidth: 0 },
  number: { "& input": { textAlign: "end", fontVariantNumeric: "tabular-nums" } },
});

/** One editable value, checked as the user types; the Italian reason shows under it. */
export function FieldInput({ spec, form, label, context, disabled, autoFocus }: FieldInputProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const value = form.form.drafts[spec.key] ?? textOf(spec.kind, spec.loaded);
  const error = form.built.errors[spec.key];
  const fullLabel = (
    <>
      <VisuallyHidden>{context}</VisuallyHidden>
      {label}
    </>
  );
  const onText = (v: string) => form.setDraft(spec.key, v);

  // a number typed as "3500.5" or "75%" is shown back as "3.500,5", "75" on leaving the field
  const tidy = () => {
    if (spec.kind !== "number" && spec.kind !== "percent") return;
    const draft = form.form.drafts[spec.key];
    if (draft === undefined) return;
    const parsed = parseField(spec.kind, draft);
    if (!parsed.ok || parsed.value === null) return;
    const shown = textOf(spec.kind, parsed.value);
    if (shown !== draft) onText(shown);
  };

  if (spec.kind === "yesno") {
    return (
      <Field label={fullLabel} size="small">
        <RadioGroup
          layout="horizontal"
          value={value}
          disabled={disabled}
          onChange={(_e, d) => onText(d.value)}
        >
          <Radio value="1" label={text.yes} />
          <Radio value="0" label={text.no} />
          <Radio value="" label={text.notMeasured} />
        </RadioGroup>
      </Field>
    );
  }
  return (
    <Field
      label={fullLabel}
      size="small"
      validationState={error ? "error" : "none"}
      validationMessage={error ? text.errors[error] : undefined}
    >
      {spec.kind === "text" ? (
        <Textarea
          size="small"
          rows={1}
          value={value}
          disabled={disabled}
          autoFocus={autoFocus}
          resize="vertical"
          onChange={(_e, d) => onText(d.value)}
        />
      ) : (
        <Input
          className={mergeClasses(styles.input, spec.kind !== "date" && styles.number)}
          size="small"
          value={value}
          disabled={disabled}
          // the format as an example; the label says what the value is
          placeholder={spec.kind === "date" ? text.dateHint : undefined}
          inputMode={spec.kind === "date" ? "numeric" : "decimal"}
          onChange={(_e, d) => onText(d.value)}
          onBlur={tidy}
        />
      )}
    </Field>
  );
}
