#!/usr/bin/env python3
"""Validate the AI-ization programme sample content and print its statistics.

    python3 content/programme/validate.py          # errors make the exit code 1
    python3 content/programme/validate.py --quiet  # only errors and the summary line

Checks curriculum.json (levels, modules, word counts, quizzes), risk-questionnaire.json
(unique ids, scoring, gates, tiers), use-cases.json (catalog bureaus and domains, stages
and dates, assessment answers, computed tier, obligations, withheld fields) against
field-rules.json, and prints counts per bureau, field, stage and tier, the computed tier of
every use case, and the obligation gaps of piloted and deployed tier III-IV systems.
"""
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parent / "catalog" / "departments.json"

STAGES = ["idea", "planned", "pilot", "deployed", "retired"]
TIERS = ["I", "II", "III", "IV"]
SEOUL_FIELDS = ["약자와의 동행", "매력서비스", "시민 안전망", "업무방식 혁신"]
TECHNIQUES = ["classical_ml", "nlp", "generative", "vision", "agentic", "optimisation", "speech"]
SOURCING = ["in_house", "vendor", "mixed"]
OUTPUTS = ["prediction", "recommendation", "decision", "content"]
OBLIGATIONS = ["public_notice", "explanation_to_person", "peer_review",
               "human_final_decision", "operator_training", "approval_by"]
APPROVERS = ["bureau_head", "control_tower", "ai_committee", "mayors_office"]
LEVEL_CODES = ["L0", "L1", "L2-1", "L2-2", "L3"]
PROFICIENCY = ["기초", "중급", "고급"]
COMPLETION = ["completed", "passed", "both"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Dasan registers its own triage router and knowledge assistant; samples must not.
DASAN_OWN = ["다산 민원분류", "다산 지식도우미", "Dasan triage", "Dasan knowledge"]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load(name):
    path = HERE / name
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(name, f"cannot parse: {e}")
        return None


def words(text):
    return len(text.split())


def parse_date(where, value):
    if not isinstance(value, str) or not DATE_RE.match(value):
        err(where, f"not a YYYY-MM-DD date: {value!r}")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err(where, f"invalid date: {value!r}")
        return None


# ---------------------------------------------------------------- curriculum
def check_curriculum(cur):
    if cur is None:
        return {}
    levels = {lv.get("code"): lv for lv in cur.get("levels", [])}
    for code in LEVEL_CODES:
        if code not in levels:
            err("curriculum", f"level {code} missing")
    for code, lv in levels.items():
        for k in ("name_ko", "name_en", "description", "who", "yearly_target"):
            if not lv.get(k):
                err(f"curriculum level {code}", f"missing {k}")
        t = lv.get("yearly_target") or {}
        if not (isinstance(t.get("share"), (int, float)) or isinstance(t.get("count"), int)):
            err(f"curriculum level {code}", "yearly_target needs a share or a count")
    if not levels.get("L0", {}).get("mandatory"):
        err("curriculum", "L0 must be mandatory")

    modules = cur.get("modules", [])
    if len(modules) < 7:
        err("curriculum", f"{len(modules)} modules, need at least 7")
    codes = [m.get("code") for m in modules]
    for c, n in Counter(codes).items():
        if n > 1:
            err("curriculum", f"duplicate module code {c}")
    quiz_ids, total_q = Counter(), 0
    for m in modules:
        w = f"module {m.get('code')}"
        for k in ("code", "level", "title_ko", "title_en", "skills", "proficiency", "completion_rule",
                  "mastery_score", "certificate_valid_months", "recurring_for_tiers", "minutes",
                  "content_md", "quiz"):
            if k not in m:
                err(w, f"missing {k}")
        if m.get("level") not in levels:
            err(w, f"unknown level {m.get('level')}")
        for lv in m.get("also_levels", []):
            if lv not in levels:
                err(w, f"unknown also_levels entry {lv}")
        if m.get("proficiency") not in PROFICIENCY:
            err(w, f"proficiency must be one of {PROFICIENCY}")
        if m.get("completion_rule") not in COMPLETION:
            err(w, f"completion_rule must be one of {COMPLETION}")
        if not (isinstance(m.get("mastery_score"), int) and 0 < m["mastery_score"] <= 100):
            err(w, "mastery_score must be an integer 1-100")
        for t in m.get("recurring_for_tiers", []):
            if t not in TIERS:
                err(w, f"recurring_for_tiers has unknown tier {t}")
        if m.get("recurring_for_tiers") and m.get("certificate_valid_months") != 12:
            err(w, "a recurring module must be valid for 12 months")
        n = words(m.get("content_md", ""))
        m["_words"] = n
        if not 600 <= n <= 1500:
            err(w, f"content_md has {n} words, need 600-1500")
        quiz = m.get("quiz", [])
        if len(quiz) < 5:
            err(w, f"{len(quiz)} quiz questions, need at least 5")
        total_q += len(quiz)
        for q in quiz:
            qw = f"{w} quiz {q.get('id')}"
            quiz_ids[q.get("id")] += 1
            for k in ("id", "question", "choices", "answer", "explanation"):
                if not q.get(k) and q.get(k) != 0:
                    err(qw, f"missing {k}")
            ch = q.get("choices", [])
            if len(ch) != 4 or len(set(ch)) != 4:
                err(qw, "needs 4 distinct choices")
            a = q.get("answer")
            if not (isinstance(a, int) and not isinstance(a, bool) and 0 <= a < len(ch)):
                err(qw, f"answer index {a!r} out of range")
    for qid, n in quiz_ids.items():
        if n > 1:
            err("curriculum", f"duplicate quiz id {qid}")
    if total_q < 45:
        err("curriculum", f"{total_q} quiz questions in all, need at least 45")
    for code, lv in levels.items():
        for mc in lv.get("required_modules", []):
            if mc not in codes:
                err(f"curriculum level {code}", f"required module {mc} does not exist")
    if not any(m.get("recurring_for_tiers") for m in modules):
        err("curriculum", "no recurring operator module")
    return {m.get("code"): m for m in modules}


# ---------------------------------------------------------------- questionnaire
def check_questionnaire(qn, module_codes):
    if qn is None:
        return None
    for k in ("version", "published", "impact_questions", "mitigation_questions", "scoring", "legal_gates", "tiers"):
        if k not in qn:
            err("questionnaire", f"missing {k}")
    parse_date("questionnaire published", qn.get("published"))
    imp, mit, gates = qn.get("impact_questions", []), qn.get("mitigation_questions", []), qn.get("legal_gates", [])
    if len(imp) < 14:
        err("questionnaire", f"{len(imp)} impact questions, need at least 14")
    if len(mit) < 8:
        err("questionnaire", f"{len(mit)} mitigation questions, need at least 8")
    ids = Counter()
    for q in imp + mit + gates:
        ids[q.get("id")] += 1
        for k in ("id", "text_ko", "text_en", "answers"):
            if not q.get(k):
                err(f"question {q.get('id')}", f"missing {k}")
        aids = Counter(a.get("id") for a in q.get("answers", []))
        for a, n in aids.items():
            if n > 1:
                err(f"question {q.get('id')}", f"duplicate answer id {a}")
        if len(aids) < 2:
            err(f"question {q.get('id')}", "needs at least 2 answers")
    for q in imp + mit:
        for a in q.get("answers", []):
            if not isinstance(a.get("points"), (int, float)) or not a.get("text_ko") or not a.get("text_en"):
                err(f"question {q.get('id')} answer {a.get('id')}", "needs text_ko, text_en and numeric points")
    for i, n in ids.items():
        if n > 1:
            err("questionnaire", f"duplicate question id {i}")
    sc = qn.get("scoring", {})
    if sc.get("mitigation_discount") != 0.15 or sc.get("mitigation_threshold") != 0.8:
        err("questionnaire scoring", "expected mitigation_discount 0.15 and mitigation_threshold 0.8")
    if [lv.get("tier") for lv in sc.get("levels", [])] != TIERS:
        err("questionnaire scoring", "levels must be I-IV in order")
    if not sc.get("method_ko") or not sc.get("method_en"):
        err("questionnaire scoring", "method_ko and method_en must state how the score is computed")
    max_imp = sum(max(a["points"] for a in q["answers"]) for q in imp)
    max_mit = sum(max(a["points"] for a in q["answers"]) for q in mit)
    if sc.get("max_impact_score") != max_imp or sc.get("max_mitigation_score") != max_mit:
        err("questionnaire scoring", f"max scores should be {max_imp} and {max_mit}")
    for g in gates:
        e = g.get("effect", {})
        if not g.get("law"):
            err(f"gate {g.get('id')}", "missing law")
        if not (e.get("prohibited") is True or e.get("min_tier") in TIERS):
            err(f"gate {g.get('id')}", f"effect must be prohibited: true or a min_tier, got {e}")
        if {a.get("id") for a in g.get("answers", [])} != {"yes", "no"}:
            err(f"gate {g.get('id')}", "answers must be yes and no")
    if not any(g.get("effect", {}).get("prohibited") for g in gates):
        err("questionnaire", "no prohibited-use gate")
    tiers = {t.get("tier"): t for t in qn.get("tiers", [])}
    if list(tiers) != TIERS:
        err("questionnaire", "tiers must be I-IV in order")
    prev = set()
    for t, td in tiers.items():
        obs = {o.get("id"): o for o in td.get("obligations", [])}
        for oid, o in obs.items():
            if oid not in OBLIGATIONS:
                err(f"tier {t}", f"unknown obligation {oid}")
            if not o.get("text_ko") or not o.get("text_en"):
                err(f"tier {t} obligation {oid}", "needs text_ko and text_en")
            if oid == "approval_by" and o.get("approver") not in APPROVERS:
                err(f"tier {t}", f"approval_by approver must be one of {APPROVERS}")
            if oid == "operator_training" and o.get("module") not in module_codes:
                err(f"tier {t}", f"operator_training module {o.get('module')} not in curriculum")
        if "approval_by" not in obs:
            err(f"tier {t}", "approval_by missing")
        if not prev <= set(obs):
            err(f"tier {t}", f"drops obligations of the tier below: {sorted(prev - set(obs))}")
        prev = set(obs)
    return {"imp": imp, "mit": mit, "gates": gates, "max_imp": max_imp, "max_mit": max_mit,
            "scoring": sc, "tiers": tiers, "version": qn.get("version")}


def score(q, answers):
    """Return (tier or 'prohibited' or None, details). None when not fully answered."""
    def pts(questions):
        total, missing = 0, []
        for qq in questions:
            aid = answers.get(qq["id"])
            a = next((a for a in qq["answers"] if a["id"] == aid), None)
            if a is None:
                missing.append(qq["id"])
            else:
                total += a["points"]
        return total, missing
    raw, m1 = pts(q["imp"])
    mit, m2 = pts(q["mit"])
    g_missing = [g["id"] for g in q["gates"] if answers.get(g["id"]) not in ("yes", "no")]
    d = {"raw": raw, "mitigation": mit, "missing": m1 + m2 + g_missing}
    if d["missing"]:
        return None, d
    sc = q["scoring"]
    discounted = mit >= sc["mitigation_threshold"] * q["max_mit"]
    final = raw * (1 - sc["mitigation_discount"]) if discounted else raw
    share = final / q["max_imp"]
    tier = "I"
    for lv in sc["levels"]:
        lo = lv["min_share_exclusive"]
        if lo is not None and share > lo:
            tier = lv["tier"]
    d.update(final=round(final, 2), share=round(share, 3), discounted=discounted, score_tier=tier, gates=[])
    for g in q["gates"]:
        if answers.get(g["id"]) == "yes":
            d["gates"].append(g["id"])
            e = g["effect"]
            if e.get("prohibited"):
                return "prohibited", d
            if TIERS.index(e["min_tier"]) > TIERS.index(tier):
                tier = e["min_tier"]
    return tier, d


# ---------------------------------------------------------------- use cases
def present(v, allow_empty=False):
    if allow_empty:
        return v is not None
    return v not in (None, "", [], {})


def effective_stage(uc):
    """Retired use cases are judged by the last stage they reached before retirement."""
    if uc.get("stage") != "retired":
        return uc.get("stage")
    reached = [s for s in STAGES[:-1] if s in (uc.get("stage_dates") or {})]
    return reached[-1] if reached else "idea"


def check_rules(uc, rules, tier, w):
    eff = effective_stage(uc)
    if eff not in STAGES:
        return
    for r in rules:
        f = r["field"]
        if "required_at_stage" in r:
            if uc.get("stage") != r["required_at_stage"]:
                continue
        elif STAGES.index(eff) < STAGES.index(r["required_from_stage"]):
            continue
        if uc.get("stage") in r.get("except_stages", []):
            continue
        if "min_tier" in r:
            if tier not in TIERS or TIERS.index(tier) < TIERS.index(r["min_tier"]):
                continue
        if any(uc.get(k) not in vals for k, vals in r.get("when", {}).items()):
            continue
        allow_empty = r.get("allow_empty", False)
        if "[]." in f:
            parent, sub = f.split("[].")
            for i, item in enumerate(uc.get(parent) or []):
                if all(item.get(k) == v for k, v in r.get("when_item", {}).items()):
                    if not present(item.get(sub), allow_empty):
                        err(w, f"{parent}[{i}].{sub} is required at stage {uc.get('stage')}")
        elif not present(uc.get(f), allow_empty) if f in uc else True:
            err(w, f"field {f} is required at stage {uc.get('stage')}" + (f", tier {tier}" if "min_tier" in r else ""))


def check_use_cases(ucs, fr, q, catalog):
    if ucs is None or fr is None or q is None:
        return []
    bureaus = {b["name"] for b in catalog["bureaus"]}
    domains = set(catalog["domains"])
    rules = fr["rules"]
    rule_fields = {r["field"].split("[].")[0] for r in rules}
    items = ucs.get("use_cases", [])
    if len(items) < 42:
        err("use-cases", f"{len(items)} use cases, need at least 42")
    qids = {x["id"]: {a["id"] for a in x["answers"]} for x in q["imp"] + q["mit"] + q["gates"]}
    codes = Counter(u.get("code") for u in items)
    for c, n in codes.items():
        if n > 1:
            err("use-cases", f"duplicate code {c}")
    today = date.fromisoformat(ucs.get("as_of", date.today().isoformat()))
    results = []
    for u in items:
        w = f"use case {u.get('code')}"
        for k in u:
            if k not in rule_fields:
                err(w, f"field {k} has no rule in field-rules.json")
        if u.get("bureau") not in bureaus:
            err(w, f"bureau {u.get('bureau')!r} not in the catalog")
        if u.get("topic_area") not in domains:
            err(w, f"topic_area {u.get('topic_area')!r} not a catalog domain")
        if u.get("seoul_field") not in SEOUL_FIELDS:
            err(w, f"seoul_field {u.get('seoul_field')!r} not one of {SEOUL_FIELDS}")
        if u.get("stage") not in STAGES:
            err(w, f"unknown stage {u.get('stage')!r}")
        if u.get("technique") is not None and u.get("technique") not in TECHNIQUES:
            err(w, f"unknown technique {u.get('technique')!r}")
        if u.get("sourcing") is not None and u.get("sourcing") not in SOURCING:
            err(w, f"unknown sourcing {u.get('sourcing')!r}")
        if u.get("sourcing") == "in_house" and u.get("vendor") is not None:
            err(w, "in-house use case must have vendor null")
        for o in u.get("outputs") or []:
            if o not in OUTPUTS:
                err(w, f"unknown output {o!r}")
        if any(s in (u.get("name", "") + u.get("summary", "")) for s in DASAN_OWN):
            err(w, "Dasan's own systems are registered by the platform, not by sample content")
        if re.search(r"(주무관|팀장|과장|국장)\s*[가-힣]{3}$", u.get("owner_role", "")):
            err(w, "owner_role looks like it contains a person's name")
        # stages and dates
        sd = u.get("stage_dates") or {}
        if u.get("stage") not in sd:
            err(w, "stage_dates has no date for the current stage")
        last = None
        for s in STAGES:
            if s in sd:
                d = parse_date(f"{w} stage_dates.{s}", sd[s])
                if d and last and d < last:
                    err(w, f"stage_dates.{s} is before the previous stage")
                if d and d > today:
                    err(w, f"stage_dates.{s} is in the future")
                last = d or last
        for s in sd:
            if s not in STAGES:
                err(w, f"stage_dates has unknown stage {s}")
            elif u.get("stage") in STAGES and STAGES.index(s) > STAGES.index(u["stage"]):
                err(w, f"stage_dates has a later stage {s} than the current one")
        if u.get("review_by"):
            d = parse_date(f"{w} review_by", u["review_by"])
            if d and last and d <= last:
                err(w, "review_by must come after the last stage date")
        if u.get("stage") != "retired" and u.get("retirement_reason"):
            err(w, "retirement_reason on a use case that is not retired")
        # assessment
        ans = u.get("assessment_answers") or {}
        if ans and u.get("assessment_version") != q["version"]:
            err(w, f"assessment_version {u.get('assessment_version')!r} is not {q['version']}")
        for qid, aid in ans.items():
            if qid not in qids:
                err(w, f"assessment answer for unknown question {qid}")
            elif aid not in qids[qid]:
                err(w, f"assessment answer {aid!r} does not exist for {qid}")
        tier, d = score(q, ans) if ans else (None, {"missing": ["all"]})
        if ans and tier is None:
            err(w, f"assessment incomplete, unanswered: {d['missing']}")
        if u.get("tier") != tier and (ans or u.get("tier")):
            err(w, f"declared tier {u.get('tier')!r} but the assessment gives {tier!r}")
        if tier == "prohibited" and u.get("stage") != "retired":
            err(w, "a prohibited use may only appear as retired")
        # obligations
        met = u.get("obligations_met") or []
        if tier in TIERS:
            allowed = {o["id"] for o in q["tiers"][tier]["obligations"]}
            for o in met:
                if o not in allowed:
                    err(w, f"obligations_met has {o!r}, not an obligation of tier {tier}")
            missing = [o for o in q["tiers"][tier]["obligations"] if o["id"] not in met]
        else:
            missing = []
        # datasets, risks, kpis shape
        for i, ds in enumerate(u.get("datasets") or []):
            if not ds.get("name") or not isinstance(ds.get("personal_data"), bool) or "pia_link" not in ds:
                err(w, f"datasets[{i}] needs name, personal_data (bool) and pia_link (or null)")
        for i, r in enumerate(u.get("risks") or []):
            if not r.get("risk") or not r.get("mitigation"):
                err(w, f"risks[{i}] needs risk and mitigation")
        for i, k in enumerate(u.get("kpis") or []):
            for f in ("metric", "unit", "baseline", "target", "actual", "period", "how_measured"):
                if f not in k:
                    err(w, f"kpis[{i}] missing {f}")
        for f, reason in (u.get("withheld") or {}).items():
            if f not in rule_fields or f in ("code", "bureau", "name", "summary", "stage", "tier"):
                err(w, f"withheld field {f!r} cannot be withheld")
            if not reason:
                err(w, f"withheld field {f!r} needs a reason")
        check_rules(u, rules, tier, w)
        results.append((u, tier, d, missing))
    return results


def main():
    quiet = "--quiet" in sys.argv
    catalog = json.load(open(CATALOG, encoding="utf-8"))
    cur = load("curriculum.json")
    qn = load("risk-questionnaire.json")
    ucs = load("use-cases.json")
    fr = load("field-rules.json")
    modules = check_curriculum(cur)
    q = check_questionnaire(qn, set(modules))
    results = check_use_cases(ucs, fr, q, catalog)
    if q:
        # The planning lesson quotes the questionnaire's maximum scores; keep them in step.
        for m in modules.values():
            if "impact_assessment" in m.get("skills", []):
                for n in (q["max_imp"], q["max_mit"]):
                    if f"{n}점" not in m.get("content_md", ""):
                        err(f"module {m['code']}", f"lesson does not mention the questionnaire maximum {n}점; update it")

    if not quiet and modules:
        print("== curriculum")
        for m in modules.values():
            print(f"  {m['code']:<9} {m['level']:<5} {len(m.get('quiz', [])):>2} questions {m.get('_words', 0):>5} words  {m['title_ko']}")
    if not quiet and results:
        print("== use cases (computed tier: raw impact / mitigation -> final share, gates)")
        for u, tier, d, _ in results:
            g = ",".join(x.replace("GATE-", "") for x in d.get("gates", []))
            print(f"  {u['code']:<7} {str(tier):<10} raw {d.get('raw', '-'):>2} mit {d.get('mitigation', '-'):>2}"
                  f" -> {d.get('share', '-'):<5} {'-15%' if d.get('discounted') else '    '} {g:<22} {u['stage']:<8} {u['bureau']} / {u['name']}")
        for title, key in (("bureau", "bureau"), ("seoul_field", "seoul_field"), ("stage", "stage"), ("technique", "technique")):
            c = Counter(u.get(key) for u, *_ in results)
            print(f"== by {title} ({len(c)}): " + ", ".join(f"{k} {n}" for k, n in c.most_common()))
        c = Counter(str(t) for _, t, *_ in results)
        print("== by tier: " + ", ".join(f"{k} {c[k]}" for k in TIERS + ["prohibited"] if c[k]))
        print("== obligation gaps of piloted and deployed tier III-IV use cases")
        for u, tier, _, missing in results:
            if tier in ("III", "IV") and u["stage"] in ("pilot", "deployed"):
                print(f"  {u['code']} {tier:<3} {u['stage']:<8} " + ("all met" if not missing else "missing: " + ", ".join(o["id"] for o in missing)))
    for e in errors:
        print("ERROR", e)
    nq = sum(len(m.get("quiz", [])) for m in modules.values())
    print(f"{len(modules)} modules, {nq} quiz questions, {len(results)} use cases, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
