"""Deterministic IRIs minted from content, so the same thing gets the same IRI everywhere."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from borderkg.namespaces import BKR as _BKR

BKR = str(_BKR)
# What json.dumps(key, ensure_ascii=False, default=str) writes, without making an encoder per call.
_KEY_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def mint_iri(kind: str, *key: object) -> str:
    """IRI under bkr:<kind>/ from a content key (order-sensitive: sort sets before passing).

    >>> mint_iri("event", "Meeting", "2024-08-13") == mint_iri("event", "Meeting", "2024-08-13")
    True
    """
    digest = hashlib.sha256(_KEY_JSON.encode(key).encode()).hexdigest()[:16]
    return f"{BKR}{kind}/{digest}"


def slug(text: str) -> str:
    """Lowercase ASCII slug of a Latin-script name, or '' when the name has no Latin letters."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def local_name(iri: str) -> str:
    """Last path segment of an IRI."""
    return iri.rstrip("/").rsplit("/", 1)[-1]
