"""Extraction quality against hand-made gold files: ``diplograph evaluate``.

The matching rules are those of the workplace's scoring contract (``shared/eval/README.md``):
each article goes into a fresh store with the article's language and publication date from its
gold file, the four competency questions are asked, and their rows are compared with the gold:

- persons: same surname (accent- and case-insensitive) or an exact alias;
- roles: same person, same acting-for state (when the gold has one), and the first content word
  of the gold title (its first six letters) begins a word of the answer's role;
- meetings: compatible date (a year-less gold date matches any year), same city when the gold
  has one, and a state in common when both list states;
- quotes: the gold key is inside the answer's text, and the speaker matches when the gold names one.

Counts are summed over articles (micro average) and the overall figure is the mean of the five
category F1 scores, as in the contract. Besides the figures, each false positive and false
negative is kept as a short line, so an annotator can see why an article scores what it does.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.graph.errors import EvaluationError

__all__ = ["CATEGORIES", "Counts", "ArticleScore", "Report", "gold_pairs", "read_gold", "score_answers",
           "answer_article", "evaluate"]

CATEGORIES = ("states", "persons", "roles", "meetings", "quotes")
QUESTIONS = ("states", "officials", "meetings", "positions")
#: Words skipped when looking for the first content word of a gold title.
STOP = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "aux", "au", "a", "et", "of", "the",
                  "for", "and", "to", "en", "in", "on"})
HONORIFICS = frozenset({"m", "mme", "mr", "mrs", "ms", "dr"})


# --- matching rules ------------------------------------------------------------------------

def fold(text) -> str:
    """Lower-case, no accents, one kind of apostrophe, quote and dash, single spaces.

    >>> fold("  L’Élysée  «ouvert» ")
    'l\\'elysee "ouvert"'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").replace("\u00ab", '"').replace("\u00bb", '"')
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text.lower()).strip()


def surname(name) -> str:
    """The last word of a name, honorifics aside.

    >>> surname("M. Jean-Paul Ndiaye")
    'ndiaye'
    """
    tokens = [t for t in fold(name).replace(".", " ").split() if t not in HONORIFICS]
    return tokens[-1] if tokens else ""


def person_matches(pred, gold: dict) -> bool:
    if not pred:
        return False
    if any(fold(pred) == fold(n) for n in (gold["name"], *gold.get("aliases", []))):
        return True
    return bool(surname(pred)) and surname(pred) == surname(gold["name"])


def find_person(pred, gold_persons: list[dict]) -> dict | None:
    return next((g for g in gold_persons if person_matches(pred, g)), None)


def title_matches(pred_role, gold_title: str) -> bool:
    """The gold title's first content word (six letters at most) begins a word of the answer.

    >>> title_matches("ministre des Affaires étrangères", "ministre des affaires étrangères")
    True
    >>> title_matches("ambassadeur", "porte-parole")
    False
    """
    words = [w for w in re.split(r"[\s']+", fold(gold_title)) if w and w not in STOP]
    if not words or not pred_role:
        return False
    key = words[0][:6]
    return any(tok.startswith(key) for tok in re.split(r"[\s']+", fold(pred_role)))


def dates_compatible(pred, gold) -> bool:
    """A gold date without a year (``--MM-DD``) matches that day of any year; no gold date matches all.

    >>> dates_compatible("2024-05-02", "--05-02"), dates_compatible(None, None), dates_compatible("2024-05-03", "2024-05-02")
    (True, True, False)
    """
    if not gold:
        return True
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


def _role_ok(row: dict, person: dict, role: dict) -> bool:
    return (person_matches(row.get("person"), person)
            and (not role.get("of_state") or row.get("state") == role["of_state"])
            and title_matches(row.get("role"), role["title"]))


def _meeting_ok(pred: dict, gold: dict) -> bool:
    if not dates_compatible(pred.get("date"), gold.get("date")):
        return False
    if gold.get("city") and fold(pred.get("city")) != fold(gold["city"]):
        return False
    ps, gs = set(pred.get("states") or []), set(gold.get("states") or [])
    return not (ps and gs) or bool(ps & gs)


def _quote_ok(pred: dict, gold: dict, gold_persons: list[dict]) -> bool:
    if fold(gold["key"]) not in fold(pred.get("text")):
        return False
    if not gold.get("speaker"):
        return True
    person = find_person(gold["speaker"], gold_persons) or {"name": gold["speaker"]}
    return person_matches(pred.get("speaker"), person)


# --- scores ----------------------------------------------------------------------------------

@dataclass
class Counts:
    """Matched answers, answers, matched gold items, gold items."""

    tp_pred: int = 0
    pred: int = 0
    tp_gold: int = 0
    gold: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    id: str
    counts: dict[str, Counts]
    #: category → lines describing answers that match no gold item
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    #: category → lines describing gold items that no answer matches
    false_negatives: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    @property
    def overall(self) -> float:
        return sum(c.f1 for c in self.counts.values()) / len(self.counts)


@dataclass
class Report:
    articles: list[ArticleScore]

    @property
    def counts(self) -> dict[str, Counts]:
        total = {c: Counts() for c in CATEGORIES}
        for a in self.articles:
            for c in CATEGORIES:
                total[c] += a.counts[c]
        return total

    @property
    def overall(self) -> float:
        return sum(c.f1 for c in self.counts.values()) / len(CATEGORIES)

    def as_dict(self, errors: bool = False) -> dict:
        def figures(counts: dict[str, Counts]) -> dict:
            return {c: {"precision": round(k.precision, 4), "recall": round(k.recall, 4), "f1": round(k.f1, 4),
                        "tp_pred": k.tp_pred, "pred": k.pred, "tp_gold": k.tp_gold, "gold": k.gold}
                    for c, k in counts.items()}

        out = {"overall_f1": round(self.overall, 4), "articles_scored": len(self.articles),
               "categories": figures(self.counts), "articles": []}
        for a in self.articles:
            row = {"id": a.id, "overall_f1": round(a.overall, 4),
                   "f1": {c: round(k.f1, 4) for c, k in a.counts.items()}, "seconds": round(a.seconds, 3)}
            if a.warnings:
                row["warnings"] = a.warnings
            if errors:
                row["false_positives"] = a.false_positives
                row["false_negatives"] = a.false_negatives
            out["articles"].append(row)
        return out


def _describe_role(row: dict) -> str:
    return f"{row.get('person')} | {row.get('role')} | {row.get('state') or '-'}"


def _describe_meeting(m: dict) -> str:
    persons = ", ".join(m.get("persons") or [])
    kind = f" [{m['kind']}]" if m.get("kind") else ""
    return (f"{m.get('date') or '-'} | {m.get('city') or '-'} | {' '.join(m.get('states') or []) or '-'}"
            f"{kind}{' | ' + persons if persons else ''}")


def _clip(text, n: int = 90) -> str:
    text = re.sub(r"\s+", " ", str(text or "")).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def score_answers(answers: dict[str, list[dict]], gold: dict, article_id: str = "") -> ArticleScore:
    """Compare the four questions' rows (as ``ask … --format json`` prints them) with one gold file."""
    gp = gold.get("persons", [])
    counts: dict[str, Counts] = {}
    fp: dict[str, list[str]] = {}
    fn: dict[str, list[str]] = {}

    pred_states = {str(r.get("state") or "").upper() for r in answers["states"] if r.get("state")}
    gold_states = set(gold.get("states", []))
    hit = pred_states & gold_states
    counts["states"] = Counts(len(hit), len(pred_states), len(hit), len(gold_states))
    fp["states"], fn["states"] = sorted(pred_states - gold_states), sorted(gold_states - pred_states)

    officials = answers["officials"]
    people: dict[str, str] = {}
    for row in officials:
        if row.get("person"):
            people.setdefault(surname(row["person"]) or fold(row["person"]), row["person"])
    found = {n: find_person(n, gp) for n in people.values()}
    matched = {id(g) for g in found.values() if g}
    counts["persons"] = Counts(sum(1 for g in found.values() if g), len(people), len(matched), len(gp))
    fp["persons"] = sorted(n for n, g in found.items() if not g)
    fn["persons"] = [g["name"] for g in gp if id(g) not in matched]

    gold_roles = [(g, role) for g in gp for role in g.get("roles", [])]
    rows = list({(surname(r.get("person")), fold(r.get("role")), r.get("state")): r
                 for r in officials if r.get("person") and r.get("role")}.values())
    ok_rows = [any(_role_ok(r, g, ro) for g, ro in gold_roles) for r in rows]
    ok_gold = [any(_role_ok(r, g, ro) for r in rows) for g, ro in gold_roles]
    counts["roles"] = Counts(sum(ok_rows), len(rows), sum(ok_gold), len(gold_roles))
    fp["roles"] = [_describe_role(r) for r, ok in zip(rows, ok_rows) if not ok]
    fn["roles"] = [f"{g['name']} | {ro['title']} | {ro.get('of_state') or '-'}"
                   for (g, ro), ok in zip(gold_roles, ok_gold) if not ok]

    pms, gms = answers["meetings"], gold.get("meetings", [])
    ok_pred = [any(_meeting_ok(p, g) for g in gms) for p in pms]
    ok_gold = [any(_meeting_ok(p, g) for p in pms) for g in gms]
    counts["meetings"] = Counts(sum(ok_pred), len(pms), sum(ok_gold), len(gms))
    fp["meetings"] = [_describe_meeting(p) for p, ok in zip(pms, ok_pred) if not ok]
    fn["meetings"] = [_describe_meeting(g) for g, ok in zip(gms, ok_gold) if not ok]

    pqs, gqs = answers["positions"], gold.get("quotes", [])
    ok_pred = [any(_quote_ok(p, g, gp) for g in gqs) for p in pqs]
    ok_gold = [any(_quote_ok(p, g, gp) for p in pqs) for g in gqs]
    counts["quotes"] = Counts(sum(ok_pred), len(pqs), sum(ok_gold), len(gqs))
    fp["quotes"] = [f"{p.get('speaker') or '-'} | {_clip(p.get('text'))}" for p, ok in zip(pqs, ok_pred) if not ok]
    fn["quotes"] = [f"{g.get('speaker') or '-'} | {g['key']}" for g, ok in zip(gqs, ok_gold) if not ok]

    return ArticleScore(article_id or str(gold.get("id", "")), counts,
                        {c: v for c, v in fp.items() if v}, {c: v for c, v in fn.items() if v})


# --- gold files and articles ------------------------------------------------------------------

GOLD_KEYS = ("states", "persons", "meetings", "quotes")


def read_gold(path: Path) -> dict:
    """Read and check one gold file.

    Raises:
        EvaluationError: unreadable, not JSON, or not of the gold format.
    """
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read the gold file: {exc.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: not a JSON gold file ({str(exc).splitlines()[0]})") from None
    if not isinstance(gold, dict):
        raise EvaluationError(f"{path}: a gold file is a JSON object with states, persons, meetings and quotes")
    for key in GOLD_KEYS:
        if not isinstance(gold.get(key, []), list):
            raise EvaluationError(f"{path}: '{key}' must be a list")
    for p in gold.get("persons", []):
        if not isinstance(p, dict) or not p.get("name"):
            raise EvaluationError(f"{path}: every person needs a 'name'")
    for q in gold.get("quotes", []):
        if not isinstance(q, dict) or not q.get("key"):
            raise EvaluationError(f"{path}: every quote needs a 'key'")
    return gold


def gold_pairs(args: Iterable[str | Path], lang: str | None = None) -> list[tuple[Path, Path]]:
    """(article, gold) pairs from folders (``texts/`` + ``gold/``) and ``ARTICLE GOLD`` file pairs;
    with ``lang``, only those whose gold file gives that language.

    Raises:
        EvaluationError: a path is missing, a file has no partner, or a folder holds no pair.
    """
    pairs: list[tuple[Path, Path]] = []
    loose: list[Path] = []
    for arg in map(Path, args):
        if arg.is_dir():
            texts = sorted((arg / "texts").glob("*.txt"))
            found = [(t, arg / "gold" / f"{t.stem}.json") for t in texts if (arg / "gold" / f"{t.stem}.json").exists()]
            if not found:
                raise EvaluationError(f"{arg}: no article with a gold file (expected {arg}/texts/ID.txt and {arg}/gold/ID.json)")
            pairs += found
        elif arg.exists():
            loose.append(arg)
        else:
            raise EvaluationError(f"{arg}: no such file or folder")
    if len(loose) % 2:
        raise EvaluationError(f"{loose[-1]}: give articles and gold files in pairs: ARTICLE GOLD [ARTICLE GOLD …]")
    pairs += list(zip(loose[::2], loose[1::2]))
    if lang:
        pairs = [(a, g) for a, g in pairs if read_gold(g).get("lang", "fr") == lang]
    if not pairs:
        raise EvaluationError("nothing to evaluate: give a folder with texts/ and gold/, or ARTICLE GOLD pairs")
    return pairs


def answer_article(article: Path, gold: dict) -> dict[str, list[dict]]:
    """The four competency answers for one article, from a fresh in-memory store.

    Like the contract's scorer, only the gold's language and publication date are passed on;
    an article's sidecar (url, title) is read as ``ingest`` would read it.
    """
    import pyoxigraph as ox

    from diplograph.graph.ask import ask
    from diplograph.graph.ingest import ingest

    store = ox.Store()
    ingest([article], target=store, lang=gold.get("lang") or None, published=gold.get("published") or None, workers=1)
    return {q: ask(store, q) for q in QUESTIONS}


def evaluate(pairs: list[tuple[Path, Path]], *,
             answer: Callable[[Path, dict], dict[str, list[dict]]] = answer_article,
             on_article: Callable[[ArticleScore], None] | None = None) -> Report:
    """Score every (article, gold) pair.

    Raises:
        EvaluationError: a gold file is malformed.

    An article that cannot be read or extracted (an unsupported language, say) is scored with
    no answers and a warning: leaving it out would flatter the figures.
    """
    import time

    from diplograph.loaders.errors import LoaderError

    scores = []
    for article, gold_path in pairs:
        gold = read_gold(gold_path)
        started = time.perf_counter()
        warnings = []
        try:
            answers = answer(article, gold)
        except LoaderError as exc:
            answers = {q: [] for q in QUESTIONS}
            warnings.append(f"not extracted, scored as no answers: {exc}")
        score = score_answers(answers, gold, article.stem)
        score.warnings += warnings
        score.seconds = time.perf_counter() - started
        expected = gold.get("text_sha256")
        if expected and hashlib.sha256(article.read_bytes()).hexdigest() != expected:
            score.warnings.append("the text differs from the one the gold was written for (text_sha256)")
        scores.append(score)
        if on_article:
            on_article(score)
    return Report(scores)
