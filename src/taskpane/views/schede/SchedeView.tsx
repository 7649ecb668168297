import { ViewFrame } from "../../components/ViewFrame";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { Generator } from "./Generator";
import { RelazioneSection } from "./RelazioneSection";

/** Schede: the printable sheet of each objective and the Relazione, generated into the workbook. */
export default function SchedeView({ port }: ViewProps) {
  const workbook = useWorkbook(port);
  return (
    <ViewFrame port={port} workbook={workbook}>
      {(loaded) => (
        <>
          <Generator port={port} loaded={loaded} />
          <RelazioneSection port={port} loaded={loaded} />
        </>
      )}
    </ViewFrame>
  );
}
