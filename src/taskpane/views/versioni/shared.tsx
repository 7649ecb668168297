/** What the parts of the «Versioni» section share: their styles and the core's language. */
import type { ReactNode } from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../../core/text/lang";
import type { Messages } from "../../i18n";

export const useVersioniStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  /** buttons as wide as their text */
  start: { alignSelf: "flex-start" },
});

/** the language of the core's texts (dates, numbers, the words of a change) */
export function langOf(messages: Messages): Lang {
  return messages.locale === "it-IT" ? "it" : "en";
}

/** One part of the section: a region named by its heading, an introduction, its content. */
export function Part(props: {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
}) {
  const styles = useVersioniStyles();
  return (
    <section aria-labelledby={props.id} className={styles.section}>
      <Subtitle2 as="h2" id={props.id}>
        {props.title}
      </Subtitle2>
      {props.intro && (
        <Body1 as="p" className={styles.text}>
          {props.intro}
        </Body1>
      )}
      {props.children}
    </section>
  );
}

/**
 * A form of the section: Enter in a field submits it, as its button does. What is missing or
 * wrong is said by the fields, in the pane's language, not by the browser's checks.
 */
export function PartForm(props: { readonly onSubmit: () => void; readonly children: ReactNode }) {
  const styles = useVersioniStyles();
  return (
    <form
      className={styles.section}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}
