import type { Messages } from "./it";

/** English strings, for Office set to English. */
export const en: Messages = {
  appTitle: "PEG Sheets",
  sectionsLabel: "PEG Sheets sections",
  views: {
    cruscotto: "Dashboard",
    rilevazione: "Monthly update",
    verifica: "Check",
    schede: "Sheets",
    impostazioni: "Settings",
  },
  placeholder: "This section is being prepared: it will be available in a coming version.",
  loading: "Loading PEG Sheets…",
  outside: {
    title: "Open PEG Sheets in Excel",
    intro:
      "This page is the task pane of the PEG Sheets add-in: it works only inside Excel, with a workbook open.",
    webTitle: "Excel on the web",
    webSteps: [
      "Open the PEG workbook in Excel on the web.",
      "Choose Insert > Add-ins (in recent versions: Home > Add-ins > More add-ins).",
      "Choose «Upload My Add-in» and upload the manifest.xml file you received from IT.",
      "The «PEG Sheets» tab appears on the ribbon: choose «Open PEG Sheets».",
    ],
    desktopTitle: "Excel for Windows or Mac",
    desktopSteps: [
      "If your organisation deployed the add-in, you find it under Home > Add-ins: nothing else to do.",
      "Otherwise ask IT to deploy it from the Microsoft 365 admin center.",
    ],
    requirements:
      "Requires Microsoft 365, Office 2021 or 2024, or Excel on the web. With Office 2019 or LibreOffice use the «npx schede-peg» command.",
    officeMissing:
      "The Office library (office.js) could not be loaded: check the Internet connection and reload the page.",
  },
  startupError: {
    title: "PEG Sheets did not start",
    hint: "Close and reopen the pane. If the problem persists, send the message below to support.",
  },
};
