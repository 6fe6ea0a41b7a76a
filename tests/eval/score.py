#!/usr/bin/env python3
# Vendored from the project workplace (shared/eval/score.py) so that the eval test runs from a clean
# checkout; keep it identical to the shared copy (tests/eval/test_eval_scores.py checks when both exist).
"""Score diplograph's extraction of one or more articles against hand-made gold facts.

For each (article, gold) pair it builds a fresh store with the project's own CLI,
asks the four competency questions, and compares the answers with the gold file:

    diplograph ingest ARTICLE --store TMP --lang L [--published D]
    diplograph ask states|officials|meetings|positions --store TMP --format json

Usage:
    python score.py ARTICLE.txt GOLD.json [ARTICLE GOLD ...]
    python score.py --dir DIR          # DIR/texts/<id>.txt paired with DIR/gold/<id>.json
    options: --cli "diplograph"  --json  --verbose

The last line printed is 'overall F1 X' (mean of the five category F1 scores).
Only the standard library is used, so it runs in any environment.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

QUESTIONS = ("states", "officials", "meetings", "positions")
CATEGORIES = ("states", "persons", "roles", "meetings", "quotes")
STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "aux", "au", "a", "et", "of", "the",
        "for", "and", "to", "en", "in", "on"}


def fold(text: str | None) -> str:
    """Lower-case, strip accents, unify apostrophes and quotes, collapse spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00ab", '"').replace("\u00bb", '"')
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text.lower()).strip()


def surname(name: str) -> str:
    tokens = [t for t in re.split(r"[\s]+", fold(name).replace(".", " ")) if t]
    tokens = [t for t in tokens if t not in {"m", "mme", "mr", "mrs", "ms", "dr"}]
    return tokens[-1] if tokens else ""


def person_matches(pred: str | None, gold: dict) -> bool:
    if not pred:
        return False
    p = fold(pred)
    names = [gold["name"], *gold.get("aliases", [])]
    if any(p == fold(n) for n in names):
        return True
    return bool(surname(pred)) and surname(pred) == surname(gold["name"])


def find_person(pred: str | None, gold_persons: list[dict]) -> dict | None:
    return next((g for g in gold_persons if person_matches(pred, g)), None)


def title_matches(pred_role: str | None, gold_title: str) -> bool:
    words = [w for w in re.split(r"[\s']+", fold(gold_title)) if w and w not in STOP]
    if not words or not pred_role:
        return False
    head = words[0]
    key = head[: min(6, len(head))]
    return any(tok.startswith(key) for tok in re.split(r"[\s']+", fold(pred_role)))


def dates_compatible(pred: str | None, gold: str | None) -> bool:
    if not gold:
        return True  # gold does not know the date: any answer is acceptable
    if not pred:
        return False
    pred, gold = str(pred), str(gold)
    if pred[:10] == gold[:10]:
        return True
    gm = gold[-5:] if gold.startswith("--") else None
    pm = pred[-5:] if pred.startswith("--") else None
    if gm:
        return pred[5:10] == gm or pm == gm
    if pm:
        return gold[5:10] == pm
    return False


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp_g / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_article(answers: dict, gold: dict) -> dict:
    """Return {category: (tp_pred, n_pred, tp_gold, n_gold)} plus details."""
    out: dict = {}
    gp = gold.get("persons", [])

    pred_states = {str(r.get("state", "")).upper() for r in answers["states"] if r.get("state")}
    gold_states = set(gold.get("states", []))
    hit = pred_states & gold_states
    out["states"] = (len(hit), len(pred_states), len(hit), len(gold_states))

    officials = answers["officials"]
    pred_people: dict[str, str] = {}
    for row in officials:
        name = row.get("person")
        if name:
            pred_people.setdefault(surname(name) or fold(name), name)
    matched_gold = {id(g) for n in pred_people.values() if (g := find_person(n, gp))}
    tp_pred = sum(1 for n in pred_people.values() if find_person(n, gp))
    out["persons"] = (tp_pred, len(pred_people), len(matched_gold), len(gp))

    gold_roles = [(g, role) for g in gp for role in g.get("roles", [])]
    rows = {(surname(r.get("person")), fold(r.get("role")), r.get("state")): r
            for r in officials if r.get("person") and r.get("role")}

    def role_ok(row: dict, g: dict, role: dict) -> bool:
        return (person_matches(row.get("person"), g)
                and (not role.get("of_state") or row.get("state") == role["of_state"])
                and title_matches(row.get("role"), role["title"]))

    tp_pred = sum(1 for r in rows.values() if any(role_ok(r, g, ro) for g, ro in gold_roles))
    tp_gold = sum(1 for g, ro in gold_roles if any(role_ok(r, g, ro) for r in rows.values()))
    out["roles"] = (tp_pred, len(rows), tp_gold, len(gold_roles))

    def meeting_ok(pm: dict, gm: dict) -> bool:
        if not dates_compatible(pm.get("date"), gm.get("date")):
            return False
        if gm.get("city") and fold(pm.get("city")) != fold(gm["city"]):
            return False
        ps, gs = set(pm.get("states") or []), set(gm.get("states") or [])
        return not (ps and gs) or bool(ps & gs)

    pms, gms = answers["meetings"], gold.get("meetings", [])
    tp_pred = sum(1 for pm in pms if any(meeting_ok(pm, gm) for gm in gms))
    tp_gold = sum(1 for gm in gms if any(meeting_ok(pm, gm) for pm in pms))
    out["meetings"] = (tp_pred, len(pms), tp_gold, len(gms))

    def quote_ok(pq: dict, gq: dict) -> bool:
        if fold(gq["key"]) not in fold(pq.get("text")):
            return False
        if not gq.get("speaker"):
            return True
        g = find_person(gq["speaker"], gp) or {"name": gq["speaker"]}
        return person_matches(pq.get("speaker"), g)

    pqs, gqs = answers["positions"], gold.get("quotes", [])
    tp_pred = sum(1 for pq in pqs if any(quote_ok(pq, gq) for gq in gqs))
    tp_gold = sum(1 for gq in gqs if any(quote_ok(pq, gq) for pq in pqs))
    out["quotes"] = (tp_pred, len(pqs), tp_gold, len(gqs))
    return out


def run_cli(cli: list[str], args: list[str]) -> str:
    proc = subprocess.run(cli + args, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cli + args)} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return proc.stdout


def answer(cli: list[str], article: Path, gold: dict) -> tuple[dict, float]:
    with tempfile.TemporaryDirectory(prefix="diplograph-score-") as tmp:
        store = str(Path(tmp) / "store")
        ingest = ["ingest", str(article), "--store", store, "--lang", gold.get("lang", "fr")]
        if gold.get("published"):
            ingest += ["--published", gold["published"]]
        start = time.perf_counter()
        run_cli(cli, ingest)
        elapsed = time.perf_counter() - start
        answers = {}
        for q in QUESTIONS:
            text = run_cli(cli, ["ask", q, "--store", store, "--format", "json"])
            rows = json.loads(text) if text.strip() else []
            if not isinstance(rows, list):
                raise RuntimeError(f"'ask {q}' must print a JSON list of objects")
            answers[q] = rows
        return answers, elapsed


def pairs_from_dir(folder: Path) -> list[tuple[Path, Path]]:
    return [(t, folder / "gold" / f"{t.stem}.json") for t in sorted((folder / "texts").glob("*.txt"))
            if (folder / "gold" / f"{t.stem}.json").exists()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="ARTICLE GOLD pairs")
    ap.add_argument("--dir", type=Path, help="folder with texts/ and gold/")
    ap.add_argument("--cli", default=os.environ.get("DIPLOGRAPH_CLI", "diplograph"))
    ap.add_argument("--json", action="store_true", help="print per-article results as JSON lines")
    ap.add_argument("--verbose", action="store_true", help="print the CLI's answers")
    a = ap.parse_args()
    pairs = pairs_from_dir(a.dir) if a.dir else list(zip(map(Path, a.files[::2]), map(Path, a.files[1::2])))
    if not pairs:
        ap.error("nothing to score")
    cli = shlex.split(a.cli)
    totals = {c: [0, 0, 0, 0] for c in CATEGORIES}
    for article, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            answers, elapsed = answer(cli, article, gold)
        except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError, OSError) as exc:
            print(f"{article.name}: FAILED {exc}")
            answers, elapsed = {q: [] for q in QUESTIONS}, 0.0
        if a.verbose:
            print(json.dumps(answers, ensure_ascii=False, indent=1))
        result = score_article(answers, gold)
        for c in CATEGORIES:
            totals[c] = [x + y for x, y in zip(totals[c], result[c])]
        f1s = {c: round(prf(*result[c])[2], 2) for c in CATEGORIES}
        if a.json:
            print(json.dumps({"article": article.name, "seconds": round(elapsed, 2), "f1": f1s, "counts": result}))
        else:
            print(f"{article.name}: " + "  ".join(f"{c} {f1s[c]:.2f}" for c in CATEGORIES) + f"  ({elapsed:.1f}s)")
    print("category   precision recall  F1    (tp/pred, tp/gold)")
    f1s = []
    for c in CATEGORIES:
        tp_p, n_p, tp_g, n_g = totals[c]
        p, r, f = prf(tp_p, n_p, tp_g, n_g)
        f1s.append(f)
        print(f"{c:10} {p:9.2f} {r:6.2f} {f:5.2f}   ({tp_p}/{n_p}, {tp_g}/{n_g})")
    print(f"overall F1 {sum(f1s) / len(f1s):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
