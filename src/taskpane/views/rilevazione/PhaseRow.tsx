import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Fase } from "../../../core/model/types";
import { formatDateIt } from "../../../core/text/dates";
import { fmt, formatNumber } from "../../components/format";
import { useMessages } from "../../i18n";
import { FieldInput } from "./FieldInput";
import { fieldKey, type FieldSpec } from "./form";
import { useNoteToggle } from "./use-note-toggle";
import type { RilevazioneFormState } from "./use-rilevazione-form";

// one dense block per phase or indicator: a line of title, the description (wrapped, never
// cut), then the values side by side; a thin rule between blocks instead of a card
export const useRowStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
  descr: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  // minmax(0, …): the columns share the row's width instead of overflowing it
  // avanzamento's column a little wider: its label («Avanzamento (%)») stays on one line at
  // 320 px, and a date still fits in each of the other two
  three: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.15fr) minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  two: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

/** find the spec of one field of one element */
export function specOf(specs: readonly FieldSpec[], key: string): FieldSpec {
  const found = specs.find((s) => s.key === key);
  if (!found) throw new Error(`campo ${key} assente`);
  return found;
}

export interface PhaseRowProps {
  readonly fase: Fase;
  readonly form: RilevazioneFormState;
  readonly disabled: boolean;
}

/** One phase: avanzamento, actual start and end on one line; its note behind a button. */
export function PhaseRow({ fase, form, disabled }: PhaseRowProps) {
  const styles = useRowStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
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
  const note = useNoteToggle({
    spec: specOf(form.specs, fieldKey("Fase", fase.numero, "note")),
    form,
    label: text.fields.note,
    context,
    disabled,
  });
  const peso = fase.peso == null ? text.noWeight : formatNumber(fase.peso, messages.locale);
  return (
    <li className={styles.row}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.title}>
          {fmt(text.phase, { numero: fase.numero })}
        </Text>
        <Caption1 className={styles.muted}>{fmt(text.weight, { peso })}</Caption1>
        {note.button}
      </div>
      <Caption1 className={styles.descr}>{fase.descrizione}</Caption1>
      <Caption1 className={styles.muted}>
        {fmt(text.planned, {
          from: fase.inizioPrevista ? formatDateIt(fase.inizioPrevista) : "—",
          to: fase.finePrevista ? formatDateIt(fase.finePrevista) : "—",
        })}
      </Caption1>
      <div className={styles.three}>
        {field("avanzamento", text.fields.avanzamento)}
        {field("inizioEffettiva", text.fields.inizioEffettiva)}
        {field("fineEffettiva", text.fields.fineEffettiva)}
      </div>
      {note.field}
    </li>
  );
}
