/** Canonical values of the enum columns. The seed report uses the first spellings. */
export const STATI_OBIETTIVO = [
  "In Corso",
  "Da avviare",
  "Concluso",
  "Sospeso",
  "Annullato",
] as const;
export const TIPI_INDICATORE = [
  "EFFICACIA",
  "EFFICIENZA",
  "QUANTITATIVO",
  "QUALITATIVO",
  "ECONOMICITA'",
  "TEMPORALE",
] as const;
export const UNITA_INDICATORE = ["numero", "percentuale", "si/no"] as const;
/** crescente: a higher value is better; decrescente: a lower value is better */
export const POLARITA = ["crescente", "decrescente"] as const;
/** how an indicator's achievement is computed; see docs/formule.md */
export const REGOLE_CALCOLO = ["lineare", "inversa", "si/no", "soglia", "progresso"] as const;
export const ELEMENTI_RILEVAZIONE = ["Obiettivo", "Fase", "Indicatore", "Periodo"] as const;
/** where a logged value was entered; empty on rows written before the column existed */
export const ORIGINI_RILEVAZIONE = ["riquadro", "foglio"] as const;
/** PIAO: how often an indicator is measured */
export const FREQUENZE_RILEVAZIONE = ["mensile", "trimestrale", "semestrale", "annuale"] as const;
/** PIAO: the cross-cutting areas an objective may serve (several per objective, «;» between) */
export const AMBITI_TRASVERSALI = [
  "digitalizzazione",
  "semplificazione",
  "accessibilità",
  "pari opportunità",
  "PNRR",
  "anticorruzione",
  "risparmio energetico",
] as const;
