import { ViewFrame } from "../../components/ViewFrame";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { RilevazioneForm } from "./RilevazioneForm";

/** Rilevazione mensile: the month's values of one objective, saved with a log row each. */
export default function RilevazioneView({ port }: ViewProps) {
  const workbook = useWorkbook(port);
  return (
    <ViewFrame port={port} workbook={workbook}>
      {(loaded) => <RilevazioneForm port={port} loaded={loaded} workbook={workbook} />}
    </ViewFrame>
  );
}
