"""The rules' regular expressions on their own, without the pipeline: what a slot accepts and
refuses, patterns compiled once, and no runaway backtracking (invented strings)."""
from __future__ import annotations

import subprocess
import sys
import time

from diplograph.loaders import mentions, roles


# TITLE_NAME_GAP: the capitalised demonym slot ("l'Algérien X") must not read a verb.
def test_title_name_gap_demonym_slot_needs_a_capital():
    assert roles.TITLE_NAME_GAP.match(" l'Algérien ")
    assert roles.TITLE_NAME_GAP.match(" salue Mme ") is None


def test_ministry_portfolio_slot_keeps_its_case():
    # Only the head word is case-insensitive: a lowercase word after "des" is no portfolio.
    assert mentions.MINISTRY.search("Ministère des Affaires étrangères")
    assert mentions.MINISTRY.search("le ministère des finances publiques") is None


def test_lower_case_continuation_needs_a_portfolio_word():
    from diplograph.loaders.mentions import COMMA_CONTINUATION

    assert COMMA_CONTINUATION.match(", de l'intégration africaine")
    assert COMMA_CONTINUATION.match(", de passage à Paris") is None


# APPOSITION_GAP must not backtrack exponentially.
def test_apposition_gap_on_a_pathological_string_finishes():
    # Run in a child process: a runaway regex holds the GIL, so only a process can be stopped.
    code = ("from diplograph.loaders.roles import APPOSITION_GAP\n"
            "assert APPOSITION_GAP.match(', ' + 'nouvelle ' * 40 + 'X') is None\n")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    print(f"pathological apposition gap: {time.perf_counter() - start:.2f}s with interpreter start-up")


def test_apposition_gap_still_reads_appositions():
    for gap in [", récemment nommée ", ", l'actuel ", " (ex-", ", qui est aussi ", ", et "]:
        assert roles.APPOSITION_GAP.match(gap), gap
    assert roles.APPOSITION_GAP.match(", a déclaré ") is None


# Dead code gone, patterns compiled once.
def test_no_dead_or_per_call_patterns():
    assert not hasattr(mentions, "FEMININE_TITLE")
    assert mentions._former_regex("fr") is mentions._former_regex("fr")
    assert mentions._former_regex("fr").search("l'ancienne ")
    assert mentions.COMMA_CONTINUATION.match(", de la Coopération")
