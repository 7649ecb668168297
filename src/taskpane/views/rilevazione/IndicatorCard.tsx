import { useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Indicatore } from "../../../core/model/types";
import { fmt, shortText } from "../../components/format";
import { useMessages } from "../../i18n";
import { FieldInput } from "./FieldInput";
import { fieldKey, parseField, textOf } from "./form";
import { specOf, useCardStyles } from "./PhaseCard";
import { TargetDialog } from "./TargetDialog";
import type { RilevazioneFormState } from "./use-rilevazione-form";

export interface IndicatorCardProps {
  readonly indicatore: Indicatore;
  readonly form: RilevazioneFormState;
  readonly disabled: boolean;
}

/** Valore raggiunto and note; valore atteso only through "Modifica valore atteso". */
export function IndicatorCard({ indicatore, form, disabled }: IndicatorCardProps) {
  const styles = useCardStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const [editing, setEditing] = useState(false);
  const n = indicatore.numero;
  const context = `${fmt(text.indicator, { numero: n })}, `;
  const target = specOf(form.specs, fieldKey("Indicatore", n, "valoreAtteso"));
  const draft = form.form.drafts[target.key];
  const pending = draft !== undefined ? parseField(target.kind, draft) : null;
  const shown = (v: string | number | null) =>
    target.kind === "yesno" && v !== null
      ? v === 1
        ? text.yes
        : text.no
      : textOf(target.kind, v) || "—";

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{fmt(text.indicator, { numero: n })}</legend>
      <Body1>{shortText(indicatore.descrizione, 160)}</Body1>
      <Caption1 className={styles.muted}>
        {fmt(text.previousYears, {
          prev: indicatore.valoreAnnoPrecedente ?? "—",
          prev2: indicatore.valoreDueAnniPrima ?? "—",
        })}
      </Caption1>
      <FieldInput
        spec={specOf(form.specs, fieldKey("Indicatore", n, "valoreRaggiunto"))}
        form={form}
        label={text.fields.valoreRaggiunto}
        context={context}
        disabled={disabled}
      />
      <Body1>{fmt(text.targetIs, { value: shown(target.loaded) })}</Body1>
      {pending?.ok && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {fmt(text.targetPending, {
              value: shown(pending.value),
              motivazione: form.form.motivazioni[target.key] ?? "",
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        {pending ? (
          <Button size="small" disabled={disabled} onClick={() => form.clearDraft(target.key)}>
            {fmt(text.targetUndo, { numero: n })}
          </Button>
        ) : (
          <Button
            size="small"
            disabled={disabled}
            aria-label={`${text.targetEdit}, ${fmt(text.indicator, { numero: n })}`}
            onClick={() => setEditing(true)}
          >
            {text.targetEdit}
          </Button>
        )}
      </div>
      <FieldInput
        spec={specOf(form.specs, fieldKey("Indicatore", n, "note"))}
        form={form}
        label={text.fields.note}
        context={context}
        disabled={disabled}
      />
      <TargetDialog
        open={editing}
        spec={target}
        onCancel={() => setEditing(false)}
        onConfirm={(value, motivazione) => {
          form.setDraft(target.key, value);
          form.setMotivazione(target.key, motivazione);
          setEditing(false);
        }}
      />
    </fieldset>
  );
}
