"""Personal names read into one romanized form, whatever the script they arrive in.

A Vietnamese name becomes its toneless syllables ("nguyen-van-tuan"), a Chinese name its
toneless pinyin, surname apart ("zhang-wei", "lu-xinshe"), so that "Nguyễn Văn Tuấn",
"Nguyen Van Tuan", "نغوين فان توان" and "阮文俊" give one key, as do "Zhang Wei", "张伟",
"تشانغ وي" and the Sino-Vietnamese "Trương Vĩ". The tables are data under `ontology/names/`.
"""
from __future__ import annotations

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from borderkg.errors import ResourceError
from borderkg.resources import read_toml

_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VI_LETTERS = set("ăâêôơưđĂÂÊÔƠƯĐ")
_MARGIN = 1.0
"""How much more likely (in weight units) the best reading must be than the next to be taken."""
_PER_WORD = 4
_SPLIT = 1.5
"""What reading one Arabic word as two pinyin syllables costs against reading it as one."""
_USUAL = 3.0
"""Weight (vi-name-syllables.tsv) from which a syllable counts as usual at its place in a name."""
_COMMON = 3.0
"""Pinyin syllables at least this usual (log10 of their characters' frequency) count as equally
likely in a given name: the frequency of 能 or 这 in running text says nothing of names."""
"""Readings of one Arabic word kept before combining words."""


def toneless(text: str) -> str:
    """Lowercase ASCII letters of a syllable: "Nguyễn" → "nguyen", "Đặng" → "dang", "Lǚ" → "lv"."""
    text = text.replace("đ", "d").replace("Đ", "d").replace("ü", "v").replace("Ü", "v")
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if "a" <= c <= "z")


def toned_key(syllable: str) -> str:
    """A Vietnamese syllable with its tone as a trailing digit, whatever the mark's placement:
    "hoà" and "hòa" both give "hoa1"; "Trương" gives "trương0"."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tone = next((_TONES[c] for c in decomposed if c in _TONES), "0")
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return base + tone


def script_of(text: str) -> str:
    """ISO 15924 code of the script a name is written in: Hani, Arab or Latn."""
    if _HAN.search(text):
        return "Hani"
    if _ARABIC.search(text):
        return "Arab"
    return "Latn"


def has_vietnamese_marks(text: str) -> bool:
    """Letters or tone marks only Vietnamese spelling uses (ă ơ ư đ, a hook or a dot below)."""
    decomposed = unicodedata.normalize("NFD", text)
    return any(c in _VI_LETTERS for c in text) or any(c in "\u0309\u0323\u031b\u0306" for c in decomposed)


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a name: Vietnamese or Chinese, as toneless syllables, and how usual it is."""

    origin: str
    """"vi" or "zh"."""
    syllables: tuple[str, ...]
    score: float = 0.0
    surname: int = 1
    """How many syllables the surname has (Chinese: 2 for Ouyang, Sima)."""

    @property
    def key(self) -> str:
        """The romanized key people are identified by: "nguyen-van-tuan", "zhang-xinshe"."""
        if self.origin == "zh":
            return "".join(self.syllables[:self.surname]) + "-" + "".join(self.syllables[self.surname:])
        return "-".join(self.syllables)

    @property
    def latin(self) -> str:
        """The name in Latin letters, without tones: "Nguyen Van Tuan", "Zhang Xinshe"."""
        if self.origin == "zh":
            surname = "".join(self.syllables[:self.surname]).replace("v", "ü")
            given = "".join(self.syllables[self.surname:]).replace("v", "ü")
            return " ".join(p.capitalize() for p in (surname, given) if p)
        return " ".join(s.capitalize() for s in self.syllables)

    @property
    def tag(self) -> str:
        """BCP 47 tag of the Latin form."""
        return "zh-Latn-pinyin" if self.origin == "zh" else "vi-Latn"


@dataclass(frozen=True, slots=True)
class Decision:
    """What a name reads as: the reading taken, and the rival readings when nothing decided."""

    reading: Reading
    rivals: tuple[Reading, ...] = ()

    @property
    def decided(self) -> bool:
        return not self.rivals


@dataclass(frozen=True)
class NameTables:
    """The tables of `ontology/names/`."""

    vi_weights: dict[str, tuple[float, float, float]]
    """Toneless Vietnamese syllable → weight as surname, middle and given name."""
    pinyin_weights: dict[str, float]
    """Toneless pinyin syllable → weight (log10 of its characters' frequency)."""
    zh_surnames: dict[str, float]
    """Pinyin surname → weight."""
    han_surnames: dict[str, str]
    """Han surname → pinyin."""
    han_viet: dict[str, tuple[str, ...]]
    sv_pinyin: dict[str, tuple[tuple[str, float], ...]]
    """Sino-Vietnamese syllable (toned key or toneless) → pinyin syllables, most frequent first."""
    arabic: dict[str, str]
    graphemes: dict[str, dict[str, tuple[str, ...]]]
    vietnamese_han_surnames: frozenset[str]
    countries: dict[str, str]
    skeletons: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    """Origin → Arabic skeleton → syllables spelt that way."""
    vietnamese_han_middle_names: frozenset[str] = frozenset()
    """Han characters that, second in a name, make it Vietnamese (氏 Thị)."""
    sounds_like: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Toneless pinyin syllable → toneless Sino-Vietnamese syllables of characters read that way."""

    @classmethod
    def load(cls, folder: Path) -> NameTables:
        """Read the tables.

        :raises ResourceError: a file is missing or a line is malformed (file and line named).
        """
        vi: dict[str, tuple[float, float, float]] = {}
        for path, line, cols in _rows(folder / "vi-name-syllables.tsv", 4):
            weights = tuple(_number(v, path, line) for v in cols[1:])
            old = vi.get(toneless(cols[0]), (0.0, 0.0, 0.0))
            vi[toneless(cols[0])] = tuple(max(a, b) for a, b in zip(old, weights))  # type: ignore[assignment]
        han_viet = {cols[0]: tuple(cols[1].split()) for _, _, cols in _rows(folder / "han-viet.tsv", 2)}
        for _, _, cols in _rows(folder / "han-viet-names.tsv", 2):  # what Unihan lacks of names' characters
            han_viet[cols[0]] = han_viet.get(cols[0], ()) + tuple(r for r in cols[1].split()
                                                                  if r not in han_viet.get(cols[0], ()))
        for readings in han_viet.values():
            for reading in readings:
                vi.setdefault(toneless(reading), (0.0, 0.0, 0.0))
        pinyin = {cols[0]: min(_COMMON, math.log10(_number(cols[1], p, n)))
                  for p, n, cols in _rows(folder / "pinyin-syllables.tsv", 2)}
        surnames: dict[str, float] = {}
        han_surnames: dict[str, str] = {}
        for path, line, cols in _rows(folder / "zh-surnames.tsv", 3):
            han_surnames[cols[0]] = cols[1]
            surnames[cols[1]] = max(surnames.get(cols[1], 0.0), _number(cols[2], path, line))
        sv: dict[str, tuple[tuple[str, float], ...]] = {}
        plain: dict[str, dict[str, float]] = {}
        for path, line, cols in _rows(folder / "sinoviet-pinyin.tsv", 2):
            pairs = tuple((p, _number(w, path, line)) for p, w in (item.rsplit(":", 1) for item in cols[1].split()))
            sv[cols[0]] = pairs
            bucket = plain.setdefault(toneless(cols[0][:-1]), {})
            for p, w in pairs:
                bucket[p] = bucket.get(p, 0.0) + w
        for syllable, bucket in plain.items():
            sv.setdefault(syllable, tuple(sorted(bucket.items(), key=lambda kv: (-kv[1], kv[0]))))
        spelling = read_toml(folder / "arabic.toml")
        origin = read_toml(folder / "origin.toml")
        graphemes = {name: {k: tuple(v) for k, v in spelling[section].items()}
                     for name, section in (("vi", "vietnamese"), ("zh", "pinyin"))}
        tables = cls(vi, pinyin, surnames, han_surnames, han_viet, sv, dict(spelling["arabic"]), graphemes,
                     frozenset(origin.get("vietnamese_han_surnames", ())), dict(origin.get("countries", {})))
        object.__setattr__(tables, "vietnamese_han_middle_names",
                           frozenset(origin.get("vietnamese_han_middle_names", ())))
        sounds: dict[str, set[str]] = {}
        for syllable, pairs in sv.items():
            if not syllable[-1:].isdigit():
                for p, _ in pairs:
                    sounds.setdefault(p, set()).add(syllable)
        tables.sounds_like.update({p: tuple(sorted(v)) for p, v in sounds.items()})
        tables.skeletons["vi"] = _index(vi, graphemes["vi"])
        tables.skeletons["zh"] = _index(pinyin, graphemes["zh"])
        return tables


def _rows(path: Path, width: int):
    if not path.exists():
        raise ResourceError("file not found", path=path)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != width:
            raise ResourceError(f"expected {width} tab-separated columns, found {len(cols)}", path=path, line=number)
        yield path, number, [unicodedata.normalize("NFC", c.strip()) for c in cols]


def _number(value: str, path: Path, line: int) -> float:
    try:
        return float(value)
    except ValueError:
        raise ResourceError(f"not a number: {value!r}", path=path, line=line) from None


def _collapse(skeleton: str) -> str:
    """Repeated vowel classes are one (وو, "uo"); an alif before و or ي only carries it."""
    out = re.sub(r"([AWY])\1+", r"\1", skeleton)
    return out[1:] if out[:2] in ("AW", "AY") else out


def _latin_skeletons(syllable: str, graphemes: dict[str, tuple[str, ...]]) -> set[str]:
    parts: list[tuple[str, ...]] = []
    longest = max(len(g.rstrip("$")) for g in graphemes)
    pos = 0
    while pos < len(syllable):
        for size in range(longest, 0, -1):
            group = syllable[pos:pos + size]
            if group in graphemes:
                # "e$": how a letter group is spelt at the end of the syllable, where it may not vanish.
                at_end = graphemes.get(group + "$") if pos + len(group) == len(syllable) else None
                parts.append(at_end or graphemes[group])
                pos += len(group)
                break
        else:
            return set()
    return {_collapse("".join(combo)) for combo in itertools.product(*parts)}


def _index(syllables, graphemes) -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = {}
    for syllable in syllables:
        for skeleton in _latin_skeletons(syllable, graphemes):
            if skeleton:
                index.setdefault(skeleton, set()).add(syllable)
    return {k: tuple(sorted(v)) for k, v in index.items()}


class NameReader:
    """Reads a person's name into a `Decision`, given the document's language and, where the
    context tells it, whether the person is Vietnamese or Chinese."""

    def __init__(self, tables: NameTables) -> None:
        self.tables = tables
        self._clusters = sorted(tables.arabic, key=len, reverse=True)
        # A name is read wherever a document names it, and again in the next: the readings, a function of the
        # tables alone, are kept (an Arabic-script name's cost most: every skeleton of every word, split or not).
        self._readings = lru_cache(maxsize=1 << 14)(self._read)

    def name_length(self, text: str) -> int | None:
        """How many leading characters of `text` are the name: 0 when it is no Vietnamese or Chinese
        name ("团的外事"), None when the script cannot tell (a Latin name may be anyone's)."""
        script = script_of(text)
        if script == "Latn":
            return None
        if script == "Hani":
            name = text.strip()
            surname = self._han_surname(name) or (name[:1] if name[:1] in self.tables.vietnamese_han_surnames else "")
            # Given names have one or two characters; more is the text running on ("黄柏南对"). A
            # Vietnamese middle name (黄氏清娥, Hoàng Thị Thanh Nga) comes before them.
            middle = name[len(surname):len(surname) + 1] in self.tables.vietnamese_han_middle_names
            return len(surname) + min(2 + middle, len(name) - len(surname)) if surname and len(name) > len(surname) else 0
        words = list(re.finditer(r"\S+", text))
        best = 0
        for origin in ("vi", "zh"):
            count = 0
            for position, word in enumerate(words):
                if not self._word_readings(word.group(), origin, position, len(words)):
                    break
                count += 1
            best = max(best, count)
        return words[best - 1].end() if best else None

    def read(self, text: str, lang: str, origin: str | None = None) -> Decision | None:
        """The reading of a name; None when it cannot be read as a Vietnamese or Chinese name."""
        return self._readings(text, lang, origin)

    def _read(self, text: str, lang: str, origin: str | None) -> Decision | None:
        script = script_of(text)
        if script == "Hani":
            return self._han(text.strip(), origin)
        words = [w for w in re.split(r"[\s\-‐]+", text) if w]
        if not words:
            return None
        if script == "Latn":
            return self._latin(words, lang, origin)
        return self._arabic(words, origin)

    # Han characters ----------------------------------------------------------------------

    def _han_surname(self, name: str) -> str | None:
        return next((name[:n] for n in (2, 1) if name[:n] in self.tables.han_surnames), None)

    def _han(self, name: str, origin: str | None) -> Decision | None:
        if origin is None:
            vietnamese = name[:1] in self.tables.vietnamese_han_surnames or \
                name[1:2] in self.tables.vietnamese_han_middle_names
            origin = "vi" if vietnamese else "zh"
        if origin == "vi":
            syllables = [self._han_viet(c, position, len(name)) for position, c in enumerate(name)]
            if not all(syllables):
                return None
            return Decision(Reading("vi", tuple(syllables)))  # type: ignore[arg-type]
        surname = self._han_surname(name)
        if surname is None or len(name) - len(surname) > 3:
            return None
        from pypinyin import lazy_pinyin  # imported here: only Chinese-script names need it

        given = [toneless(p) for p in lazy_pinyin(name[len(surname):])]
        sur = [self.tables.han_surnames[surname]]
        return Decision(Reading("zh", tuple(sur + given), surname=1))

    def _han_viet(self, char: str, position: int, count: int) -> str | None:
        """A character of a Vietnamese name as its Vietnamese syllable: of its Han–Viet readings the
        one names use most at that place. A middle or given name none of whose readings names use
        is written by its sound (Chinese text writes Hoàng Bá Nam 黄柏南, 柏 bó for 伯 bó, Bá): then
        the usual name syllable whose characters sound the same in Mandarin. Surnames keep their
        own characters (陈 Trần, 覃 Đàm), so they are read as written."""
        readings = [toneless(r) for r in self.tables.han_viet.get(char, ())]
        if not readings and position == 0:
            return None
        weight = lambda syllable: self._vi_weight(syllable, position, count)  # noqa: E731
        if position == 0 or any(any(self.tables.vi_weights.get(r, (0.0, 0.0, 0.0))) for r in readings):
            return max(readings, key=weight)
        from pypinyin import Style, pinyin  # imported here: only Han-script names need it

        sounds = sorted({s for p in pinyin(char, style=Style.NORMAL, heteronym=True)[0]
                         for s in self.tables.sounds_like.get(toneless(p), ())})
        alike = max(sounds, key=weight, default=None)
        if not readings:  # "阮春碟": a character the Han–Viet table lacks is written by its sound (碟 dié, Điệp)
            return alike
        return alike if alike is not None and weight(alike) >= _USUAL else readings[0]

    # Latin letters -----------------------------------------------------------------------

    def _latin(self, words: list[str], lang: str, origin: str | None) -> Decision | None:
        plain = [toneless(w) for w in words]
        if not all(plain):
            return None
        vi = self._vi_reading(plain)
        zh = self._pinyin_reading(plain)
        marked = has_vietnamese_marks(" ".join(words))
        if origin == "zh" and lang == "vi" and vi is not None:
            sino = self._from_sino_vietnamese(words, lang)
            if sino is not None:
                return Decision(sino)
        if marked and lang != "vi" and vi is not None:
            # ("La délégation vietnamienne était conduite par … Nông Văn Hải": in another language, a name written with
            # Vietnamese marks is a Vietnamese name, whichever side the text told before)
            return Decision(vi)
        if origin == "zh" and zh is not None or origin == "vi" and vi is not None:
            return Decision(zh if origin == "zh" else vi)  # type: ignore[arg-type]
        if vi is None or zh is None:
            either = vi or zh
            return Decision(either) if either is not None else None
        if marked:
            return Decision(vi)
        vi_surname = self.tables.vi_weights[plain[0]][0]
        zh_surname = self.tables.zh_surnames.get(zh.syllables[0], 0.0)
        return Decision(zh if zh_surname > vi_surname else vi)

    def _vi_reading(self, plain: list[str]) -> Reading | None:
        if not all(p in self.tables.vi_weights for p in plain):
            return None
        return Reading("vi", tuple(plain), sum(self._vi_weight(p, i, len(plain)) for i, p in enumerate(plain)))

    def _vi_weight(self, syllable: str, position: int, count: int) -> float:
        surname, middle, given = self.tables.vi_weights.get(syllable, (0.0, 0.0, 0.0))
        return surname if position == 0 else given if position == count - 1 else middle

    def _pinyin_reading(self, plain: list[str]) -> Reading | None:
        syllables: list[str] = []
        for word in plain:
            split = _segment(word, self.tables.pinyin_weights)
            if split is None:
                return None
            syllables.extend(split)
        if len(syllables) < 2:
            return None
        surname = 2 if len(syllables) > 2 and "".join(syllables[:2]) in self.tables.zh_surnames else 1
        return Reading("zh", tuple(syllables), self._zh_score(syllables, surname), surname=surname)

    def _zh_score(self, syllables: list[str] | tuple[str, ...], surname: int) -> float:
        head = self.tables.zh_surnames.get("".join(syllables[:surname]), 0.0)
        return head + sum(self.tables.pinyin_weights.get(s, 0.0) for s in syllables[surname:])

    def sino_vietnamese_pinyin(self, text: str) -> str | None:
        """A Chinese place name as Vietnamese writes it ("Hồng Hà") in pinyin ("honghe")."""
        words = [w for w in re.split(r"[\s\-‐]+", text) if w]
        reading = self._from_sino_vietnamese(words, "vi", person=False) if words else None
        return "".join(reading.syllables) if reading is not None else None

    def _from_sino_vietnamese(self, words: list[str], lang: str, person: bool = True) -> Reading | None:
        """A Chinese name as Vietnamese writes it (Trương Vĩ) back in pinyin (Zhang Wei)."""
        out = []
        # Vietnamese text writes every tone and vowel mark, so "Lam" there is not "Lâm".
        exact = lang == "vi" or has_vietnamese_marks(" ".join(words))
        for position, word in enumerate(words):
            key = toned_key(word) if exact else toneless(word)
            options = self.tables.sv_pinyin.get(key) or self.tables.sv_pinyin.get(toneless(word))
            if not options:
                return None
            if position == 0 and person:
                surnames = [p for p, _ in options if p in self.tables.zh_surnames]
                out.append(max(surnames, key=lambda p: self.tables.zh_surnames[p]) if surnames else options[0][0])
            else:
                out.append(options[0][0])
        return Reading("zh", tuple(out), self._zh_score(out, 1))

    # Arabic script -----------------------------------------------------------------------

    def skeleton(self, word: str) -> str:
        """The Arabic word as skeleton classes (see ontology/names/arabic.toml)."""
        from borderkg.text import fold

        text = fold(word).text
        out, pos = [], 0
        while pos < len(text):
            cluster = next((c for c in self._clusters if text.startswith(c, pos)), None)
            if cluster is None:
                pos += 1  # harakat and letters no name uses
                continue
            out.append(self.tables.arabic[cluster])
            pos += len(cluster)
        return _collapse("".join(out))

    def _word_readings(self, word: str, origin: str, position: int, count: int = 3) -> list[tuple[tuple[str, ...], float]]:
        """Readings of one Arabic word: one Vietnamese syllable, or one or two pinyin syllables."""
        skeleton = self.skeleton(word)
        index = self.tables.skeletons[origin]
        if origin == "vi":
            return [((s,), self._vi_weight(s, position, count)) for s in index.get(skeleton, ())]
        out: list[tuple[tuple[str, ...], float]] = [((s,), self._zh_syllable_weight(s, position))
                                                     for s in index.get(skeleton, ())]
        if position > 0:
            for cut in range(1, len(skeleton)):
                for a in index.get(skeleton[:cut], ()):
                    for b in index.get(skeleton[cut:], ()):
                        out.append(((a, b), min(self._zh_syllable_weight(a, 1), self._zh_syllable_weight(b, 1)) - _SPLIT))
        return out

    def _likelier_origin(self, vi: Reading, zh: Reading, words: int) -> str:
        """Vietnamese or Chinese, when a name reads as both: the more usual surname, and Vietnamese
        on a tie when the name has three words or more (Chinese names have two or three syllables)."""
        vi_surname = self.tables.vi_weights.get(vi.syllables[0], (0.0, 0.0, 0.0))[0]
        zh_surname = self.tables.zh_surnames.get(zh.syllables[0], 0.0)
        if vi_surname != zh_surname:
            return "vi" if vi_surname > zh_surname else "zh"
        return "vi" if words >= 3 else "zh"

    def _zh_syllable_weight(self, syllable: str, position: int) -> float:
        if position == 0:
            return self.tables.zh_surnames.get(syllable, -5.0)
        return self.tables.pinyin_weights.get(syllable, 0.0)

    def alternatives(self, text: str, origin: str, margin: float) -> tuple[Reading, ...]:
        """Readings of an Arabic-script name as `origin` (vi or zh) within `margin` of the best,
        best first: the script writes neither tones nor most vowels, so another document in
        another script may settle which one it is. Empty for other scripts."""
        words = [w for w in re.split(r"[\s\-‐]+", text) if w]
        if script_of(text) != "Arab" or not words:
            return ()
        ranked = self._arabic_ranked(words).get(origin, [])
        out: dict[str, Reading] = {}
        for r in ranked:
            if ranked[0].score - r.score <= margin:
                out.setdefault(r.key, r)
        return tuple(out.values())

    def _arabic(self, words: list[str], origin: str | None) -> Decision | None:
        by_origin = self._arabic_ranked(words)
        if not by_origin:
            return None
        if origin in by_origin:
            ranked = by_origin[origin]
        elif len(by_origin) == 1:
            ranked = next(iter(by_origin.values()))
        else:
            ranked = by_origin[self._likelier_origin(by_origin["vi"][0], by_origin["zh"][0], len(words))]
        rivals = tuple(r for r in ranked[1:] if ranked[0].score - r.score < _MARGIN and r.key != ranked[0].key)
        return Decision(ranked[0], rivals)

    def _arabic_ranked(self, words: list[str]) -> dict[str, list[Reading]]:
        """Each origin's readings of the words, likeliest first."""
        by_origin: dict[str, list[Reading]] = {}
        for candidate in ("vi", "zh"):
            per_word = []
            for position, word in enumerate(words):
                options = sorted(self._word_readings(word, candidate, position, len(words)), key=lambda o: (-o[1], o[0]))
                if not options:
                    break
                per_word.append(options[:_PER_WORD])
            else:
                readings = [Reading(candidate, tuple(s for part, _ in combo for s in part), sum(w for _, w in combo))
                            for combo in itertools.product(*per_word)]
                if candidate == "zh":  # a Chinese name has two to four syllables
                    readings = [r for r in readings if 2 <= len(r.syllables) <= 4 - (len(words) > 2)]
                if readings:
                    by_origin[candidate] = sorted(readings, key=lambda r: (-r.score, r.syllables))
        return by_origin


def _segment(word: str, inventory: dict[str, float]) -> list[str] | None:
    """A pinyin word cut into syllables, fewest first ("xinshe" → xin she, "xian" → xian)."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        options = [best[start] + [word[start:end]] for start in range(max(0, end - 6), end)
                   if start in best and word[start:end] in inventory]
        if options:
            best[end] = min(options, key=len)
    return best.get(len(word))


__all__ = ["Decision", "NameReader", "NameTables", "Reading", "has_vietnamese_marks", "script_of", "toned_key",
           "toneless"]
