import { Text } from "@fluentui/react-components";
import { useMessages } from "../i18n";
import type { ViewProps } from "./registry";

/** Stands in for a view that is not written yet. */
export default function Placeholder(_props: ViewProps) {
  const messages = useMessages();
  return <Text>{messages.placeholder}</Text>;
}
