#!/usr/bin/env bash
# Scores quote attribution on PolNeAR (docs/attribution.md): newsclaims, and with --corenlp
# also CoreNLP's own quote annotator (tokenize … depparse,coref,quote) on the same documents.
#   scripts/polnear-eval.sh [dev|train] [--corenlp [MAX_DOCS]]
# Writes out/polnear-SPLIT.jsonl (default scope: statements), out/polnear-SPLIT.attributions.jsonl
# (--scope attributions: also beliefs, intentions and attitudes, which PolNeAR counts), and with
# --corenlp out/polnear-SPLIT.corenlp.jsonl, and prints the scores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
split="${1:-dev}"
shared="${NEWSCLAIMS_SHARED:-$here/../shared}"
[ -d "$shared/corpus/polnear" ] || shared="$here/../../shared"
docs="$shared/corpus/polnear/$split.jsonl"
ann="$shared/corpus/polnear/$split-attributions"
score() { python3 "$shared/eval/score_attribution.py" --docs "$1" --ann "$ann" --pred "$2"; }
mkdir -p "$here/out"
cd "$here"
# PolNeAR annotates one speaker's quotations in a paragraph, cue between them, as one content
JAVA_OPTS="${JAVA_OPTS:--Xmx3g}" ./newsclaims extract "$docs" -o "out/polnear-$split.jsonl" -q --quote-unit passage
echo "newsclaims: $(score "$docs" "out/polnear-$split.jsonl")"
JAVA_OPTS="${JAVA_OPTS:--Xmx3g}" ./newsclaims extract "$docs" -o "out/polnear-$split.attributions.jsonl" -q --quote-unit passage --scope attributions
echo "newsclaims --scope attributions: $(score "$docs" "out/polnear-$split.attributions.jsonl")"
if [ "${2:-}" = "--corenlp" ]; then
  max="${3:-1000000}"
  head -n "$max" "$docs" > "out/polnear-$split.subset.jsonl"
  mvn -B -q -DskipTests test-compile
  java ${JAVA_OPTS:--Xmx3g} -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
    io.newsclaims.tools.CoreNlpQuoteBaseline "out/polnear-$split.subset.jsonl" "out/polnear-$split.corenlp.jsonl"
  echo "corenlp quote annotator: $(score "out/polnear-$split.subset.jsonl" "out/polnear-$split.corenlp.jsonl")"
  echo "newsclaims on the same documents: $(score "out/polnear-$split.subset.jsonl" "out/polnear-$split.jsonl")"
fi
