#!/usr/bin/env python3
"""Lists quoted strings in the repository's sources (.go .txt .md .tsv) that
appear word for word in the data under ../shared, which must not be copied
into the repository: gold event, quote and place sets, the gold news
(Reuters-21578, the Guardian sample), the seed example and the UD treebanks.
Test sentences and comment examples are to be made up.

Usage: scripts/shared-quotes.py [--min N] [--log REVS] [--only NAME...]
(N: shortest quote, default 30 characters; --log checks the messages of
the commits in REVS, e.g. main~40..main, instead of the sources). Exit
status 1 when any is found.
"""
import csv, glob, gzip, json, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.path.join(os.path.dirname(root), "shared")
if not os.path.isdir(shared):
    sys.exit("shared-quotes: %s is absent; the check needs its data" % shared)
args = sys.argv[1:]
least = 30
if "--min" in args:
    least = int(args[args.index("--min") + 1])
only = args[args.index("--only") + 1:] if "--only" in args else None
log = args[args.index("--log") + 1] if "--log" in args else None

def norm(s):
    return re.sub(r"\s+", " ", s.lower())

def sets():
    g = os.path.join(shared, "gold")
    yield "plover-dyads", open(os.path.join(g, "events", "plover-dyads-train.tsv"), errors="ignore").read()
    yield "polnear", "\n".join(open(f, errors="ignore").read() for f in glob.glob(os.path.join(g, "quotes", "polnear", "**", "*.txt"), recursive=True))
    yield "places", "\n".join(open(f, errors="ignore").read() for f in glob.glob(os.path.join(g, "places", "*.xml")))
    news = []
    for f in glob.glob(os.path.join(g, "news", "reuters21578", "*.json.gz")):
        news += [a.get("body") or "" for a in json.load(gzip.open(f))]
    csv.field_size_limit(1 << 30)
    for f in glob.glob(os.path.join(g, "news", "guardian-syria", "*.csv")):
        news += [" ".join(r) for r in csv.reader(open(f, errors="ignore"))]
    yield "news", "\n".join(news)
    yield "examples", "\n".join(open(f, errors="ignore").read() for f in glob.glob(os.path.join(shared, "examples", "**", "*.txt"), recursive=True))
    yield "ud", "\n".join(l[9:] for f in glob.glob(os.path.join(shared, "ud", "*", "*.conllu")) for l in open(f, errors="ignore") if l.startswith("# text = "))

data = [(n, norm(t)) for n, t in sets() if only is None or n in only]
quote = re.compile(r"[\"'\u201c\u2018`]([^\"'\u201c\u201d\u2018\u2019`\n]{%d,})[\"'\u201d\u2019`]" % least)
def sources():
    if log:
        import subprocess
        out = subprocess.run(["git", "-C", root, "log", "--format=%h %B", log], capture_output=True, text=True, check=True).stdout
        yield "git log " + log, out.splitlines()
        return
    for path in sorted(glob.glob(os.path.join(root, "**", "*"), recursive=True)):
        if not path.endswith((".go", ".txt", ".md", ".tsv")) or "/.git/" in path or not os.path.isfile(path):
            continue
        yield os.path.relpath(path, root), open(path, errors="ignore")

found = 0
for path, lines in sources():
    for i, line in enumerate(lines, 1):
        for q in quote.findall(line):
            k = norm(q).strip(" .,")
            if len(k) < least:
                continue
            for name, text in data:
                if k in text:
                    found += 1
                    print("%s:%d: [%s] %s" % (path, i, name, q[:100]))
                    break
print("shared-quotes: %d quoted strings of %d+ characters found in ../shared" % (found, least), file=sys.stderr)
sys.exit(1 if found else 0)
