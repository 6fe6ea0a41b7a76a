"""Build states.json and places.json (dev tool; not imported at run time).

Sources: pycountry (ISO 3166-1 codes), babel/CLDR (French running-text names), the MIT-licensed
npm package i18n-nationality 1.4.0 (French and English nationality adjectives, unpacked into
I18N_DIR), capitals.txt (hand-written French/English capital names), and the hand corrections
below. Run:  python loaders/data/build_states.py /tmp/npmx/package
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent

QIDS = dict(x.split(":") for x in """AF:Q889 AL:Q222 DZ:Q262 AD:Q228 AO:Q916 AG:Q781 AR:Q414 AM:Q399 AU:Q408 AT:Q40 AZ:Q227
BS:Q778 BH:Q398 BD:Q902 BB:Q244 BY:Q184 BE:Q31 BZ:Q242 BJ:Q962 BT:Q917 BO:Q750 BA:Q225 BW:Q963 BR:Q155 BN:Q921 BG:Q219
BF:Q965 BI:Q967 CV:Q1011 KH:Q424 CM:Q1009 CA:Q16 CF:Q929 TD:Q657 CL:Q298 CN:Q148 CO:Q739 KM:Q970 CG:Q971 CD:Q974 CR:Q800
CI:Q1008 HR:Q224 CU:Q241 CY:Q229 CZ:Q213 DK:Q35 DJ:Q977 DM:Q784 DO:Q786 EC:Q736 EG:Q79 SV:Q792 GQ:Q983 ER:Q986 EE:Q191
SZ:Q1050 ET:Q115 FJ:Q712 FI:Q33 FR:Q142 GA:Q1000 GM:Q1005 GE:Q230 DE:Q183 GH:Q117 GR:Q41 GD:Q769 GT:Q774 GN:Q1006 GW:Q1007
GY:Q734 HT:Q790 HN:Q783 HU:Q28 IS:Q189 IN:Q668 ID:Q252 IR:Q794 IQ:Q796 IE:Q27 IL:Q801 IT:Q38 JM:Q766 JP:Q17 JO:Q810 KZ:Q232
KE:Q114 KI:Q710 KP:Q423 KR:Q884 KW:Q817 KG:Q813 LA:Q819 LV:Q211 LB:Q822 LS:Q1013 LR:Q1014 LY:Q1016 LI:Q347 LT:Q37 LU:Q32
MG:Q1019 MW:Q1020 MY:Q833 MV:Q826 ML:Q912 MT:Q233 MH:Q709 MR:Q1025 MU:Q1027 MX:Q96 FM:Q702 MD:Q217 MC:Q235 MN:Q711 ME:Q236
MA:Q1028 MZ:Q1029 MM:Q836 NA:Q1030 NR:Q697 NP:Q837 NL:Q55 NZ:Q664 NI:Q811 NE:Q1032 NG:Q1033 MK:Q221 NO:Q20 OM:Q842 PK:Q843
PW:Q695 PS:Q219060 PA:Q804 PG:Q691 PY:Q733 PE:Q419 PH:Q928 PL:Q36 PT:Q45 QA:Q846 RO:Q218 RU:Q159 RW:Q1037 KN:Q763 LC:Q760
VC:Q757 WS:Q683 SM:Q238 ST:Q1039 SA:Q851 SN:Q1041 RS:Q403 SC:Q1042 SL:Q1044 SG:Q334 SK:Q214 SI:Q215 SB:Q685 SO:Q1045
ZA:Q258 SS:Q958 ES:Q29 LK:Q854 SD:Q1049 SR:Q730 SE:Q34 CH:Q39 SY:Q858 TW:Q865 TJ:Q863 TZ:Q924 TH:Q869 TL:Q574 TG:Q945
TO:Q678 TT:Q754 TN:Q948 TR:Q43 TM:Q874 TV:Q672 UG:Q1036 UA:Q212 AE:Q878 GB:Q145 US:Q30 UY:Q77 UZ:Q265 VU:Q686 VA:Q237
VE:Q717 VN:Q881 YE:Q805 ZM:Q953 ZW:Q954 XK:Q1246""".split())

# Extra surface forms. Forms that are also first names or common words ("Maurice",
# "Dominique", "Grenade", "Amérique") are left out on purpose.
NAMES_FR = {
    "US": ["États-Unis", "Etats-Unis", "États-Unis d'Amérique", "USA"], "RU": ["Fédération de Russie"],
    "GB": ["Grande-Bretagne", "Royaume-Uni de Grande-Bretagne"], "TR": ["Türkiye"],
    "CN": ["République populaire de Chine"], "CD": ["République démocratique du Congo", "RDC", "RD Congo"],
    "CG": ["République du Congo", "Congo"], "MM": ["Birmanie", "Myanmar"], "PS": ["Palestine", "État de Palestine"],
    "CZ": ["République tchèque"], "AE": ["EAU"], "IR": ["République islamique d'Iran"], "KP": ["RPDC"],
    "VA": ["Vatican", "Saint-Siège"], "CI": ["Côte d'Ivoire"], "EG": ["République arabe d'Égypte", "Egypte"],
    "MK": ["Macédoine du Nord", "Macédoine"], "SZ": ["Eswatini", "Swaziland"], "TL": ["Timor oriental"],
    "BA": ["Bosnie"], "DO": ["République dominicaine"], "CF": ["Centrafrique"], "KR": ["République de Corée"],
    "MU": ["île Maurice"], "NL": ["Hollande"], "SA": ["Arabie Saoudite", "Royaume d'Arabie saoudite"],
    "XK": ["Kosovo"], "TW": ["Taïwan", "Taiwan"], "IQ": ["Iraq"], "MD": ["Moldova"], "CV": ["Cap-Vert"],
}
DROP_FR = {"MU": ["Maurice"], "DM": ["Dominique"], "GD": ["Grenade"], "JO": [], "CD": ["Congo-Kinshasa"],
           "CG": ["Congo-Brazzaville"], "PS": ["Territoires palestiniens"]}
NAMES_EN = {
    "US": ["United States", "US", "U.S.", "USA", "United States of America", "America"], "GB": ["Britain", "UK", "U.K.", "Great Britain"],
    "RU": ["Russian Federation"], "KR": ["South Korea"], "KP": ["North Korea", "DPRK"], "CD": ["DR Congo", "DRC"],
    "TR": ["Türkiye"], "CZ": ["Czech Republic"], "AE": ["UAE"], "PS": ["Palestine"], "VA": ["Vatican", "Holy See"],
}
DROP_EN = {"JO": ["Jordan"], "TD": ["Chad"], "GE": ["Georgia"], "MU": [], "DM": ["Dominica"]}
DEMONYMS_FR = {
    "KP": ["nord-coréen"], "KR": ["sud-coréen"], "ZA": ["sud-africain"], "AE": ["émirati", "émirien"],
    "CD": ["congolais"], "CG": [], "DM": ["dominiquais"], "DO": ["dominicain"], "PS": ["palestinien"],
    "GW": ["bissau-guinéen"], "CV": ["cap-verdien"], "SL": ["sierra-léonais"], "TT": ["trinidadien"],
    "KN": ["kittitien"], "LR": ["libérien"], "MK": ["macédonien", "nord-macédonien"], "KG": ["kirghiz"],
    "TJ": ["tadjik"], "UZ": ["ouzbek"], "KZ": ["kazakh", "kazakhstanais"], "QA": ["qatari", "qatarien"],
    "NL": ["néerlandais", "hollandais"], "US": ["américain", "étatsunien", "états-unien"], "VA": ["vatican"],
    "LS": ["lesothan"], "SZ": ["swazi", "eswatinien"], "BA": ["bosnien", "bosniaque"], "TL": ["est-timorais"],
    "CN": ["chinois"], "TW": ["taïwanais"], "SS": ["sud-soudanais"], "XK": ["kosovar"], "BY": ["biélorusse", "bélarusse"],
    "CF": ["centrafricain"], "GB": ["britannique"], "SA": ["saoudien"], "CH": ["suisse", "helvétique"],
}
METONYMS_FR = {"US": ["Maison Blanche", "Maison-Blanche", "Pentagone"], "RU": ["Kremlin"],
               "FR": ["Élysée", "Elysée", "Quai d'Orsay", "Matignon"], "GB": ["Downing Street", "Foreign Office"],
               "CN": ["Zhongnanhai"], "VA": ["Saint-Siège"]}
METONYMS_EN = {"US": ["White House", "Pentagon", "State Department"], "RU": ["Kremlin"], "FR": ["Elysee", "Élysée", "Quai d'Orsay"],
               "GB": ["Downing Street", "Foreign Office"]}
EXTRA_STATES = {"XK": ("XKX", "Kosovo", "Kosovo")}


def feminine_plural(m: str) -> list[str]:
    """All gender/number forms of a French demonym given in the masculine singular."""
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith(("ais", "ois", "is", "z")):
        return [m, m + "e", m + "es"]
    if m.endswith("c"):  # turc → turque, grec → grecque
        fem = m[:-1] + "que" if m == "turc" else m + "que"
        return [m, fem, m + "s", fem + "s"]
    if m.endswith(("en", "on")):
        return [m, m + "ne", m + "s", m + "nes"]
    if m.endswith("k"):
        return [m, m + "e", m + "s", m + "es"]
    return [m, m + "e", m + "s", m + "es"]


def clean_demonym(raw: str) -> str:
    raw = raw.split("(")[0].split(" ou ")[0].split(" et ")[0].strip().lower()
    return raw.replace("nord coréen", "nord-coréen").replace("sud coréen", "sud-coréen").replace("sud africain", "sud-africain")


def main(i18n_dir: str) -> None:
    import pycountry
    from babel import Locale

    fr_terr = Locale("fr").territories
    en_terr = Locale("en").territories
    nat_fr = json.loads(Path(i18n_dir, "langs", "fr.json").read_text())["nationalities"]
    nat_en = json.loads(Path(i18n_dir, "langs", "en.json").read_text())["nationalities"]
    caps = {}
    for line in (HERE / "capitals.txt").read_text(encoding="utf-8").splitlines():
        a2, fr, en = line.split("|")
        caps[a2] = ([c for c in fr.split(";") if c != "-"], [c for c in en.split(";") if c != "-"])
    states = []
    for a2, qid in sorted(QIDS.items()):
        country = pycountry.countries.get(alpha_2=a2)
        a3 = country.alpha_3 if country else EXTRA_STATES[a2][0]
        name_fr = fr_terr.get(a2, EXTRA_STATES.get(a2, ("", "", ""))[1]).replace("’", "'")
        name_en = getattr(country, "common_name", None) or en_terr.get(a2) or EXTRA_STATES[a2][2]
        names_fr = [n for n in [name_fr, *NAMES_FR.get(a2, [])] if n not in DROP_FR.get(a2, [])]
        names_en = [n for n in [name_en, en_terr.get(a2, name_en), getattr(country, "name", name_en), *NAMES_EN.get(a2, [])]
                    if n not in DROP_EN.get(a2, [])]
        dem_fr = DEMONYMS_FR.get(a2) or ([clean_demonym(nat_fr[a2])] if a2 in nat_fr else [])
        forms_fr = sorted({f for d in dem_fr for f in feminine_plural(d)})
        dem_en = [nat_en[a2].split("(")[0].strip()] if a2 in nat_en else []
        forms_en = sorted({f for d in dem_en for f in (d, d + "s")})
        states.append({
            "alpha2": a2, "alpha3": a3, "qid": qid,
            "name_fr": names_fr[0] if names_fr else name_fr, "names_fr": sorted(set(names_fr)),
            "demonyms_fr": forms_fr, "capitals_fr": caps.get(a2, ([], []))[0], "metonyms_fr": METONYMS_FR.get(a2, []),
            "name_en": name_en, "names_en": sorted(set(names_en)), "demonyms_en": forms_en,
            "capitals_en": caps.get(a2, ([], []))[1], "metonyms_en": METONYMS_EN.get(a2, []),
        })
    (HERE / "states.json").write_text(json.dumps(states, ensure_ascii=False, indent=0), encoding="utf-8")
    print(len(states), "states")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/npmx/package")
