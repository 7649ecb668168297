import { useState } from "react";
import { Body1, Link, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { WorkbookPort } from "../../core/ports";
import { sheetAddress } from "../views/schede/GeneratedList";
import { ErrorBar } from "./ErrorBar";
import { fmt } from "./format";
import { useMessages } from "../i18n";

const useStyles = makeStyles({ start: { alignSelf: "flex-start" } });

export interface SheetWrittenProps {
  readonly port: WorkbookPort;
  readonly sheet: string;
  /** what was written, said in the success bar */
  readonly done: string;
  /** said when a user's sheet held the natural name and ours went to `sheet` */
  readonly nameTaken?: string;
}

/** A generated sheet (the Relazione, the prospetto): what was written and a link that opens it. */
export function SheetWritten({ port, sheet, done, nameTaken }: SheetWrittenProps) {
  const styles = useStyles();
  const text = useMessages().schede;
  const [failure, setFailure] = useState<unknown>(null);
  const open = () => {
    setFailure(null);
    port.select(sheetAddress(sheet)).catch(setFailure);
  };
  return (
    <>
      <MessageBar intent="success">
        <MessageBarBody>{done}</MessageBarBody>
      </MessageBar>
      {nameTaken && <Body1>{nameTaken}</Body1>}
      <Link as="button" className={styles.start} onClick={open}>
        {fmt(text.openSheet, { sheet })}
      </Link>
      {failure != null && <ErrorBar error={failure} title={text.openFailed} />}
    </>
  );
}
