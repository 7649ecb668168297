import {
  Dropdown,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { MappedTable } from "../../../core/import/mapping/contract";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";
import { PANE_TABLES, type FieldRow } from "./source";

const useStyles = makeStyles({
  dropdown: { minWidth: "0", width: "100%" },
  field: { width: "42%" },
});

/** the value of «non importare» and of a proposed rule among the options */
const NONE = "";
const RULE = "\u0000rule";

export interface MappingTableProps {
  readonly rows: readonly FieldRow[];
  readonly headers: readonly string[];
  readonly onChange: (table: MappedTable, header: string, column: string | null) => void;
  readonly disabled: boolean;
}

/** One table per product table: each field with the source column it comes from. */
export function MappingTable({ rows, headers, onChange, disabled }: MappingTableProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.importa;
  return (
    <>
      {PANE_TABLES.map((table) => (
        <Table key={table} size="extra-small" aria-label={text.tables[table]}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.field}>{text.tables[table]}</TableHeaderCell>
              <TableHeaderCell>{text.sourceColumn}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows
              .filter((r) => r.table === table)
              .map((r) => {
                const value = r.rule !== null ? RULE : (r.column ?? NONE);
                const shown =
                  r.rule !== null ? fmt(text.rule, { rule: r.rule }) : (r.column ?? text.none);
                return (
                  <TableRow key={r.header}>
                    <TableCell>{r.header}</TableCell>
                    <TableCell>
                      <Dropdown
                        className={styles.dropdown}
                        size="small"
                        disabled={disabled}
                        aria-label={fmt(text.fieldLabel, {
                          table: text.tables[table],
                          field: r.header,
                        })}
                        value={shown}
                        selectedOptions={[value]}
                        onOptionSelect={(_e, d) => {
                          if (d.optionValue === RULE) return;
                          onChange(table, r.header, d.optionValue ? d.optionValue : null);
                        }}
                      >
                        <Option value={NONE}>{text.none}</Option>
                        {r.rule !== null && (
                          <Option value={RULE}>{fmt(text.rule, { rule: r.rule })}</Option>
                        )}
                        {headers
                          .filter((h) => h !== "")
                          .map((h) => (
                            <Option key={h} value={h}>
                              {h}
                            </Option>
                          ))}
                      </Dropdown>
                    </TableCell>
                  </TableRow>
                );
              })}
          </TableBody>
        </Table>
      ))}
    </>
  );
}
