// Build of the task pane and of the ribbon commands page.
//   npm run build                                        dist/ for https://localhost:3000
//   ADDIN_URL=https://peg.comune.example/ npm run build  dist/ for the publishing host
//   OFFICE_JS_URL=/office-js/office.js npm run build     office.js from elsewhere (tests)
//   npm run dev-server                                   https://localhost:3000, rebuilt on save
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DEV_ORIGIN, rewriteManifestUrls } = require("./scripts/manifest-urls");

/** Office requires add-ins to load office.js from Microsoft's CDN. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;

/**
 * The dev server's certificate. Best: the Office development certificates, trusted by the
 * system so Excel accepts https://localhost. Where they cannot be installed (Linux without
 * a trust store, no sudo) the files they generated are still usable; failing that,
 * webpack's own self-signed certificate, which the browser must be told to accept.
 */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    console.log("[https] Certificati di sviluppo Office installati e attendibili.");
    return { type: "https", options };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const paths = Object.values(files).map((f) => path.join(dir, f));
    const reason = String(error && error.message ? error.message : error).split("\n")[0];
    if (paths.every((p) => fs.existsSync(p))) {
      console.warn(
        `[https] Certificati Office non installabili nel sistema (${reason}).\n` +
          `[https] Uso quelli generati in ${dir}: il browser potrebbe chiedere di accettarli.`,
      );
      const options = Object.fromEntries(
        Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]),
      );
      return { type: "https", options };
    }
    console.warn(
      `[https] Certificati Office non disponibili (${reason}).\n` +
        "[https] Uso un certificato autofirmato di webpack: aprire una volta " +
        `https://localhost:${PORT}/taskpane.html nel browser e accettarlo.`,
    );
    return "https";
  }
}

module.exports = async (_env, argv) => {
  const dev = argv.mode === "development";
  const addinUrl = process.env.ADDIN_URL || `${DEV_ORIGIN}/`;
  const officeJsUrl = process.env.OFFICE_JS_URL || OFFICE_JS_CDN;
  const serving = Boolean(process.env.WEBPACK_SERVE);

  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // the dialog the ribbon commands open to show their outcome (plain DOM, a few KB)
      esito: "./src/commands/esito.ts",
    },
    output: {
      // BUILD_OUTPUT: another folder, for tests that build without touching dist/
      path: path.resolve(__dirname, process.env.BUILD_OUTPUT || "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // types are checked by `npm run typecheck`; the bundle only needs transpiling.
            // ES modules let webpack tree-shake Fluent (commonjs made a 17 MB bundle).
            transpileOnly: true,
            compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false },
          },
        },
      ],
    },
    optimization: {
      // shared libraries (React, Fluent) in their own chunks, cached across releases;
      // views imported with import() get chunks of their own, loaded on first use
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // ExcelJS builds next year's workbook: downloaded only by who prepares it
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async" },
        },
      },
      // the chunk map in its own small file: a change in one view does not re-download the rest
      runtimeChunk: "single",
    },
    // raw sizes; the real budget is on gzip, checked by .ci/bundle-size.mjs (npm run size)
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 750_000,
      maxAssetSize: 500_000,
      // ExcelJS's chunk is big but never part of the first load (see splitChunks)
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("exceljs."),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "esito.html",
        template: "./src/commands/esito.html",
        chunks: ["esito"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "aiuto.html",
        template: "./src/taskpane/aiuto.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
