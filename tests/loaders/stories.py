"""Invented articles read by the tests of several subjects (names, titles, states, meetings, quotes).

Each reproduces a shape of real French articles with our own sentences (no text of any real article).
"""

# Side meetings at a summit: one meeting per counterpart, all in the summit's city.

SUMMIT = ("Sommet de Lusaka\nLe président Lamine Sarr a reçu mardi à Lusaka, en marge du sommet de l'Union africaine, "
          "le Premier ministre éthiopien Dawit Bekele, puis s'est entretenu avec le président kényan Peter Mwangi.\n"
          "Il a ensuite rencontré la présidente tanzanienne Amina Juma.\n"
          "Le président sénégalais a salué des échanges fructueux.\n")


# Quotes: a quotation standing alone continues the quoted speaker; joint statements go to each
# member of a counted group; captions, credits and editors' notes name nobody.

BORDER = ("Dialogue frontalier\nPar Alain Kossi\nLe ministre béninois des Affaires étrangères, Paul Adjovi, s'est "
          "entretenu lundi à Cotonou avec son homologue nigérien, Issa Garba.\n"
          "« La frontière doit rouvrir. Nos marchés en ont besoin », a déclaré M. Adjovi.\n"
          "« Nous ne pouvons plus attendre. »\n"
          "Les deux ministres ont convenu de créer un comité technique mixte.\n"
          "(Photo : Ministère des Affaires étrangères / Kola Adebayo)\n"
          "NDLR : cet article a été mis à jour.\n")


# Credentials ceremonies: plural titles with names introduced by their states; a quotation mark
# that never closes; an incise in the middle of the words.

CREDENTIALS = ("Lettres de créance\nLe président Karim Benali a reçu lundi à Alger les ambassadeurs de trois pays. "
               "Il s'agit des ambassadeurs, du Chili, Rodrigo Paz, de la Suède, Ingrid Holm et du Népal, Ram Thapa. "
               "M. Paz a salué « une amitié ancienne et solide. Pour sa part, Mme Holm a évoqué des « échanges "
               "culturels féconds ». Ces échanges, a t-elle ajouté, seront « renforcés » dès cette année.\n")
