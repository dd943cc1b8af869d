#!/usr/bin/env bash
# Lighthouse's performance score, LCP, CLS and TBT of a few pages of a running portal, mobile and desktop.
#
#   bench/lighthouse.sh [BASE_URL]      # default http://127.0.0.1:8000 (make run)
#   LIGHTHOUSE_PATHS="/en/ /en/events/" bench/lighthouse.sh http://127.0.0.1:8090
#
# Installs lighthouse@12 from npm into .tools/ (beside the HTML checker of `make tools`) when it is not
# there, then runs its performance category only, once with the default (mobile: emulated phone,
# simulated slow 4G and CPU slowdown) and once with `--preset=desktop`, in headless Chromium
# (CHROME_PATH, default /usr/bin/chromium: Lighthouse never downloads a browser of its own, and needs
# no network beyond the site). Prints a Markdown table; bench/run.sh adds it to its report with
# BENCH_LIGHTHOUSE=1. The JSON reports are kept in a temporary folder only for the run. Not part
# of the test suite.
#
# Environment: LIGHTHOUSE_PATHS (space-separated paths; default the home page, the practice examples,
# a resource and the Efus 2024 schedule of the demo content), CHROME_PATH (default /usr/bin/chromium).
set -euo pipefail

cd "$(dirname "$0")/.."
BASE_URL="${1:-http://127.0.0.1:8000}"
BASE_URL="${BASE_URL%/}"
PATHS="${LIGHTHOUSE_PATHS:-/en/ /en/practices/ /en/library/head-up-outreach-manual/ /en/events/efus-conference-brussels-2024/schedule/}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
LIGHTHOUSE=.tools/node_modules/.bin/lighthouse
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

command -v node >/dev/null || { echo "node not found: Lighthouse needs Node 18 or later" >&2; exit 1; }
test -x "$CHROME_PATH" || { echo "Chromium not found at $CHROME_PATH (apt-get install chromium)" >&2; exit 1; }
if ! test -x "$LIGHTHOUSE" || ! "$LIGHTHOUSE" --version 2>/dev/null | grep -q '^12\.'; then
    command -v npm >/dev/null || { echo "npm not found: cannot install Lighthouse" >&2; exit 1; }
    echo "Installing lighthouse@12 into .tools/" >&2
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund --prefix .tools lighthouse@12
fi
curl -s -o /dev/null --max-time 10 "$BASE_URL/" || { echo "Nothing answers at $BASE_URL" >&2; exit 1; }

WORK="$(mktemp -d /tmp/bench-lighthouse.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

read -r -a paths <<<"$PATHS"
echo "| Page | Form factor | Performance | LCP | CLS | TBT |"
echo "|---|---|---:|---:|---:|---:|"
for path in "${paths[@]}"; do
    for form in mobile desktop; do
        report="$WORK/report.json"
        preset=()
        [ "$form" = desktop ] && preset=(--preset=desktop)
        rm -f "$report"
        echo "  $form $path" >&2
        if ! "$LIGHTHOUSE" "$BASE_URL$path" "${preset[@]}" --only-categories=performance --output=json \
            --output-path="$report" --chrome-flags="$CHROME_FLAGS" --quiet --max-wait-for-load=60000 \
            >"$WORK/lighthouse.log" 2>&1; then
            echo "| \`$path\` | $form | failed: $(tail -n 1 "$WORK/lighthouse.log" | tr '|' '/') | | | |"
            continue
        fi
        node - "$report" "$path" "$form" <<'EOF'
const fs = require("fs");
const [file, path, form] = process.argv.slice(2);
const report = JSON.parse(fs.readFileSync(file, "utf8"));
const audit = (name) => (report.audits[name] || {}).numericValue;
const score = report.categories.performance.score;
const lcp = audit("largest-contentful-paint");
const cls = audit("cumulative-layout-shift");
const tbt = audit("total-blocking-time");
const shown = (value, text) => (value === undefined || value === null ? "—" : text(value));
const cells = [
  "`" + path + "`",
  form,
  score === null ? "— (" + (report.runtimeError || {}).code + ")" : String(Math.round(score * 100)),
  shown(lcp, (v) => (v / 1000).toFixed(1) + " s"),
  shown(cls, (v) => v.toFixed(3)),
  shown(tbt, (v) => Math.round(v) + " ms"),
];
console.log("| " + cells.join(" | ") + " |");
EOF
    done
done
