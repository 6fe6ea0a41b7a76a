"""Audit the officials knowledge base for holes (dev tool; never imported, not shipped).

    python loaders/data/scripts/audit_officials.py [--from 1990] [--to 2026] [--states FRA,DEU] [--summary]

For each state of states.json and each of head_of_state / head_of_government / foreign_minister,
lists the years of the range that no tenure of officials.jsonl touches (a tenure covers every
year from its start year to its end year; an open end runs to the range's end). A post that a
state's system does not have (NO_POST) is not audited, and the reason is printed with --reasons.
Years are coarse on purpose: a gap of a few months between two holders is not a hole.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # loaders/data
ROLES = ("head_of_state", "head_of_government", "foreign_minister")

#: (state, role type) -> why the state has no such post (or why the base leaves it out on purpose).
#: Presidential republics where the president heads the government: no separate head of government.
_PRESIDENTIAL = "presidential system: the president heads the government (no prime minister)"
NO_POST: dict[tuple[str, str], str] = {
    ("USA", "head_of_government"): _PRESIDENTIAL,
    ("MEX", "head_of_government"): _PRESIDENTIAL,
    ("BRA", "head_of_government"): _PRESIDENTIAL,
    ("ARG", "head_of_government"): _PRESIDENTIAL + " (the chief of cabinet is a minister)",
    ("CHL", "head_of_government"): _PRESIDENTIAL,
    ("COL", "head_of_government"): _PRESIDENTIAL,
    ("VEN", "head_of_government"): _PRESIDENTIAL,
    ("ECU", "head_of_government"): _PRESIDENTIAL,
    ("BOL", "head_of_government"): _PRESIDENTIAL,
    ("URY", "head_of_government"): _PRESIDENTIAL,
    ("PRY", "head_of_government"): _PRESIDENTIAL,
    ("CRI", "head_of_government"): _PRESIDENTIAL,
    ("PAN", "head_of_government"): _PRESIDENTIAL,
    ("GTM", "head_of_government"): _PRESIDENTIAL,
    ("HND", "head_of_government"): _PRESIDENTIAL,
    ("SLV", "head_of_government"): _PRESIDENTIAL,
    ("NIC", "head_of_government"): _PRESIDENTIAL,
    ("DOM", "head_of_government"): _PRESIDENTIAL,
    ("PHL", "head_of_government"): _PRESIDENTIAL,
    ("IDN", "head_of_government"): _PRESIDENTIAL,
    ("CYP", "head_of_government"): _PRESIDENTIAL,
    ("NGA", "head_of_government"): _PRESIDENTIAL,
    ("GHA", "head_of_government"): _PRESIDENTIAL,
    ("ZAF", "head_of_government"): _PRESIDENTIAL + " (elected by parliament)",
    ("BWA", "head_of_government"): _PRESIDENTIAL + " (elected by parliament)",
    ("ZMB", "head_of_government"): _PRESIDENTIAL,
    ("MWI", "head_of_government"): _PRESIDENTIAL,
    ("LBR", "head_of_government"): _PRESIDENTIAL,
    ("SLE", "head_of_government"): _PRESIDENTIAL + " (a chief minister since 2023 is not a head of government)",
    ("GMB", "head_of_government"): _PRESIDENTIAL,
    ("AGO", "head_of_government"): _PRESIDENTIAL + " (no prime minister since 2010)",
    ("SSD", "head_of_government"): _PRESIDENTIAL,
    ("SYC", "head_of_government"): _PRESIDENTIAL,
    ("COM", "head_of_government"): _PRESIDENTIAL,
    ("BEN", "head_of_government"): _PRESIDENTIAL + " (prime ministers only now and then)",
    ("ERI", "head_of_government"): _PRESIDENTIAL,
    ("DJI", "head_of_government"): "the prime minister is a minister under the president",
    ("KEN", "head_of_government"): _PRESIDENTIAL + " (a prime minister only 2008-2013)",
    ("AFG", "head_of_government"): "the president headed the government 1992-2021 (chief executive 2014-2020 aside)",
    ("TKM", "head_of_government"): _PRESIDENTIAL,
    ("MDV", "head_of_government"): _PRESIDENTIAL,
    ("PLW", "head_of_government"): _PRESIDENTIAL,
    ("FSM", "head_of_government"): _PRESIDENTIAL,
    ("MHL", "head_of_government"): _PRESIDENTIAL + " (elected by parliament)",
    ("KIR", "head_of_government"): _PRESIDENTIAL + " (elected by parliament)",
    ("NRU", "head_of_government"): _PRESIDENTIAL + " (elected by parliament)",
    ("SUR", "head_of_government"): _PRESIDENTIAL,
    ("GUY", "head_of_government"): "the prime minister is the president's first minister, rarely acting",
    ("CHE", "head_of_government"): "the Federal Council as a body; its president is counted as head of state",
    ("SMR", "head_of_government"): "the captains regent and the secretary of state for foreign affairs",
    ("VAT", "head_of_government"): "the Pope; the Secretary of State of the Holy See is counted as foreign minister",
    # Realms of the British monarch: the monarch is kept for the United Kingdom only (one state per
    # person keeps "le roi Charles" British); governors general are rarely acting in the news.
    **{(s, "head_of_state"): "Commonwealth realm: the British monarch, kept for GBR only"
       for s in ("CAN", "AUS", "NZL", "JAM", "BHS", "BRB", "BLZ", "ATG", "GRD", "KNA", "LCA", "VCT",
                 "PNG", "SLB", "TUV")},
    ("PER", "head_of_government"): _PRESIDENTIAL + " (the President of the Council of Ministers is his chief minister)",
    ("IRN", "head_of_government"): "the post of prime minister was abolished in 1989; the president heads the government",
}

#: States born after 1990: years before are not audited (Soviet, Yugoslav, Czechoslovak successors...).
STATE_FROM = {
    **{s: 1991 for s in ("RUS", "UKR", "BLR", "MDA", "EST", "LVA", "LTU", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK",
                         "TKM", "UZB", "SVN", "HRV", "MKD")},
    "BIH": 1992, "CZE": 1993, "SVK": 1993, "ERI": 1993, "PLW": 1994, "TLS": 2002, "MNE": 2006, "SRB": 2006,
    "XKX": 2008, "SSD": 2011,
}

#: Years in which a post did not exist or stood vacant: (state, role type) -> [(first, last, why)].
NO_POST_YEARS: dict[tuple[str, str], list[tuple[int, int, str]]] = {
    ("TUR", "head_of_government"): [(2019, 2100, "the post of prime minister was abolished in July 2018")],
    ("BDI", "head_of_government"): [(1999, 2019, "no prime minister from 1998 to 2020")],
    ("SDN", "head_of_government"): [(1990, 1992, "the junta's chairman headed the government"),
                                    (2003, 2016, "no prime minister from 1998 to 2017")],
    ("ZWE", "head_of_government"): [(1990, 2008, "executive presidency, no prime minister before 2009"),
                                    (2014, 2100, "executive presidency, no prime minister after 2013")],
    ("LBN", "head_of_state"): [(2015, 2015, "vacancy May 2014 - October 2016"), (2023, 2024, "vacancy October 2022 - January 2025")],
    ("CMR", "head_of_government"): [(1990, 1990, "no prime minister from 1984 to April 1991")],
    **{("SOM", r): [(1991, 1999, "no central government from 1991 to 2000")] for r in ROLES},
    ("PSE", "head_of_government"): [(1990, 2002, "the post was created in 2003")],
    ("GEO", "head_of_government"): [(1996, 2003, "no prime minister from 1995 to 2004 (a state minister)")],
    ("MMR", "head_of_government"): [(2012, 2020, "no prime minister from 2011 to 2021")],
    ("COG", "head_of_government"): [(1998, 2004, "no prime minister from 1997 to 2005"),
                                    (2010, 2015, "no prime minister from 2009 to 2016")],
    ("COD", "head_of_government"): [(1998, 2005, "no prime minister from 1997 to 2006")],
    ("GAB", "head_of_government"): [(2026, 2100, "no prime minister under the 2024 constitution (from 2025)")],
    ("GIN", "head_of_government"): [(1990, 1995, "no prime minister from 1984 to 1996")],
    ("MRT", "head_of_government"): [(1990, 1991, "no prime minister from 1984 to 1992")],
    ("BFA", "head_of_government"): [(1990, 1991, "no prime minister from 1983 to 1992")],
    ("MLI", "head_of_government"): [(1990, 1990, "no prime minister from 1988 to 1991")],
    ("RWA", "head_of_government"): [(1990, 1990, "no prime minister from 1973 to 1991")],
    ("TGO", "head_of_government"): [(1990, 1990, "no prime minister from 1967 to 1991")],
    ("SEN", "head_of_government"): [(1990, 1990, "no prime minister from 1983 to 1991"),
                                    (2020, 2021, "no prime minister from May 2019 to September 2022")],
}


def year_span(start: str, end: str | None, last: int) -> range:
    return range(int(start[:4]), (int(end[:4]) if end else last) + 1)


def gaps(years: list[int]) -> list[str]:
    """[1990, 1991, 1992, 1995] -> ["1990-1992", "1995"]."""
    out, run = [], []
    for y in years:
        if run and y != run[-1] + 1:
            out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
            run = []
        run.append(y)
    if run:
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return out


def audit(records: list[dict], states: list[str], first: int, last: int) -> dict[tuple[str, str], list[int]]:
    covered: dict[tuple[str, str], set[int]] = {}
    for r in records:
        if r["state"] and r["role_type"] in ROLES:
            covered.setdefault((r["state"], r["role_type"]), set()).update(year_span(r["start"], r["end"], last))
    out = {}
    for s in states:
        for role in ROLES:
            if (s, role) in NO_POST:
                continue
            skip = {y for a, b, _ in NO_POST_YEARS.get((s, role), []) for y in range(a, b + 1)}
            missing = [y for y in range(max(first, STATE_FROM.get(s, first)), last + 1)
                       if y not in covered.get((s, role), set()) and y not in skip]
            if missing:
                out[(s, role)] = missing
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=1990)
    ap.add_argument("--to", dest="last", type=int, default=2026)
    ap.add_argument("--states", help="comma-separated alpha-3 codes (default: every state)")
    ap.add_argument("--file", type=Path, default=HERE / "officials.jsonl")
    ap.add_argument("--summary", action="store_true", help="totals only")
    ap.add_argument("--reasons", action="store_true", help="also list the posts left out (NO_POST) and why")
    args = ap.parse_args()
    records = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    every = [s["alpha3"] for s in json.loads((HERE / "states.json").read_text(encoding="utf-8"))]
    states = args.states.split(",") if args.states else every
    found = audit(records, states, args.first, args.last)
    if not args.summary:
        for (s, role), years in sorted(found.items()):
            print(f"{s}\t{role}\t{len(years)}\t{', '.join(gaps(years))}")
        if args.reasons:
            for (s, role), why in sorted(NO_POST.items()):
                if s in states:
                    print(f"{s}\t{role}\tnot audited: {why}")
            for (s, role), spans in sorted(NO_POST_YEARS.items()):
                for a, b, why in spans if s in states else []:
                    print(f"{s}\t{role}\tnot audited {a}-{min(b, args.last)}: {why}")
            for s, year in sorted(STATE_FROM.items()):
                if s in states and year > args.first:
                    print(f"{s}\t*\tnot audited before {year}: not yet an independent state")
    audited = len(states) * len(ROLES) - sum(1 for s, _ in NO_POST if s in states)
    total = sum(len(y) for y in found.values())
    by_role = {role: sum(len(y) for (_, r), y in found.items() if r == role) for role in ROLES}
    print(f"# {len(states)} states, {audited} posts audited, {args.first}-{args.last}: {len(found)} posts with gaps, "
          f"{total} missing post-years ({', '.join(f'{r} {n}' for r, n in by_role.items())}); "
          f"{sum(1 for (s, _), y in found.items() if len(y) == args.last - max(args.first, STATE_FROM.get(s, args.first)) + 1)} posts never covered")


if __name__ == "__main__":
    main()
