import { useId, useState } from "react";
import { Field, Input, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { IsoDate, Obiettivo } from "../../../core/model/types";
import { validazioneText } from "../../../core/rilevazione/validazione";
import { FormDialog } from "../../components/FormDialog";
import { fmt } from "../../components/format";
import { languageOf, useMessages } from "../../i18n";

/** What the Nucleo types: the core's request without the objective and the user. */
export interface ValidazioneInput {
  readonly valore: number;
  readonly nota: string;
  /** null: the core's default (today when the value changes) */
  readonly data: IsoDate | null;
  readonly motivazione: string;
}

export interface ValidazioneDialogProps {
  readonly open: boolean;
  readonly obiettivo: Obiettivo;
  /** the computed achievement, as the view shows it */
  readonly computed: string;
  /** the core's reasons for refusing the last attempt */
  readonly reasons: readonly string[];
  readonly busy: boolean;
  readonly onConfirm: (input: ValidazioneInput) => void;
  readonly onCancel: () => void;
}

/** "85", "85,5", "85.5" -> a number; NaN for anything else */
function percentOf(text: string): number {
  const t = text.trim().replace(",", ".");
  return t === "" ? Number.NaN : Number(t);
}

/**
 * The validation of one objective. Once validated, the motivazione field is there and
 * required: the core refuses a change without it, and keeps it in the log.
 */
export function ValidazioneDialog(props: ValidazioneDialogProps) {
  const { open, obiettivo: o, computed, reasons, busy } = props;
  const messages = useMessages();
  const text = messages.validazione;
  const lang = languageOf(messages.locale);
  const introId = useId();
  const locked = o.raggiungimentoValidato !== null;
  const [valore, setValore] = useState(locked ? String(o.raggiungimentoValidato) : "");
  const [nota, setNota] = useState(o.notaNucleo);
  const [data, setData] = useState("");
  const [motivazione, setMotivazione] = useState("");
  const [tried, setTried] = useState(false);
  const value = percentOf(valore);
  const badValue = !Number.isFinite(value);
  const noReason = locked && motivazione.trim() === "";
  const confirm = () => {
    setTried(true);
    if (badValue || noReason || busy) return;
    props.onConfirm({
      valore: value,
      nota,
      data: data === "" ? null : (data as IsoDate),
      motivazione,
    });
  };
  return (
    <FormDialog
      open={open}
      title={fmt(locked ? text.changeOf : text.validateOf, { codice: o.codice })}
      describedBy={introId}
      confirmLabel={text.confirm}
      onConfirm={confirm}
      onCancel={props.onCancel}
    >
      <div id={introId}>
        <p>{o.descrizione}</p>
        <p>
          {fmt(text.dialogIntro, {
            computed,
            now: locked ? validazioneText(o, lang) : text.none,
          })}
          {locked ? ` ${text.lockedIntro}` : ""}
        </p>
      </div>
      <Field
        label={text.value}
        required
        validationMessage={tried && badValue ? text.valueRequired : undefined}
      >
        <Input inputMode="decimal" value={valore} onChange={(_e, d) => setValore(d.value)} />
      </Field>
      <Field label={text.note}>
        <Textarea value={nota} onChange={(_e, d) => setNota(d.value)} />
      </Field>
      <Field label={text.date} hint={text.dateHint}>
        <Input type="date" value={data} onChange={(_e, d) => setData(d.value)} />
      </Field>
      {locked && (
        <Field
          label={text.reason}
          required
          validationMessage={tried && noReason ? text.reasonRequired : undefined}
        >
          <Textarea value={motivazione} onChange={(_e, d) => setMotivazione(d.value)} />
        </Field>
      )}
      {reasons.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{reasons.join(" ")}</MessageBarBody>
        </MessageBar>
      )}
    </FormDialog>
  );
}
