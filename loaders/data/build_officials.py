"""Build loaders/data/officials.jsonl, the officials knowledge base (dev tool; never imported at run time).

    python loaders/data/build_officials.py [--mirrors DIR] [--check]

One JSON object per line, one line per tenure (a person holding one post from a start to an end),
sorted, so the output is deterministic for fixed inputs. Inputs:

* Wikidata query results (CC0) kept in public GitHub repositories by the EveryPolitician project
  and its successors, read with ``git show`` from snapshots under ``--mirrors`` (the search tool's
  ``fetch`` puts them in /work/.mirror/OWNER+NAME/repo):
  - every-politician-scrapers/world-leaders-2021, ``data/wikidata.csv``, every version in its git
    history (2021 to 2026): heads of state and of government with QIDs and start/end years;
  - every-politician-scrapers/world, ``sources/foreign/wikidata.csv`` (every version, 2022):
    foreign ministers in office with QIDs and start dates; ``html/holders21.csv``: UN posts;
  - tmtmtmtm/dz-foreign-ministers-wikipedia, ``wikidata.json``: Algeria's foreign ministers
    with QIDs and dates.
  Only facts are taken from them (QIDs, names, posts, dates); no code.
* The hand table below (HAND): the project's own writing of public facts, for the officials
  the articles name most often, from 1990 on (heads of state and of government, foreign
  ministers, some deputy foreign ministers and spokespersons, UN Secretaries-General, EU High
  Representatives, AU Commission chairs...). Dates are written to the precision known
  (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``). QIDs in the hand table are taken from the
  extracts above (joined by name, or by post and start year); the few written by hand are
  marked ``qid=`` in the table. Where nothing confirms a QID it stays null.

The hand table wins over the extracts for the same person and post (it has exact dates);
the extracts add every other state's leaders of the 2020s. See SOURCES.md.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "officials.jsonl"
MIRRORS = Path("/work/.mirror")

#: Posts of the hand table: key -> (state, role_type, organization, title_fr, title_en).
#: The role types are the project's (loaders/data/roles.fr.json).
POSTS = {
    "USA.hos": ("USA", "head_of_state", None, "président des États-Unis", "President of the United States"),
    "USA.vp": ("USA", "deputy_head_of_state", None, "vice-président des États-Unis", "Vice President of the United States"),
    "USA.fm": ("USA", "foreign_minister", None, "secrétaire d'État", "Secretary of State"),
    "USA.dfm": ("USA", "deputy_minister", None, "secrétaire d'État adjoint", "Deputy Secretary of State"),
    "USA.spk": ("USA", "spokesperson", None, "porte-parole du département d'État", "State Department spokesperson"),
    "USA.wh": ("USA", "spokesperson", None, "porte-parole de la Maison Blanche", "White House Press Secretary"),
    "FRA.hos": ("FRA", "head_of_state", None, "président de la République", "President of France"),
    "FRA.hog": ("FRA", "head_of_government", None, "Premier ministre", "Prime Minister of France"),
    "FRA.fm": ("FRA", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "FRA.spk": ("FRA", "spokesperson", None, "porte-parole du Quai d'Orsay", "Foreign Ministry spokesperson"),
    "RUS.hos": ("RUS", "head_of_state", None, "président de la Russie", "President of Russia"),
    "RUS.hog": ("RUS", "head_of_government", None, "Premier ministre", "Prime Minister of Russia"),
    "RUS.fm": ("RUS", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "RUS.dfm": ("RUS", "deputy_minister", None, "vice-ministre des Affaires étrangères", "Deputy Minister of Foreign Affairs"),
    "RUS.spk": ("RUS", "spokesperson", None, "porte-parole de la diplomatie russe", "Foreign Ministry spokesperson"),
    "RUS.kremlin": ("RUS", "spokesperson", None, "porte-parole du Kremlin", "Kremlin spokesman"),
    "GBR.hos": ("GBR", "head_of_state", None, "souverain du Royaume-Uni", "Monarch of the United Kingdom"),
    "GBR.hog": ("GBR", "head_of_government", None, "Premier ministre", "Prime Minister of the United Kingdom"),
    "GBR.fm": ("GBR", "foreign_minister", None, "ministre des Affaires étrangères", "Foreign Secretary"),
    "CHN.hos": ("CHN", "head_of_state", None, "président de la Chine", "President of the People's Republic of China"),
    "CHN.hog": ("CHN", "head_of_government", None, "Premier ministre", "Premier of the People's Republic of China"),
    "CHN.fm": ("CHN", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "CHN.spk": ("CHN", "spokesperson", None, "porte-parole de la diplomatie chinoise", "Foreign Ministry spokesperson"),
    "DEU.hos": ("DEU", "head_of_state", None, "président fédéral", "President of Germany"),
    "DEU.hog": ("DEU", "head_of_government", None, "chancelier", "Chancellor of Germany"),
    "DEU.fm": ("DEU", "foreign_minister", None, "ministre des Affaires étrangères", "Federal Minister for Foreign Affairs"),
    "DZA.hos": ("DZA", "head_of_state", None, "président de la République", "President of Algeria"),
    "DZA.hog": ("DZA", "head_of_government", None, "Premier ministre", "Prime Minister of Algeria"),
    "DZA.fm": ("DZA", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "MAR.hos": ("MAR", "head_of_state", None, "roi du Maroc", "King of Morocco"),
    "MAR.hog": ("MAR", "head_of_government", None, "chef du gouvernement", "Head of Government of Morocco"),
    "MAR.fm": ("MAR", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "TUN.hos": ("TUN", "head_of_state", None, "président de la République", "President of Tunisia"),
    "TUN.fm": ("TUN", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "EGY.hos": ("EGY", "head_of_state", None, "président égyptien", "President of Egypt"),
    "EGY.fm": ("EGY", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "TUR.hos": ("TUR", "head_of_state", None, "président de la Turquie", "President of Turkey"),
    "TUR.hog": ("TUR", "head_of_government", None, "Premier ministre", "Prime Minister of Turkey"),
    "TUR.fm": ("TUR", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "IRN.leader": ("IRN", "head_of_state", None, "guide suprême", "Supreme Leader of Iran"),
    "IRN.pres": ("IRN", "head_of_government", None, "président de la République islamique", "President of Iran"),
    "IRN.fm": ("IRN", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "IRN.dfm": ("IRN", "deputy_minister", None, "vice-ministre des Affaires étrangères", "Deputy Foreign Minister"),
    "IRN.spk": ("IRN", "spokesperson", None, "porte-parole de la diplomatie iranienne", "Foreign Ministry spokesperson"),
    "ISR.hog": ("ISR", "head_of_government", None, "Premier ministre", "Prime Minister of Israel"),
    "SAU.hos": ("SAU", "head_of_state", None, "roi d'Arabie saoudite", "King of Saudi Arabia"),
    "SAU.fm": ("SAU", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "SYR.hos": ("SYR", "head_of_state", None, "président syrien", "President of Syria"),
    "SYR.fm": ("SYR", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "UKR.hos": ("UKR", "head_of_state", None, "président de l'Ukraine", "President of Ukraine"),
    "UKR.fm": ("UKR", "foreign_minister", None, "ministre des Affaires étrangères", "Minister of Foreign Affairs"),
    "IND.hog": ("IND", "head_of_government", None, "Premier ministre", "Prime Minister of India"),
    "IND.fm": ("IND", "foreign_minister", None, "ministre des Affaires extérieures", "Minister of External Affairs"),
    "POL.hog": ("POL", "head_of_government", None, "Premier ministre", "Prime Minister of Poland"),
    "PRT.hog": ("PRT", "head_of_government", None, "Premier ministre", "Prime Minister of Portugal"),
    "ITA.hog": ("ITA", "head_of_government", None, "président du Conseil", "Prime Minister of Italy"),
    "UN.sg": (None, "secretary_general", "un", "secrétaire général de l'ONU", "Secretary-General of the United Nations"),
    "UN.spk": (None, "spokesperson", "un", "porte-parole du secrétaire général de l'ONU", "Spokesperson for the UN Secretary-General"),
    "EU.hr": (None, "envoy", "eu", "haut représentant de l'UE pour les affaires étrangères", "High Representative of the Union for Foreign Affairs and Security Policy"),
    "EU.com": (None, "secretary_general", "eu-commission", "président de la Commission européenne", "President of the European Commission"),
    "EU.council": (None, "secretary_general", "eu-council", "président du Conseil européen", "President of the European Council"),
    "AU.chair": (None, "secretary_general", "au", "président de la Commission de l'Union africaine", "Chairperson of the African Union Commission"),
    "OAU.sg": (None, "secretary_general", "au", "secrétaire général de l'OUA", "Secretary-General of the OAU"),
    "ARAB.sg": (None, "secretary_general", "arab-league", "secrétaire général de la Ligue arabe", "Secretary-General of the Arab League"),
    "NATO.sg": (None, "secretary_general", "nato", "secrétaire général de l'OTAN", "Secretary General of NATO"),
}

#: The hand table. "@POST" opens a post; each line below it is
#: ``name | start | end | more names (;-separated) | options`` with options such as ``f``
#: (a woman: feminine French title), ``sur=SURNAME`` (how articles shorten the name, when it
#: is not the last word) and ``qid=Q…`` (a QID written by hand). An empty end: in office.
HAND = """
@USA.hos
George H. W. Bush|1989-01-20|1993-01-20|George Bush;George H.W. Bush|qid=Q23505
Bill Clinton|1993-01-20|2001-01-20|William Clinton;William Jefferson Clinton|qid=Q1124
George W. Bush|2001-01-20|2009-01-20|George Walker Bush|qid=Q207
Barack Obama|2009-01-20|2017-01-20|Barack Hussein Obama|qid=Q76
Donald Trump|2017-01-20|2021-01-20|Donald J. Trump;Donald John Trump|qid=Q22686
Joe Biden|2021-01-20|2025-01-20|Joseph Biden;Joseph R. Biden|qid=Q6279
Donald Trump|2025-01-20||Donald J. Trump;Donald John Trump
@USA.vp
Al Gore|1993-01-20|2001-01-20
Dick Cheney|2001-01-20|2009-01-20
Joe Biden|2009-01-20|2017-01-20|Joseph Biden
Mike Pence|2017-01-20|2021-01-20
Kamala Harris|2021-01-20|2025-01-20||f
JD Vance|2025-01-20||J. D. Vance;James David Vance
@USA.fm
James Baker|1989-01-25|1992-08-23|James A. Baker
Lawrence Eagleburger|1992-08-23|1993-01-20
Warren Christopher|1993-01-20|1997-01-17
Madeleine Albright|1997-01-23|2001-01-20||f
Colin Powell|2001-01-20|2005-01-26
Condoleezza Rice|2005-01-26|2009-01-20||f
Hillary Clinton|2009-01-21|2013-02-01|Hillary Rodham Clinton|f qid=Q6294
John Kerry|2013-02-01|2017-01-20||qid=Q22316
Rex Tillerson|2017-02-01|2018-03-31
Mike Pompeo|2018-04-26|2021-01-20|Michael Pompeo
Antony Blinken|2021-01-26|2025-01-20|Anthony Blinken;Tony Blinken
Marco Rubio|2025-01-21|
@USA.dfm
Strobe Talbott|1994-02-22|2001-01-20
Richard Armitage|2001-03-26|2005-02-22
Robert Zoellick|2005-02-22|2006-07-07
John Negroponte|2007-02-13|2009-01-20
James Steinberg|2009-01-28|2011-07-28
William Burns|2011-07-28|2014-11-03|Bill Burns
Antony Blinken|2015-01-09|2017-01-20|Anthony Blinken
John Sullivan|2017-05-24|2019-12-20|John J. Sullivan
Stephen Biegun|2019-12-21|2021-01-20
Wendy Sherman|2021-04-14|2023-07-28||f
Kurt Campbell|2024-02-12|2025-01-20
Christopher Landau|2025-03-25|
@USA.spk
Victoria Nuland|2011-05|2013-04||f
Jen Psaki|2013-04|2015-03|Jennifer Psaki|f
John Kirby|2015-05|2017-01
Heather Nauert|2017-04|2019-03||f
Morgan Ortagus|2019-04|2021-01||f
Ned Price|2021-01-20|2023-04
Matthew Miller|2023-05|2025-01-20
Tammy Bruce|2025-01|2025-08||f
@USA.wh
Jen Psaki|2021-01-20|2022-05-13|Jennifer Psaki|f
Karine Jean-Pierre|2022-05-13|2025-01-20||f
Karoline Leavitt|2025-01-20|||f
@FRA.hos
François Mitterrand|1981-05-21|1995-05-17
Jacques Chirac|1995-05-17|2007-05-16||qid=Q2105
Nicolas Sarkozy|2007-05-16|2012-05-15||qid=Q329
François Hollande|2012-05-15|2017-05-14||qid=Q2038
Emmanuel Macron|2017-05-14|
@FRA.hog
Michel Rocard|1988-05-10|1991-05-15
Édith Cresson|1991-05-15|1992-04-02||f
Pierre Bérégovoy|1992-04-02|1993-03-29
Édouard Balladur|1993-03-29|1995-05-17
Alain Juppé|1995-05-17|1997-06-02
Lionel Jospin|1997-06-02|2002-05-06
Jean-Pierre Raffarin|2002-05-06|2005-05-31
Dominique de Villepin|2005-05-31|2007-05-17||sur=de Villepin
François Fillon|2007-05-17|2012-05-15
Jean-Marc Ayrault|2012-05-15|2014-03-31
Manuel Valls|2014-03-31|2016-12-06
Bernard Cazeneuve|2016-12-06|2017-05-15
Édouard Philippe|2017-05-15|2020-07-03
Jean Castex|2020-07-03|2022-05-16
Élisabeth Borne|2022-05-16|2024-01-09||f
Gabriel Attal|2024-01-09|2024-09-05
Michel Barnier|2024-09-05|2024-12-13
François Bayrou|2024-12-13|2025-09-09
Sébastien Lecornu|2025-09-09|
@FRA.fm
Roland Dumas|1988-05-12|1993-03-29
Alain Juppé|1993-03-30|1995-05-18
Hervé de Charette|1995-05-18|1997-06-04||sur=de Charette
Hubert Védrine|1997-06-04|2002-05-07
Dominique de Villepin|2002-05-07|2004-03-31||sur=de Villepin
Michel Barnier|2004-03-31|2005-06-02
Philippe Douste-Blazy|2005-06-02|2007-05-18
Bernard Kouchner|2007-05-18|2010-11-14
Michèle Alliot-Marie|2010-11-14|2011-02-27||f
Alain Juppé|2011-02-27|2012-05-16
Laurent Fabius|2012-05-16|2016-02-11
Jean-Marc Ayrault|2016-02-11|2017-05-17
Jean-Yves Le Drian|2017-05-17|2022-05-20||sur=Le Drian
Catherine Colonna|2022-05-20|2024-01-11||f
Stéphane Séjourné|2024-01-11|2024-09-21
Jean-Noël Barrot|2024-09-21|
@FRA.spk
Romain Nadal|2012|2016
Agnès von der Mühll|2017|2021||f sur=von der Mühll
Anne-Claire Legendre|2021|2023||f
Christophe Lemoine|2024|
@RUS.hos
Boris Yeltsin|1991-07-10|1999-12-31|Boris Eltsine;Boris Ieltsine;Boris Yeltsine|qid=Q34453
Vladimir Putin|1999-12-31|2008-05-07|Vladimir Poutine;Wladimir Putin|qid=Q7747
Dmitry Medvedev|2008-05-07|2012-05-07|Dmitri Medvedev;Dimitri Medvedev;Dmitrii Medvedev|qid=Q23530
Vladimir Putin|2012-05-07||Vladimir Poutine;Wladimir Putin
@RUS.hog
Viktor Chernomyrdin|1992-12-14|1998-03-23|Viktor Tchernomyrdine
Sergei Kiriyenko|1998-03-23|1998-08-23|Sergueï Kirienko;Sergey Kiriyenko
Yevgeny Primakov|1998-09-11|1999-05-12|Evgueni Primakov;Ievgueni Primakov
Sergei Stepashin|1999-05-12|1999-08-09|Sergueï Stepachine
Vladimir Putin|1999-08-09|2000-05-07|Vladimir Poutine
Mikhail Kasyanov|2000-05-07|2004-02-24|Mikhaïl Kassianov
Mikhail Fradkov|2004-03-05|2007-09-14|Mikhaïl Fradkov
Viktor Zubkov|2007-09-14|2008-05-07|Viktor Zoubkov
Vladimir Putin|2008-05-08|2012-05-07|Vladimir Poutine
Dmitry Medvedev|2012-05-08|2020-01-16|Dmitri Medvedev;Dimitri Medvedev
Mikhail Mishustin|2020-01-16||Mikhaïl Michoustine;Mikhail Michoustine
@RUS.fm
Andrei Kozyrev|1990-10-11|1996-01-05|Andreï Kozyrev
Yevgeny Primakov|1996-01-09|1998-09-11|Evgueni Primakov;Ievgueni Primakov
Igor Ivanov|1998-09-11|2004-03-09
Sergey Lavrov|2004-03-09||Sergueï Lavrov;Serguei Lavrov;Sergei Lavrov
@RUS.dfm
Sergei Ryabkov|2008-08||Sergueï Riabkov;Sergey Ryabkov
Mikhail Bogdanov|2011-06||Mikhaïl Bogdanov
Gennady Gatilov|2011|2017|Guennadi Gatilov
Alexander Grushko|2018-01||Alexandre Grouchko;Aleksandr Grushko
Sergei Vershinin|2018||Sergueï Verchinine;Sergey Vershinin
Andrei Rudenko|2019||Andreï Roudenko;Andrey Rudenko
Oleg Syromolotov|2015||Oleg Syromolotov
Alexander Pankin|2020||Alexandre Pankine
@RUS.spk
Alexander Lukashevich|2008|2011|Alexandre Loukachevitch
Maria Zakharova|2015-08-10||Maria Zakharova;Mariia Zakharova|f
@RUS.kremlin
Dmitry Peskov|2012-05-22||Dmitri Peskov;Dmitrii Peskov
@GBR.hos
Elizabeth II|1952-02-06|2022-09-08|Élisabeth II;reine Elizabeth;reine Élisabeth|f sur=Elizabeth
Charles III|2022-09-08||roi Charles|sur=Charles
@GBR.hog
Margaret Thatcher|1979-05-04|1990-11-28||f
John Major|1990-11-28|1997-05-02
Tony Blair|1997-05-02|2007-06-27||qid=Q9545
Gordon Brown|2007-06-27|2010-05-11
David Cameron|2010-05-11|2016-07-13||qid=Q192
Theresa May|2016-07-13|2019-07-24||f qid=Q264766
Boris Johnson|2019-07-24|2022-09-06||qid=Q180589
Liz Truss|2022-09-06|2022-10-25|Elizabeth Truss|f
Rishi Sunak|2022-10-25|2024-07-05
Keir Starmer|2024-07-05|
@GBR.fm
Douglas Hurd|1989-10-26|1995-07-05
Malcolm Rifkind|1995-07-05|1997-05-02
Robin Cook|1997-05-02|2001-06-08
Jack Straw|2001-06-08|2006-05-05
Margaret Beckett|2006-05-05|2007-06-27||f
David Miliband|2007-06-28|2010-05-11
William Hague|2010-05-12|2014-07-14
Philip Hammond|2014-07-15|2016-07-13
Boris Johnson|2016-07-13|2018-07-09
Jeremy Hunt|2018-07-09|2019-07-24
Dominic Raab|2019-07-24|2021-09-15
Liz Truss|2021-09-15|2022-09-06|Elizabeth Truss|f
James Cleverly|2022-09-06|2023-11-13
David Cameron|2023-11-13|2024-07-05
David Lammy|2024-07-05|2025-09-05
Yvette Cooper|2025-09-05|||f
@CHN.hos
Yang Shangkun|1988-04-08|1993-03-27||sur=Yang
Jiang Zemin|1993-03-27|2003-03-15||sur=Jiang
Hu Jintao|2003-03-15|2013-03-14||sur=Hu
Xi Jinping|2013-03-14|||sur=Xi qid=Q15031
@CHN.hog
Li Peng|1988-04-09|1998-03-17||sur=Li
Zhu Rongji|1998-03-17|2003-03-16||sur=Zhu
Wen Jiabao|2003-03-16|2013-03-15||sur=Wen
Li Keqiang|2013-03-15|2023-03-11||sur=Li
Li Qiang|2023-03-11|||sur=Li
@CHN.fm
Qian Qichen|1988-04-09|1998-03-18||sur=Qian
Tang Jiaxuan|1998-03-18|2003-03-17||sur=Tang
Li Zhaoxing|2003-03-17|2007-04-27||sur=Li
Yang Jiechi|2007-04-27|2013-03-16||sur=Yang
Wang Yi|2013-03-16|2022-12-30||sur=Wang
Qin Gang|2022-12-30|2023-07-25||sur=Qin
Wang Yi|2023-07-25|||sur=Wang
@CHN.spk
Lu Kang|2015|2019||sur=Lu
Geng Shuang|2016|2020||sur=Geng
Hua Chunying|2012|2024||f sur=Hua
Zhao Lijian|2020-02|2023-01||sur=Zhao
Wang Wenbin|2020-07|2024||sur=Wang
Mao Ning|2022-09|||f sur=Mao
Lin Jian|2024|||sur=Lin
Guo Jiakun|2024-10|||sur=Guo
@DEU.hos
Richard von Weizsäcker|1984-07-01|1994-06-30||sur=von Weizsäcker
Roman Herzog|1994-07-01|1999-06-30
Johannes Rau|1999-07-01|2004-06-30
Horst Köhler|2004-07-01|2010-05-31
Christian Wulff|2010-06-30|2012-02-17
Joachim Gauck|2012-03-18|2017-03-18
Frank-Walter Steinmeier|2017-03-19|
@DEU.hog
Helmut Kohl|1982-10-01|1998-10-27
Gerhard Schröder|1998-10-27|2005-11-22
Angela Merkel|2005-11-22|2021-12-08||f qid=Q567
Olaf Scholz|2021-12-08|2025-05-06
Friedrich Merz|2025-05-06|
@DEU.fm
Hans-Dietrich Genscher|1974-05-17|1992-05-17
Klaus Kinkel|1992-05-18|1998-10-26
Joschka Fischer|1998-10-27|2005-11-22
Frank-Walter Steinmeier|2005-11-22|2009-10-28
Guido Westerwelle|2009-10-28|2013-12-17
Frank-Walter Steinmeier|2013-12-17|2017-01-27
Sigmar Gabriel|2017-01-27|2018-03-14
Heiko Maas|2018-03-14|2021-12-08
Annalena Baerbock|2021-12-08|2025-05-06||f
Johann Wadephul|2025-05-06|
@DZA.hos
Chadli Bendjedid|1979-02-09|1992-01-11
Mohamed Boudiaf|1992-01-16|1992-06-29
Ali Kafi|1992-07-02|1994-01-31
Liamine Zéroual|1994-01-31|1999-04-27|Liamine Zeroual
Abdelaziz Bouteflika|1999-04-27|2019-04-02|Abdelaziz Boutéflika
Abdelkader Bensalah|2019-04-09|2019-12-19|Abdelkader Ben Salah
Abdelmadjid Tebboune|2019-12-19||Abdelmajid Tebboune;Abdelmadjid Teboune
@DZA.hog
Mouloud Hamrouche|1989-09-09|1991-06-05
Sid Ahmed Ghozali|1991-06-05|1992-07-08
Belaïd Abdessalam|1992-07-08|1993-08-21|Belaid Abdesselam
Redha Malek|1993-08-21|1994-04-11
Mokdad Sifi|1994-04-11|1995-12-31
Ahmed Ouyahia|1995-12-31|1998-12-15
Smaïl Hamdani|1998-12-15|1999-12-23
Ahmed Benbitour|1999-12-23|2000-08-26
Ali Benflis|2000-08-26|2003-05-05
Ahmed Ouyahia|2003-05-05|2006-05-24
Abdelaziz Belkhadem|2006-05-24|2008-06-23
Ahmed Ouyahia|2008-06-23|2012-09-03
Abdelmalek Sellal|2012-09-03|2017-05-24
Abdelmadjid Tebboune|2017-05-24|2017-08-15|Abdelmajid Tebboune
Ahmed Ouyahia|2017-08-15|2019-03-11
Noureddine Bedoui|2019-03-11|2019-12-19
Abdelaziz Djerad|2019-12-28|2021-06-30
Aïmene Benabderrahmane|2021-06-30|2023-11-11|Aymen Benabderrahmane;Ayman Benabderrahmane
Nadir Larbaoui|2023-11-11|2025-08-28|Mohamed Ennadir Larbaoui
Sifi Ghrieb|2025-08-28||Sifi Gharib
@DZA.fm
Ramtane Lamamra|2019-03-13|2019-03-31
Sabri Boukadoum|2019-03-31|2021-07-07|Sabri Boukadum
Ramtane Lamamra|2021-07-07|2023-03-18
Ahmed Attaf|2023-03-18|
@MAR.hos
Hassan II|1961-03-03|1999-07-23|roi Hassan II
Mohammed VI|1999-07-23||Mohammed 6;Mohamed VI;roi Mohammed VI
@MAR.hog
Abderrahmane Youssoufi|1998-03-14|2002-10-09
Driss Jettou|2002-10-09|2007-09-19
Abbas El Fassi|2007-09-19|2012-01-03|Abbas el-Fassi|sur=El Fassi
Abdelilah Benkirane|2011-11-29|2017-04-05|Abdelilah Benkiran
Saadeddine Othmani|2017-03-17|2021-10-07|Saad-Eddine El Othmani;Saâdeddine El Othmani|sur=El Othmani
Aziz Akhannouch|2021-10-07|
@MAR.fm
Abdellatif Filali|1985|1999-04
Mohamed Benaïssa|1999-04|2007-10-15|Mohamed Benaissa
Taïeb Fassi Fihri|2007-10-15|2012-01-03|Taieb Fassi Fihri|sur=Fassi Fihri
Saadeddine Othmani|2012-01-03|2013-10-10|Saad-Eddine El Othmani|sur=El Othmani
Salaheddine Mezouar|2013-10-10|2017-04-05
Nasser Bourita|2017-04-05||Naser Bourita
@TUN.hos
Zine el-Abidine Ben Ali|1987-11-07|2011-01-14|Zine El Abidine Ben Ali|sur=Ben Ali
Fouad Mebazaa|2011-01-15|2011-12-13
Moncef Marzouki|2011-12-13|2014-12-31
Béji Caïd Essebsi|2014-12-31|2019-07-25|Beji Caid Essebsi|sur=Caïd Essebsi
Mohamed Ennaceur|2019-07-25|2019-10-23
Kaïs Saïed|2019-10-23||Kais Saied;Kaïs Saied
@TUN.fm
Othman Jerandi|2020-09-02|2023-02-07
Nabil Ammar|2023-02-07|2024-08-25
Mohamed Ali Nafti|2024-08-25|
@EGY.hos
Hosni Moubarak|1981-10-14|2011-02-11|Hosni Mubarak
Mohamed Morsi|2012-06-30|2013-07-03|Mohamed Morsy;Mohammed Morsi
Adly Mansour|2013-07-04|2014-06-08
Abdel Fattah al-Sissi|2014-06-08||Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;Abdel Fattah Al-Sissi|sur=Sissi
@EGY.fm
Amr Moussa|1991-05-20|2001-05-15|Amr Mousa
Ahmed Maher|2001-05-15|2004-07-14
Ahmed Aboul Gheit|2004-07-14|2011-03-06|Ahmed Aboul-Gheit|sur=Aboul Gheit
Nabil Fahmy|2013-07-16|2014-06-17
Sameh Choukri|2014-06-17|2024-07-03|Sameh Shoukry;Sameh Chokri
Badr Abdelatty|2024-07-03||Badr Abdel Aty;Badr Abdelaty
@TUR.hos
Abdullah Gül|2007-08-28|2014-08-28|Abdullah Gul
Recep Tayyip Erdoğan|2014-08-28||Recep Tayyip Erdogan;Tayyip Erdogan|qid=Q39259
@TUR.hog
Recep Tayyip Erdoğan|2003-03-14|2014-08-28|Recep Tayyip Erdogan;Tayyip Erdogan
Ahmet Davutoğlu|2014-08-28|2016-05-24|Ahmet Davutoglu
Binali Yıldırım|2016-05-24|2018-07-09|Binali Yildirim
@TUR.fm
Ahmet Davutoğlu|2009-05-01|2014-08-29|Ahmet Davutoglu
Mevlüt Çavuşoğlu|2014-08-29|2015-08-28|Mevlut Cavusoglu
Mevlüt Çavuşoğlu|2015-11-24|2023-06-04|Mevlut Cavusoglu
Hakan Fidan|2023-06-04|
@IRN.leader
Ali Khamenei|1989-06-04||Ali Khamenei;Ayatollah Ali Khamenei
@IRN.pres
Akbar Hachemi Rafsandjani|1989-08-03|1997-08-03|Akbar Hashemi Rafsanjani;Ali Akbar Hashemi Rafsanjani|sur=Rafsandjani
Mohammad Khatami|1997-08-03|2005-08-03|Mohammad Khatami
Mahmoud Ahmadinejad|2005-08-03|2013-08-03|Mahmoud Ahmadinedjad
Hassan Rohani|2013-08-03|2021-08-03|Hassan Rouhani
Ebrahim Raïssi|2021-08-03|2024-05-19|Ebrahim Raisi;Ebrahim Raïsi
Massoud Pezeshkian|2024-07-28||Masoud Pezeshkian
@IRN.fm
Ali Akbar Velayati|1981-12-15|1997-08-20
Kamal Kharazi|1997-08-20|2005-08-24
Manouchehr Mottaki|2005-08-24|2010-12-13
Ali Akbar Salehi|2010-12-13|2013-08-15
Mohammad Javad Zarif|2013-08-15|2021-08-25|Mohammad Djavad Zarif;Javad Zarif
Hossein Amir-Abdollahian|2021-08-25|2024-05-19|Hossein Amir Abdollahian;Hossein Amirabdollahian
Abbas Araghchi|2024-08-21||Abbas Araqchi;Abbas Araghtchi
@IRN.dfm
Abbas Araghchi|2013|2021|Abbas Araqchi
Ali Bagheri Kani|2021-09|2024-08|Ali Bagheri
@IRN.spk
Nasser Kanaani|2022|2024-08|Nasser Kanani
Esmaeil Baghaei|2024-08||Esmaïl Baghaei;Ismail Baghaei
@ISR.hog
Yitzhak Shamir|1986-10-20|1992-07-13|Yitzhak Shamir
Yitzhak Rabin|1992-07-13|1995-11-04|Itzhak Rabin
Shimon Peres|1995-11-04|1996-06-18|Shimon Pérès
Benjamin Netanyahu|1996-06-18|1999-07-06|Benyamin Netanyahou;Benjamin Netanyahou
Ehud Barak|1999-07-06|2001-03-07
Ariel Sharon|2001-03-07|2006-04-14|Ariel Sharon
Ehud Olmert|2006-04-14|2009-03-31
Benjamin Netanyahu|2009-03-31|2021-06-13|Benyamin Netanyahou;Benjamin Netanyahou
Naftali Bennett|2021-06-13|2022-06-30
Yaïr Lapid|2022-07-01|2022-12-29|Yair Lapid
Benjamin Netanyahu|2022-12-29||Benyamin Netanyahou;Benjamin Netanyahou
@SAU.hos
Fahd ben Abdelaziz|1982-06-13|2005-08-01|Fahd bin Abdulaziz;roi Fahd|sur=Fahd
Abdallah ben Abdelaziz|2005-08-01|2015-01-23|Abdullah bin Abdulaziz;roi Abdallah|sur=Abdallah
Salmane ben Abdelaziz|2015-01-23||Salman bin Abdulaziz;roi Salmane;Salman ben Abdelaziz|sur=Salmane
@SAU.fm
Saoud al-Fayçal|1975-10-13|2015-04-29|Saud al-Faisal
Adel al-Joubeir|2015-04-29|2018-12-27|Adel al-Jubeir|sur=al-Joubeir
Ibrahim al-Assaf|2018-12-27|2019-10-23|Ibrahim Abdulaziz Al-Assaf
Fayçal ben Farhane|2019-10-23||Faisal bin Farhan;Fayçal ben Farhan|sur=ben Farhane
@SYR.hos
Hafez al-Assad|1971-03-14|2000-06-10|Hafez el-Assad|sur=al-Assad
Bachar al-Assad|2000-07-17|2024-12-08|Bashar al-Assad;Bachar el-Assad|sur=al-Assad
Ahmed al-Charaa|2025-01-29||Ahmed al-Sharaa;Ahmad al-Sharaa|sur=al-Charaa
@SYR.fm
Farouk al-Chareh|1984|2006-02-11|Farouk al-Sharaa|sur=al-Chareh
Walid Mouallem|2006-02-11|2020-11-16|Walid Muallem;Walid al-Moallem
Fayçal Meqdad|2020-11-22|2024-12-08|Faisal Mekdad;Fayssal Mekdad
Assaad al-Chaibani|2024-12-21||Asaad al-Shaibani;Assaad Hassan al-Chaibani|sur=al-Chaibani
@UKR.hos
Leonid Kravtchouk|1991-12-05|1994-07-19|Leonid Kravchuk
Leonid Koutchma|1994-07-19|2005-01-23|Leonid Kuchma
Viktor Iouchtchenko|2005-01-23|2010-02-25|Viktor Yushchenko
Viktor Ianoukovitch|2010-02-25|2014-02-22|Viktor Yanukovych
Petro Porochenko|2014-06-07|2019-05-20|Petro Poroshenko
Volodymyr Zelensky|2019-05-20||Volodymyr Zelenskyy;Volodymyr Zelenskiy;Volodymyr Zelenski
@UKR.fm
Pavlo Klimkine|2014-06-19|2019-08-29|Pavlo Klimkin
Vadym Prystaïko|2019-08-29|2020-03-04|Vadym Prystaiko
Dmytro Kouleba|2020-03-04|2024-09-05|Dmytro Kuleba
Andriï Sybiha|2024-09-05||Andrii Sybiha;Andriy Sybiha
@IND.hog
Manmohan Singh|2004-05-22|2014-05-26
Narendra Modi|2014-05-26|
@IND.fm
Sushma Swaraj|2014-05-26|2019-05-30||f
Subrahmanyam Jaishankar|2019-05-30||S. Jaishankar
@POL.hog
Donald Tusk|2007-11-16|2014-09-22
Donald Tusk|2023-12-13|
@PRT.hog
António Costa|2015-11-26|2024-04-02|Antonio Costa
@ITA.hog
Silvio Berlusconi|2008-05-08|2011-11-16
Matteo Renzi|2014-02-22|2016-12-12
Giuseppe Conte|2018-06-01|2021-02-13
Mario Draghi|2021-02-13|2022-10-22
Giorgia Meloni|2022-10-22|||f
@UN.sg
Javier Pérez de Cuéllar|1982-01-01|1991-12-31|Javier Perez de Cuellar|sur=Pérez de Cuéllar
Boutros Boutros-Ghali|1992-01-01|1996-12-31|Boutros Boutros Ghali
Kofi Annan|1997-01-01|2006-12-31
Ban Ki-moon|2007-01-01|2016-12-31|Ban Ki-Moon|sur=Ban
António Guterres|2017-01-01||Antonio Guterres
@UN.spk
Stéphane Dujarric|2014-03||Stephane Dujarric
@EU.hr
Javier Solana|1999-10-18|2009-11-30
Catherine Ashton|2009-12-01|2014-10-31||f
Federica Mogherini|2014-11-01|2019-11-30||f
Josep Borrell|2019-12-01|2024-11-30|Josep Borrell Fontelles
Kaja Kallas|2024-12-01|||f
@EU.com
Jacques Delors|1985-01-07|1995-01-22
Jacques Santer|1995-01-23|1999-03-15
Romano Prodi|1999-09-16|2004-11-21
José Manuel Barroso|2004-11-22|2014-10-31|José Manuel Durão Barroso;Jose Manuel Barroso
Jean-Claude Juncker|2014-11-01|2019-11-30
Ursula von der Leyen|2019-12-01|||f sur=von der Leyen
@EU.council
Herman Van Rompuy|2009-12-01|2014-11-30||sur=Van Rompuy
Donald Tusk|2014-12-01|2019-11-30
Charles Michel|2019-12-01|2024-11-30
António Costa|2024-12-01||Antonio Costa
@OAU.sg
Salim Ahmed Salim|1989-09|2001-09
Amara Essy|2001-09|2003-07
@AU.chair
Alpha Oumar Konaré|2003-09-16|2008-04-28|Alpha Oumar Konare
Jean Ping|2008-04-28|2012-10-15
Nkosazana Dlamini-Zuma|2012-10-15|2017-03-14|Nkosazana Dlamini Zuma|f sur=Dlamini-Zuma
Moussa Faki Mahamat|2017-03-14|2025-02-15||sur=Faki
Mahmoud Ali Youssouf|2025-02-15||Mahmoud Ali Youssouf
@ARAB.sg
Amr Moussa|2001-06-01|2011-07-01|Amr Mousa
Nabil el-Arabi|2011-07-01|2016-07-01|Nabil Elaraby;Nabil al-Arabi
Ahmed Aboul Gheit|2016-07-01||Ahmed Aboul-Gheit|sur=Aboul Gheit
@NATO.sg
Javier Solana|1995-12-05|1999-10-06
George Robertson|1999-10-14|2003-12-17
Jaap de Hoop Scheffer|2004-01-01|2009-07-31||sur=de Hoop Scheffer
Anders Fogh Rasmussen|2009-08-01|2014-09-30
Jens Stoltenberg|2014-10-01|2024-10-01
Mark Rutte|2024-10-01|
"""

#: First names and their French and English transliterations: any form gives the others.
FIRST_NAMES = [
    ["Sergey", "Sergei", "Sergueï", "Serguei", "Serguey"],
    ["Dmitry", "Dmitri", "Dmitrii", "Dimitri"],
    ["Mikhail", "Mikhaïl"],
    ["Yevgeny", "Evgueni", "Ievgueni", "Evgeny", "Yevgeni"],
    ["Andrei", "Andreï", "Andrey"],
    ["Alexander", "Alexandre", "Aleksandr", "Alexandr"],
    ["Alexei", "Alexeï", "Aleksei", "Alexey"],
    ["Nikolai", "Nikolaï", "Nikolay"],
    ["Yuri", "Iouri", "Yury"],
    ["Gennady", "Guennadi", "Gennadi"],
    ["Mohammed", "Mohamed", "Muhammad", "Mohammad", "Mohamad"],
    ["Abdallah", "Abdullah", "Abdellah"],
    ["Youssef", "Yousef", "Youcef", "Yusuf"],
    ["Hossein", "Hussein", "Hocine"],
    ["Fayçal", "Faisal", "Faysal", "Fayssal"],
    ["Andrii", "Andriy", "Andriï"],
    ["Volodymyr", "Volodimir"],
]

#: Wikidata items of states that the extracts use instead of the sovereign state's.
EXTRA_STATE_QIDS = {"Q756617": "DNK", "Q29999": "NLD", "Q30": "USA", "Q148": "CHN", "Q865": "TWN"}

#: English position labels of the extracts -> (role_type, French title); checked in order.
POSITION_RULES = [
    (r"governor-general|yang di-pertua negeri|member of the swiss federal council|pontifical commission|"
     r"state counsellor|chairman of the presidential council|chief minister|amir al-mu", None, None),
    (r"vice[- ]president|deputy prime", None, None),
    (r"prime minister|premier|taoiseach|chairman of the council of ministers|executive yuan|"
     r"president of the government", "head_of_government", "Premier ministre"),
    (r"chancellor", "head_of_government", "chancelier"),
    (r"supreme leader", "head_of_state", "guide suprême"),
    (r"\bpope\b", "head_of_state", "pape"),
    (r"queen", "head_of_state", "reine"),
    (r"\bking\b|monarch", "head_of_state", "roi"),
    (r"\bemir\b", "head_of_state", "émir"),
    (r"sultan", "head_of_state", "sultan"),
    (r"emperor", "head_of_state", "empereur"),
    (r"grand duke", "head_of_state", "grand-duc"),
    (r"co-prince", "head_of_state", "coprince"),
    (r"prince", "head_of_state", "prince"),
    (r"captain regent", "head_of_state", "capitaine-régent"),
    (r"yang di-pertuan agong", "head_of_state", "roi"),
    (r"military leader", "head_of_state", "chef de la junte"),
    (r"president", "head_of_state", "président"),
]

QID = re.compile(r"^Q\d+$")

#: Elizabeth II and Charles III.
REALM_MONARCHS = {"Q9682", "Q43274"}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm(text: str) -> str:
    """Folded name for joining: no accents, lower case, no punctuation."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", strip_accents(text).lower()).split())


def variants(names: list[str]) -> list[str]:
    """The names as given, their forms without diacritics and with every transliteration of the
    first name (Sergueï/Sergey/Sergei Lavrov), in a stable order."""
    out: list[str] = []

    def add(n: str) -> None:
        n = " ".join(n.split())
        if n and n not in out:
            out.append(n)

    for n in names:
        add(n)
    for n in list(out):
        first, _, rest = n.partition(" ")
        for group in FIRST_NAMES:
            if first in group and rest:
                for other in group:
                    add(f"{other} {rest}")
    for n in list(out):
        add(strip_accents(n))
    return out


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------

def git_versions(repo: Path, path: str) -> list[str]:
    """Every version of one file in a snapshot's history, oldest first."""
    if not repo.exists():
        print(f"note: {repo} not found; skipped", file=sys.stderr)
        return []
    commits = subprocess.run(["git", "-C", str(repo), "log", "--format=%H", "--reverse", "--", path],
                             capture_output=True, text=True, check=True).stdout.split()
    out = []
    for c in commits:
        r = subprocess.run(["git", "-C", str(repo), "show", f"{c}:{path}"], capture_output=True, text=True)
        if r.returncode == 0:
            out.append(r.stdout)
    return out


def state_by_qid() -> dict[str, str]:
    states = json.loads((HERE / "states.json").read_text(encoding="utf-8"))
    out = {s["qid"]: s["alpha3"] for s in states if s.get("qid")}
    out.update(EXTRA_STATE_QIDS)
    return out


def read_leaders(mirrors: Path, states: dict[str, str]) -> list[dict]:
    """Heads of state and of government from world-leaders-2021 (every version of its query)."""
    rows: dict[tuple, dict] = {}
    for text in git_versions(mirrors / "every-politician-scrapers+world-leaders-2021" / "repo", "data/wikidata.csv"):
        for row in csv.DictReader(io.StringIO(text)):
            state = states.get(row.get("countryid") or "")
            qid, name, label = row.get("officeholder") or "", row.get("officeholderLabel") or "", row.get("positionLabel") or ""
            if not state or not QID.match(qid) or not row.get("start_year"):
                continue
            role_type, title_fr = None, None
            for pattern, rt, fr in POSITION_RULES:
                if re.search(pattern, label, re.I):
                    role_type, title_fr = rt, fr
                    break
            if role_type is None:
                continue
            # The British monarch reigns over every Commonwealth realm, and the French president is
            # Andorra's co-prince: one state per person keeps "le roi Charles" British.
            if (qid in REALM_MONARCHS and state != "GBR") or re.search(r"co-prince", label, re.I):
                continue
            start, end = row["start_year"], row.get("end_year") or None
            if end and int(end) < 1990:
                continue
            key = (qid, state, role_type, start)
            rec = rows.setdefault(key, {"qid": qid, "name": None if QID.match(name) else name, "state": state,
                                        "role_type": role_type, "title_fr": title_fr, "title_en": label,
                                        "organization": None, "start": start, "end": end,
                                        "source": "wikidata:world-leaders"})
            if end and (rec["end"] is None or end > rec["end"]):
                rec["end"] = end
    return list(rows.values())


def read_foreign_ministers(mirrors: Path, states: dict[str, str]) -> list[dict]:
    """Foreign ministers in office in 2022 (every version of the query in every-politician-scrapers/world)."""
    rows: dict[tuple, dict] = {}
    for text in git_versions(mirrors / "every-politician-scrapers+world" / "repo", "sources/foreign/wikidata.csv"):
        for row in csv.DictReader(io.StringIO(text)):
            state = states.get(row.get("country") or "")
            qid, name, start = row.get("person") or "", row.get("name") or "", (row.get("start") or "")[:10]
            if not state or not QID.match(qid) or not start:
                continue
            key = (qid, state)
            # The same statement is sometimes re-dated by a day: keep the earliest.
            if key in rows and rows[key]["start"] <= start:
                continue
            rows[key] = {"qid": qid, "name": name, "state": state, "role_type": "foreign_minister",
                         "title_fr": "secrétaire d'État" if state == "USA" else "ministre des Affaires étrangères",
                         "title_en": row.get("positionLabel") or "Minister of Foreign Affairs",
                         "organization": None, "start": start, "end": None, "source": "wikidata:foreign-ministers"}
    out = sorted(rows.values(), key=lambda r: (r["state"], r["start"]))
    # A minister no longer listed was followed by the next one of the same state.
    for a, b in zip(out, out[1:]):
        if a["state"] == b["state"] and a["qid"] != b["qid"]:
            a["end"] = b["start"]
    return out


def read_dz_foreign_ministers(mirrors: Path) -> list[dict]:
    versions = git_versions(mirrors / "tmtmtmtm+dz-foreign-ministers-wikipedia" / "repo", "wikidata.json")
    out = []
    for item in json.loads(versions[-1]) if versions else []:
        start, end = (item.get("start") or "")[:10], (item.get("end") or "")[:10] or None
        if not start:
            continue
        out.append({"qid": item["item"]["value"], "name": item["item"]["label"], "state": "DZA",
                    "role_type": "foreign_minister", "title_fr": "ministre des Affaires étrangères",
                    "title_en": "Minister of Foreign Affairs of Algeria", "organization": None,
                    "start": start, "end": end, "source": "wikidata:dz-foreign-ministers"})
    return out


def read_un(mirrors: Path) -> dict[str, str]:
    """name -> QID of UN office holders (html/holders21.csv)."""
    versions = git_versions(mirrors / "every-politician-scrapers+world" / "repo", "html/holders21.csv")
    out = {}
    for row in csv.DictReader(io.StringIO(versions[-1] if versions else "")):
        if QID.match(row.get("personID") or ""):
            out[norm(row["person"])] = row["personID"]
    return out


# --------------------------------------------------------------------------------------
# Hand table
# --------------------------------------------------------------------------------------

def feminine(title: str) -> str:
    words = {"président": "présidente", "vice-président": "vice-présidente", "chancelier": "chancelière",
             "secrétaire d'État adjoint": "secrétaire d'État adjointe", "secrétaire général": "secrétaire générale",
             "haut représentant": "haute représentante", "Premier ministre": "Première ministre",
             "roi": "reine", "souverain": "souveraine"}
    for m, f in sorted(words.items(), key=lambda kv: -len(kv[0])):
        if title.startswith(m):
            return f + title[len(m):]
    return title


def read_hand() -> list[dict]:
    out = []
    post = None
    for line in HAND.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            post = line[1:]
            if post not in POSTS:
                raise ValueError(f"unknown post {post}")
            continue
        parts = [p.strip() for p in line.split("|")] + ["", "", "", ""]
        name, start, end, more, opts = parts[:5]
        options = dict(o.split("=", 1) if "=" in o else (o, "1") for o in opts.split())
        state, role_type, org, title_fr, title_en = POSTS[post]
        out.append({"qid": options.get("qid"), "name": name, "names": [n for n in more.split(";") if n],
                    "surname": options.get("sur"), "state": state, "role_type": role_type,
                    "title_fr": feminine(title_fr) if "f" in options else title_fr, "title_en": title_en,
                    "organization": org, "start": start, "end": end or None, "source": "hand"})
    return out


# --------------------------------------------------------------------------------------
# Merge
# --------------------------------------------------------------------------------------

def overlaps(a: dict, b: dict) -> bool:
    """Whether two tenures overlap, comparing at the coarser precision."""
    def lo(d):
        return d or "0000"

    def hi(d):
        return d or "9999"

    n = min(len(lo(a["start"])), len(lo(b["start"])), 4)
    return lo(a["start"])[:n] <= hi(b["end"])[:max(n, 4)] and lo(b["start"])[:n] <= hi(a["end"])[:max(n, 4)]


def build(mirrors: Path) -> list[dict]:
    states = state_by_qid()
    extracts = read_leaders(mirrors, states) + read_foreign_ministers(mirrors, states) + read_dz_foreign_ministers(mirrors)
    un = read_un(mirrors)
    hand = read_hand()
    qid_by_name: dict[str, set[str]] = {}
    for r in extracts:
        if r["name"]:
            qid_by_name.setdefault(norm(r["name"]), set()).add(r["qid"])
    for n, q in un.items():
        qid_by_name.setdefault(n, set()).add(q)
    # QIDs for the hand table: by name (any variant), else by the same post and start year.
    for h in hand:
        if h["qid"]:
            continue
        found = set()
        for n in [h["name"], *h["names"]]:
            found |= qid_by_name.get(norm(n), set())
        if len(found) != 1:
            # Only for holders the extract knows by QID alone (no English label).
            same_post = {r["qid"] for r in extracts if r["state"] == h["state"] and r["role_type"] == h["role_type"]
                         and r["start"][:4] == h["start"][:4] and not r["name"]}
            found = same_post if len(same_post) == 1 and not found else found
        if len(found) == 1:
            h["qid"] = found.pop()
    # One QID per person of the hand table, across its posts (a name written the same way).
    by_name = {}
    for h in hand:
        if h["qid"]:
            by_name.setdefault(norm(h["name"]), h["qid"])
    for h in hand:
        h["qid"] = h["qid"] or by_name.get(norm(h["name"]))
    # The extracts add what the hand table does not have (from 1990 on; earlier ones only named QIDs).
    records = list(hand)
    for r in extracts:
        if r["end"] and r["end"] < "1990":
            continue
        if any(h["qid"] == r["qid"] and h["role_type"] == r["role_type"] and h["state"] == r["state"] and overlaps(h, r)
               for h in hand):
            continue
        if not r["name"]:
            continue
        records.append({**r, "names": [], "surname": None})
    # Names of the same QID from every record.
    names_by_qid: dict[str, list[str]] = {}
    for r in records:
        if r["qid"]:
            names_by_qid.setdefault(r["qid"], [])
            for n in [r["name"], *r["names"]]:
                if n and n not in names_by_qid[r["qid"]]:
                    names_by_qid[r["qid"]].append(n)
    out = []
    for r in records:
        names = names_by_qid.get(r["qid"], [r["name"], *r["names"]]) if r["qid"] else [r["name"], *r["names"]]
        surname = r.get("surname") or r["name"].split()[-1]
        out.append({
            "qid": r["qid"], "name": r["name"], "names": variants(names), "surname": surname,
            "state": r["state"], "role_type": r["role_type"], "title_fr": r["title_fr"], "title_en": r["title_en"],
            "organization": r["organization"], "start": r["start"], "end": r["end"], "source": r["source"],
        })
    out.sort(key=lambda r: (r["state"] or "~", r["organization"] or "", r["role_type"], r["start"], r["name"]))
    return out


def check(records: list[dict]) -> None:
    role_types = {t["role_type"] for t in json.loads((HERE / "roles.fr.json").read_text(encoding="utf-8"))}
    states = {s["alpha3"] for s in json.loads((HERE / "states.json").read_text(encoding="utf-8"))}
    orgs = {o["key"] for o in json.loads((HERE / "organizations.json").read_text(encoding="utf-8"))}
    date = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for r in records:
        if r["role_type"] not in role_types:
            raise ValueError(f"{r['name']}: unknown role type {r['role_type']}")
        if r["state"] and r["state"] not in states:
            raise ValueError(f"{r['name']}: unknown state {r['state']}")
        if r["organization"] and r["organization"] not in orgs:
            raise ValueError(f"{r['name']}: unknown organisation {r['organization']}")
        if not date.match(r["start"]) or (r["end"] and not date.match(r["end"])):
            raise ValueError(f"{r['name']}: bad dates {r['start']} {r['end']}")
        if r["end"] and r["end"] < r["start"][:len(r["end"])]:
            raise ValueError(f"{r['name']}: ends before it starts")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirrors", type=Path, default=MIRRORS, help="folder of fetched snapshots (OWNER+NAME/repo)")
    args = ap.parse_args()
    records = build(args.mirrors)
    check(records)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    persons = {r["qid"] or norm(r["name"]) for r in records}
    print(f"{OUT.name}: {len(records)} tenures, {len(persons)} persons, "
          f"{len({r['state'] for r in records if r['state']})} states, "
          f"{sum(1 for r in records if r['qid'])} with a QID", file=sys.stderr)


if __name__ == "__main__":
    main()
