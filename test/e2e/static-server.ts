/**
 * A tiny static web server for browser tests: the built pane from one folder and office.js
 * from node_modules under /office-js/ (Microsoft's CDN is not reachable from tests).
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css",
};

export const OFFICE_JS_DIR = join(__dirname, "..", "..", "node_modules/@microsoft/office-js/dist");

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const [base, rest] = path.startsWith("/office-js/")
      ? [OFFICE_JS_DIR, path.slice("/office-js/".length)]
      : [root, path.slice(1)];
    const file = join(base, normalize(rest).replace(/^(\.\.[/\\])+/, ""));
    readFile(file).then(
      (body) => {
        res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server senza porta");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
