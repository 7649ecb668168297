import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatDateIt } from "../../../core/text/dates";
import { StatusBadge } from "../../components/StatusBadge";
import { fmt, formatPercent } from "../../components/format";
import { useMessages } from "../../i18n";
import type { Attention } from "../../../core/compute/attention";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  codes: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AttentionPanelProps {
  readonly attention: Attention;
  /** the reference month as shown to the user */
  readonly month: string;
  readonly onOpen: (codice: string) => void;
}

/** The "Attenzione" list at the top of the Cruscotto, grouped by reason. */
export function AttentionPanel({ attention, month, onOpen }: AttentionPanelProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.cruscotto;
  const { notLogged, phasesDue, behind } = attention;
  const openLink = (codice: string, label: string) => (
    <Link as="button" onClick={() => onOpen(codice)} aria-label={fmt(text.openLabel, { codice })}>
      {label}
    </Link>
  );

  return (
    <section aria-labelledby="attention-title">
      <Subtitle2 as="h2" id="attention-title">
        {text.attention}
      </Subtitle2>
      {notLogged.length + phasesDue.length + behind.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{fmt(text.nothingToFlag, { month })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Accordion multiple collapsible>
          {behind.length > 0 && (
            <AccordionItem value="behind">
              <AccordionHeader size="small">
                {fmt(text.behind, { count: behind.length })}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {behind.map((b) => (
                    <li key={b.codice} className={styles.item}>
                      {openLink(b.codice, b.codice)} <StatusBadge esito={b.esito} />
                      {b.note && <Body1 block>{b.note}</Body1>}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          )}
          {phasesDue.length > 0 && (
            <AccordionItem value="due">
              <AccordionHeader size="small">
                {fmt(text.phasesDue, { count: phasesDue.length })}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {phasesDue.map((f) => (
                    <li key={`${f.obiettivo}-${f.numero}`} className={styles.item}>
                      {openLink(f.obiettivo, f.obiettivo)}{" "}
                      {fmt(text.phaseDue, {
                        numero: f.numero,
                        date: formatDateIt(f.finePrevista ?? ""),
                        value: formatPercent(f.avanzamento, messages.locale),
                      })}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          )}
          {notLogged.length > 0 && (
            <AccordionItem value="not-logged">
              <AccordionHeader size="small">
                {fmt(text.notLogged, { month, count: notLogged.length })}
              </AccordionHeader>
              <AccordionPanel>
                <div className={styles.codes}>
                  {notLogged.map((codice) => (
                    <span key={codice}>{openLink(codice, codice)}</span>
                  ))}
                </div>
              </AccordionPanel>
            </AccordionItem>
          )}
        </Accordion>
      )}
    </section>
  );
}
