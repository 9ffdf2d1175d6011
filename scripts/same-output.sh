#!/usr/bin/env bash
# Checks that two dyad binaries give byte-identical output: the CoNLL-U of
# `dyad parse` on the EWT dev text and on a Reuters sample, and the events
# (`dyad code --format jsonl`) and quotes (`--quotes`) of a few thousand
# gold news articles. For speed work, which must change no output.
# Usage: scripts/same-output.sh OLD_BINARY NEW_BINARY (needs ../shared).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY" >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared" ] || { echo "same-output: $shared is absent; the check needs its data" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# inputs: EWT dev sentences (a blank line between documents), and the
# bodies of the first 1,000 Reuters articles as plain text
awk '/^# newdoc/ && NR > 1 { print "" } sub(/^# text = /, "") { print }' \
	"$shared/ud/UD_English-EWT/en_ewt-ud-dev.conllu" >"$tmp/ewt.txt"
reuters=$shared/gold/news/reuters21578
zcat "$reuters/reut2-000.json.gz" | python3 -c '
import json, sys
for a in json.load(sys.stdin):
    if a.get("body"):
        print(a["body"].strip() + "\n")' >"$tmp/reuters.txt"

fail=0
check() { # NAME ARGS...
	local name=$1; shift
	"$old" "$@" >"$tmp/old" 2>/dev/null
	"$new" "$@" >"$tmp/new" 2>/dev/null
	if cmp -s "$tmp/old" "$tmp/new"; then
		printf 'same      %-20s %8d lines\n' "$name" "$(wc -l <"$tmp/old")"
	else
		printf 'DIFFERENT %-20s\n' "$name"
		diff "$tmp/old" "$tmp/new" | head -5 || true # (diff exits 1 on a difference: go on to the next check)
		fail=1
	fi
}
check parse-ewt-dev parse "$tmp/ewt.txt"
check parse-reuters parse "$tmp/reuters.txt"
for f in 000 001 002 003; do
	check "code-reut2-$f" code --format jsonl --date 1987-03-01 "$reuters/reut2-$f.json.gz"
	check "quotes-reut2-$f" code --quotes --date 1987-03-01 "$reuters/reut2-$f.json.gz"
done
check code-guardian code --format jsonl "$shared/gold/news/guardian-syria/Guardian_SDF_sample.csv"
exit $fail
