"""Deterministic IRIs minted from content, so the same thing gets the same IRI everywhere."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

from borderkg.namespaces import BKR as _BKR

BKR = str(_BKR)
# What json.dumps(key, ensure_ascii=False, default=str) writes, without making an encoder per call.
_KEY_JSON = json.JSONEncoder(ensure_ascii=False, default=str)
# The C encoder that JSONEncoder.encode makes on every call, made once (no check for circular
# containers: a key is a tuple of strings and numbers; without C speedups, the encoder above).
_C_ENCODER = c_make_encoder(None, str, encode_basestring, None, ": ", ", ", False, False, True) \
    if c_make_encoder is not None else None


def _key_json(key: tuple[object, ...]) -> str:
    return "".join(_C_ENCODER(key, 0)) if _C_ENCODER is not None else _KEY_JSON.encode(key)


def mint_iri(kind: str, *key: object) -> str:
    """IRI under bkr:<kind>/ from a content key (order-sensitive: sort sets before passing).

    >>> mint_iri("event", "Meeting", "2024-08-13") == mint_iri("event", "Meeting", "2024-08-13")
    True
    """
    digest = hashlib.sha256(_key_json(key).encode()).hexdigest()[:16]
    return f"{BKR}{kind}/{digest}"


def slug(text: str) -> str:
    """Lowercase ASCII slug of a Latin-script name, or '' when the name has no Latin letters."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def local_name(iri: str) -> str:
    """Last path segment of an IRI."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def head_label(template: str, place: str) -> str:
    """A body's English label from its head's template in common.toml: "{place} Customs Department"; a body named
    by its own name ("Management Board of {name}") bears its place's where only the place is known.

    >>> head_label("Management Board of {name}", "Ban Gioc")
    'Management Board of Ban Gioc'
    """
    return template.format(place=place, name=place)
