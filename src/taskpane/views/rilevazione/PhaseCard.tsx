import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Fase } from "../../../core/model/types";
import { formatDateIt } from "../../../core/text/dates";
import { fmt, shortText } from "../../components/format";
import { useMessages } from "../../i18n";
import { FieldInput } from "./FieldInput";
import { fieldKey, type FieldSpec } from "./form";
import type { RilevazioneFormState } from "./use-rilevazione-form";

export const useCardStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  // minmax(0, …): the two date fields share the card's width instead of overflowing it
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** find the spec of one field of one element */
export function specOf(specs: readonly FieldSpec[], key: string): FieldSpec {
  const found = specs.find((s) => s.key === key);
  if (!found) throw new Error(`campo ${key} assente`);
  return found;
}

export interface PhaseCardProps {
  readonly fase: Fase;
  readonly form: RilevazioneFormState;
  readonly disabled: boolean;
}

/** The fields of one phase: avanzamento, actual start and end, note. */
export function PhaseCard({ fase, form, disabled }: PhaseCardProps) {
  const styles = useCardStyles();
  const text = useMessages().rilevazione;
  const context = `${fmt(text.phase, { numero: fase.numero })}, `;
  const field = (campo: FieldSpec["campo"], label: string) => (
    <FieldInput
      spec={specOf(form.specs, fieldKey("Fase", fase.numero, campo))}
      form={form}
      label={label}
      context={context}
      disabled={disabled}
    />
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>
        {fmt(text.phase, { numero: fase.numero })} · {fmt(text.weight, { peso: fase.peso ?? "—" })}
      </legend>
      <Body1>{shortText(fase.descrizione, 160)}</Body1>
      <Caption1 className={styles.muted}>
        {fmt(text.planned, {
          from: formatDateIt(fase.inizioPrevista ?? "—"),
          to: formatDateIt(fase.finePrevista ?? "—"),
        })}
      </Caption1>
      {field("avanzamento", text.fields.avanzamento)}
      <div className={styles.pair}>
        {field("inizioEffettiva", text.fields.inizioEffettiva)}
        {field("fineEffettiva", text.fields.fineEffettiva)}
      </div>
      {field("note", text.fields.note)}
    </fieldset>
  );
}
