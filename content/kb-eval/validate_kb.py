#!/usr/bin/env python3
"""Validate the Dasan sample knowledge base and its evaluation set.

Usage: python3 content/kb-eval/validate_kb.py   (run from repo root or anywhere)
"""
import json, os, re, sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KB = os.path.join(ROOT, "kb")
QS = os.path.join(ROOT, "kb-eval", "questions.jsonl")
DOMAINS = ["transport", "welfare", "health", "economy", "tourism_sports", "culture",
           "women_family", "environment", "safety", "housing_urban", "administration", "education"]
REQ = ["title", "domain", "department", "source", "updated", "lang"]
errors = []

def parse(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m:
        errors.append(f"{path}: no front matter"); return None, ""
    fm = {}
    for line in m.group(1).splitlines():
        if not line.strip():
            continue
        if ":" not in line:
            errors.append(f"{path}: bad front-matter line {line!r}"); continue
        k, v = line.split(":", 1)
        fm[k.strip()] = v.strip()
    return fm, m.group(2)

docs = {}
by_domain = defaultdict(list)
for name in sorted(os.listdir(KB)):
    if not name.endswith(".md"):
        continue
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.md", name):
        errors.append(f"{name}: slug not ascii-kebab")
    fm, body = parse(os.path.join(KB, name))
    if fm is None:
        continue
    for k in REQ:
        if not fm.get(k):
            errors.append(f"{name}: missing {k}")
    if fm.get("domain") not in DOMAINS:
        errors.append(f"{name}: bad domain {fm.get('domain')}")
    if fm.get("lang") not in ("ko", "en"):
        errors.append(f"{name}: bad lang")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm.get("updated", "")):
        errors.append(f"{name}: bad updated date")
    lines = body.strip().splitlines()
    if not lines or not lines[0].startswith("# "):
        errors.append(f"{name}: body must start with '# title'")
    elif lines[0][2:].strip() != fm.get("title"):
        errors.append(f"{name}: H1 differs from title")
    h2 = sum(1 for l in lines if l.startswith("## "))
    if h2 < 3:
        errors.append(f"{name}: only {h2} ## sections")
    words = len(re.sub(r"[#*|>`-]", " ", body).split())
    if not (300 <= words <= 900):
        errors.append(f"{name}: {words} words (need 300-900)")
    docs[name] = (fm, words)
    by_domain[fm.get("domain")].append(name)

print(f"documents: {len(docs)}  (ko {sum(1 for f,_ in docs.values() if f['lang']=='ko')}, "
      f"en {sum(1 for f,_ in docs.values() if f['lang']=='en')})")
for d in DOMAINS:
    print(f"  {d:15s} {len(by_domain[d]):2d}  {', '.join(by_domain[d])}")
    if len(by_domain[d]) < 4:
        errors.append(f"domain {d} has only {len(by_domain[d])} docs")
if len(docs) < 66:
    errors.append("fewer than 66 documents")
ws = [w for _, w in docs.values()]
if ws:
    print(f"  words per doc: min {min(ws)}, max {max(ws)}, avg {sum(ws)//len(ws)}")

# questions
if os.path.exists(QS):
    qs, ids, qtexts = [], set(), Counter()
    for i, line in enumerate(open(QS, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"questions line {i}: {e}"); continue
        for k in ("id", "question", "answerable", "documents", "lang"):
            if k not in q:
                errors.append(f"{q.get('id', i)}: missing {k}")
        if q["id"] in ids:
            errors.append(f"duplicate id {q['id']}")
        ids.add(q["id"])
        qtexts[q["question"].strip()] += 1
        if q["answerable"]:
            if not q["documents"]:
                errors.append(f"{q['id']}: answerable without documents")
        elif q["documents"]:
            errors.append(f"{q['id']}: unanswerable with documents")
        for d in q["documents"]:
            if d not in docs:
                errors.append(f"{q['id']}: unknown document {d}")
        qs.append(q)
    for t, c in qtexts.items():
        if c > 1:
            errors.append(f"duplicate question text: {t}")
    ans = [q for q in qs if q["answerable"]]
    una = [q for q in qs if not q["answerable"]]
    en = [q for q in qs if q["lang"] == "en"]
    cover = Counter(d for q in ans for d in q["documents"])
    print(f"questions: {len(qs)}  answerable {len(ans)}  unanswerable {len(una)}  "
          f"english {len(en)} (answerable {sum(1 for q in en if q['answerable'])})")
    missing = [d for d in docs if cover[d] == 0]
    print(f"  docs covered: {len(docs)-len(missing)}/{len(docs)}; docs with >=2 questions: "
          f"{sum(1 for d in docs if cover[d] >= 2)}")
    if missing:
        errors.append(f"documents without questions: {missing}")
    if len(qs) < 170: errors.append("fewer than 170 questions")
    if len(ans) < 130: errors.append("fewer than 130 answerable")
    if len(una) < 35: errors.append("fewer than 35 unanswerable")
    if len(en) < 10: errors.append("fewer than 10 English questions")
else:
    print("questions.jsonl not found yet")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK")
