import type { ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";
import type { LoadedWorkbook, WorkbookPort } from "../../core/ports";
import { useMessages } from "../i18n";
import type { WorkbookState } from "../state/use-workbook";
import { ErrorBar } from "./ErrorBar";
import { FirstRunCard } from "./FirstRunCard";
import { UnloggedValues } from "./TypedValues";

export interface ViewFrameProps {
  readonly port: WorkbookPort;
  readonly workbook: WorkbookState;
  readonly children: (loaded: LoadedWorkbook) => ReactNode;
}

/**
 * What every view shows before its own content: a spinner on the first reading, the error
 * when the workbook cannot be read, the first-run card when tables are missing.
 */
export function ViewFrame({ port, workbook, children }: ViewFrameProps) {
  const text = useMessages().common;
  const { loaded, loading, error, reload } = workbook;
  if (!loaded) {
    if (loading) return <Spinner size="small" label={text.reading} />;
    return <ErrorBar error={error} title={text.readFailed} onRetry={() => void reload()} />;
  }
  if (loaded.missingTables.length > 0) {
    return (
      <FirstRunCard
        port={port}
        missingTables={loaded.missingTables}
        onReady={() => void reload()}
      />
    );
  }
  return (
    <>
      {error != null && (
        <ErrorBar error={error} title={text.readFailed} onRetry={() => void reload()} />
      )}
      <UnloggedValues port={port} loaded={loaded} reload={reload} />
      {children(loaded)}
    </>
  );
}
