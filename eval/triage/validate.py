#!/usr/bin/env python3
"""Validate eval/triage dev labels against the shared proposals file and the catalog.

Usage: python3 eval/triage/validate.py [--proposals PATH] [--catalog PATH]
Exit code 0 when valid, 1 otherwise. Prints per-domain and per-department counts.
Reads only ids from the proposals file; never prints proposal text.
"""
import argparse, collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
DOMAINS = {"transport", "welfare", "health", "economy", "tourism_sports", "culture",
           "women_family", "environment", "safety", "housing_urban", "administration", "education"}
MIN_LABELS = 250

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--proposals', default='/work/shared/data/seoul-proposals-free.jsonl')
    ap.add_argument('--catalog', default=os.path.join(REPO, 'content/catalog/departments.json'))
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()

    ids = set()
    with open(a.proposals, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                ids.add(str(json.loads(line)['id']))
    cat = json.load(open(a.catalog, encoding='utf-8'))
    unit_domain = {u['name']: u['domain'] for u in cat['units']}

    errors = []
    seen = set()
    labels = []
    with open(os.path.join(HERE, 'dev-labels.jsonl'), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                errors.append(f'dev-labels line {n}: bad JSON ({e})'); continue
            extra = set(o) - {'id', 'domain', 'department', 'alt_departments', 'note'}
            if extra:
                errors.append(f'dev-labels line {n}: unexpected fields {sorted(extra)} (texts must not be copied)')
            i = str(o.get('id'))
            if i not in ids: errors.append(f'line {n}: id {i} not in proposals file')
            if i in seen: errors.append(f'line {n}: duplicate id {i}')
            seen.add(i)
            d, dep = o.get('domain'), o.get('department')
            if d not in DOMAINS: errors.append(f'line {n}: unknown domain {d!r}')
            if dep not in unit_domain: errors.append(f'line {n}: department {dep!r} not in catalog')
            elif unit_domain[dep] != d:
                errors.append(f'line {n}: domain {d} != catalog domain {unit_domain[dep]} of {dep}')
            alts = o.get('alt_departments', [])
            if not isinstance(alts, list) or len(alts) > 2:
                errors.append(f'line {n}: alt_departments must be a list of at most 2')
            else:
                for x in alts:
                    if x not in unit_domain: errors.append(f'line {n}: alt {x!r} not in catalog')
                    if x == dep: errors.append(f'line {n}: alt repeats department')
            note = o.get('note', '')
            if len(note) > 200: errors.append(f'line {n}: note too long ({len(note)} chars) — keep notes short, no copied text')
            labels.append(o)

    skipped = []
    sp = os.path.join(HERE, 'skipped.jsonl')
    if os.path.exists(sp):
        with open(sp, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if not line.strip(): continue
                o = json.loads(line)
                i = str(o.get('id'))
                if i not in ids: errors.append(f'skipped line {n}: id {i} not in proposals file')
                if i in seen: errors.append(f'skipped line {n}: id {i} is both labelled and skipped')
                if not o.get('reason'): errors.append(f'skipped line {n}: missing reason')
                seen.add(i)
                skipped.append(o)

    if len(labels) < MIN_LABELS:
        errors.append(f'only {len(labels)} labels (< {MIN_LABELS})')

    if not a.quiet:
        print(f'labelled: {len(labels)}  skipped: {len(skipped)}')
        print('per domain:')
        for k, v in collections.Counter(o['domain'] for o in labels).most_common():
            print(f'  {k:15s} {v}')
        print('per department:')
        for k, v in collections.Counter(o['department'] for o in labels).most_common():
            print(f'  {v:3d}  {k}')
        print(f'with alt_departments: {sum(1 for o in labels if o.get("alt_departments"))}')
    for e in errors:
        print('ERROR', e, file=sys.stderr)
    print('OK' if not errors else f'{len(errors)} error(s)')
    return 0 if not errors else 1

if __name__ == '__main__':
    sys.exit(main())
