#!/usr/bin/env bash
# Scores newsclaims on the wire articles of eval/wire (docs/attribution.md, "Unseen wire
# articles"): synthetic news written and annotated to CLAIMS.md after the rules were built.
#   scripts/wire-eval.sh [dev|dev2|…|dev33|bbc|bbc2|…|bbc31|test] [score.py options, e.g. --misses]
# dev, dev2 … dev33 and bbc … bbc31 were read while fixing rules; test is held back and only scored to report.
# Writes out/wire-SPLIT.jsonl and prints score.py's table.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
split="${1:-dev}"
shared="${NEWSCLAIMS_SHARED:-$here/../shared}"
[ -d "$shared/eval" ] || shared="$here/../../shared"
mkdir -p "$here/out"
cd "$here"
JAVA_OPTS="${JAVA_OPTS:--Xmx3g}" ./newsclaims extract "eval/wire/$split" -o "out/wire-$split.jsonl" -q
python3 "$shared/eval/score.py" --gold "eval/wire/gold/$split.gold.jsonl" --root eval/wire --pred "out/wire-$split.jsonl" "${@:2}"
