#!/usr/bin/env bash
# Builds the DocC catalogs of AIYearbookCore and AIYearbook without any plugin,
# failing on any warning (as swift-collections' Utils/generate-docs.sh does).
# usage: Tools/build-docs.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build-docs}
graphs="$out/symbol-graphs"
mkdir -p "$graphs"
swift build --scratch-path "$out/build" --target AIYearbook \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs" >/dev/null
docc=$(command -v docc || echo "$(dirname "$(command -v swift)")/docc")
for module in AIYearbookCore AIYearbook; do
  mkdir -p "$out/$module-graphs"
  cp "$graphs/$module".symbols.json "$out/$module-graphs/"
  cp "$graphs/$module"@*.symbols.json "$out/$module-graphs/" 2>/dev/null || true
  "$docc" convert "Sources/$module/$module.docc" \
    --fallback-display-name "$module" --fallback-bundle-identifier "org.aiyearbook.$module" \
    --additional-symbol-graph-dir "$out/$module-graphs" \
    --output-path "$out/$module.doccarchive" --warnings-as-errors
done
echo "documentation built in $out"
