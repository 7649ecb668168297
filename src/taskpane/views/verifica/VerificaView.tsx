import { ViewFrame } from "../../components/ViewFrame";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { ProblemsReport } from "./ProblemsReport";

/** Verifica: what is wrong in the workbook, where, and a one-click fix when there is one. */
export default function VerificaView({ port }: ViewProps) {
  const workbook = useWorkbook(port);
  return (
    <ViewFrame port={port} workbook={workbook}>
      {(loaded) => <ProblemsReport port={port} loaded={loaded} workbook={workbook} />}
    </ViewFrame>
  );
}
