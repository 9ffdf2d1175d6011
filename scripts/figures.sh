#!/usr/bin/env bash
# Measures every figure the issues name, with ../shared beside the
# repository, and prints one JSON object per line: {"figure": NAME, ...}.
# About a minute on two idle cores, nearly all of it the bench (the accuracy
# figures take about ten seconds). Usage: scripts/figures.sh [NAME...] (default: all
# but ud-ewt-neural and ud-pud-neural, the neural parser's, about a minute each).
# DYAD_PARSER=FILE measures the figures with that parser model instead of the
# embedded one (bench too).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared" ] || { echo "figures: $shared is absent; the figures need its data" >&2; exit 2; }
bin=$(mktemp -d)/dyad
go build -o "$bin" ./cmd/dyad
p=()
[ -z "${DYAD_PARSER:-}" ] || p=(--parser "$(realpath "$DYAD_PARSER")")

run() { # NAME COMMAND...
	local name=$1; shift
	printf '{"figure":"%s","load":"%s","result":' "$name" "$(cut -d' ' -f1 /proc/loadavg)"
	"$@" | tr -d '\n' | tr -s ' '
	printf '}\n'
}

want=("$@")
[ ${#want[@]} -gt 0 ] || want=(seed ud-ewt ud-pud petrarch petrarch-actors tabari plover-dyads quotes bench)
for w in "${want[@]}"; do
	case $w in
	seed) run seed "$bin" eval seed --json "${p[@]}" ;;
	ud-ewt) run ud-ewt "$bin" eval ud --split test --json "${p[@]}" ;;
	ud-pud) run ud-pud "$bin" eval ud --treebank "$shared/ud/UD_English-PUD" --split test --json "${p[@]}" ;;
	ud-ewt-neural) run ud-ewt-neural "$bin" eval ud --split test --json --neural embedded ;;
	ud-pud-neural) run ud-pud-neural "$bin" eval ud --treebank "$shared/ud/UD_English-PUD" --split test --json --neural embedded ;;
	petrarch) run petrarch "$bin" eval petrarch --suite "$shared/peers/petrarch2/PETR.UnitTest.records.xml" --json "${p[@]}" ;;
	petrarch-actors) run petrarch-actors "$bin" eval petrarch --suite "$shared/peers/petrarch2/PETR.UnitTest.records.xml" --category ACTOR,AGENT,COMPOUND --json "${p[@]}" ;;
	tabari) run tabari "$bin" eval tabari --suite "$shared/peers/TABARI-Code" --json "${p[@]}" ;;
	plover-dyads) run plover-dyads "$bin" eval plover-dyads "$shared/gold/events/plover-dyads-train.tsv" --json "${p[@]}" ;;
	quotes) run quotes "$bin" eval quotes "$shared/gold/quotes/polnear/dev" --json "${p[@]}" ;;
	bench) run bench "$bin" bench --limit 3000 --json "${p[@]}" ;;
	*) echo "figures: unknown figure $w" >&2; exit 2 ;;
	esac
done
