import { makeStyles, tokens } from "@fluentui/react-components";
import { ViewFrame } from "../../components/ViewFrame";
import { useWorkbook } from "../../state/use-workbook";
import type { ViewProps } from "../types";
import { MonthsPanel } from "./MonthsPanel";
import { SettingsForm } from "./SettingsForm";
import { UserNamePanel } from "./UserNamePanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** Impostazioni: the shared settings of the workbook, the months, and the user's own name. */
export default function ImpostazioniView({ port }: ViewProps) {
  const styles = useStyles();
  const workbook = useWorkbook(port);
  return (
    <div className={styles.root}>
      <UserNamePanel />
      <ViewFrame port={port} workbook={workbook}>
        {(loaded) => (
          <>
            <SettingsForm port={port} loaded={loaded} workbook={workbook} />
            <MonthsPanel port={port} loaded={loaded} workbook={workbook} />
          </>
        )}
      </ViewFrame>
    </div>
  );
}
