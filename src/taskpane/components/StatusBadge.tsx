import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Esito } from "../../core/compute/types";
import { useMessages } from "../i18n";

const COLOR: Record<Esito, BadgeProps["color"]> = {
  "in linea": "success",
  "in ritardo": "warning",
  critico: "danger",
  concluso: "brand",
  "non misurato": "subtle",
};

/** The status of an objective as a word on a coloured badge: the word carries the meaning. */
export function StatusBadge({ esito }: { esito: Esito }) {
  const label = useMessages().esito[esito];
  return (
    <Badge appearance="tint" color={COLOR[esito]} shape="rounded">
      {label}
    </Badge>
  );
}
