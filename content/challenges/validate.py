#!/usr/bin/env python3
"""Validate the AI start-up collaboration hub sample content (challenges.json).

    python3 content/challenges/validate.py

Checks start-ups (keys, logins, business registration check digits, e-mail and phone
formats), challenges (catalog bureau/department, text lengths, source, data protection,
KPIs, budget band, criteria weights, dates per status, status mix), proposals (one per
start-up per challenge, TRL, price within band, dates, reviews and scores, outcomes),
pilots (start after the decision window, measurements, gates, procurement) and the
Korean-only rule for free text. Prints "ok: ..." or the list of problems (exit code 1).
"""
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "challenges.json"
CATALOG = HERE.parent / "catalog" / "departments.json"

# The sample world's "today": no pilot date, submission or measurement may be later.
TODAY = date(2026, 12, 3)
COMMENT = ("Sample AI challenges, start-ups and proposals loaded on first start when demo data "
           "is on. Written by the Dasan team; organisations, people and numbers are fictional.")

STATUSES = ["draft", "submitted", "published", "evaluating", "decided"]
STATUS_MIX = {"draft": 1, "submitted": 1, "published": 3, "evaluating": 3, "decided": 4}
SOURCE_KINDS = ["radar", "backlog", "none"]
UNITS = ["%", "분", "건", "초", "점", "원"]
BETTER = ["higher", "lower"]
BANDS = {"S": (1, 50_000_000), "M": (50_000_001, 200_000_000), "L": (200_000_001, 500_000_000)}
TRLS = [6, 7, 8]
EVALUATORS = ["eval1", "eval2", "eval3"]
OUTCOMES = ["pending", "accepted", "rejected"]
GATE_NAMES = ["착수 점검", "중간 점검", "최종 점검"]
GATE_RESULTS = ["pass", "conditional", "stop"]
PROCUREMENT = [None, "recommend", "not_recommend"]
DECISION_WINDOW = timedelta(weeks=8)

# Latin-letter words allowed inside Korean text (established acronyms only).
ALLOWED_LATIN = {"AI", "CCTV", "IoT", "API", "GPR"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HANGUL_RE = re.compile(r"[가-힣]")
LATIN_RE = re.compile(r"[A-Za-z]+")
NAME_RE = re.compile(r"^[가-힣]{2,4}$")
BIZ_RE = re.compile(r"^\d{3}-\d{2}-\d{5}$")
PHONE_RE = re.compile(r"^02-555-01\d{2}$")
CODE_RE = re.compile(r"^CH-2026-\d{2}$")
KEY_RE = re.compile(r"^s(\d{2})$")
BIZ_WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return (isinstance(v, (int, float))) and not isinstance(v, bool)


def parse_date(where, value):
    if not isinstance(value, str) or not DATE_RE.match(value):
        err(where, f"not a YYYY-MM-DD date: {value!r}")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err(where, f"invalid date: {value}")
        return None


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    day = min(d.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28,
                      31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return date(y, m, day)


def sentences(text):
    parts = re.split(r"(?<=[.?!])\s+", text.strip())
    return [p for p in parts if p]


def korean_text(where, value, *, min_sent=None, max_sent=None, max_len=None, allow_empty=False):
    """A free-text Korean field: non-empty, Hangul, only allowed acronyms in Latin letters."""
    if not isinstance(value, str):
        err(where, "must be a string")
        return
    if value == "":
        if not allow_empty:
            err(where, "must not be empty")
        return
    if value != value.strip():
        err(where, "leading or trailing whitespace")
    if not HANGUL_RE.search(value):
        err(where, "must be Korean text")
    for word in LATIN_RE.findall(value):
        if word not in ALLOWED_LATIN:
            err(where, f"English word '{word}' in Korean text (allowed: {', '.join(sorted(ALLOWED_LATIN))})")
    if max_len is not None and len(value) > max_len:
        err(where, f"{len(value)} characters, at most {max_len}")
    if min_sent is not None or max_sent is not None:
        n = len(sentences(value))
        lo = min_sent if min_sent is not None else 0
        hi = max_sent if max_sent is not None else 99
        if not lo <= n <= hi:
            err(where, f"{n} sentences, expected {lo}-{hi}")


def biz_check_digit_ok(number):
    d = [int(c) for c in number.replace("-", "")]
    s = sum(a * b for a, b in zip(d[:9], BIZ_WEIGHTS)) + (d[8] * 5) // 10
    return (10 - s % 10) % 10 == d[9]


def weighted_total(scores, criteria):
    """0-100: each score is 0-10, each weight a percentage."""
    return sum(s * c["weight"] for s, c in zip(scores, criteria)) / 10


def load_json(path):
    try:
        text = path.read_text(encoding="utf-8")
        return text, json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        err(path.name, f"cannot load: {e}")
        return None, None


def load_catalog():
    _, cat = load_json(CATALOG)
    if cat is None:
        return {}
    bureaus = {b["name"] for b in cat.get("bureaus", [])}
    units = {}
    for u in cat.get("units", []):
        units.setdefault(u["bureau"], set()).add(u["name"])
    for b in units:
        if b not in bureaus:
            err("catalog", f"unit bureau {b} missing from bureaus[]")
    return {b: units.get(b, set()) for b in bureaus}


def check_startups(startups):
    keys = {}
    seen_biz, seen_phone, seen_login, seen_email, seen_name = set(), set(), set(), set(), set()
    if not isinstance(startups, list) or not startups:
        err("startups", "must be a non-empty list")
        return keys
    for i, s in enumerate(startups):
        where = f"startups[{i}]"
        expected_fields = {"key", "name", "business_number", "representative", "contact_name",
                           "email", "phone", "login"}
        if set(s) != expected_fields:
            err(where, f"fields {sorted(set(s) ^ expected_fields)} missing or unexpected")
        key = s.get("key", "")
        m = KEY_RE.match(key)
        if not m:
            err(where, f"key {key!r} must look like s01")
            continue
        where = f"startup {key}"
        if key in keys:
            err(where, "duplicate key")
        keys[key] = s
        num = m.group(1)
        if int(num) != i + 1:
            err(where, f"keys must run s01, s02, ... in order (position {i + 1})")
        name = s.get("name", "")
        korean_text(f"{where}.name", name, max_len=40)
        if not name.startswith("주식회사 "):
            err(f"{where}.name", "should start with '주식회사 '")
        if name in seen_name:
            err(f"{where}.name", "duplicate company name")
        seen_name.add(name)
        bn = s.get("business_number", "")
        if not isinstance(bn, str) or not BIZ_RE.match(bn):
            err(f"{where}.business_number", f"{bn!r} is not NNN-NN-NNNNN")
        else:
            if not biz_check_digit_ok(bn):
                err(f"{where}.business_number", f"{bn} fails the check digit")
            if bn in seen_biz:
                err(f"{where}.business_number", "duplicate")
            seen_biz.add(bn)
        for field in ("representative", "contact_name"):
            if not NAME_RE.match(s.get(field, "") or ""):
                err(f"{where}.{field}", f"{s.get(field)!r} is not a Korean person name")
        if s.get("representative") == s.get("contact_name"):
            err(where, "representative and contact_name should be different people")
        email = s.get("email", "")
        if not re.match(rf"^[a-z0-9][a-z0-9._-]*@{key}\.example\.com$", email or ""):
            err(f"{where}.email", f"{email!r} must be someone@{key}.example.com")
        if email in seen_email:
            err(f"{where}.email", "duplicate")
        seen_email.add(email)
        phone = s.get("phone", "")
        if not PHONE_RE.match(phone or ""):
            err(f"{where}.phone", f"{phone!r} must be 02-555-01NN")
        if phone in seen_phone:
            err(f"{where}.phone", "duplicate")
        seen_phone.add(phone)
        login = s.get("login", "")
        if login != f"startup{num}":
            err(f"{where}.login", f"{login!r} must be startup{num}")
        if login in seen_login:
            err(f"{where}.login", "duplicate")
        seen_login.add(login)
    return keys


def check_pilot(where, pilot, ch, closes, prop_months):
    """Returns (finished, procurement) or None when the pilot is malformed."""
    if not isinstance(pilot, dict):
        err(where, "pilot must be an object")
        return None
    expected = {"starts", "measurements", "gates", "finished", "procurement", "procurement_note"}
    if set(pilot) != expected:
        err(where, f"fields {sorted(set(pilot) ^ expected)} missing or unexpected")
    starts = parse_date(f"{where}.starts", pilot.get("starts"))
    if starts and closes:
        if not closes < starts <= closes + DECISION_WINDOW:
            err(f"{where}.starts", f"{starts} must be after closing {closes} and within 8 weeks of it")
    if starts and starts > TODAY:
        err(f"{where}.starts", f"{starts} is after {TODAY}")
    planned_end = add_months(starts, prop_months) if starts and is_int(prop_months) else None
    kpis = ch.get("kpis", [])

    meas = pilot.get("measurements")
    meas_dates = []
    if not isinstance(meas, list) or not meas:
        err(f"{where}.measurements", "must be a non-empty list")
        meas = []
    prev = None
    for j, m in enumerate(meas):
        mw = f"{where}.measurements[{j}]"
        if set(m) != {"kpi", "at", "value", "note"}:
            err(mw, "fields must be kpi, at, value, note")
        k = m.get("kpi")
        if not is_int(k) or not 0 <= k < len(kpis):
            err(mw, f"kpi index {k!r} out of range 0..{len(kpis) - 1}")
        at = parse_date(f"{mw}.at", m.get("at"))
        if at:
            meas_dates.append(at)
            if starts and at < starts:
                err(mw, f"{at} is before the pilot start {starts}")
            if at > TODAY:
                err(mw, f"{at} is after {TODAY}")
            if planned_end and at > planned_end:
                err(mw, f"{at} is after the planned end {planned_end}")
            if prev and at < prev:
                err(mw, "measurements must be in date order")
            prev = at
        if not is_num(m.get("value")) or m.get("value") < 0:
            err(mw, f"value {m.get('value')!r} must be a non-negative number")
        elif is_int(k) and 0 <= k < len(kpis) and kpis[k].get("unit") == "%" and m["value"] > 100:
            err(mw, f"percentage {m['value']} above 100")
        korean_text(f"{mw}.note", m.get("note"), max_len=40)

    gates = pilot.get("gates")
    if not isinstance(gates, list) or not gates:
        err(f"{where}.gates", "must be a non-empty list")
        gates = []
    prev = None
    names = []
    for j, g in enumerate(gates):
        gw = f"{where}.gates[{j}]"
        if set(g) != {"at", "name", "result", "note"}:
            err(gw, "fields must be at, name, result, note")
        at = parse_date(f"{gw}.at", g.get("at"))
        if at:
            if starts and at < starts:
                err(gw, f"{at} is before the pilot start {starts}")
            if at > TODAY:
                err(gw, f"{at} is after {TODAY}")
            if prev and at <= prev:
                err(gw, "gates must be in strictly increasing date order")
            prev = at
        name = g.get("name")
        names.append(name)
        if name not in GATE_NAMES:
            err(gw, f"name {name!r} must be one of {GATE_NAMES}")
        if g.get("result") not in GATE_RESULTS:
            err(gw, f"result {g.get('result')!r} must be one of {GATE_RESULTS}")
        if g.get("result") == "stop" and j != len(gates) - 1:
            err(gw, "no gate may follow a stop")
        korean_text(f"{gw}.note", g.get("note"), min_sent=1, max_sent=3)
    if names != GATE_NAMES[:len(names)]:
        err(f"{where}.gates", f"gates must follow the order {GATE_NAMES}, got {names}")

    finished = pilot.get("finished")
    proc = pilot.get("procurement")
    note = pilot.get("procurement_note")
    if not isinstance(finished, bool):
        err(f"{where}.finished", "must be true or false")
        return None
    if proc not in PROCUREMENT:
        err(f"{where}.procurement", f"{proc!r} must be null, recommend or not_recommend")
    if finished:
        if len(gates) != 3:
            err(f"{where}.gates", f"a finished pilot has 3 gates, found {len(gates)}")
        elif gates[-1].get("result") != "pass":
            err(f"{where}.gates", "the last gate of a finished pilot must pass")
        if proc is None:
            err(f"{where}.procurement", "a finished pilot needs recommend or not_recommend")
        korean_text(f"{where}.procurement_note", note, min_sent=1, max_sent=3)
        if planned_end:
            if planned_end > TODAY:
                err(where, f"finished, but the planned end {planned_end} is after {TODAY}")
            last_gate = parse_date(f"{where}.gates[-1].at", gates[-1].get("at")) if gates else None
            if last_gate and not planned_end - timedelta(days=30) <= last_gate <= planned_end + timedelta(days=45):
                err(where, f"final gate {last_gate} should be near the planned end {planned_end}")
            # Measurements spread over the pilot: one in the first third, one in the last third.
            if meas_dates and starts:
                span = (planned_end - starts).days
                if (min(meas_dates) - starts).days > span / 3:
                    err(f"{where}.measurements", "no measurement in the first third of the pilot")
                if (planned_end - max(meas_dates)).days > span / 3:
                    err(f"{where}.measurements", "no measurement in the last third of the pilot")
            used = {m.get("kpi") for m in meas}
            if used != set(range(len(kpis))):
                err(f"{where}.measurements", "a finished pilot measures every KPI")
    else:
        if not 1 <= len(gates) <= 2:
            err(f"{where}.gates", f"an ongoing pilot has 1-2 gates, found {len(gates)}")
        if proc is not None:
            err(f"{where}.procurement", "must be null while the pilot is ongoing")
        if note != "":
            err(f"{where}.procurement_note", "must be empty while the pilot is ongoing")
        if planned_end and planned_end <= TODAY:
            err(where, f"ongoing, but the planned end {planned_end} is not after {TODAY}")
        if any(g.get("result") == "stop" for g in gates):
            err(where, "a stopped pilot cannot be ongoing")
    return finished, proc


TOPICS = {"administration", "culture", "economy", "education", "environment", "health", "housing_urban", "safety",
          "tourism_sports", "transport", "welfare", "women_family"}
TECHNIQUES = {"classical_ml", "nlp", "generative", "vision", "agentic", "optimisation", "speech"}
SEOUL_FIELDS = {"약자와의 동행", "매력서비스", "시민 안전망", "업무방식 혁신"}


def check_proposal(where, p, ch, startups, opens, closes):
    expected = {"startup", "title", "summary", "approach", "trl", "price_krw", "months",
                "submitted", "reviews", "outcome", "pilot"}
    if set(p) != expected:
        err(where, f"fields {sorted(set(p) ^ expected)} missing or unexpected")
    if p.get("startup") not in startups:
        err(f"{where}.startup", f"{p.get('startup')!r} is not a start-up key")
    korean_text(f"{where}.title", p.get("title"), max_len=80)
    korean_text(f"{where}.summary", p.get("summary"), min_sent=2, max_sent=4)
    korean_text(f"{where}.approach", p.get("approach"), min_sent=2, max_sent=4)
    trl = p.get("trl")
    if not is_int(trl) or not 6 <= trl <= 9:
        err(f"{where}.trl", f"{trl!r} must be an integer 6..9")
    elif is_int(ch.get("min_trl")) and trl < ch["min_trl"]:
        err(f"{where}.trl", f"{trl} is below the challenge minimum {ch['min_trl']}")
    price = p.get("price_krw")
    band = BANDS.get(ch.get("budget_band"))
    if not is_int(price):
        err(f"{where}.price_krw", f"{price!r} must be an integer")
    elif band and not band[0] <= price <= band[1]:
        err(f"{where}.price_krw", f"{price:,} outside band {ch['budget_band']} ({band[0]:,}-{band[1]:,})")
    months = p.get("months")
    if not is_int(months) or not 1 <= months <= (ch.get("pilot_months") or 0):
        err(f"{where}.months", f"{months!r} must be 1..pilot_months ({ch.get('pilot_months')})")
    sub = parse_date(f"{where}.submitted", p.get("submitted"))
    if sub:
        if opens and closes and not opens <= sub <= closes:
            err(f"{where}.submitted", f"{sub} outside {opens}..{closes}")
        if sub > TODAY:
            err(f"{where}.submitted", f"{sub} is after {TODAY}")

    criteria = ch.get("criteria", [])
    reviews = p.get("reviews")
    if not isinstance(reviews, list):
        err(f"{where}.reviews", "must be a list")
        reviews = []
    seen = set()
    totals = []
    for j, r in enumerate(reviews):
        rw = f"{where}.reviews[{j}]"
        if set(r) != {"evaluator", "scores", "comment"}:
            err(rw, "fields must be evaluator, scores, comment")
        ev = r.get("evaluator")
        if ev not in EVALUATORS:
            err(rw, f"evaluator {ev!r} must be one of {EVALUATORS}")
        if ev in seen:
            err(rw, f"{ev} reviews the same proposal twice")
        seen.add(ev)
        scores = r.get("scores")
        if not isinstance(scores, list) or len(scores) != len(criteria):
            err(rw, f"needs {len(criteria)} scores, one per criterion")
        elif not all(is_int(s) and 0 <= s <= 10 for s in scores):
            err(rw, f"scores {scores} must be integers 0..10")
        else:
            totals.append(weighted_total(scores, criteria))
        korean_text(f"{rw}.comment", r.get("comment"), min_sent=1, max_sent=2)
    if p.get("outcome") not in OUTCOMES:
        err(f"{where}.outcome", f"{p.get('outcome')!r} must be one of {OUTCOMES}")
    return sum(totals) / len(totals) if totals else None


def check_challenge(i, ch, catalog, startups, stats):
    code = ch.get("code", f"#{i}")
    where = f"challenge {code}"
    expected = {"code", "bureau", "department", "title", "problem", "source", "data", "kpis",
                "budget_band", "min_trl", "eligibility", "criteria", "opens", "closes",
                "pilot_months", "status", "proposals", "topic_area", "technique", "seoul_field"}
    if set(ch) != expected:
        err(where, f"fields {sorted(set(ch) ^ expected)} missing or unexpected")
    if not CODE_RE.match(code or ""):
        err(where, "code must look like CH-2026-01")
    if ch.get("topic_area") not in TOPICS or ch.get("technique") not in TECHNIQUES or ch.get("seoul_field") not in SEOUL_FIELDS:
        err(where, "topic_area, technique or seoul_field is not one of the portfolio's values")
    elif code != f"CH-2026-{i + 1:02d}":
        err(where, f"codes must run in order; expected CH-2026-{i + 1:02d}")

    bureau, dept = ch.get("bureau"), ch.get("department")
    if catalog:
        if bureau not in catalog:
            err(f"{where}.bureau", f"{bureau!r} is not a bureau in the catalog")
        elif dept not in catalog[bureau]:
            err(f"{where}.department", f"{dept!r} is not a unit of {bureau}")
    korean_text(f"{where}.title", ch.get("title"), max_len=80)
    korean_text(f"{where}.problem", ch.get("problem"), min_sent=3, max_sent=5)

    src = ch.get("source")
    if not isinstance(src, dict) or set(src) != {"kind", "note"}:
        err(f"{where}.source", "must be {kind, note}")
    else:
        if src["kind"] not in SOURCE_KINDS:
            err(f"{where}.source.kind", f"{src['kind']!r} must be one of {SOURCE_KINDS}")
        elif src["kind"] == "none":
            if src["note"] != "":
                err(f"{where}.source.note", "must be empty when kind is none")
        else:
            korean_text(f"{where}.source.note", src["note"], max_len=80)
            prefix = "민원 레이더:" if src["kind"] == "radar" else "대시보드 처리 지연:"
            if not src["note"].startswith(prefix):
                err(f"{where}.source.note", f"a {src['kind']} note starts with '{prefix}'")

    data = ch.get("data")
    if not isinstance(data, list) or not data:
        err(f"{where}.data", "must be a non-empty list")
        data = []
    for j, d in enumerate(data):
        dw = f"{where}.data[{j}]"
        if set(d) != {"name", "personal_data", "protection"}:
            err(dw, "fields must be name, personal_data, protection")
        korean_text(f"{dw}.name", d.get("name"), max_len=80)
        pd = d.get("personal_data")
        if not isinstance(pd, bool):
            err(dw, "personal_data must be true or false")
        elif pd:
            korean_text(f"{dw}.protection", d.get("protection"), min_sent=1, max_sent=3)
        elif d.get("protection") != "":
            err(f"{dw}.protection", "must be empty when personal_data is false")

    kpis = ch.get("kpis")
    if not isinstance(kpis, list) or not kpis:
        err(f"{where}.kpis", "must be a non-empty list")
        kpis = []
    for j, k in enumerate(kpis):
        kw = f"{where}.kpis[{j}]"
        if set(k) != {"metric", "unit", "baseline", "target", "better", "how_measured"}:
            err(kw, "fields must be metric, unit, baseline, target, better, how_measured")
        korean_text(f"{kw}.metric", k.get("metric"), max_len=60)
        korean_text(f"{kw}.how_measured", k.get("how_measured"))
        if k.get("unit") not in UNITS:
            err(kw, f"unit {k.get('unit')!r} must be one of {UNITS}")
        if k.get("better") not in BETTER:
            err(kw, f"better {k.get('better')!r} must be higher or lower")
        base, tgt = k.get("baseline"), k.get("target")
        if base is not None and not is_num(base):
            err(kw, "baseline must be a number or null")
        if not is_num(tgt):
            err(kw, "target must be a number")
        elif is_num(base) and k.get("better") in BETTER:
            if (k["better"] == "higher" and tgt <= base) or (k["better"] == "lower" and tgt >= base):
                err(kw, f"target {tgt} does not improve on baseline {base} ({k['better']} is better)")
        if k.get("unit") == "%" and ((is_num(tgt) and tgt > 100) or (is_num(base) and base > 100)):
            err(kw, "percentages must not exceed 100")

    if ch.get("budget_band") not in BANDS:
        err(f"{where}.budget_band", f"{ch.get('budget_band')!r} must be S, M or L")
    if ch.get("min_trl") not in TRLS:
        err(f"{where}.min_trl", f"{ch.get('min_trl')!r} must be 6, 7 or 8")
    korean_text(f"{where}.eligibility", ch.get("eligibility"))

    criteria = ch.get("criteria")
    if not isinstance(criteria, list) or not 3 <= len(criteria) <= 5:
        err(f"{where}.criteria", "needs 3-5 criteria")
        criteria = criteria if isinstance(criteria, list) else []
    names = set()
    for j, c in enumerate(criteria):
        cw = f"{where}.criteria[{j}]"
        if set(c) != {"name", "weight"}:
            err(cw, "fields must be name, weight")
        korean_text(f"{cw}.name", c.get("name"), max_len=30)
        if c.get("name") in names:
            err(cw, "duplicate criterion name")
        names.add(c.get("name"))
        if not is_int(c.get("weight")) or c.get("weight") <= 0:
            err(cw, f"weight {c.get('weight')!r} must be a positive integer")
    if all(is_int(c.get("weight")) for c in criteria) and sum(c["weight"] for c in criteria) != 100:
        err(f"{where}.criteria", f"weights sum to {sum(c['weight'] for c in criteria)}, not 100")

    opens = parse_date(f"{where}.opens", ch.get("opens"))
    closes = parse_date(f"{where}.closes", ch.get("closes"))
    if opens and closes and opens >= closes:
        err(where, f"opens {opens} must be before closes {closes}")
    pm = ch.get("pilot_months")
    if not is_int(pm) or not 3 <= pm <= 12:
        err(f"{where}.pilot_months", f"{pm!r} must be 3..12")

    status = ch.get("status")
    if status not in STATUSES:
        err(f"{where}.status", f"{status!r} must be one of {STATUSES}")
    stats["status"][status] = stats["status"].get(status, 0) + 1
    stats["bureaus"].add(bureau)

    if opens and closes:
        if status in ("draft", "submitted") and opens <= TODAY:
            err(where, f"a {status} challenge must open after {TODAY}")
        if status == "published" and not (opens <= TODAY and closes > date(2026, 12, 20)):
            err(where, "a published challenge has opened and closes after 2026-12-20")
        if status == "evaluating" and not date(2026, 10, 1) <= closes <= date(2026, 11, 30):
            err(where, "an evaluating challenge closed between 2026-10-01 and 2026-11-30")
        if status == "decided" and not date(2026, 1, 1) <= closes <= date(2026, 9, 30):
            err(where, "a decided challenge closed between 2026-01-01 and 2026-09-30")

    proposals = ch.get("proposals")
    if not isinstance(proposals, list):
        err(f"{where}.proposals", "must be a list")
        return
    if status in ("draft", "submitted") and proposals:
        err(where, f"a {status} challenge has no proposals")
    if status == "published" and not 1 <= len(proposals) <= 3:
        err(where, f"a published challenge has 1-3 proposals, found {len(proposals)}")
    if status in ("evaluating", "decided") and not proposals:
        err(where, f"an {status} challenge needs proposals")

    by_startup = set()
    accepted, rejected = [], []
    reviewed = 0
    for j, p in enumerate(proposals):
        pw = f"{where}.proposals[{j}] ({p.get('startup')})"
        if p.get("startup") in by_startup:
            err(pw, "a start-up submits at most one proposal per challenge")
        by_startup.add(p.get("startup"))
        stats["startups_used"].add(p.get("startup"))
        stats["proposals"] += 1
        avg = check_proposal(pw, p, ch, startups, opens, closes)
        n_rev = len(p.get("reviews") or [])
        outcome = p.get("outcome")
        pilot = p.get("pilot")
        if n_rev:
            reviewed += 1
        if status == "published":
            if n_rev:
                err(pw, "a published challenge's proposals have no reviews yet")
            if outcome != "pending":
                err(pw, "outcome must be pending while published")
        elif status == "evaluating":
            if outcome != "pending":
                err(pw, "outcome must be pending while evaluating")
            if n_rev > 3:
                err(pw, "at most 3 reviews")
        elif status == "decided":
            if not 2 <= n_rev <= 3:
                err(pw, f"a decided proposal has 2-3 reviews, found {n_rev}")
            if outcome not in ("accepted", "rejected"):
                err(pw, "a decided proposal is accepted or rejected")
        if outcome == "accepted":
            if avg is not None:
                accepted.append(avg)
            if pilot is None:
                err(pw, "an accepted proposal has a pilot")
            else:
                res = check_pilot(f"{pw}.pilot", pilot, ch, closes, p.get("months"))
                stats["pilots"] += 1
                if res:
                    stats["pilot_states"].append(res)
        else:
            if outcome == "rejected" and avg is not None:
                rejected.append(avg)
            if pilot is not None:
                err(pw, "only accepted proposals have a pilot")
    if status == "evaluating" and reviewed == 0:
        err(where, "an evaluating challenge should have reviews for some proposals")
    if status == "decided":
        if not accepted:
            err(where, "a decided challenge accepts at least one proposal")
        if accepted and rejected and min(accepted) <= max(rejected):
            err(where, f"a rejected proposal scores {max(rejected):.1f}, not below the lowest "
                       f"accepted {min(accepted):.1f}")


def main():
    text, doc = load_json(DATA)
    catalog = load_catalog()
    if doc is None:
        return report(None)
    if text != json.dumps(doc, ensure_ascii=False, indent=2) + "\n":
        err(DATA.name, "not in canonical form (UTF-8, 2-space indent, trailing newline); "
                       "re-dump with json.dumps(doc, ensure_ascii=False, indent=2)")
    if set(doc) != {"comment", "startups", "challenges"}:
        err(DATA.name, "top level must hold comment, startups, challenges")
    if doc.get("comment") != COMMENT:
        err("comment", "does not match the agreed comment text")
    startups = check_startups(doc.get("startups"))
    challenges = doc.get("challenges")
    stats = {"status": {}, "bureaus": set(), "startups_used": set(), "proposals": 0,
             "pilots": 0, "pilot_states": []}
    if not isinstance(challenges, list):
        err("challenges", "must be a list")
        challenges = []
    if len(challenges) != 12:
        err("challenges", f"expected 12 challenges, found {len(challenges)}")
    codes = set()
    for i, ch in enumerate(challenges):
        if ch.get("code") in codes:
            err(f"challenge {ch.get('code')}", "duplicate code")
        codes.add(ch.get("code"))
        check_challenge(i, ch, catalog, startups, stats)

    for status, n in STATUS_MIX.items():
        if stats["status"].get(status, 0) != n:
            err("challenges", f"expected {n} {status}, found {stats['status'].get(status, 0)}")
    if len(stats["bureaus"]) < 9:
        err("challenges", f"only {len(stats['bureaus'])} bureaus, need at least 9")
    if stats["proposals"] < 32:
        err("proposals", f"{stats['proposals']} proposals, need at least 32")
    if len(stats["startups_used"]) < 14:
        err("proposals", f"{len(stats['startups_used'])} start-ups submit, need at least 14")
    unused = set(startups) - stats["startups_used"]
    if unused:
        err("startups", f"never submit a proposal: {', '.join(sorted(unused))}")
    states = stats["pilot_states"]
    if stats["pilots"] < 4:
        err("pilots", f"{stats['pilots']} pilots, need at least 4")
    finished = [p for f, p in states if f]
    if len(finished) < 2:
        err("pilots", f"{len(finished)} finished pilots, need at least 2")
    if "recommend" not in finished or "not_recommend" not in finished:
        err("pilots", "finished pilots need one recommend and one not_recommend")
    if sum(1 for f, _ in states if not f) < 2:
        err("pilots", "need at least 2 ongoing pilots")
    return report(stats, len(challenges), len(startups))


def report(stats, n_challenges=0, n_startups=0):
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"ok: {n_challenges} challenges, {stats['proposals']} proposals, "
          f"{n_startups} start-ups, {stats['pilots']} pilots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
