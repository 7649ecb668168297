import { MessageBar, MessageBarBody, TableCell, TableRow } from "@fluentui/react-components";
import type { Band } from "../../../core/relazione/data";
import { useMessages } from "../../i18n";
import { SectionTable } from "./SectionTable";

export interface BandsPanelProps {
  /** the settings' bands («Fasce di raggiungimento») */
  readonly bands: readonly Band[];
  /** objectives judged in each band */
  readonly counts: readonly number[];
  /** the core's warning on results concentrated at the top, or null */
  readonly warning: string | null;
}

/** The objectives by achievement band, counting the validated value where there is one. */
export function BandsPanel({ bands, counts, warning }: BandsPanelProps) {
  const text = useMessages().validazione;
  return (
    <SectionTable
      id="fasce-title"
      title={text.bandsTitle}
      size="extra-small"
      headers={[{ text: text.band }, { text: text.objectives }]}
      footer={
        warning && (
          <MessageBar intent="warning">
            <MessageBarBody>{warning}</MessageBarBody>
          </MessageBar>
        )
      }
    >
      {bands.map((b, i) => (
        <TableRow key={b.label}>
          <TableCell>{`${b.label} %`}</TableCell>
          <TableCell>{counts[i] ?? 0}</TableCell>
        </TableRow>
      ))}
    </SectionTable>
  );
}
