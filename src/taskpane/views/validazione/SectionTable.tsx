import type { ReactNode } from "react";
import {
  Subtitle2,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";

export interface SectionTableProps {
  /** the heading's id: it names the section and the table */
  readonly id: string;
  readonly title: string;
  readonly size: "extra-small" | "small";
  readonly headers: readonly { readonly text: ReactNode; readonly className?: string }[];
  /** the table's rows */
  readonly children: ReactNode;
  /** what follows the table in the section */
  readonly footer?: ReactNode;
}

/** A section of the view: its heading, then one table that the heading names. */
export function SectionTable({ id, title, size, headers, children, footer }: SectionTableProps) {
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      <Table size={size} aria-labelledby={id}>
        <TableHeader>
          <TableRow>
            {headers.map((h, i) => (
              <TableHeaderCell key={i} className={h.className}>
                {h.text}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
      {footer}
    </section>
  );
}
