"""Read news articles from files or memory into :class:`~diplograph.loaders.facts.Article`.

Inputs: plain text (first line = headline; ``NAME.json`` beside ``NAME.txt`` holds
its metadata), HTML (boilerplate stripped with :mod:`html.parser`), JSON (an object
or a list), JSON Lines, and directories of those, read recursively.

Texts are normalised (NFC, ``\\n`` line ends, no BOM or control characters, no
surrounding whitespace) and fact offsets refer to the normalised text, so reading a
file again gives the same text, ``sha256`` and offsets. Errors are one-line
:class:`~diplograph.loaders.errors.LoaderError` messages naming the path, and a bad
file never gives partial results. Keyword arguments override file metadata.

Language: a ``lang`` argument other than "auto" is every article's language; else a sidecar's,
a record's or a page's ``lang`` is the article's; else it is detected from the text
(:func:`~diplograph.loaders.language.detect_language`). An article in a language diplograph does
not read fails with "PATH: unsupported language: es", never read with the wrong model.
"""
from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from charset_normalizer import from_bytes

from diplograph.loaders.errors import ArticleFormatError, DateFormatError, LoaderError, UnsupportedLanguageError
from diplograph.loaders.facts import Article

__all__ = ["read_articles", "iter_articles", "read_article_text", "parse_published", "EXTENSIONS"]

PathArg = str | os.PathLike[str]
#: Extensions read from a directory; other files there are ignored.
EXTENSIONS = (".txt", ".html", ".htm", ".json", ".jsonl")
#: Binary formats passed by mistake: PNG, JPEG, GIF, PDF, ZIP/docx, gzip, ELF, OLE2/doc.
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
          b"\x7fELF", b"\xd0\xcf\x11\xe0")
#: Encodings tried when a file is not UTF-8. Left free, charset_normalizer reads
#: short French cp1252 text as cp1250 or mac_latin2 (wrong accents); diplograph
#: reads Western European languages, so only their legacy code pages compete.
_LEGACY = ["cp1252", "latin_1", "iso8859_15"]
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")
#: C0 and C1 control characters except tab and newline, dropped; but vertical tab,
#: form feed and NEL are line breaks in Word and mainframe exports, so they become
#: newlines instead of gluing two lines into one word.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BREAKS = re.compile(r"[\x0b\x0c\x85]")
#: HTML's own whitespace: a no-break space is text (French puts one inside « »).
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def parse_published(value: object) -> str | None:
    """Validate a publication date strictly and return it as ``YYYY-MM-DD``.

    An ISO datetime (``2025-04-10T08:30:00Z``) gives its date as written, time zone
    not applied: relative dates ("jeudi") count from the publisher's local day.
    None or a blank string gives None.

    Raises:
        DateFormatError: not a valid ISO date or datetime.
    """
    if value is None or isinstance(value, str) and not value.strip():
        return None
    text = value.strip() if isinstance(value, str) else ""
    try:
        if _DATE.fullmatch(text):
            return dt.date.fromisoformat(text).isoformat()
        if _DATETIME.fullmatch(text):
            return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:  # well-formed but impossible, such as 2025-02-30
        pass
    raise DateFormatError(f"malformed publication date {value!r}: expected YYYY-MM-DD")


def read_article_text(text: str, *, id: str, lang: str | None = None, title: str | None = None,
                      url: str | None = None, published: str | None = None,
                      source: str | None = None) -> Article:
    """Make an article from text in memory, normalised like a file's.

    If ``title`` is given and the text does not start with it, the text becomes
    title + newline + text (offsets refer to that); without a title, the first line
    of a multi-line text is the title. ``lang`` None or "auto" detects the language from the
    text; ``source`` (else ``id``) names the text in error messages.

    Raises:
        ArticleFormatError, UnsupportedLanguageError, DateFormatError: bad input.
    """
    meta = {"lang": lang, "url": url, "published": published}
    return _make(id, text, title, meta, source or id, source, _Options())


def read_articles(paths: PathArg | Iterable[PathArg], *, lang: str | None = None,
                  published: str | None = None, url: str | None = None, max_bytes: int = 5_000_000,
                  on_warning: Callable[[str], None] | None = None) -> list[Article]:
    """Read every article in ``paths``, all or nothing; arguments as :func:`iter_articles`."""
    return list(iter_articles(paths, lang=lang, published=published, url=url,
                              max_bytes=max_bytes, on_warning=on_warning))


def iter_articles(paths: PathArg | Iterable[PathArg], *, lang: str | None = None,
                  published: str | None = None, url: str | None = None, max_bytes: int = 5_000_000,
                  on_warning: Callable[[str], None] | None = None,
                  on_error: Callable[[str, LoaderError], None] | None = None) -> Iterator[Article]:
    """Yield the articles of files and directories, one file at a time.

    Arguments and paths are checked at the call, so a typo fails before slow work.

    Args:
        paths: files or directories, or one path. A file is read once even if also
            found in a directory; a sidecar is skipped beside its ``.txt``, an
            error alone.
        lang, published, url: values for every article, overriding metadata; ``lang`` None or
            "auto" takes each article's metadata, else detects it from the text.
        max_bytes: largest file read as one article; for JSON Lines, largest line.
        on_warning: called with a one-line message about a readable but suspect
            file ("PATH: decoded as cp1252, not UTF-8").
        on_error: for batches: called with ``(where, error)`` for a file or JSONL
            record that cannot be read, which is then skipped instead of raising.
            Paths that do not exist and bad arguments still raise at the call.

    Raises:
        ArticleFormatError, UnsupportedLanguageError, DateFormatError: bad input.
    """
    opts = _Options(_lang(lang), parse_published(published), url.strip() or None if url else None,
                    max_bytes, on_warning, on_error)
    given = _expand([Path(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)])
    files = {p.resolve() for p in given if p.is_file()}
    for path in given:
        if not path.exists():
            raise ArticleFormatError(f"no such file or directory: {path}")
        if (txt := _sidecar_of(path)) and txt.resolve() not in files:
            raise ArticleFormatError(f"{path}: metadata sidecar of {txt.name}, not an article")
    return _generate([path for path in given if not _sidecar_of(path)], opts)


class _Options(NamedTuple):
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    max_bytes: int = 5_000_000
    warn: Callable[[str], None] | None = None
    error: Callable[[str, LoaderError], None] | None = None


def _expand(paths: list[Path]) -> list[Path]:
    """Expand glob patterns that the shell left alone (quoted, or on Windows)."""
    out = []
    for path in paths:
        text = str(path)
        if not path.exists() and any(c in text for c in "*?["):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            if not matches:
                raise ArticleFormatError(f"no file matches {text}")
            out.extend(matches)
        else:
            out.append(path)
    return out


def _generate(paths: list[Path], opts: _Options) -> Iterator[Article]:
    seen: set[Path] = set()
    for root in paths:
        files = [root]
        if root.is_dir():
            # Hidden files and folders (.git, editor backups) never hold articles.
            files = sorted(f for f in root.rglob("*") if f.suffix.lower() in EXTENSIONS
                           and f.is_file() and not _sidecar_of(f)
                           and not any(p.startswith(".") for p in f.relative_to(root).parts))
            if not files:
                raise ArticleFormatError(f"{root}: no articles in directory ({', '.join(EXTENSIONS)})")
        for file in files:
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            if opts.error is None:
                yield from _read_file(file, opts)
                continue
            try:
                # A JSONL corpus is read record by record (its bad lines are skipped inside);
                # other files give one article or fail whole, then they are skipped whole.
                yield from (_read_jsonl(file, opts) if file.suffix.lower() == ".jsonl" else list(_read_file(file, opts)))
            except LoaderError as error:
                opts.error(str(file), error)


def _sidecar_of(path: Path) -> Path | None:
    """The ``NAME.txt`` whose metadata ``path`` holds, if ``path`` is ``NAME.json``."""
    # Suffix first: with_suffix() raises on suffix-less names such as ".".
    if path.suffix.lower() != ".json":
        return None
    txt = path.with_suffix(".txt")
    return txt if txt.is_file() else None


def _read_file(path: Path, opts: _Options) -> Iterable[Article]:
    if not path.is_file():
        raise ArticleFormatError(f"{path}: not a regular file")
    ext = path.suffix.lower()
    if ext == ".jsonl":
        return list(_read_jsonl(path, opts))  # all or nothing outside batches
    text = _read_text(path, opts)
    if ext == ".json":
        doc = _json(text, path)
        records = doc if isinstance(doc, list) else [doc]
        if not records:
            raise ArticleFormatError(f"{path}: no records")
        return [_record(rec, f"{path}: record {n}", f"{path.stem}-{n}" if doc is records else path.stem,
                        path, opts) for n, rec in enumerate(records, 1)]
    meta, meta_path = {}, path.with_suffix(".json")
    if ext == ".txt" and meta_path.is_file():
        meta = _json(_read_text(meta_path, opts), meta_path)
        if not isinstance(meta, dict):
            raise ArticleFormatError(f"{meta_path}: sidecar metadata must be a JSON object")
    if ext in (".html", ".htm") or re.match(r"\s*<(!doctype html|html)", text, re.I):
        return [_read_html(path, text, meta, meta_path, opts)]
    # The text is the whole file, so that offsets can be checked in any editor; a
    # sidecar's title is the article's title even if the first line differs.
    return [_make(path.stem, text, meta.get("title"), meta, str(path), str(path), opts,
                  prepend=False, meta_where=meta_path if meta else None)]


def _read_text(path: Path, opts: _Options) -> str:
    try:
        if (size := path.stat().st_size) > opts.max_bytes:
            raise ArticleFormatError(f"{path}: file is {size / 1e6:.1f} MB, larger than the "
                                     f"{opts.max_bytes / 1e6:.1f} MB limit for one article "
                                     "(split it or use JSONL)")
        data = path.read_bytes()
    except OSError as error:
        raise ArticleFormatError(f"{path}: cannot read: {error.strerror}") from None
    if not data.strip():
        raise ArticleFormatError(f"{path}: empty article")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM (Windows "Unicode" text)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleFormatError(f"{path}: invalid UTF-16 text") from None
    if _is_binary(data):
        raise ArticleFormatError(f"{path}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        match = from_bytes(data, cp_isolation=_LEGACY).best()
    text = str(match) if match is not None else ""
    if not text or text.count("\ufffd") * 4 > len(text):
        raise ArticleFormatError(f"{path}: not UTF-8 text and encoding could not be detected")
    if opts.warn:
        opts.warn(f"{path}: decoded as {match.encoding}, not UTF-8")
    return text


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in b"\t\n\r\f")
    return data.startswith(_MAGIC) or b"\0" in data or controls > len(head) * 0.1


def _normalise(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _BREAKS.sub("\n", unicodedata.normalize("NFC", text)))
    # A modifier letter apostrophe (U+02BC, "Russiaʼs") is an apostrophe: one character for
    # one, so that offsets into the page stay right.
    text = text.replace("\u02bc", "\u2019")
    # Leading blank lines too, so that the headline (first non-empty line) starts at 0.
    return text.strip()


def _make(id: str, text: str, title: object, meta: dict, where: str, source: str | None,
          opts: _Options, prepend: bool = True, meta_where: object = None) -> Article:
    """Build the article; errors in ``meta`` name ``meta_where`` (a sidecar) if given."""
    text, meta_where = _normalise(text), meta_where or where
    if not text:
        raise ArticleFormatError(f"{where}: empty article")
    # A headline is one line, because the text's first line is its headline.
    title = re.sub(r"\s*\n\s*", " ", _normalise(_string({"title": title}, "title", meta_where) or ""))
    if title and prepend and not text.startswith(title):
        text = f"{title}\n{text}"
    if not title and "\n" in text:
        title = text.split("\n", 1)[0].rstrip()
    try:
        published = opts.published or parse_published(meta.get("published"))
    except DateFormatError as error:
        raise DateFormatError(f"{meta_where}: {error}") from None
    return Article(id=id, text=text, title=title or None, source=source, published=published,
                   lang=opts.lang or _article_lang(_string(meta, "lang", meta_where), text, where),
                   url=opts.url or _string(meta, "url", meta_where),
                   sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def _string(meta: dict, key: str, where: object) -> str | None:
    value = meta.get(key)
    if value is not None and not isinstance(value, str):
        raise ArticleFormatError(f"{where}: '{key}' must be a string")
    return value.strip() or None if value else None


def _lang(value: str | None, where: object = None) -> str | None:
    """``"fr-FR"``, ``"FR"``, ``"fr_FR"`` → ``"fr"``; None when not given or "auto".

    Raises:
        UnsupportedLanguageError: a language diplograph does not read ("PATH: unsupported language: es").
    """
    from diplograph.loaders import SUPPORTED_LANGUAGES  # late: the package may import us first
    code = _code(value)
    if code and code not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(f"{f'{where}: ' if where else ''}unsupported language: {code}"
                                       + ("" if where else f" (diplograph reads {', '.join(SUPPORTED_LANGUAGES)})"))
    return code or None


def _code(value: str | None) -> str:
    code = (value or "").strip().replace("_", "-").split("-")[0].lower()
    return "" if code == "auto" else code


def _article_lang(value: str | None, text: str, where: object) -> str:
    """The metadata's language if it gives one, else the text's; French when the text is too
    short to tell (a headline alone), as before detection existed."""
    from diplograph.loaders.language import detect_language

    return _lang(value, where) or _lang(detect_language(text), where) or "fr"


def _json(text: str, where: object, line: int | None = None) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleFormatError(f"{where}: invalid JSON at line {line or error.lineno} "
                                 f"column {error.colno}: {error.msg}") from None


def _read_jsonl(path: Path, opts: _Options) -> Iterator[Article]:
    # Streamed line by line, never loaded whole: the size limit applies to each line,
    # and memory stays flat however long the corpus is.
    count = 0
    try:
        lines = path.open("rb")
    except OSError as error:
        raise ArticleFormatError(f"{path}: cannot read: {error.strerror}") from None
    with lines:
        if _is_binary(lines.peek(8192)[:8192]):
            raise ArticleFormatError(f"{path}: binary file, not a text article")
        for n, raw in enumerate(lines, 1):
            try:
                article = _jsonl_line(path, n, raw, opts)
            except LoaderError as error:
                if opts.error is None:
                    raise
                opts.error(f"{path}: record {n}", error)
                count += 1
                continue
            if article is not None:
                count += 1
                yield article
    if not count:
        raise ArticleFormatError(f"{path}: empty article")


def _jsonl_line(path: Path, n: int, raw: bytes, opts: _Options) -> Article | None:
    if len(raw) > opts.max_bytes:
        raise ArticleFormatError(f"{path}: line {n} is {len(raw) / 1e6:.1f} MB, larger than the "
                                 f"{opts.max_bytes / 1e6:.1f} MB limit for one article")
    try:  # JSON Lines is UTF-8 by definition: no guessing line by line.
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        raise ArticleFormatError(f"{path}: line {n} is not UTF-8 text") from None
    if not line.strip():
        return None
    # Records are numbered by line, like their default ids.
    return _record(_json(line, path, n), f"{path}: record {n}", f"{path.stem}-{n}", path, opts)


def _record(record: object, where: str, default_id: str, path: Path, opts: _Options) -> Article:
    if not isinstance(record, dict):
        raise ArticleFormatError(f"{where} is not a JSON object")
    if not isinstance(text := record.get("text"), str):
        raise ArticleFormatError(f"{where} has no 'text'" if text is None
                                 else f"{where}: 'text' must be a string")
    rid = record.get("id")
    rid = str(rid).strip() if isinstance(rid, (str, int)) and not isinstance(rid, bool) else ""
    return _make(rid or default_id, text, record.get("title"), record, where, str(path), opts)


def _read_html(path: Path, page_text: str, sidecar: dict, sidecar_path: Path, opts: _Options) -> Article:
    page = _Page()
    page.feed(page_text)
    page.close()
    headline, paragraphs = page.article()
    if not paragraphs:
        raise ArticleFormatError(f"{path}: HTML page has no article text")
    meta = {"lang": page.meta.get("lang"), "url": page.meta.get("canonical") or page.meta.get("og:url"),
            "published": page.meta.get("article:published_time") or page.meta.get("time"),
            **{k: v for k, v in sidecar.items() if v is not None}}
    text = "\n".join([headline, *paragraphs] if headline else paragraphs)
    return _make(path.stem, text, sidecar.get("title") or headline, meta, str(path), str(path), opts,
                 prepend=False, meta_where=sidecar_path if sidecar else path)


class _Page(HTMLParser):
    """A page's metadata, headline and paragraphs outside boilerplate."""

    KINDS = {"skip": {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                      "figcaption", "template", "svg", "iframe", "button", "select"},
             "block": {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"},
             "h1": {"h1"}, "title": {"title"}, "article": {"article"}, "main": {"main"}, "br": {"br"}}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped
        self.meta: dict[str, str] = {}  # lang, canonical, og:url, article:published_time, time
        self.depth = dict.fromkeys(self.KINDS, 0)
        self.parts: list[str] = []
        #: (text, kind, scope): kind p, h1, skipped h1 or title; scope article, main or body.
        self.blocks: list[tuple[str, str, str]] = []

    def flush(self) -> None:
        # Called at every tag that changes the context, so that a block's kind
        # and scope are those its text was read in, even for an unclosed <p>.
        text, d = _HTML_SPACE.sub(" ", "".join(self.parts)).strip(" "), self.depth
        self.parts.clear()
        if text:
            kind = "title" if d["title"] else "p" if not d["h1"] else "skipped h1" if d["skip"] else "h1"
            self.blocks.append((text, kind, "article" if d["article"] else "main" if d["main"] else "body"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: (value or "").strip() for key, value in attrs}
        key = (a.get("property") or a.get("name") or "").lower()
        if tag == "html" and a.get("lang"):
            self.meta["lang"] = a["lang"]
        elif tag == "meta" and a.get("content") and key in ("article:published_time", "og:url"):
            self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        elif tag == "time" and (_DATE.fullmatch(v := a.get("datetime", "")) or _DATETIME.fullmatch(v)):
            # The published_time meta is the page's own claim and must be valid;
            # <time> elements are many (comments, related links): take the first date.
            self.meta.setdefault("time", v)
        self._count(tag, +1)

    def handle_endtag(self, tag: str) -> None:
        self._count(tag, -1)

    def _count(self, tag: str, step: int) -> None:
        kinds = [kind for kind, tags in self.KINDS.items() if tag in tags]
        if kinds:
            self.flush()
        for kind in kinds:
            self.depth[kind] = max(0, self.depth[kind] + step)

    def handle_data(self, data: str) -> None:
        d = self.depth
        # A headline <h1> is read even inside <header>, where articles often put it;
        # <title> only outside <svg>, which has its own.
        if (d["block"] or d["title"]) and not d["skip"] or d["h1"]:
            self.parts.append(data)

    def article(self) -> tuple[str | None, list[str]]:
        """The headline and the paragraphs of <article>, else <main>, else <body>."""
        self.flush()
        for scope in ("article", "main", "body"):
            inside = [(t, k) for t, k, s in self.blocks if s == scope or scope == "body"]
            if paragraphs := [text for text, kind in inside if kind in ("p", "h1")]:
                break
        headline = (next((t for t, k in inside if k.endswith("h1")), None)
                    or next((t for t, k, _ in self.blocks if k == "title"), None)
                    or next((t for t, k, _ in self.blocks if k.endswith("h1")), None))
        if headline in paragraphs:
            paragraphs.remove(headline)
        return headline, paragraphs
