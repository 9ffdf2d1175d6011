#!/usr/bin/env bash
# Codes the Guardian sample and Reuters-21578 files 000-021 (about 6,600
# events) with two dyad binaries and prints the events that differ,
# grouped by sentence: "-" only OLD's, "+" only NEW's. A sentence is known
# by its text, so one split elsewhere in the article shifts no other. Pattern
# line numbers and event ids are left out of the comparison, so a line added
# to verbs.txt shows no difference of its own. For reading what a coder change
# does to real news, line by line. Needs ../shared.
# Usage: scripts/events-diff.sh OLD_BINARY NEW_BINARY
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY" >&2; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
cd "$(dirname "$0")/.."
shared=../shared
[ -d "$shared" ] || { echo "events-diff: $shared is absent; the check needs its data" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

code() { # BINARY OUT
	{
		"$1" code --format jsonl --input csv "$shared/gold/news/guardian-syria/Guardian_SDF_sample.csv" 2>/dev/null
		for i in $(seq -w 0 21); do
			zcat "$shared/gold/news/reuters21578/reut2-0$i.json.gz" | "$1" code - --input json --format jsonl 2>/dev/null
		done
	} >"$2"
}
code "$old" "$tmp/old.jsonl"
code "$new" "$tmp/new.jsonl"
python3 - "$tmp/old.jsonl" "$tmp/new.jsonl" <<'PY'
import json, re, sys
from collections import defaultdict

def load(path):
    groups = defaultdict(list)
    for line in open(path):
        e = json.loads(line)
        ev = e["evidence"]
        pattern = re.sub(r"\.txt:\d+", ".txt", ev.get("pattern", ""))
        row = "%s(%s) %s%s %s(%s) [%s] %s @%s" % (
            e.get("source", ""), e.get("source_name", ""), e["cameo"], " NEG" if e.get("negated") else "",
            e.get("target", ""), e.get("target_name", ""), e.get("modality", ""), pattern, e.get("place", ""))
        # keyed by the sentence's text, not its number, which a change in
        # sentence splitting shifts for all sentences after it
        groups[(e["article_id"], " ".join(ev["text"].split()))].append((row.replace("\n", " "), ev["text"]))
    return groups

old, new = load(sys.argv[1]), load(sys.argv[2])
changed = 0
for key in sorted(set(old) | set(new)):
    a = sorted(r for r, _ in old.get(key, []))
    b = sorted(r for r, _ in new.get(key, []))
    if a == b:
        continue
    changed += 1
    text = (old.get(key) or new.get(key))[0][1]
    print("## %s: %s" % (key[0], key[1][:300]))
    for r in a:
        if r not in b:
            print("  -", r)
    for r in b:
        if r not in a:
            print("  +", r)
print("events-diff: %d sentences differ; %d events before, %d after" % (
    changed, sum(map(len, old.values())), sum(map(len, new.values()))), file=sys.stderr)
PY
