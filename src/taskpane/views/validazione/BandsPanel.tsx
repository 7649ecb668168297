import {
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Band } from "../../../core/relazione/data";
import { useMessages } from "../../i18n";

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
    <section aria-labelledby="fasce-title">
      <Subtitle2 as="h2" id="fasce-title">
        {text.bandsTitle}
      </Subtitle2>
      <Table size="extra-small" aria-labelledby="fasce-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{text.band}</TableHeaderCell>
            <TableHeaderCell>{text.objectives}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bands.map((b, i) => (
            <TableRow key={b.label}>
              <TableCell>{`${b.label} %`}</TableCell>
              <TableCell>{counts[i] ?? 0}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
