"""Reading articles: text, sidecars, HTML, JSON, JSONL, directories and bad input.

Every input is a real file written to tmp_path (or the shared seed article), so
the tests go through decoding and sniffing exactly as the CLI does.
"""
import gzip
import hashlib
import json
from pathlib import Path

import pytest

from diplograph.loaders.articles import (
    iter_articles,
    parse_published,
    read_article_text,
    read_articles,
)
from diplograph.loaders.errors import (
    ArticleFormatError,
    DateFormatError,
    LoaderError,
    UnsupportedLanguageError,
)

SEED = Path(__file__).parents[3] / "shared" / "articles" / "istanbul-talks-2025-04-10.fr.txt"

HEADLINE = "Paris et Rome relancent leur dialogue stratégique"
BODY = ("Les ministres des Affaires étrangères se sont rencontrés mardi à Paris.\n"
        "« C’est un nouveau départ », a déclaré la ministre italienne.")
TEXT = f"{HEADLINE}\n{BODY}"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def raises_one_line(error, call, *needles):
    """Assert ``call()`` raises ``error`` with a one-line message containing every needle."""
    with pytest.raises(error) as info:
        call()
    message = str(info.value)
    assert "\n" not in message and message.strip() == message
    for needle in needles:
        assert str(needle) in message, message
    return message


# --- plain text and sidecars -------------------------------------------------

def test_txt_without_sidecar(tmp_path):
    path = write(tmp_path / "paris-rome.txt", TEXT + "\n")
    [article] = read_articles([path])
    assert article.id == "paris-rome"
    assert article.text == TEXT
    assert article.title == HEADLINE
    assert (article.lang, article.published, article.url) == ("fr", None, None)
    assert article.source == str(path)
    assert article.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_txt_with_sidecar_metadata(tmp_path):
    path = write(tmp_path / "paris-rome.fr.txt", TEXT)
    write(tmp_path / "paris-rome.fr.json", json.dumps({
        "title": HEADLINE, "url": "https://example.org/paris-rome", "published": "2025-03-04",
        "lang": "fr-FR", "note": "unknown keys are ignored"}))
    [article] = read_articles(tmp_path / "paris-rome.fr.txt")
    assert article.id == "paris-rome.fr"
    assert article.text == TEXT  # the whole file, headline included
    assert (article.title, article.lang, article.published, article.url) == (
        HEADLINE, "fr", "2025-03-04", "https://example.org/paris-rome")


def test_keyword_arguments_override_sidecar(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "a.json", json.dumps({"published": "not a date", "lang": "en",
                                           "url": "https://example.org/old"}))
    [article] = read_articles([path], lang="FR", published="2025-01-02T10:00:00Z",
                              url="https://example.org/new")
    assert (article.lang, article.published, article.url) == ("fr", "2025-01-02", "https://example.org/new")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not available")
def test_shared_seed_article_with_its_sidecar():
    [article] = read_articles([SEED])
    assert article.id == "istanbul-talks-2025-04-10.fr"
    assert article.published == "2025-04-10" and article.lang == "fr"
    assert article.title.startswith("La Russie cherche à effacer")
    assert article.text[0:len(article.title)] == article.title


def test_offsets_are_stable_across_reads(tmp_path):
    path = write(tmp_path / "a.txt", ("\ufeff" + TEXT + "  \n\n").encode("utf-8"))
    first, second = read_articles([path]), read_articles([path])
    assert first == second
    assert first[0].sha256 == second[0].sha256
    assert first[0].text[0:len(first[0].title)] == first[0].title
    # The offsets of a word are the same as in the text read back.
    start = first[0].text.index("mardi")
    assert second[0].text[start:start + 5] == "mardi"


# --- normalisation and encodings ---------------------------------------------

def test_utf8_bom_is_stripped(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    [article] = read_articles([path])
    assert article.text == TEXT and article.title == HEADLINE


def test_crlf_and_lone_cr_become_newlines(tmp_path):
    path = write(tmp_path / "crlf.txt", TEXT.replace("\n", "\r\n").encode("utf-8") + b"\r\nFin.\rOui.\r\n")
    [article] = read_articles([path])
    assert "\r" not in article.text
    assert article.text == TEXT + "\nFin.\nOui."


def test_nfc_control_characters_and_whitespace(tmp_path):
    decomposed = "Re\u0301union a\u0300 Gene\u0300ve"  # e + combining acute...
    path = write(tmp_path / "nfc.txt", f"\n\n  {decomposed}\nLe\x0bsommet\x07 a\x01 eu lieu.\tFin.   \n\n")
    [article] = read_articles([path])
    assert article.text == "Réunion à Genève\nLe\nsommet a eu lieu.\tFin."
    assert article.title == "Réunion à Genève"


def test_cp1252_french_text_is_decoded_with_a_warning(tmp_path):
    text = "Sommet à Genève\nLe ministre a déclaré : « L’accord est prêt », a-t-il ajouté.\n"
    path = write(tmp_path / "legacy.txt", text.encode("cp1252"))
    warnings = []
    [article] = read_articles([path], on_warning=warnings.append)
    assert article.text == text.strip()
    assert "é" in article.text and "’" in article.text and "« " in article.text
    assert warnings == [f"{path}: decoded as cp1252, not UTF-8"]


def test_utf8_text_gives_no_warning(tmp_path):
    warnings = []
    read_articles([write(tmp_path / "a.txt", TEXT)], on_warning=warnings.append)
    assert warnings == []


# --- HTML ----------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
  <title>Paris et Rome relancent leur dialogue | Le Journal</title>
  <meta property="article:published_time" content="2025-03-04T08:30:00+01:00">
  <link rel="canonical" href="https://example.org/paris-rome">
  <meta property="og:url" content="https://example.org/og">
  <style>p { color: red; }</style>
  <script>var tracking = "SCRIPT TEXT";</script>
</head>
<body>
  <header><a href="/">Le Journal</a><ul><li>HEADER MENU</li></ul></header>
  <nav><ul><li>NAV Politique</li><li>NAV Économie</li></ul></nav>
  <main>
    <article>
      <header><h1>Paris et Rome relancent leur dialogue&nbsp;stratégique</h1>
        <time datetime="2025-03-05">5 mars</time></header>
      <p>Les ministres se sont rencontrés <b>mardi</b> à Paris &amp; ont parlé
         de l&#8217;Europe.</p>
      <figure><img src="x.jpg"><figcaption>CAPTION photo</figcaption></figure>
      <h2>Un nouveau départ</h2>
      <blockquote><p>« C’est un nouveau départ », a déclaré la ministre.</p></blockquote>
      <ul><li>Premier point</li><li>Second point</li></ul>
      <script>document.write("INLINE SCRIPT");</script>
      <aside><p>ASIDE À lire aussi</p></aside>
      <form><p>FORM newsletter</p></form>
    </article>
  </main>
  <footer><p>FOOTER mentions légales</p></footer>
</body>
</html>
"""


def test_html_boilerplate_is_stripped(tmp_path):
    path = write(tmp_path / "paris-rome.html", PAGE)
    [article] = read_articles([path])
    for junk in ("SCRIPT", "NAV", "HEADER MENU", "CAPTION", "ASIDE", "FORM", "FOOTER", "color: red"):
        assert junk not in article.text
    headline = "Paris et Rome relancent leur dialogue\u00a0stratégique"
    assert article.title == headline
    assert article.text == "\n".join([
        headline,
        "Les ministres se sont rencontrés mardi à Paris & ont parlé de l’Europe.",
        "Un nouveau départ",
        "« C’est un nouveau départ », a déclaré la ministre.",
        "Premier point",
        "Second point",
    ])
    assert article.id == "paris-rome"
    assert (article.lang, article.published, article.url) == ("fr", "2025-03-04", "https://example.org/paris-rome")


def test_html_fallbacks_main_time_og_url_and_title(tmp_path):
    page = """<html><head><title>Accord à Dakar</title>
    <meta property="og:url" content="https://example.org/dakar"></head>
    <body><p>MENU hors du main</p><main><time datetime="demain">demain</time>
    <time datetime="2025-06-01T12:00:00Z">1er juin</time>
    <p>Les deux pays ont signé un accord.</p></main></body></html>"""
    [article] = read_articles([write(tmp_path / "dakar.htm", page)])
    assert article.text == "Accord à Dakar\nLes deux pays ont signé un accord."
    assert (article.title, article.published, article.url) == (
        "Accord à Dakar", "2025-06-01", "https://example.org/dakar")


def test_html_is_sniffed_in_a_txt_file(tmp_path):
    page = "\n<!doctype html><html><body><h1>Titre</h1><p>Un paragraphe.</p></body></html>"
    [article] = read_articles([write(tmp_path / "page.txt", page)])
    assert article.text == "Titre\nUn paragraphe." and article.title == "Titre"


def test_html_without_article_text(tmp_path):
    page = "<html><head><title>Vide</title><script>x()</script></head><body><nav><p>Menu</p></nav></body></html>"
    path = write(tmp_path / "empty.html", page)
    raises_one_line(ArticleFormatError, lambda: read_articles([path]), path, "HTML page has no article text")


def test_html_lang_is_checked(tmp_path):
    path = write(tmp_path / "es.html", '<html lang="es"><body><p>Conversaciones en Estambul.</p></body></html>')
    raises_one_line(UnsupportedLanguageError, lambda: read_articles([path]), path, "unsupported language: es")
    assert read_articles([path], lang="fr")[0].lang == "fr"  # an explicit language wins
    english = write(tmp_path / "en.html", '<html lang="en-GB"><body><p>Talks in Istanbul.</p></body></html>')
    assert read_articles([english])[0].lang == "en"


# --- JSON and JSONL -----------------------------------------------------------

def test_json_object(tmp_path):
    path = write(tmp_path / "one.json", json.dumps({
        "text": BODY, "title": HEADLINE, "url": "https://example.org/1", "published": "2025-03-04",
        "lang": "fr"}))
    [article] = read_articles([path])
    assert article.id == "one"
    assert article.text == TEXT  # the title is prepended: offsets refer to the combined text
    assert article.title == HEADLINE and article.url == "https://example.org/1"


def test_json_list_ids_and_title_not_repeated(tmp_path):
    path = write(tmp_path / "many.json", json.dumps([
        {"text": TEXT, "title": HEADLINE},
        {"id": "custom", "text": "Deuxième article\nCorps."},
    ]))
    first, second = read_articles([path])
    assert (first.id, second.id) == ("many-1", "custom")
    assert first.text == TEXT  # already starts with its title
    assert second.title == "Deuxième article"


def test_jsonl_three_records(tmp_path):
    lines = [
        json.dumps({"text": "Premier\nCorps un.", "published": "2025-04-10T08:30:00Z"}),
        "",
        json.dumps({"id": "deux", "text": "Corps deux.", "title": "Deuxième"}, ensure_ascii=False),
        json.dumps({"text": "Troisième\nCorps trois.", "lang": "FR", "url": "https://example.org/3"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles = read_articles([path])
    assert [a.id for a in articles] == ["feed-1", "deux", "feed-4"]  # line numbers
    assert articles[0].published == "2025-04-10"
    assert articles[1].text == "Deuxième\nCorps deux."
    assert (articles[2].lang, articles[2].url) == ("fr", "https://example.org/3")
    assert all(a.source == str(path) for a in articles)


def test_jsonl_size_limit_is_per_record(tmp_path):
    record = json.dumps({"text": "Titre\n" + "x" * 150})
    path = write(tmp_path / "feed.jsonl", "\n".join([record] * 5))
    assert len(read_articles([path], max_bytes=200)) == 5  # the file is larger than 200 bytes
    write(tmp_path / "feed.jsonl", record + "\n" + json.dumps({"text": "y" * 300}))
    raises_one_line(ArticleFormatError, lambda: read_articles([path], max_bytes=200), path, "line 2",
                    "limit")


# --- directories and explicit sidecars -----------------------------------------

def test_directory_recursion_skips_sidecars(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", "Article B\nCorps B.")
    write(root / "b.json", json.dumps({"published": "2025-02-01"}))  # sidecar of b.txt
    write(root / "a" / "c.html", "<html><body><h1>Article C</h1><p>Corps C.</p></body></html>")
    write(root / "a" / "d.jsonl", json.dumps({"text": "Article D\nCorps D."}))
    write(root / "e.json", json.dumps({"text": "Article E\nCorps E."}))  # no .txt beside: an article
    write(root / "notes.md", "# not an article")
    write(root / ".hidden" / "f.txt", "Caché\nCorps.")
    articles = read_articles([root])
    assert [a.id for a in articles] == ["c", "d-1", "b", "e"]  # sorted paths: a/c, a/d, b, e
    assert articles[2].published == "2025-02-01"


def test_current_directory_as_dot(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "Article A\nCorps A.")
    write(tmp_path / "a.json", json.dumps({"published": "2025-02-01"}))
    monkeypatch.chdir(tmp_path)
    [article] = read_articles(".")  # a suffix-less path: no sidecar check may trip on it
    assert (article.id, article.published) == ("a", "2025-02-01")


def test_file_named_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    assert len(read_articles([tmp_path, path, str(path)])) == 1


def test_sidecar_passed_with_its_txt_is_skipped(tmp_path):
    txt = write(tmp_path / "a.txt", TEXT)
    sidecar = write(tmp_path / "a.json", json.dumps({"published": "2025-02-01"}))
    [article] = read_articles([sidecar, txt])
    assert article.id == "a" and article.published == "2025-02-01"


def test_sidecar_passed_alone_is_an_error(tmp_path):
    write(tmp_path / "a.txt", TEXT)
    sidecar = write(tmp_path / "a.json", json.dumps({"published": "2025-02-01"}))
    raises_one_line(ArticleFormatError, lambda: read_articles([sidecar]), sidecar, "sidecar", "a.txt")


def test_empty_directory(tmp_path):
    write(tmp_path / "notes.md", "nothing")
    raises_one_line(ArticleFormatError, lambda: read_articles([tmp_path]), tmp_path, "no articles")


# --- in-memory text and dates ---------------------------------------------------

def test_read_article_text():
    article = read_article_text(BODY + "\r\n", id="mem", lang="fr-FR", title=HEADLINE,
                                published="2025-03-04", source="clipboard")
    assert article.text == TEXT and article.title == HEADLINE
    assert (article.id, article.lang, article.source) == ("mem", "fr", "clipboard")
    assert article.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert read_article_text(TEXT, id="x", lang=None).title == HEADLINE
    assert read_article_text(TEXT, id="x").lang == "fr"  # French by default
    raises_one_line(ArticleFormatError, lambda: read_article_text(" \n", id="x", lang="fr"), "x", "empty")
    raises_one_line(UnsupportedLanguageError, lambda: read_article_text(TEXT, id="x", lang="de"),
                    "x: unsupported language: de")


@pytest.mark.parametrize("value, expected", [
    ("2025-04-10", "2025-04-10"),
    (" 2025-04-10 ", "2025-04-10"),
    ("2025-04-10T08:30:00Z", "2025-04-10"),
    ("2025-04-10T23:30:00-05:00", "2025-04-10"),  # the publisher's day, not UTC's
    ("2025-04-10 08:30", "2025-04-10"),
    ("2025-04-10T08:30:00.123456+0200", "2025-04-10"),
    (None, None),
    ("", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", [
    "2025-13-45", "2025-02-30", "10/04/2025", "2025-4-10", "2025-04", "20250410", "le 10 avril",
    "2025-04-10T25:00:00Z", "2025-04-10Tmidi", 20250410,
])
def test_parse_published_rejects(value):
    message = raises_one_line(DateFormatError, lambda: parse_published(value), "expected YYYY-MM-DD")
    assert message.startswith("malformed publication date")


def test_parse_published_message():
    with pytest.raises(DateFormatError, match=r"^malformed publication date '2025-13-45': expected YYYY-MM-DD$"):
        parse_published("2025-13-45")


# --- bad input -------------------------------------------------------------------

def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    message = raises_one_line(ArticleFormatError, lambda: read_articles([path]), path)
    assert message == f"no such file or directory: {path}"


def test_missing_path_fails_before_reading(tmp_path):
    good = write(tmp_path / "a.txt", TEXT)
    with pytest.raises(ArticleFormatError):
        iter_articles([good, tmp_path / "nope.txt"])  # at the call, not at the first next()


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, content):
    path = write(tmp_path / "empty.txt", content)
    raises_one_line(ArticleFormatError, lambda: read_articles([path]), path, "empty article")


@pytest.mark.parametrize("name, content", [
    ("nul.txt", b"Titre\nCorps\x00avec un octet nul."),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"data" * 10),
    ("doc.txt", b"%PDF-1.7\n1 0 obj\n"),
    ("archive.json", b"PK\x03\x04" + b"data" * 10),
    ("page.html", gzip.compress(b"<html><body><p>Texte</p></body></html>")),
    ("controls.txt", bytes(range(1, 9)) * 20 + b"texte"),
    ("feed.jsonl", b"\x1f\x8b\x08\x00" + b"data" * 10),
])
def test_binary_file(tmp_path, name, content):
    path = write(tmp_path / name, content)
    raises_one_line(ArticleFormatError, lambda: read_articles([path]), path, "binary file, not a text article")


def test_undetectable_encoding(tmp_path):
    path = write(tmp_path / "garbage.txt", bytes(range(0x80, 0x100)) * 4)
    raises_one_line(ArticleFormatError, lambda: read_articles([path]), path,
                    "not UTF-8 text and encoding could not be detected")


def test_file_larger_than_the_limit(tmp_path):
    path = write(tmp_path / "huge.txt", b"Titre\n" + b"a" * 10_500_000)
    message = raises_one_line(ArticleFormatError, lambda: read_articles([path]), path)
    assert message == (f"{path}: file is 10.5 MB, larger than the 5.0 MB limit for one article "
                       "(split it or use JSONL)")


@pytest.mark.parametrize("name, content, needle", [
    ("bad.json", '{"text": "Titre",\n  "title": }', "invalid JSON at line 2 column 12"),
    ("bad.json", '{"title": "Titre"}', "record 1 has no 'text'"),
    ("bad.json", '[{"text": "a"}, {"title": "b"}]', "record 2 has no 'text'"),
    ("bad.json", '[{"text": "a"}, "b"]', "record 2 is not a JSON object"),
    ("bad.json", '[]', "no records"),
    ("bad.json", '{"text": 42}', "'text' must be a string"),
    ("bad.json", '{"text": "  "}', "record 1: empty article"),
    ("bad.jsonl", '{"text": "a"}\n{"text": "b"\n{"text": "c"}', "invalid JSON at line 2 column"),
    ("bad.jsonl", '{"text": "a"}\n\n{"title": "b"}', "record 3 has no 'text'"),
    ("bad.jsonl", '{"text": "a"}\n["b"]', "record 2 is not a JSON object"),
    ("bad.jsonl", '{"text": "a", "title": ["b"]}', "'title' must be a string"),
    ("bad.jsonl", "\n\n", "empty article"),
])
def test_malformed_json(tmp_path, name, content, needle):
    path = write(tmp_path / name, content)
    raises_one_line(ArticleFormatError, lambda: read_articles([path]), path, needle)


def test_jsonl_not_utf8_names_the_line(tmp_path):
    path = write(tmp_path / "feed.jsonl", b'{"text": "a"}\n{"text": "\xe9t\xe9"}\n')
    raises_one_line(ArticleFormatError, lambda: read_articles([path]), path, "line 2", "UTF-8")


def test_bad_file_gives_no_partial_results(tmp_path):
    path = write(tmp_path / "feed.jsonl", '{"text": "a"}\n{"text": "b"}\n{"oops": 1}\n')
    it = iter_articles([path])
    with pytest.raises(ArticleFormatError):
        next(it)  # the two good records are not yielded before the bad one
    good = write(tmp_path / "good.txt", TEXT)
    with pytest.raises(ArticleFormatError):
        read_articles([good, path])


def test_unsupported_language_given_explicitly(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    message = raises_one_line(UnsupportedLanguageError, lambda: read_articles([path], lang="xx"))
    assert message == "unsupported language: xx (diplograph reads fr, en)"


@pytest.mark.parametrize("name, content, lang", [
    ("a.json", json.dumps({"text": TEXT, "lang": "pt-BR"}), "unsupported language: pt"),
    ("a.jsonl", json.dumps({"text": TEXT, "lang": "de"}), "record 1: unsupported language: de"),
])
def test_unsupported_language_in_metadata(tmp_path, name, content, lang):
    path = write(tmp_path / name, content)
    raises_one_line(UnsupportedLanguageError, lambda: read_articles([path]), path, lang)


def test_unsupported_language_in_sidecar_names_the_article(tmp_path):
    txt = write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "a.json", json.dumps({"lang": "es"}))
    message = raises_one_line(UnsupportedLanguageError, lambda: read_articles([txt]))
    assert message == f"{txt}: unsupported language: es"


def test_malformed_date_given_explicitly(tmp_path):
    path = write(tmp_path / "a.txt", TEXT)
    message = raises_one_line(DateFormatError, lambda: read_articles([path], published="2025-13-45"))
    assert message == "malformed publication date '2025-13-45': expected YYYY-MM-DD"


@pytest.mark.parametrize("name, content", [
    ("a.json", json.dumps({"text": TEXT, "published": "10/04/2025"})),
    ("a.jsonl", json.dumps({"text": TEXT, "published": "2025-02-30"})),
    ("a.html", '<html><head><meta property="article:published_time" content="hier">'
               '</head><body><p>Texte.</p></body></html>'),
])
def test_malformed_date_in_metadata(tmp_path, name, content):
    path = write(tmp_path / name, content)
    raises_one_line(DateFormatError, lambda: read_articles([path]), path, "malformed publication date")


def test_malformed_date_in_sidecar_names_the_sidecar(tmp_path):
    txt = write(tmp_path / "a.txt", TEXT)
    sidecar = write(tmp_path / "a.json", json.dumps({"published": "2025-13-45"}))
    message = raises_one_line(DateFormatError, lambda: read_articles([txt]), sidecar)
    assert message == f"{sidecar}: malformed publication date '2025-13-45': expected YYYY-MM-DD"


def test_malformed_sidecar(tmp_path):
    txt = write(tmp_path / "a.txt", TEXT)
    sidecar = write(tmp_path / "a.json", '{"published": ')
    raises_one_line(ArticleFormatError, lambda: read_articles([txt]), sidecar, "invalid JSON at line 1")


def test_every_error_is_a_loader_error():
    for error in (ArticleFormatError, DateFormatError, UnsupportedLanguageError):
        assert issubclass(error, LoaderError)


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    from diplograph.loaders.articles import read_articles

    path = tmp_path / "windows.txt"
    path.write_bytes("Titre accentué\nLe ministre a été reçu à Genève.".encode("utf-16"))
    (article,) = read_articles([path])
    assert article.text.startswith("Titre accentué") and "Genève" in article.text
