"""Short articles written for the extraction tests, read as of a publication date."""
from __future__ import annotations

from borderkg.extract import RuleExtractor
from borderkg.model import Document, Extraction

BKR = "https://w3id.org/borderkg/id/"


def read(extractor: RuleExtractor, text: str, lang: str, date: str = "2024-03-08") -> Extraction:
    """What the extractor finds in one short article published on `date`."""
    return extractor(Document("case", text, lang, "case.txt", date=date))


def mentioned(ex: Extraction, prefix: str = "") -> dict[str, set[str]]:
    """IRI under `prefix` (without the namespace and the prefix) -> the texts it is mentioned by."""
    out: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.iri.startswith(BKR + prefix):
            out.setdefault(e.iri.removeprefix(BKR + prefix), set()).add(e.mention.text)
    return out
