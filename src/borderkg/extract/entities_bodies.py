"""Bodies no lexicon knows, named by a head word of their kind (`body_heads`: department, bureau,
commission, customs, brigade, hospital, university) with what they do and the place they belong
to: "Cao Bang Department of Labour, Invalids and Social Affairs", "Amt für Bauwesen der Provinz
Lao Cai", "byrån för kultur, turism och sport i Beihai", "Dongxing Fire and Rescue Brigade"."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from borderkg import classes
from borderkg.extract.matcher import Match, longest
from borderkg.extract.mint import BKR, head_label, local_name, mint_iri, slug
from borderkg.extract.spans import SpanIndex, SpanSet, StartIndex

if TYPE_CHECKING:
    from borderkg.extract.entities import Context, Found

_REACH = 100
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
_BREAKS = frozenset(".;:!?()[]\"«»“”،؛؟。、《》")
_LIST_COMMAS = frozenset(",،")


class _Word(NamedTuple):
    start: int
    end: int
    text: str


def named_bodies(ctx: Context) -> None:
    """Bodies read from a head word of `body_heads` and the place next to their name."""
    heads = _heads(ctx)
    if not heads:
        return
    from borderkg.extract.entities import Found  # entities imports this module

    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls not in classes.PLACES)
    # A kind the head tables know ("لجنة الحزب", "Department of Health") is `_organisations`' to read or leave.
    for m in ctx.matches(ctx.lang.heads) + ctx.matches(ctx.lang.placed_heads_matcher):
        taken.add(m.start, m.end)
    places = StartIndex(ctx.places(), end=lambda p: p.end)
    ends = {p.end: p for p in ctx.places()}
    # "Cục trưởng Cục Văn hóa…": a head word a title holds is the title's, no body's name
    titles = SpanIndex((r.start, r.end) for r in ctx.matches(ctx.lang.roles))
    for head in heads:
        if taken.overlaps(head.start, head.end) or titles.contains_other(head.start, head.end):
            continue
        lower = not ctx.original_of(head.start, head.start + 1).isupper()
        if ctx.lang.latin and not ctx.lang.body_heads_lowercase and lower:
            continue  # "mise en service", "the department": a common noun, no body's name
        body = _read_body(ctx, head, places, ends) if ctx.lang.latin or not ctx.lang.body_head_last else \
            _read_han_body(ctx, head, heads, ends)
        if body is None:
            again = _named_again(ctx, head) if ctx.lang.latin else None
            if again is not None and not taken.overlaps(again.start, again.end):
                ctx.found.append(again)
                taken.add(again.start, again.end)
            continue
        start, end, place, topic = body
        if taken.overlaps(start, end):
            continue
        # "Subdepartamento de Aduanas de Lang Son" is Lang Son's customs, as "Aduanas de Lang Son" is:
        # the last head word of the name says the kind, and is no part of what the body does.
        inner = [h for h in heads if start <= h.start and h.end <= end]
        kind = str(inner[-1].value)
        topic = " ".join(w for w in topic.split() if w not in {ctx.text[h.start:h.end] for h in inner})
        # "Gesundheitsamt der Provinz Ha Giang", "brandbrigaden i Pingxiang": what a compound's body does is the
        # compound's first part, so that the province's health office and its education office are two bodies
        topic = " ".join(filter(None, (_compound_first_part(ctx, inner[-1]), topic)))
        spec = ctx.common.get("heads", {}).get(kind, {})
        name = slug(topic) if ctx.lang.latin else mint_iri("body", topic)[-16:] if topic else ""
        if not name and spec.get("whole"):
            # "Lang Son Customs" is the "Lang Son Customs Department": a head word alone with its place names the
            # body of that kind the head tables know (`whole`)
            kind = spec["whole"]
            spec = ctx.common.get("heads", {}).get(kind, {})
        cls = spec.get("type", "Organization") if place.cls != "Country" else "Organization"
        iri = f"{BKR}org/{local_name(place.iri)}/{kind}{'-' + name if name else ''}"
        labels: tuple[tuple[str, str], ...] = ((ctx.original_of(start, end), ctx.lang.code),)
        template = spec.get("en")
        if template and not ctx.lang.latin:  # every body has a Latin-script label
            place_name = re.sub(r"-\d{4}$", "", local_name(place.iri)).replace("-", " ").title()
            labels += ((head_label(template, place_name), "en"),)
        ctx.found.append(Found(start, end, iri, cls, labels=labels, links=(("jurisdiction", place.iri),), head=kind))
        taken.add(start, end)


def _named_again(ctx: Context, head: Match) -> Found | None:
    """"der Direktor des Amtes für Industrie und Handel" after "das Amt für Industrie und Handel der Provinz
    Lao Cai": a head word and what the body does, without its place, name the body of that kind and
    topic read before (the longest such topic)."""
    told = {f.iri: f for f in ctx.found if f.end <= head.start and f.head == str(head.value) and not f.inferred}
    if not told:
        return None
    after = _words(ctx, head.end)
    for n in range(len(after), 0, -1):
        topic = after[:n]
        if not all(_topic_word(ctx, w, last=False) for w in topic) or not _topic_word(ctx, topic[-1], last=True) \
                or not _lists_closed(ctx, topic):
            continue
        name = slug(_topic_text(ctx, " ".join(w.text for w in topic)))
        same = next((f for iri, f in told.items() if name and iri.endswith(f"/{head.value}-{name}")), None)
        if same is not None:
            return replace(same, start=head.start, end=topic[-1].end, labels=((ctx.original_of(head.start, topic[-1].end), ctx.lang.code),))
    return None


def _heads(ctx: Context) -> list[Match]:
    """The head words in the text, compound words ending in one (`body_suffixes`) included."""
    found = list(ctx.matches(ctx.lang.body_heads))
    kinds = ctx.lang.body_suffixes_kinds  # longest ending first
    # (the pattern tries every ending at every letter of every word: asked only of a text that holds one)
    if ctx.lang.body_suffixes is not None and any(end in ctx.text for end in kinds):
        found += [Match(m.start(), m.end(), next(kind for end, kind in kinds.items() if m.group().endswith(end)))
                  for m in ctx.lang.body_suffixes.finditer(ctx.text)]
    # "格局" (pattern), "局势" (situation): words that hold a head word and name no body
    nothing = SpanSet((m.start, m.end) for m in ctx.matches(ctx.lang.body_not_heads))
    return longest(sorted((m for m in found if not nothing.overlaps(m.start, m.end)), key=lambda m: (m.start, -m.end)))


def _compound_first_part(ctx: Context, head: Match) -> str:
    """What stands before a head word's ending in a compound (`body_suffixes`): "Gesundheits" in
    "Gesundheitsamts"; nothing for a head word standing alone."""
    word = ctx.text[head.start:head.end]
    if " " in word or word in ctx.lang.body_suffixes_kinds or ctx.lang.body_suffixes is None:
        return ""
    ending = next((end for end in ctx.lang.body_suffixes_kinds if word.endswith(end)), "")
    return ctx.original_of(head.start, head.end - len(ending)) if ending and len(word) > len(ending) else ""


_Body = tuple[int, int, "Found", str]
"""Where a body's name starts and ends, its place, and what it does."""


def _read_body(ctx: Context, head: Match, places: StartIndex, ends: dict[int, Found]) -> _Body | None:
    """Where the body's name starts and ends, its place and what it does (the words of its name
    besides the head word and the place): its place after it, through link words ("de la ville
    de", "i", "der Provinz") past at most a few words of its topic, or right before its name."""
    after = _words(ctx, head.end)
    for n in range(len(after) + 1):
        topic = after[:n]
        if topic and not _topic_word(ctx, topic[-1], last=False):
            break
        if topic and _comma_after_and(ctx, topic):
            break  # "Affairs, and Wei Lanying, director of ...": the list closed, the name ended
        if topic and (not _topic_word(ctx, topic[-1], last=True) or not _lists_closed(ctx, topic)):
            continue
        pos = topic[-1].end if topic else head.end
        place = _place_through_links(ctx, pos, places)
        if place is not None and not topic and ctx.lang.body_names_before and ends.get(head.start - 1) is not None:
            place = ends[head.start - 1]  # "Kunming Customs in Yunnan": Kunming's; the place after says where it lies
            return place.start, head.end, place, ""
        if place is not None:
            lead = _run_before(ctx, head.start, ends) if ctx.lang.body_names_before else None
            start = lead[0] if lead is not None and lead[1] is None else head.start
            words = ctx.text[start:head.start] + " " + " ".join(w.text for w in topic)
            return start, place.end, place, _topic_text(ctx, words)
    # No place after: a name in title case before its place ("Longzhou county Bureau of Human Resources").
    run = _run_before(ctx, head.start, ends) if ctx.lang.body_names_before else \
        _place_right_before(ctx, head.start, ends)
    if run is not None and run[1] is not None:
        start, place = run[0], run[1]
    else:
        # "the provincial Department of Labour, Invalids and Social Affairs": a place's anaphor right before
        from borderkg.extract.entities import place_told_before  # entities imports this module
        told = place_told_before(ctx, head.start)
        if told is None:
            return None
        place, start = told
    topic = _title_topic(ctx, after) if ctx.lang.latin and not ctx.lang.sentence_case else []
    end = topic[-1].end if topic else head.end
    # (the words between the place and the head are the name's, unless the place was told before the name)
    words = ctx.text[max(place.end, start):head.start] + " " + " ".join(w.text for w in topic)
    return start, end, place, _topic_text(ctx, words)


_HAN_TOPIC = (2, 10)
"""How many Han characters stand between a body's place and a one-character head word ("金平县|应急管理|局")."""
_HAN = re.compile(r"[\u3400-\u9fff]")


def _read_han_body(ctx: Context, head: Match, heads: list[Match], ends: dict[int, Found]) -> _Body | None:
    """"金平县应急管理局", "东兴市消防救援大队": in a script without spaces the name runs back from its head
    word, over what the body does, to the place it starts with (two to ten characters between)."""
    if ctx.match_starting(ctx.lang.roles, head.start) is not None:
        return None  # "局长": a title, the body's head word is before it
    low, high = _HAN_TOPIC
    # "云南大学": a head word of two characters may follow its place; "当局", "格局", "县委" are no bodies
    for pos in range(head.start - (0 if head.end - head.start > 1 else low), max(-1, head.start - high - 1), -1):
        if pos < head.start and not _HAN.match(ctx.text, pos):
            return None
        if head.start - pos == 1:
            continue
        place = ends.get(pos)
        if place is not None:
            between = _Word(pos, head.start, "")
            if any(pos <= h.start and h.end <= head.start for h in heads) or _in_place(ctx, between):
                return None  # another body's head or a place in between: no one name
            return place.start, head.end, place, ctx.text[pos:head.start]
    return None


def _words(ctx: Context, pos: int) -> list[_Word]:
    """The words after pos up to the first sentence break, at most `body_topic_tokens` of them (commas kept)."""
    out: list[_Word] = []
    for m in _TOKEN.finditer(ctx.text, pos, min(len(ctx.text), pos + _REACH)):
        if m.group() in _BREAKS or ctx.text[out[-1].end if out else pos:m.start()].count("\n"):
            break
        out.append(_Word(m.start(), m.end(), m.group()))
        if sum(w.text not in _LIST_COMMAS for w in out) >= ctx.lang.body_topic_tokens:
            break
    return out


def _topic_word(ctx: Context, word: _Word, *, last: bool) -> bool:
    """Whether a word may stand in a body's name (`last`: may end it): in title case, a capitalised one
    or a joiner; never a joiner, an article or an "and"-word at its end."""
    if word.text in _LIST_COMMAS:
        return not last
    if word.text in ctx.lang.body_stops or _in_place(ctx, word):
        return False
    joiner = word.text in ctx.lang.and_words or word.text in ctx.lang.name_joiners or word.text in ctx.lang.articles
    if ctx.lang.body_names_before and not joiner and not ctx.original_of(word.start, word.start + 1).isupper():
        return False
    return not (last and joiner)


def _in_place(ctx: Context, word: _Word) -> bool:
    """Whether a word lies in a place's name."""
    spans = ctx.indexed("bodies: places",
                        lambda found: SpanSet((f.start, f.end) for f in found if f.cls in classes.PLACES))
    return spans.overlaps(word.start, word.end)


def _comma_after_and(ctx: Context, words: list[_Word]) -> bool:
    """A comma after the name's "and"-word: its list closed before it."""
    joined = next((i for i, w in enumerate(words) if w.text in ctx.lang.and_words), None)
    return joined is not None and any(w.text in _LIST_COMMAS for w in words[joined:])


def _lists_closed(ctx: Context, words: list[_Word]) -> bool:
    """A comma in a name lists what the body does: "kultur, turism och sport"; an "and"-word follows
    it, and no comma follows that."""
    commas = [i for i, w in enumerate(words) if w.text in _LIST_COMMAS]
    if not commas:
        return True
    joined = [i for i, w in enumerate(words) if w.text in ctx.lang.and_words and i > commas[0]]
    return bool(joined) and joined[0] > commas[-1]


def _place_through_links(ctx: Context, pos: int, places: StartIndex) -> Found | None:
    """The place a name reaches through link words alone ("de la ville de Baise"); not a country
    before a closer place ("in China's Guangxi")."""
    for p in places.between(pos, pos + 41):
        gap = ctx.text[pos:p.start].replace("-", " ").split()
        if p.start >= pos and all(w in ctx.lang.link_tokens or w in ctx.lang.body_links for w in gap):
            return p
    return None


def _run_before(ctx: Context, pos: int, ends: dict[int, Found]) -> tuple[int, Found | None] | None:
    """The capitalised words of a title-case name before its head word, up to the place it starts
    with ("Dongxing Fire and Rescue", "Cao Bang Provincial General"): where it starts and the place
    (None when no place opens it)."""
    start, pending = pos, pos
    for m in reversed(list(_TOKEN.finditer(ctx.text, max(0, pos - _REACH), pos))):
        if ctx.text[m.end():pending].strip() or ctx.text[m.end():pending].count("\n"):
            break
        place = ends.get(m.end())
        if place is not None:
            return place.start, place
        word = m.group()
        if word in _LIST_COMMAS:
            pending = m.start()
            continue
        if word in ctx.lang.and_words or word in ctx.lang.name_joiners or word in ctx.lang.link_tokens:
            pending = m.start()
            continue
        if word in _BREAKS or not ctx.original_of(m.start(), m.start() + 1).isupper() or word in ctx.lang.body_stops:
            break
        start = pending = m.start()
    return (start, None) if start < pos else None


def _place_right_before(ctx: Context, pos: int, ends: dict[int, Found]) -> tuple[int, Found] | None:
    """The place before a head word through link words alone ("Quang Ninhs turistdepartement")."""
    for end in sorted((e for e in ends if pos - 41 < e <= pos), reverse=True):
        gap = ctx.text[end:pos].replace("-", " ").split()
        if all(w in ctx.lang.link_tokens for w in gap):
            return ends[end].start, ends[end]
    return None


def _title_topic(ctx: Context, after: list[_Word]) -> list[_Word]:
    """"of Labour, Invalids and Social Affairs": after a link word, capitalised words, and-words and
    a closed list, up to the first word that is none of these."""
    if not after or after[0].text not in ctx.lang.name_joiners or after[0].text in ctx.lang.and_words:
        return []  # ("Lang Son Customs and Pingxiang Customs": an "and" right after the head joins another body)
    best: list[_Word] = []
    for n in range(2, len(after) + 1):
        word = after[n - 1]
        capital = ctx.original_of(word.start, word.start + 1).isupper()
        joiner = word.text in _LIST_COMMAS or word.text in ctx.lang.name_joiners or word.text in ctx.lang.and_words
        # ("talks with Kunming Customs on Thursday", "… Customs on 5 May": a time after the head ends the name)
        if not (joiner or capital) or word.text in ctx.lang.body_stops or word.text in ctx.lang.dates.time_words \
                or word.text[:1].isdigit():
            break
        if capital and _lists_closed(ctx, after[:n]) and not _in_place(ctx, word):
            best = after[:n]
    return best


def _topic_text(ctx: Context, words: str) -> str:
    """A body's topic without link words, so that "Amt für Bauwesen" and "Amtes für Bauwesen" agree."""
    dropped = ctx.lang.link_tokens | ctx.lang.name_joiners | ctx.lang.and_words | _LIST_COMMAS
    return " ".join(w for w in _TOKEN.findall(words) if w not in dropped)
