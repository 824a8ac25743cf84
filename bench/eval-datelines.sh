#!/usr/bin/env bash
# Measures how often the country of an article's dateline city is among its tagged countries.
#   bench/eval-datelines.sh [DATELINES.jsonl] [ARTICLES.jsonl]
# DATELINES defaults to ../shared/eval/ml/de_datelines_dev.jsonl (lines: id, city, country) and ARTICLES
# to de_dev.jsonl beside it (the stories those ids name). Tags the articles with `./newsroute tag` and
# prints the misses, then, as its last line, `dateline_country=SHARE found=F n=N`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="${1:-$here/../shared/eval/ml/de_datelines_dev.jsonl}"
[ -f "$gold" ] || gold=/work/shared/eval/ml/de_datelines_dev.jsonl
articles="${2:-$(dirname "$gold")/de_dev.jsonl}"
pred="$(mktemp /tmp/eval-datelines.XXXXXX.jsonl)"
trap 'rm -f "$pred"' EXIT
"$here/newsroute" tag < "$articles" > "$pred"
python3 - "$gold" "$pred" <<'PY'
import json, sys
tagged = {}
for line in open(sys.argv[2], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        tagged[d.get("id")] = [c.get("code") for c in d.get("countries") or []]
found = n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.strip():
        continue
    g = json.loads(line)
    n += 1
    got = tagged.get(g["id"], [])
    if g["country"] in got:
        found += 1
    else:
        print(f"miss {g['id']}: {g['city']} ({g['country']}) -> {','.join(got) or '-'}")
print(f"dateline_country={found / max(n, 1):.3f} found={found} n={n}")
PY
