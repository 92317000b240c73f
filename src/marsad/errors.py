"""The error catalogue. Every message a user can see lives here under a code, says what went wrong with
which input, and how to fix it. Input problems carry a short reason code (`empty`, `binary`, ...) that the
CLI prints next to the file name and that scripts can rely on.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # reading (E1xx) — reason codes are the stable part; messages may improve
    "E101": "empty: the file has no text. Check that it is the article you meant to give.",
    "E102": "binary: the file looks like {what}, not text or HTML. Give marsad .txt, .html, .jsonl or TREC "
    "files.",
    "E103": "too_large: {size} bytes is over the {limit}-byte limit. Split the file, or raise the limit with "
    "--max-bytes.",
    "E104": "bad_encoding: the bytes could not be read as Arabic text in UTF-8, UTF-16, windows-1256 or "
    "ISO-8859-6. Re-save the file as UTF-8.",
    "E105": "not_arabic: the text looks {language}, not Arabic ({detail}). marsad reads Arabic news only.",
    "E106": "no_text: no article text could be extracted from the HTML. Check that the page holds the "
    "article itself, not only a menu or a script.",
    "E107": "bad_record: {where} is not a JSON object with a \"text\" field ({detail}). Fix that record; the "
    "other records were read.",
    "E108": "unreadable: the file could not be opened ({detail}). Check the path and its permissions.",
    "E109": "archive_limit: the compressed file expands past {limit} bytes. Decompress it yourself and split "
    "it.",
    "E110": "not_found: no such file or folder. Check the path.",
    "E111": "unsupported: files ending in {suffix} are not read. Give .txt, .html, .htm, .jsonl, .json, .xml "
    "(TREC), or any of these gzip-compressed (.gz).",
    "E112": "too_large: the extracted text is {size} characters, over the {limit}-character limit; marsad "
    "analysed the first {limit}.",
    "E113": "no_records: no <DOC> … </DOC> records were found. marsad reads .xml and .trec files as TREC "
    "streams; give an article as .txt or .html.",
    "E114": "not_prose: part of the text is not prose ({reasons}: thousands of words with no sentence end, or a "
    "word of thousands of letters); marsad analysed the first {kept} of {size} characters. If it is a real "
    "article, restore its punctuation or line breaks.",
    # packs and models (E2xx)
    "E201": "The data pack '{pack}' is missing from the marsad installation. Reinstall marsad "
    "(pip install --force-reinstall marsad).",
    "E202": "The data pack '{pack}' is not valid JSON ({detail}). If you edited it, fix that line; otherwise "
    "reinstall marsad.",
    "E203": "The gazetteer file {path} could not be imported: {detail}",
    "E204": "No Arabic name column was found in {path}. Name it with --name-ar COLUMN (columns: {columns}).",
    # pipeline (E3xx)
    "E301": "Stage '{stage}' needs {needs}, which no earlier stage assigns. Stages in order: {order}",
    "E302": "No stage named '{stage}'. Available stages: {available}",
    # output (E4xx)
    "E401": "Cannot write to {path}: {detail}. Choose another --out folder.",
    # settings (E5xx): warned about, never fatal
    "E501": "{name}={value!r} is not a whole number of at least 1; marsad keeps {default} keys per index. Set it "
    "to e.g. {name}=6, or unset it.",
}


class MarsadError(Exception):
    """An error with a code from the catalogue. `reason` is the short code for input problems."""

    def __init__(self, code: str, **kwargs: Any) -> None:
        self.code = code
        self.kwargs = kwargs
        template = MESSAGES[code]
        try:
            msg = template.format(**kwargs)
        except (KeyError, ValueError, IndexError):
            msg = template
        self.reason = msg.split(":", 1)[0] if code.startswith("E1") else code
        super().__init__(f"[{code}] {msg}")

    @property
    def message(self) -> str:
        return str(self)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # rebuilt from its code and fields, not from the formatted message: errors cross process boundaries
        # (worker pools, Dask) with the failures they describe
        return (_rebuild, (type(self), self.code, self.kwargs), self.__dict__)


def _rebuild(cls: type[MarsadError], code: str, kwargs: dict[str, Any]) -> MarsadError:
    err = cls.__new__(cls)  # subclasses may take other arguments (NerModelError(path, detail))
    MarsadError.__init__(err, code, **kwargs)
    return err


class InputError(MarsadError):
    """A problem with one input file or record: reported, skipped, and the run goes on."""
