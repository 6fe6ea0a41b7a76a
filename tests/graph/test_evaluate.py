"""diplograph evaluate: the matching rules on answers written by hand, gold-file errors, the command."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.graph.errors import EvaluationError
from diplograph.graph.evaluate import evaluate, gold_pairs, read_gold, score_answers

FIXTURES = Path(__file__).parents[1] / "fixtures" / "eval"

GOLD = {
    "id": "g", "lang": "fr", "published": "2024-05-03",
    "states": ["SEN", "GMB"],
    "persons": [
        {"name": "Awa Ndiaye", "aliases": ["Mme Ndiaye"],
         "roles": [{"title": "ministre des affaires étrangères", "of_state": "SEN", "org": None}]},
        {"name": "Lamin Jatta", "aliases": [], "roles": [{"title": "ambassadeur", "of_state": "GMB", "org": None}]},
    ],
    "meetings": [{"date": "--05-02", "city": "Dakar", "states": ["SEN", "GMB"], "persons": []},
                 {"date": "2024-06-10", "city": None, "states": ["SEN"], "persons": [], "kind": "call"}],
    "quotes": [{"speaker": "Awa Ndiaye", "key": "une coopération exemplaire"},
               {"speaker": None, "key": "la frontière restera ouverte"}],
}


def answers(**over):
    base = {
        "states": [{"state": "SEN"}, {"state": "GMB"}, {"state": "MLI"}],
        "officials": [
            {"person": "Awa Ndiaye", "role": "ministre des Affaires étrangères", "state": "SEN"},
            {"person": "Lamin Jatta", "role": "ambassadeur", "state": "SEN"},  # wrong state
            {"person": "Jean Photographe", "role": "ministre", "state": "FRA"},  # not in gold
        ],
        "meetings": [{"date": "2024-05-02", "city": "Dakar", "states": ["GMB", "SEN"], "persons": []},
                     {"date": "2024-07-01", "city": "Banjul", "states": ["GMB"], "persons": []}],
        "positions": [{"speaker": "Mme Ndiaye", "text": "C'est une coopération exemplaire, a-t-elle dit."},
                      {"speaker": "Lamin Jatta", "text": "La frontière restera ouverte"}],
    }
    base.update(over)
    return base


def test_counts_and_errors_follow_the_contract():
    score = score_answers(answers(), GOLD)
    c = score.counts
    assert (c["states"].tp_pred, c["states"].pred, c["states"].gold) == (2, 3, 2)
    assert (c["persons"].tp_pred, c["persons"].pred, c["persons"].tp_gold) == (2, 3, 2)
    assert (c["roles"].tp_pred, c["roles"].pred, c["roles"].tp_gold, c["roles"].gold) == (1, 3, 1, 2)
    # A year-less gold date matches 2024-05-02; the Banjul meeting matches nothing; the call is missed.
    assert (c["meetings"].tp_pred, c["meetings"].pred, c["meetings"].tp_gold) == (1, 2, 1)
    # An anonymous gold quote accepts any speaker; a named one needs the right person.
    assert (c["quotes"].tp_pred, c["quotes"].tp_gold) == (2, 2)
    assert score.false_positives["states"] == ["MLI"]
    assert score.false_negatives["roles"] == ["Lamin Jatta | ambassadeur | GMB"]
    assert "Lamin Jatta | ambassadeur | SEN" in score.false_positives["roles"]
    assert score.false_negatives["meetings"] == ["2024-06-10 | - | SEN [call]"]
    assert c["roles"].f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_a_perfect_answer_scores_one_and_no_answer_scores_zero():
    gold = {"states": ["SEN"], "persons": [{"name": "Awa Ndiaye", "roles": [{"title": "ministre", "of_state": "SEN"}]}],
            "meetings": [], "quotes": [{"speaker": "Awa Ndiaye", "key": "nous avançons"}]}
    good = {"states": [{"state": "SEN"}], "officials": [{"person": "Awa Ndiaye", "role": "ministre", "state": "SEN"}],
            "meetings": [], "positions": [{"speaker": "Awa Ndiaye", "text": "« Nous avançons », dit-elle"}]}
    assert score_answers(good, gold).overall == 1.0
    empty = score_answers({"states": [], "officials": [], "meetings": [], "positions": []}, gold)
    # Meetings: no gold and no answer is a perfect 1.0 by the contract; the four others are 0.
    assert empty.overall == pytest.approx(0.2)


def test_gold_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"persons": [{"roles": []}]}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="every person needs a 'name'"):
        read_gold(bad)
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(EvaluationError, match="JSON object"):
        read_gold(bad)
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(EvaluationError, match="not a JSON gold file"):
        read_gold(bad)


def test_pairs_from_folders_and_files(tmp_path):
    pairs = gold_pairs([FIXTURES], lang="fr")
    assert pairs and all(a.suffix == ".txt" and g.parent.name == "gold" and a.stem == g.stem for a, g in pairs)
    assert all(json.loads(g.read_text(encoding="utf-8"))["lang"] == "fr" for _, g in pairs)
    with pytest.raises(EvaluationError, match="in pairs"):
        gold_pairs([pairs[0][0]])
    with pytest.raises(EvaluationError, match="no such file"):
        gold_pairs([tmp_path / "missing"])
    with pytest.raises(EvaluationError, match="no article with a gold file"):
        gold_pairs([tmp_path])


def test_an_article_that_cannot_be_extracted_counts_as_no_answers(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Titre\nTexte.", encoding="utf-8")
    gold = tmp_path / "a.json"
    gold.write_text(json.dumps({"lang": "xx", "states": ["SEN"], "persons": [], "meetings": [], "quotes": []}),
                    encoding="utf-8")
    report = evaluate([(article, gold)])
    assert report.counts["states"].gold == 1 and report.counts["states"].tp_gold == 0
    assert "not extracted" in report.articles[0].warnings[0]


@pytest.mark.slow
def test_the_command_prints_figures_and_errors(tmp_path):
    text = FIXTURES / "texts" / "fr-02-appel-telephonique.txt"
    gold = json.loads((FIXTURES / "gold" / "fr-02-appel-telephonique.json").read_text(encoding="utf-8"))
    gold["quotes"].append({"speaker": None, "key": "une phrase que personne n'a dite"})
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    cmd = [sys.executable, "-m", "diplograph.graph", "evaluate", str(text), str(gold_path), "--format", "json", "--errors"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["articles_scored"] == 1
    assert set(out["categories"]) == {"states", "persons", "roles", "meetings", "quotes"}
    assert "- | une phrase que personne n'a dite" in out["articles"][0]["false_negatives"]["quotes"]
    assert out["categories"]["quotes"]["recall"] < 1.0
    table = subprocess.run(cmd[:-3], capture_output=True, text=True, timeout=300)
    assert table.returncode == 0 and table.stdout.strip().splitlines()[-1].startswith("overall F1 ")
    broken = subprocess.run([*cmd[:4], str(text)], capture_output=True, text=True, timeout=60)
    assert broken.returncode == 1 and broken.stderr.strip().count("\n") == 0 and "pairs" in broken.stderr
