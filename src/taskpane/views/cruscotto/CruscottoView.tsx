import { ViewFrame } from "../../components/ViewFrame";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { Cruscotto } from "./Cruscotto";

/** Cruscotto: where every objective stands at the reference month. */
export default function CruscottoView({ port }: ViewProps) {
  const workbook = useWorkbook(port);
  return (
    <ViewFrame port={port} workbook={workbook}>
      {(loaded) => <Cruscotto port={port} loaded={loaded} workbook={workbook} />}
    </ViewFrame>
  );
}
