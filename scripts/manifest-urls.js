// Rewrites the development address of manifest.xml for the host the add-in is published on.
// Used by webpack.config.js when it copies the manifest into dist/ (CommonJS so the
// webpack config can require it, typed by manifest-urls.d.ts for the tests).

const DEV_ORIGIN = "https://localhost:3000";

/** "https://host/path" -> "https://host/path/"; refuses anything that is not https */
function normalizeAddinUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL non è un indirizzo valido: «${raw}».`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL deve iniziare con https:// (Office lo richiede): «${raw}».`);
  }
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** every https://localhost:3000/… becomes <addinUrl>…; the bare origin (AppDomain) its origin */
function rewriteManifestUrls(xml, addinUrl) {
  const base = normalizeAddinUrl(addinUrl);
  const origin = new URL(base).origin;
  return xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, normalizeAddinUrl, rewriteManifestUrls };
