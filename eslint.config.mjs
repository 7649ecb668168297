// Lint: TypeScript rules, the Office add-in rules (load before read, no sync in a loop…),
// React hooks, and the layering of src/ (who may import whom). Formatting is prettier's job.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

const NODE_BUILTINS = ["node:*", "fs", "path", "os", "child_process", "url", "util", "stream"];

/** A `no-restricted-imports` entry whose message says why the layer boundary exists. */
function forbid(group, message) {
  return { group, message };
}

/** A global a folder may not touch, and why. */
function noGlobal(name, message) {
  return { name, message };
}

/** One folder's lint block: the imports and globals it may not use, each with its reason. */
function layer(files, { imports, globals = [], ignores = [] }) {
  const rules = { "no-restricted-imports": ["error", { patterns: imports }] };
  if (globals.length > 0) rules["no-restricted-globals"] = ["error", ...globals];
  return { files, ignores, rules };
}

const UI_LIBRARIES = ["react", "react-dom", "@fluentui/*"];

const CORE_IS_PURE =
  "src/core is pure TypeScript: no Office, React, ExcelJS or Node APIs, so it runs and is tested anywhere.";
const ONE_OFFICE_GATEWAY =
  "Only src/adapters/excel-js talks to Excel; everyone else goes through the WorkbookPort.";
const UI_GETS_PORTS =
  "Components receive the port or a callback as props; only the bootstrap (index.tsx) builds adapters.";
const ADAPTERS_IMPORT_THE_CORE = "Adapters import the core only.";
const BOOTSTRAP_READS_OFFICE =
  "Only the pane's bootstrap (index.tsx) reads Office (language, theme); the rest gets what it read as props.";
const RULES_IN_THE_CORE =
  "What the ribbon shares with the pane or the CLI (rules, texts' helpers) lives in src/core.";
const SCRIPTS_USE_FAKES =
  "Scripts depend on src and on test/fakes (the Excel fake, the real Office.js request), never on the tests.";
const FAKES_STAND_ALONE =
  "test/fakes stands alone (src and other fakes only), so the bench may import it without the tests.";
/**
 * The folders of test/ other than fakes/, by name (keep in step with test/): scripts and fakes
 * importing one of them are refused.
 */
const TEST_FOLDERS = [
  "adapters",
  "cli",
  "commands",
  "core",
  "e2e",
  "fixtures",
  "manifest",
  "print",
  "producers",
  "taskpane",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "coverage/**",
      "out/**",
      "node_modules/**",
      "bin/**",
      "*.config.js",
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  layer(["src/core/**/*.ts"], {
    imports: [
      forbid([...UI_LIBRARIES, "exceljs", "office-js", ...NODE_BUILTINS], CORE_IS_PURE),
      forbid(["**/adapters/**", "**/taskpane/**", "**/cli/**", "**/commands/**"], CORE_IS_PURE),
    ],
    globals: [noGlobal("Excel", CORE_IS_PURE), noGlobal("Office", CORE_IS_PURE)],
  }),
  layer(["src/adapters/excel-js/**/*.ts"], {
    imports: [
      forbid(
        [...UI_LIBRARIES, "exceljs", ...NODE_BUILTINS],
        "The Excel adapter runs in the task pane's browser: Office.js only.",
      ),
      forbid(
        ["**/taskpane/**", "**/cli/**", "**/commands/**", "**/xlsx-file/**"],
        ADAPTERS_IMPORT_THE_CORE,
      ),
    ],
  }),
  layer(["src/adapters/xlsx-file/**/*.ts"], {
    imports: [
      forbid(UI_LIBRARIES, "The file adapter has no UI."),
      forbid(
        ["**/taskpane/**", "**/cli/**", "**/commands/**", "**/excel-js/**"],
        ADAPTERS_IMPORT_THE_CORE,
      ),
    ],
    globals: [noGlobal("Excel", ONE_OFFICE_GATEWAY), noGlobal("Office", ONE_OFFICE_GATEWAY)],
  }),
  layer(["src/taskpane/**/*.{ts,tsx}"], {
    ignores: ["src/taskpane/index.tsx"],
    imports: [
      forbid(["exceljs", ...NODE_BUILTINS], "The task pane runs in Office's webview."),
      forbid(["**/adapters/**", "**/cli/**"], UI_GETS_PORTS),
      forbid(["**/commands/**"], RULES_IN_THE_CORE),
    ],
    globals: [noGlobal("Excel", ONE_OFFICE_GATEWAY), noGlobal("Office", BOOTSTRAP_READS_OFFICE)],
  }),
  layer(["src/commands/**/*.ts"], {
    imports: [
      forbid(
        [...UI_LIBRARIES, "exceljs", ...NODE_BUILTINS],
        "The ribbon's pages run in Office's webview with plain DOM, no React.",
      ),
      forbid(["**/taskpane/**", "**/cli/**"], RULES_IN_THE_CORE),
      forbid(["**/xlsx-file/**"], "The ribbon works on the open workbook: adapters/excel-js."),
    ],
    globals: [noGlobal("Excel", ONE_OFFICE_GATEWAY)],
  }),
  layer(["src/cli/**/*.ts"], {
    imports: [
      forbid(
        [...UI_LIBRARIES, "**/taskpane/**", "**/excel-js/**"],
        "The CLI works on files through adapters/xlsx-file.",
      ),
    ],
  }),
  layer(["scripts/**/*.ts"], {
    imports: [
      forbid(
        TEST_FOLDERS.flatMap((f) => [`**/test/${f}`, `**/test/${f}/**`]),
        SCRIPTS_USE_FAKES,
      ),
    ],
  }),
  layer(["test/fakes/**/*.ts"], {
    ignores: ["test/fakes/**/*.test.ts"],
    imports: [forbid([...TEST_FOLDERS.map((f) => `**/${f}/**`), "!**/src/**"], FAKES_STAND_ALONE)],
  }),
);
