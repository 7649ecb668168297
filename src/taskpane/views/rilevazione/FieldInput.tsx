import { Field, Input, Radio, RadioGroup, Textarea, makeStyles } from "@fluentui/react-components";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useMessages } from "../../i18n";
import { textOf, type FieldSpec } from "./form";
import type { RilevazioneFormState } from "./use-rilevazione-form";

export interface FieldInputProps {
  readonly spec: FieldSpec;
  readonly form: RilevazioneFormState;
  readonly label: string;
  /** "Fase 2, ": read by screen readers before the label, which repeats for every phase */
  readonly context: string;
  readonly disabled?: boolean;
}

// an input is as wide as its column, never wider (its natural width is 20 characters)
const useStyles = makeStyles({ input: { width: "100%", minWidth: 0 } });

/** One editable value, checked as the user types; the Italian reason shows under it. */
export function FieldInput({ spec, form, label, context, disabled }: FieldInputProps) {
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

  if (spec.kind === "yesno") {
    return (
      <Field label={fullLabel}>
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
  const hint =
    spec.kind === "date" ? text.dateHint : spec.kind === "percent" ? text.percentHint : undefined;
  return (
    <Field
      label={fullLabel}
      hint={error ? undefined : hint}
      validationState={error ? "error" : "none"}
      validationMessage={error ? text.errors[error] : undefined}
    >
      {spec.kind === "text" ? (
        <Textarea
          value={value}
          disabled={disabled}
          resize="vertical"
          onChange={(_e, d) => onText(d.value)}
        />
      ) : (
        <Input
          className={styles.input}
          value={value}
          disabled={disabled}
          inputMode={spec.kind === "date" ? "numeric" : "decimal"}
          onChange={(_e, d) => onText(d.value)}
        />
      )}
    </Field>
  );
}
