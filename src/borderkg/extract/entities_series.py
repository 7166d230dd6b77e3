"""Series of talks the lexicon does not know, named by a numbered edition of talks with a qualifier:
"第三次边境工作会晤" (the third border working meeting), "hội đàm định kỳ lần thứ tư" (the fourth
regular talks), or by a mechanism word after what it is for ("their partnership mechanism"). The talks
so named are a standing series of their sides: a mechanism."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from borderkg import classes
from borderkg.extract.matcher import Match
from borderkg.extract.mint import BKR, mint_iri, slug
from borderkg.extract.spans import SpanSet

if TYPE_CHECKING:
    from borderkg.extract.entities import Context

_HAN_QUALIFIER = (2, 6)
"""How many Han characters a qualifier between the edition number and the talks word has."""
_QUALIFIER_WORDS = 3
_HAN = re.compile(r"[\u3400-\u9fff]")
_SIDES = classes.ADMINISTRATIVE
_ORDINAL_END = re.compile(r"\d{1,3}\s*\S{0,3}\s*$")


def described_mechanisms(ctx: Context) -> None:
    """"the 10th round of their partnership mechanism", "under a cooperation mechanism": one or two lowercase
    words before a mechanism word (`mechanism_words`) name a mechanism of the sides its sentence names."""
    words = ctx.matches(ctx.lang.mechanism_words)
    if not words or not ctx.lang.latin:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    skip = ctx.lang.articles | ctx.lang.possessives | ctx.lang.not_name_words | ctx.lang.and_words | ctx.lang.indefinite_articles
    for word in words:
        before = list(re.finditer(r"[^\W\d_]+", ctx.text[max(0, word.start - 40):word.start]))
        start = None
        for token in reversed(before[-2:]):
            at = max(0, word.start - 40) + token.start()
            if token.group() in skip or not ctx.original_of(at, at + 1).islower() \
                    or ctx.text[at + len(token.group()):start if start is not None else word.start].strip():
                break
            start = at
        if start is None:
            # "the mechanism of periodic talks on education": the event words after it name it
            start, end = word.start, _events_named_after(ctx, word.end)
        else:
            end = word.end
        if end is None or taken.overlaps(start, end):
            continue
        put_series(ctx, start, end)
        taken.add(start, end)


def _events_named_after(ctx: Context, end: int) -> int | None:
    """Where "of" and a few lowercase words ending in an event word ("of periodic talks", "of regular meetings on
    education") end after a mechanism word, or None."""
    of = _OF_EVENTS.match(ctx.text, end)
    if of is None or not ctx.original_of(of.end(), of.end() + 1).islower():
        return None
    trigger = next(iter(ctx.matches_starting(ctx.lang.triggers, of.end(), of.end() + _EVENTS_AFTER_OF)), None)
    if trigger is None or not ctx.original_of(of.end(), trigger.end).islower():
        return None
    topic = _ON_TOPIC.match(ctx.text, trigger.end)
    return topic.end() if topic is not None and ctx.original_of(topic.start(1), topic.start(1) + 1).islower() \
        else trigger.end


_OF_EVENTS = re.compile(r"\s+of\s+")
_EVENTS_AFTER_OF = 24
"""How far after "of" the event word that names the mechanism may start ("of regular periodic talks")."""
_ON_TOPIC = re.compile(r"\s+on\s+([^\W\d_]+)")


def put_series(ctx: Context, start: int, end: int, minted: dict[str, str] | None = None, *, key: str | None = None) -> None:
    """The mechanism named from `start` to `end`, keyed by its name and the places its sentence names;
    in a document, one per `key` (its name, or the first word that qualifies its talks word: "اجتماعهما
    الدوري" and "الاجتماع الدوري", "reunión anual de cooperación" and "reunión anual" are one series)."""
    from borderkg.extract.entities import Found

    name = ctx.original_of(start, end)
    sides = sorted({f.iri for f in ctx.found if f.cls in _SIDES and _same_sentence(ctx, f.start, start)})
    held = held_mechanism(ctx, start, set(sides))
    if held is not None:
        ctx.found.append(Found(start, end, held, "Mechanism", known=True, head="series"))
        return
    iri = f"{BKR}mechanism/x-{slug(name) or 'series'}-{mint_iri('mechanism', name, *sides)[-8:]}"
    if minted is not None:
        iri = minted.setdefault(key or name, iri)
    ctx.found.append(Found(start, end, iri, "Mechanism", labels=((name, ctx.lang.code),), head="series"))


def held_mechanism(ctx: Context, start: int, sides: set[str]) -> str | None:
    """The known mechanism whose editions the holders of an office (`mechanism_holders`) that the sentence names meet
    at, where it names three of its member sides (a province and the one it became are one)."""
    holders = ctx.common.get("mechanism_holders", {})
    if not holders:
        return None
    codes = {str(r.value) for r in ctx.matches(ctx.lang.roles) if _same_sentence(ctx, r.start, start)}
    for iri, code in holders.items():
        entry = ctx.entries.get(iri)
        if code not in codes or entry is None:
            continue
        members = set(entry.member_sides) & sides
        if len(members - {p for m in members for p in ctx.entries[m].predecessors}) >= _HELD_SIDES:
            return iri
    return None


_HELD_SIDES = 3


def series_mechanisms(ctx: Context) -> None:
    """Each talks word (`series_words`) with a qualifier and an edition number, before it in Han script
    ("第三次边境工作会晤"), after it elsewhere ("hội đàm định kỳ lần thứ tư"), names a series: one
    mechanism per qualified name and the places its sentence names as sides."""
    words = ctx.matches(ctx.lang.series_words)
    if not words:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found)
    minted: dict[str, str] = {}  # one series per qualifier in a document, keyed by the sides it is first told with
    for word in words:
        if _HAN.match(ctx.text, word.start):
            span = _qualifiedafter_ordinal(ctx, word)
        else:  # "hội đàm định kỳ lần thứ tư", "اجتماعهما الدوري الرابع"; "la troisième conférence conjointe"
            span = _numbered_round_of(ctx, word) if ctx.lang.qualifiers_before else \
                _qualified_before_ordinal(ctx, word) or _ordinal_then_qualified(ctx, word) or _numbered_round_of(ctx, word)
        if span is None or taken.overlaps(*span):
            continue
        qualifier = ctx.text[word.end:span[1]].split()
        put_series(ctx, *span, minted, key=qualifier[0] if qualifier else None)
        taken.add(*span)


def _qualifiedafter_ordinal(ctx: Context, word: Match) -> tuple[int, int] | None:
    """"第三次|边境工作|会晤": the Han qualifier between an ordinal (and its suffix) and the word."""
    low, high = _HAN_QUALIFIER
    ordinals = ctx.matches_ending(ctx.lang.ordinals, word.start - high - 2, word.start, overlapping=True)
    # ("第二十二次会晤": not "第二" and a qualifier "十二次"; only an ordinal no longer one holds)
    whole = [o for o in ordinals if not any(p.start <= o.start and o.end < p.end for p in ordinals)]
    qualified = ctx.text[word.start:word.end] in ctx.lang.qualified_series_words  # "第二十二次|例会"
    for o in reversed([o for o in whole if o.end <= word.start - (0 if qualified else low)]):
        at = o.end + (1 if ctx.lang.ordinal.fullmatch("1" + ctx.text[o.end:o.end + 1]) else 0)
        qualifier = ctx.text[at:word.start]
        if low <= len(qualifier) <= high and all(_HAN.match(c) for c in qualifier):
            return at, word.end
        if qualified and not qualifier:
            return word.start, word.end
    return None


def _qualified_before_ordinal(ctx: Context, word: Match) -> tuple[int, int] | None:
    """"hội đàm |định kỳ| lần thứ tư", "اجتماعهما |الدوري| الرابع": up to three words, in small letters where
    the script has capitals, between the word and an edition number."""
    tokens = list(re.finditer(r"\S+", ctx.text[word.end:word.end + 60]))[:_QUALIFIER_WORDS + 1]
    for k in range(1, min(_QUALIFIER_WORDS, len(tokens) - 1) + 1):  # the shortest: "lần" opens "lần thứ tư"
        qualifier = tokens[:k]
        if any(not t.group().isalpha() or ctx.original_of(word.end + t.start(), word.end + t.start() + 1).isupper()
               for t in qualifier):
            continue
        if _edition_number_at(ctx, word.end + tokens[k].start()):
            return word.start, word.end + qualifier[-1].end()
    return None


def _ordinal_then_qualified(ctx: Context, word: Match) -> tuple[int, int] | None:
    """"la troisième |conférence| conjointe,", "la novena |reunión| anual de cooperación,": an edition number
    right before the word (or a numbered round: "la décima ronda de conversaciones periódicas"), and after it up to
    three small-letter words (an "of"-word only between two)
    that end the phrase: punctuation, "and" or a venue word follows, no word that goes on with a clause."""
    if not ctx.lang.latin or not (after_ordinal(ctx, word.start) or _numbered_round_ends(ctx, word.start)):
        return None
    tokens = list(re.finditer(r"[^\s,;:.()]+|[,;:.()]", ctx.text[word.end:word.end + 80]))
    end = None
    for k, t in enumerate(tokens[:_QUALIFIER_WORDS + 1]):
        text, at = t.group(), word.end + t.start()
        if not text.isalpha() or text in ctx.lang.venue_words or text in ctx.lang.and_words:
            break  # the phrase ends here
        if k == _QUALIFIER_WORDS or ctx.original_of(at, at + 1).isupper():
            return None  # more words: the phrase goes on past a qualifier ("réunion conjointe du groupe de travail")
        if text in ctx.lang.link_tokens:
            end = None
            if k == 0:
                return None
        elif text in ctx.lang.not_name_words:
            return None  # a clause goes on ("la décima reunión anual se celebrará", "reunión anual sobre la gestión")
        else:
            end = word.end + t.end()
    else:
        return None
    return (word.start, end) if end is not None else None


def _numbered_round_of(ctx: Context, word: Match) -> tuple[int, int] | None:
    """"the tenth round of periodic talks", "die zehnte Runde der regelmäßigen Gespräche", "the 10th regular talks": one
    or two small-letter words before the talks word qualify it, after an edition number, or after a round word
    (`round_words`) numbered before them; "الجولة العاشرة من المحادثات الدورية": one definite word after the talks
    word qualifies it, a numbered round (and `round_links`) before it. The qualified talks word names the series."""
    if ctx.lang.qualifiers_before:
        tokens = list(re.finditer(r"\S+", ctx.text[max(0, word.start - 60):word.start]))
        base = max(0, word.start - 60)
        qualifiers: list[re.Match[str]] = []
        for t in reversed(tokens[-2:]):
            at = base + t.start()
            if not t.group().isalpha() or ctx.original_of(at, at + 1).isupper() or _clause_word(ctx, t.group()) \
                    or t.group() in ctx.lang.round_words or ctx.matches_starting(ctx.lang.ordinals, at, at + 1, overlapping=True):
                break
            qualifiers.insert(0, t)
        if not qualifiers:
            return None
        start = base + qualifiers[0].start()
        return (start, word.end) if _edition_number_ends(ctx, start) or _numbered_round_ends(ctx, start) else None
    if ctx.lang.latin:
        return None
    after = re.match(r"\s+(\S+)", ctx.text[word.end:word.end + 30])
    if after is None or not after.group(1).startswith(ctx.lang.definite_prefixes) or not after.group(1).isalpha():
        return None
    # the round's link ("من المحادثات"), or a clitic glued to the word ("للمحادثات")
    head = ctx.text[:word.start]
    glued = re.search(r"\w+$", head)
    head = head[:glued.start()] if glued else head
    link = re.search(r"(\S+)\s*$", head)
    if link is not None and link.group(1) in ctx.lang.round_links:
        head = head[:link.start()]
    ordinal = next(iter(ctx.matches_ending(ctx.lang.ordinals, len(head.rstrip()), len(head.rstrip()) + 1, overlapping=True)), None)
    if ordinal is None:
        return None
    round_word = ctx.text[:ordinal.start].split()
    if not round_word or round_word[-1] not in ctx.lang.round_words:
        return None
    return word.start, word.end + after.end()


def _numbered_round_ends(ctx: Context, pos: int) -> bool:
    """A numbered round word and the words that link it to what follows end at `pos` ("the tenth round of", "la
    décima ronda de sus")."""
    base = max(0, pos - 60)
    tokens = list(re.finditer(r"\S+", ctx.text[base:pos]))
    linked = False
    while tokens and _clause_word(ctx, tokens[-1].group()):
        tokens.pop()
        linked = True
    return linked and bool(tokens) and tokens[-1].group() in ctx.lang.round_words \
        and _edition_number_ends(ctx, base + tokens[-1].start())


def _edition_number_ends(ctx: Context, pos: int) -> bool:
    """An ordinal word or a number with an ordinal's suffix ("tenth", "10th", "10.") ends right before `pos`; a bare
    number does not ("am 5 juni samtal": a day)."""
    before = ctx.text[max(0, pos - 12):pos].rstrip()
    end = max(0, pos - 12) + len(before)
    last = before.split()[-1] if before.split() else ""
    suffixed = ctx.lang.suffixed_ordinal
    return bool(suffixed is not None and suffixed.fullmatch(last)) or bool(
        ctx.matches_ending(ctx.lang.ordinals, end, end + 1, overlapping=True))


def _clause_word(ctx: Context, word: str) -> bool:
    """A word that goes on with a clause or a phrase, no qualifier: an article, a link or a function word."""
    return word in ctx.lang.articles or word in ctx.lang.link_tokens or word in ctx.lang.not_name_words \
        or word in ctx.lang.and_words or word in ctx.lang.possessives


def _edition_number_at(ctx: Context, at: int) -> bool:
    """An ordinal word ("lần thứ tư") or an edition word and a number ("lần thứ 9") starts at `at`."""
    if ctx.matches_starting(ctx.lang.ordinals, at, at + 1, overlapping=True):
        return True
    word = next((w for w in ctx.lang.ordinal_after if ctx.text.startswith(w, at)), None)
    return word is not None and re.match(r"\s*\d{1,3}\b", ctx.text[at + len(word):at + len(word) + 6]) is not None


def after_ordinal(ctx: Context, pos: int) -> bool:
    """An ordinal ("second", "2nd", "2.") ends right before pos."""
    before = ctx.text[max(0, pos - 12):pos]
    end = max(0, pos - 12) + len(before.rstrip())
    return bool(_ORDINAL_END.search(before) or ctx.matches_ending(ctx.lang.ordinals, end, end + 1, overlapping=True))


def _same_sentence(ctx: Context, a: int, b: int) -> bool:
    return abs(a - b) < 200 and ctx.same_sentence(a, b)


def generic_mechanisms(ctx: Context) -> None:
    """"der dritten Konferenz der gemeinsamen Arbeitsgruppe", "the third meeting of the joint working group": a
    working body's generic name with no topic, named as the body of a numbered edition, that no other mechanism
    covers, is a series of the sides its sentence names."""
    heads = ctx.matches(ctx.lang.mechanism_heads)
    if not heads:
        return
    taken = SpanSet((f.start, f.end) for f in ctx.found if f.cls in ("Mechanism", "Organization"))
    minted: dict[str, str] = {}
    for head in heads:
        if taken.overlaps(head.start, head.end):
            continue
        openers = ctx.matches_ending(ctx.lang.mechanism_openers, head.start - 12, head.start + 1)
        opener = next((o for o in reversed(openers) if not ctx.text[o.end:head.start].strip()
                       or ctx.text[o.end:head.start].split() in ([a] for a in ctx.lang.articles)), None)
        if opener is None or not after_ordinal(ctx, opener.start):
            continue
        from borderkg.extract.entities import Found, told_mechanism_ending

        # ("the third session of the committee" after "the Joint Working Committee": the committee told before, named by
        # its last word)
        told = told_mechanism_ending(ctx, head.start, head.end)
        if told is not None:
            ctx.found.append(Found(head.start, head.end, told, "Mechanism", known=True))
        else:
            put_series(ctx, head.start, head.end, minted)
        taken.add(head.start, head.end)
