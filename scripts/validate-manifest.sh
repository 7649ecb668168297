#!/usr/bin/env bash
# Validates manifest.xml (and dist/manifest.xml when a build exists) against Microsoft's
# XML schemas for add-in manifests. The schemas are not part of the project: their folder
# comes from MANIFEST_XSD_DIR, by default ../shared/manifest-xsd beside the project.
set -euo pipefail

cd "$(dirname "$0")/.."
XSD_DIR="${MANIFEST_XSD_DIR:-../shared/manifest-xsd}"
XSD="$XSD_DIR/OfficeAppManifestV1_1.xsd"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "ERRORE: xmllint non trovato. Installarlo (Debian/Ubuntu: apt-get install libxml2-utils)." >&2
  exit 2
fi
if [ ! -f "$XSD" ]; then
  echo "ERRORE: schema del manifest non trovato: $XSD" >&2
  echo "Indicare la cartella degli XSD con MANIFEST_XSD_DIR=/percorso/degli/xsd npm run validate" >&2
  exit 2
fi

manifests=(manifest.xml)
[ -f dist/manifest.xml ] && manifests+=(dist/manifest.xml)
for m in "${manifests[@]}"; do
  xmllint --noout --nonet --schema "$XSD" "$m"
done
echo "Manifest valido secondo $XSD"
