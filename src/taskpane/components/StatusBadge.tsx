import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { Esito } from "../../core/compute/types";
import { useMessages } from "../i18n";

const COLOR: Record<Esito, BadgeProps["color"]> = {
  "in linea": "success",
  "in ritardo": "warning",
  critico: "danger",
  concluso: "brand",
  "non misurato": "subtle",
  sospeso: "informative",
  annullato: "subtle",
};

// in a narrow column "Non misurato" wraps: the badge grows with it instead of spilling over
const useStyles = makeStyles({
  badge: { height: "auto", paddingBlock: tokens.spacingVerticalXXS, textAlign: "center" },
});

/** The status of an objective as a word on a coloured badge: the word carries the meaning. */
export function StatusBadge({ esito }: { esito: Esito }) {
  const styles = useStyles();
  const label = useMessages().esito[esito];
  return (
    <Badge className={styles.badge} appearance="tint" color={COLOR[esito]} shape="rounded">
      {label}
    </Badge>
  );
}
