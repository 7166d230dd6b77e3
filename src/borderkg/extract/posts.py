"""Posts people hold: who is what in which body, from titles in any order and chain."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter, itemgetter

from borderkg import classes
from borderkg.extract.entities import Context, Found, past_countries, place_of_anaphor, within_link
from borderkg.extract.matcher import Match
from borderkg.extract.mint import BKR, head_label, local_name
from borderkg.extract.spans import SpanIndex, SpanSet, StartIndex, space_after, space_before, word_starts

ORG_LIKE = classes.ORGANIZATIONS | {"Project"}
_EXCLUSIVE_ROLES = {"SECRETARY", "CHAIR", "DIRECTOR", "HEAD"}
GOVERNMENT_ROLES = {"HEAD", "DEPUTY_HEAD", "CHAIR", "VICE_CHAIR"}
PARTICIPANT_PLACES = classes.ADMINISTRATIVE


@dataclass(frozen=True, slots=True)
class Post:
    """A person's post: folded span of the evidence, person, organisation, role code."""

    start: int
    end: int
    person: str
    organization: str
    role: str
    weight: int = 2
    """How sure the text is of the organisation: 1 when its place was inferred."""


def find_posts(ctx: Context, sentences: list[tuple[int, int]]) -> tuple[list[Post], set[int]]:
    """Posts from "Name, title Org, title Org" and "title Org Name"; and the ids of org mentions used."""
    orgs = [f for f in ctx.found if f.cls in ORG_LIKE]
    # ("den ständigen stellvertretenden Sekretär": a deputy's modifier no title of the table holds makes it the deputy's)
    roles = _before_bodies(ctx, [_as_deputys(ctx, _past_place(ctx, r)) for r in ctx.matches(ctx.lang.roles)], orgs)
    people = [f for f in ctx.found if f.cls == "Person"]
    orgs_by_end = StartIndex(orgs, start=attrgetter("end"))
    roles_by_end = {r.end: r for r in roles}  # roles do not overlap: one ends at each offset
    roles_by_start = {r.start: r for r in roles}
    people_by_start = StartIndex(people)
    posts: list[Post] = []
    # the posts of names listed with a titled one (by the name's start), unless a distributive word pairs
    # them or the name has a title of its own
    shared: list[tuple[int, Post]] = []
    used: set[int] = set()
    # Titles already read as a preceding name's ("Wang Hao, vice governor of Yunnan, Zhao ...").
    read_titles: set[int] = set()
    # "der Direktor des Amtes …, Nguyen Duc Manh, Vertreter des Grenzschutzkommandos … sowie …": a name
    # set off after a title that opens its own phrase (an article before it) and its body is an item of a
    # list; what follows it is the next item's.
    titled_before = {p.start for r in roles if _opens_own_phrase(ctx, max(0, r.start - 20), r)
                     and (o := _org_after(ctx, orgs, r.end, r.start)) is not None and o.start >= r.end
                     and (p := _titled_name(ctx, orgs, people_by_start, r, o)) is not None and _comma_before(ctx, p)}
    for person in people:
        pos, skipped = _past_apposition_skip(ctx, person.end)
        if person.start in titled_before and not skipped:
            continue  # ("…, Ho Quang Huy, quien es también subsecretario …": the titles said of the name after it)
        if not skipped and (paren := _PAREN.match(ctx.text, person.end)) is not None:
            pos, skipped = paren.end(), True  # "M. Wu Jian (secrétaire du Comité du Parti …)": the title in brackets
        elif not skipped and (dashes := _DASH_ASIDE.match(ctx.text, person.end)) is not None:
            pos = dashes.end()  # "Dang Quan —nombre en su lectura vietnamita—, jefe del …": the title after the aside
        seen_roles: set[str] = set()
        chain: list[tuple[Match, Found]] = []
        pending: list[Match] = []  # titles whose body is the kind `joined_title_bodies` gives, in the next one's place
        joined_titles: list[tuple[Match, int]] = []  # such titles, with the chain's title they were joined to
        # "السيد شي دونغ لونغ مدير مكتب الشؤون الخارجية": where titles follow names with no comma, one right after it
        skipped = skipped or ctx.lang.titles_right_after_names and roles_by_start.get(space_after(ctx.text, person.end)) is not None
        while True:
            role = _next_title(ctx, roles, pos, joined=skipped)
            skipped = False
            if role is None:
                break
            # the body named, or the one the title implies ("Huyện trưởng huyện Đại Tân": its government)
            org = _body_after(ctx, orgs, role)
            if org is None and not ctx.lang.latin and (noun := _NOUN_AFTER.match(ctx.text, role.end)) is not None:
                org = _body_by_definite_noun(ctx, role, noun.group(1))  # "X، نائبة مدير المكتب": the office told before
            other = _titled_name(ctx, orgs, people_by_start, role, org)
            if other not in (None, person) and (_opens_own_phrase(ctx, pos, role) or _name_right_after_body(ctx, org, other)):
                # "A, der Direktor der Abteilung …, B": an article opens B's title, not A's; "A và Phó
                # Chủ tịch … Sùng Tả Lý Minh": a name right after the body (no comma) is that title's.
                break
            if role.value in seen_roles:
                break  # a second "secretary of ..." starts another person's title, not this one's
            resume = None
            if org is None and not chain and str(role.value) in GOVERNMENT_ROLES \
                    and (led := _led_by_before_name(ctx, person)) is not None:
                # "Đoàn công tác châu Hồng Hà do ông Lý Minh, Phó Châu trưởng dẫn đầu": the leader's head's title without a
                # body is held in the body (or the government of the place) whose delegation was just named
                org = _led_delegation_body(ctx, role, led)
                resume = role.end if org is not None else None
            if org is None and (at_once := _body_held_at_once(ctx, orgs, roles, role)) is not None:
                org, resume = at_once
            if org is None and ctx.text[role.start:role.end] in ctx.lang.joined_title_bodies:
                pending.append(role)  # "member of the Standing Committee and head of …": the next title's place's
            if org is None:
                # "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch ...": a title whose body is not read
                # ends at the next comma, where the chain goes on.
                comma = re.search(r"[,،;:.()]", ctx.text[role.end:role.end + 80])
                # "member of the Party Central Committee and Secretary of ...": or at an "and" that
                # a title follows, before any comma.
                joined = _and_before_title(ctx, roles, role.end, role.end + (comma.start() if comma else 80))
                if joined is not None:
                    pos = joined
                    continue
                if comma is None or comma.group() not in ",،":
                    break
                if people_by_start.between(role.end, role.end + comma.start()):
                    break  # "…, làm Trưởng đoàn và ông Hoàng Văn Cầu, Phó Chủ tịch …": the next title is that name's
                pos = role.end + comma.start()
                continue
            seen_roles.add(str(role.value))
            read_titles.add(role.start)
            chain.append((role, org))
            joined_titles += [(title, len(chain) - 1) for title in pending if str(title.value) not in seen_roles]
            seen_roles.update(str(title.value) for title in pending)
            read_titles.update(title.start for title in pending)
            pending = []
            pos = org.end if resume is None else resume
            if (aside := _ASIDE.match(ctx.text, pos)) is not None and ctx.text[aside.end():aside.end() + 2].lstrip()[:1] in (",", "،"):
                pos = aside.end()  # "del Partido Comunista de China (PCCh), secretario …": the body's initials
            pos, skipped = _past_apposition_skip(ctx, pos)  # "…, qui est aussi secrétaire adjoint …": the chain goes on
        # "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hải Hà": a body the chain does not place is of the
        # place the chain names, at its level.
        named_places = tuple(_place_of(org) for _, org in chain if not org.inferred)
        placed = [(role, _placed_anew(ctx, org, named_places)) for role, org in chain]
        # "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": a body the words after it placed ("xã", the commune
        # told before) places the chain's bodies that nothing placed.
        anew = tuple(_place_of(new) for (_, old), (_, new) in zip(chain, placed) if old.inferred and not new.inferred)
        if anew:
            placed = [(role, _placed_anew(ctx, org, named_places + anew) if org.inferred else org) for role, org in placed]
        placed += [(title, _body_of(ctx, None, ctx.lang.joined_title_bodies[ctx.text[title.start:title.end]], title.start,
                                    title.end, place_iri=place))
                   for title, at in joined_titles if (place := _place_of(placed[at][1])) is not None]
        for role, org in placed:
            posts.append(_post(ctx, person.start, max(org.end, role.end), person, org, role))
            used.add(id(org))
        if placed and _titled_apart(ctx, person, roles):
            # "A and B, vice chairmen of …": the names listed before the one the title is set off after hold it too
            run = _listed_before(ctx, [p for p in people if p.end <= person.start] + [person])
            for other in run[:-1] if run and run[-1] is person else []:
                shared += [(other.start, _post(ctx, other.start, max(org.end, role.end), other, org, role)) for role, org in placed]
    for role in roles:
        if role.start in read_titles:
            continue
        # only spaces between: the organisations that end in the spaces before the title, the
        # people who start in the spaces after it
        before = next(iter(orgs_by_end.between(space_before(ctx.text, role.start), role.start + 1)), None) \
            or _government_before(ctx, role)
        named = next(iter(people_by_start.between(role.end, space_after(ctx.text, role.end) + 1)), None)
        if named is not None and not ctx.lang.latin:
            # Chinese order: body, title, name ("崇左市委书记刘建平"), and title lists before one
            # name ("红河州委副书记、州长罗萍": the second title's body is in the first's place).
            chain = _title_chain(ctx, roles_by_end, orgs_by_end, role, before)
            for title, body in chain:
                posts.append(_post(ctx, body.start, named.end, named, body, title))
                shared += [(other.start, _post(ctx, body.start, other.end, other, body, title))
                           for other in _listed_after(ctx, people_by_start, roles, named)]
                used.add(id(body))
            if chain:
                continue
        if named is not None and not ctx.lang.latin and before is None \
                and (listed := _listed_title_body(ctx, people_by_start, role)) is not None:
            posts.append(_post(ctx, role.start, named.end, named, listed, role))
            used.add(id(listed))
            continue
        titled = _body_after(ctx, orgs, role)
        if titled is None and ctx.lang.latin and (at_once := _body_held_at_once(ctx, orgs, roles, role)) is not None \
                and (named := _name_after_joined_titles(ctx, orgs, roles, people_by_start, at_once[0])) is not None:
            posts.append(_post(ctx, role.start, named.end, named, at_once[0], role))  # "Deputy Party Secretary and
            used.add(id(at_once[0]))  # Chairman of the Lao Cai People's Committee X": the joined title's place
            continue
        if titled is None and ctx.lang.latin and (bare := _bare_head_after(ctx, role)) is not None \
                and (told := _body_by_head_word(ctx, role, bare)) is not None \
                and (named := _name_beside_bare_head(ctx, people, people_by_start, role, bare)) is not None:
            # "Giám đốc Sở Hoàng Văn Lâm", "ông X, Phó Giám đốc Sở,": a title and a body's bare head word, the body of
            # that kind told last
            posts.append(_post(ctx, min(named.start, role.start), max(named.end, bare.end), named, told, role))
            used.add(id(told))
            continue
        if titled is None and ctx.lang.latin:
            # "Trung Khanhs distriktsordförande X", "son vice-gouverneur, M. X", "its director X": the
            # body is named before the title, or was told before it; "Lao Cai People's Committee Chairman X", "Ha Giang's
            # Border Guard chief, Colonel X": a body's name right before the title, the name after it.
            named = named or _name_set_off(ctx, people_by_start, role.end)
            right_before = before if named is not None and before is not None and before.end <= role.start \
                and not before.inferred else None  # (a body whose place the text does not say is read as told before)
            told = right_before or _body_come_from(ctx, orgs, named) or _genitive_body(ctx, role) or _told_body(ctx, role) \
                or _body_by_genitive_noun(ctx, role) if named is not None else None
            if named is None and (before_name := _name_before_placed_title(ctx, people, role)) is not None \
                    and (told := _genitive_body(ctx, role, set_off=True)) is not None:
                # "Zhang Wei, Pingxiang's mayor, said": the name set off before a place's title
                posts.append(_post(ctx, before_name.start, role.end, before_name, told, role))
                used.add(id(told))
                continue
            if named is not None and told is not None:
                posts.append(_post(ctx, min(told.start, role.start), named.end, named, told, role))
                shared += [(other.start, _post(ctx, min(told.start, role.start), other.end, other, told, role))
                           for other in _listed_after(ctx, people_by_start, roles, named)]
                used.add(id(told))
            continue
        if titled is None:
            # "مديرة الدائرة فام ثي هونغ": a title, a definite common noun and a name: a post in the body
            # told before whose name holds that noun
            noun = _TITLE_NOUN.match(ctx.text, role.end)
            named = next(iter(people_by_start.between(noun.end(), noun.end() + 1)), None) if noun else None
            told = _body_by_definite_noun(ctx, role, noun.group(1)) if noun and named else None
            if named is not None and told is not None:
                posts.append(_post(ctx, role.start, named.end, named, told, role))
                used.add(id(told))
            continue
        # "Longzhou's Party chief Nong Shengli": a body named before its title has its holder after the title.
        named = _titled_name(ctx, orgs, people_by_start, role, titled) if titled.end > role.start else \
            named or _name_set_off(ctx, people_by_start, role.end)
        if named is None and ctx.lang.latin and titled.end > role.start:
            named = _name_after_joined_titles(ctx, orgs, roles, people_by_start, titled)
        if named is None and ctx.lang.latin and titled.end <= role.start \
                and (clause := _NOUN_CLAUSE.match(ctx.text, role.end)) is not None:
            # "la subdirectora del departamento, Ha Thi Nga": the name set off after the body's common noun
            named = _name_set_off(ctx, people_by_start, clause.end() - 1)
        if named is None and titled.end <= role.start and (before_name := _name_before_placed_title(ctx, people, role)):
            posts.append(_post(ctx, before_name.start, role.end, before_name, titled, role))  # "X, Lao Cai's Party chief,"
            used.add(id(titled))
            continue
        if named is not None:
            posts.append(_post(ctx, role.start, named.end, named, titled, role))
            shared += [(other.start, _post(ctx, role.start, other.end, other, titled, role))
                       for other in _listed_after(ctx, people_by_start, roles, named)]
            used.add(id(titled))
    posts += _compound_title_posts(ctx, people_by_start, posts)
    posts += _ministerial_posts(ctx, people, posts)
    posts += _deputies_of_the_head_told(ctx, posts, roles, orgs, people, sentences)
    posts += _posts_told_beside(ctx, posts, roles, orgs, people, people_by_start)
    posts += _local_counterparts(ctx, posts, people)
    posts += _posts_served(ctx, roles, orgs, people)
    posts += _bodies_led_by(ctx, orgs, people_by_start, {p.person for p in posts})
    distributed, clauses, undone = _distributive_posts(ctx, roles, orgs, people, sentences)
    # ("Nguyen Huu Hoa and Long Jian, head of …": Hoa, titled before, is not the head)
    titled_people = {p.person for p in posts}
    # A title before the whole list a distributive clause pairs is each name's, of another kind than the ones given in
    # turn ("Ủy viên Trung ương Đảng A, B và C, lần lượt là Bí thư Tỉnh ủy X, Y và Z").
    given = {(p.person, _kind(p.organization)) for p in distributed}

    def before_the_list(p: Post, s: int, e: int, named: set[str]) -> bool:
        return p.start < _first_named(people, s, e, named) and (p.person, _kind(p.organization)) not in given

    posts += [p for at, p in shared if p.person not in titled_people
              and not any(s <= at < e and p.person in named and not before_the_list(p, s, e, named) for s, e, named in clauses)]
    if not ctx.lang.title_joiners:
        # "A and B, vice chairmen of ... of X and Y respectively": the chain read B's title as X's.
        # (Where titles are joined before the one name they end, "、", each name has its own.)
        posts = [p for p in posts if not any(s <= p.start < e and p.person in named and not before_the_list(p, s, e, named)
                                             for s, e, named in clauses)]
    else:
        # "广宁省委副书记范明雄，谅山省委副书记阮廷欢…分别介绍": each name already has its own titles.
        posts = [p for p in posts if not any(s <= p.start < e and p.person in named for s, e, named in undone)]
        held = {p.person for p in posts}
        distributed = [p for p in distributed if p.person not in held]
    return _majority(posts + distributed), used


def _past_place(ctx: Context, title: Match) -> Match:
    """A title that opens inside a place's name ("Muong Nhe District Party Secretary": "district party secretary"), from
    the end of that name: the place is the title's, as before any title."""
    inside = next((f for f in ctx.found_between(title.start - _PLACE_NAME_LONGEST, title.start)
                   if f.cls in classes.PLACES and f.start < title.start < f.end < title.end), None)
    return title if inside is None else Match(space_after(ctx.text, inside.end), title.end, title.value)


_PLACE_NAME_LONGEST = 80
"""How long a place's name a title may open inside may be."""


def _deputies_of_the_head_told(ctx: Context, posts: list[Post], roles: list[Match], orgs: list[Found],
                               people: list[Found], sentences: list[tuple[int, int]]) -> list[Post]:
    """"红河州文化和旅游局局长张艳梅率领，副局长李建华等随团出访", "led by X, director of the bureau of …, with deputy director
    Y": a deputy's title that names no body, beside a name that holds no post yet, is held in the body whose head (the
    title it is the deputy of) the sentence named before it."""
    out: list[Post] = []
    deputies = set(_DEPUTY_OF.values())
    by_org_type = ctx.common.get("role_by_org_type", {})
    holders = {p.person for p in posts}
    starts = {p.start: p for p in people}
    ends = {p.end: p for p in people}
    for role in roles:
        # (a deputy's title, or one a kind of body reads otherwise: "Phó Chủ nhiệm" of a foreign affairs office)
        if str(role.value) not in deputies and str(role.value) not in by_org_type \
                or _body_after(ctx, orgs, role) is not None:
            continue
        following = ctx.text[role.end:role.end + 24].split(None, 1)
        if following and following[0] in ctx.lang.link_tokens:
            continue  # "cheffe adjointe du bureau des douanes …": a body of its own follows, one the tables do not know
        # the name right after the title ("副局长李建华", "deputy director Li Jianhua"), or set off right before it
        named = starts.get(space_after(ctx.text, role.end))
        low = max(0, role.start - 4)
        before = ctx.text[low:role.start].rstrip()
        if named is None and before[-1:] in _NAME_TITLE_BREAKS:
            named = ends.get(len(ctx.text[:low + len(before) - 1].rstrip()))
        if named is None or named.iri in holders:
            continue
        at = bisect_right(sentences, role.start, key=itemgetter(0)) - 1
        s = sentences[at][0] if at >= 0 else 0
        # ("Phó Chủ nhiệm" of a foreign affairs office is its deputy director; the deputy head of a People's Government,
        # VICE_CHAIR: the title and the head's deputy's code, each as the head's body reads it)
        told = [p for p in posts if s <= p.start and p.end <= role.start and p.role in _DEPUTY_OF
                and _read_in(ctx, _DEPUTY_OF[p.role], p.organization) == _read_in(ctx, str(role.value), p.organization)]
        if told:
            head = told[-1]
            out.append(Post(min(named.start, role.start), max(role.end, named.end), named.iri, head.organization,
                            _read_in(ctx, str(role.value), head.organization), head.weight))
            holders.add(named.iri)
    return out


def _read_in(ctx: Context, code: str, org: str) -> str:
    """A title's code as the kind of body `org` reads it (`role_by_org_type`: a People's Committee's head is its CHAIR)."""
    return ctx.common.get("role_by_org_type", {}).get(code, {}).get(_kind(org), code)


_NAME_TITLE_BREAKS = (",", "，", "、", "،")


def _first_named(people: list[Found], start: int, end: int, named: set[str]) -> int:
    """Where the first of the names a distributive clause pairs stands."""
    return min((p.start for p in people if p.iri in named and start <= p.start < end), default=end)


_Clause = tuple[int, int, set[str]]
"""A sentence's start and end, and the names a distributive word pairs in it."""
_PARTY_ROLES = {"SECRETARY", "DEPUTY_SECRETARY", "MEMBER"}
_DEPUTY_OF = {"HEAD": "DEPUTY_HEAD", "CHAIR": "VICE_CHAIR", "DIRECTOR": "DEPUTY_DIRECTOR", "SECRETARY": "DEPUTY_SECRETARY"}


def _deputised(ctx: Context, start: int, code: str) -> str:
    """The deputy's code of a title's `code` where a deputy's modifier (`deputy_modifiers`) stands right before `start`."""
    before = ctx.text[max(0, start - 20):start].split()
    return _DEPUTY_OF.get(code, code) if before and before[-1] in ctx.lang.deputy_modifiers else code


def _as_deputys(ctx: Context, title: Match) -> Match:
    """The title, the deputy's from the deputy's modifier on where one stands right before it."""
    code = _deputised(ctx, title.start, str(title.value))
    if code == title.value:
        return title
    before = ctx.text[:title.start].rstrip()
    return Match(before.rfind(before.split()[-1]), title.end, code)


def title_holder(ctx: Context, title: Match, people: list[Found], posts: Sequence[Post] = ()
                 ) -> tuple[Found, str | None] | None:
    """The person a national title (`national_titles`, `ministerial_titles`) is said of, and that person's country IRI:
    the one a country word beside the title names (`country_adjectives`, a country's name), else the one the places of
    the holder's other `posts` in the phrase lie in ("Ủy viên Bộ Chính trị, Bí thư Khu ủy Quảng Tây Trần Cương"), else the
    one the person's name is of ("visiting Vietnamese Prime Minister Pham Minh Chinh", "Wang Jianping, stellvertretender
    Minister für Landesverteidigung Chinas"). None where a body's name stands beside the title, which is then the body's
    ("the Provincial People's Committee President")."""
    # ("Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai": past the countries the title names, in the same phrase)
    reach = past_countries(ctx, title.end) + _TITLE_REACH
    holder = next((p for p in people if title.end <= p.start <= reach and not _names_between(ctx, title.end, p.start)
                   and (p.start <= title.end + _TITLE_REACH or not any(c in ctx.text[title.end:p.start] for c in ",،，"))),
                  None) \
        or next((p for p in people if title.start - 3 <= p.end <= title.start and ctx.text[p.end:title.start].strip() in ",،，"
                 and ctx.text[p.end:title.start].strip()), None)
    if holder is None:
        return None
    # (a body after the holder's name named right after the title, "越南驻华大使范绍梅拜会了云南省委书记…", is another phrase's)
    after = holder.start if holder.start >= title.end else title.end + _TITLE_REACH + 1
    if any(f.cls in ORG_LIKE and (title.start - 3 <= f.end <= title.start or title.end <= f.start < after) for f in ctx.found):
        return None
    low, high = min(title.start, holder.start) - _TITLE_REACH, max(title.end, holder.end) + _TITLE_REACH
    if holder.start >= title.end and (joined := _AND_AFTER.match(ctx.text, holder.end, high)) is not None \
            and joined.group(1) in ctx.lang.and_words:
        high = joined.start()  # ("… Foreign Minister Pham Binh Minh and Chinese State Councillor …": the next one's)
    return holder, _country_said(ctx, low, high, title, holder.end) or _country_of_posts(ctx, holder, posts, low, high) \
        or _country_of_name(ctx, holder)


def _country_said(ctx: Context, low: int, high: int, title: Match, named_end: int = -1) -> str | None:
    """The country a country word or a country's name between `low` and `high` says, the one nearest the title ("Fan
    Changlong, de China, y el ministro de Defensa de Vietnam, Ngo Xuan Lich": Vietnam's); not one past the holder's name
    (ending at `named_end`) that another title follows ("Deputy Prime Minister Vu Duc Dam held talks with Chinese Vice
    Premier Hu Chunhua": the Vice Premier's)."""
    said = [(m.start, m.end, str(m.value)) for m in ctx.matches(ctx.lang.country_adjectives) if low <= m.start < high]
    said += [(f.start, f.end, f.iri) for f in ctx.found_between(low, high) if f.cls == "Country"]
    said = [c for c in said if named_end < 0 or c[0] < named_end or not _titled_after(ctx, c[1])]
    return min(said, key=lambda c: max(c[0] - title.end, title.start - c[1], 0))[2] if said else None


def _titled_after(ctx: Context, end: int) -> bool:
    """A national or ministerial title starts right after `end`."""
    at = space_after(ctx.text, end)
    return ctx.match_starting(ctx.lang.national_titles, at) is not None \
        or ctx.match_starting(ctx.lang.ministerial_titles, at) is not None


_TITLE_REACH = 24
"""How far from a national title its holder's name and its country word may stand."""
_AND_AFTER = re.compile(r"\W*(\w+)")


def _names_between(ctx: Context, start: int, end: int) -> bool:
    """Another name than a country's between a title and a name ("Prime Minister of Laos Sonexay Siphandone" keeps
    Laos's; "Vietnamese Prime Minister Pham Minh Chinh" has none)."""
    return any(f.cls != "Country" for f in ctx.found_between(start, end))


def _country_of_name(ctx: Context, person: Found) -> str | None:
    """Vietnam or China, as the person's name reads (its romanization's origin, or a reading of it)."""
    origin = next((tag.split("-", 1)[0] for _, tag in person.labels if "-Latn" in tag), None)
    if origin is None and ctx.people is not None:
        decision = ctx.people.reader.read(ctx.original_of(person.start, person.end), ctx.lang.code)
        origin = decision.reading.origin if decision is not None and decision.decided else None
    return f"{BKR}place/{_NAME_COUNTRIES[origin]}" if origin in _NAME_COUNTRIES else None


_NAME_COUNTRIES = {"vi": "vietnam", "zh": "china"}
"""The country of a name of each origin the names reader tells apart."""


def _ministerial_posts(ctx: Context, people: list[Found], posts: list[Post]) -> list[Post]:
    """"Vietnamese Minister of National Defence General Phan Van Giang", "Wang Jianping, stellvertretender Minister für
    Landesverteidigung Chinas": a minister's title (`ministerial_titles`) makes its holder head, or deputy head, of
    that ministry of the holder's country (`ministries` in common.toml)."""
    out = []
    for title in ctx.matches(ctx.lang.ministerial_titles) if people else ():
        role, kind = str(title.value).split(maxsplit=1)
        # "der stellvertretende Minister für Industrie und Handel": a deputy's modifier before the minister's title
        role = _deputised(ctx, title.start, role)
        held = title_holder(ctx, title, people, posts) or _holder_of_next_title(ctx, title, people, posts)
        ministry = ctx.common.get("ministries", {}).get(kind, {}).get(held[1] or "") if held is not None else None
        if held is None or ministry is None or ministry not in ctx.entries:
            continue
        _ministry_named(ctx, title, ministry)
        out.append(Post(min(title.start, held[0].start), max(title.end, held[0].end), held[0].iri, ministry, role))
        out += _counterpart_post(ctx, people, max(title.end, held[0].end), held, role, kind)
    return out


def _holder_of_next_title(ctx: Context, title: Match, people: list[Found], posts: list[Post]
                          ) -> tuple[Found, str | None] | None:
    """"Ủy viên Bộ Chính trị, Bí thư Khu ủy Quảng Tây Trần Cương": a title that a comma or an and-word joins to the next
    title of a chain is held by the person that title's post is of."""
    joined = _JOINED.match(ctx.text, title.end)
    if joined is None or joined.group(1) and joined.group(1).strip() not in ctx.lang.and_words:
        return None
    nxt = next((p for p in posts if p.start == joined.end()), None)
    if nxt is None:
        return None
    holder = next((f for f in people if f.iri == nxt.person and nxt.start < f.end <= nxt.end), None)
    if holder is None:
        return None
    # (the country the title's own words say, "中共中央政治局委员"; else that of the next title's post, or of the name)
    low, high = min(title.start, holder.start) - _TITLE_REACH, max(title.end, holder.end) + _TITLE_REACH
    return holder, _country_said(ctx, title.start, title.end, title) or _country_of_posts(ctx, holder, [nxt], low, high) \
        or _country_of_name(ctx, holder)


_JOINED = re.compile(r"\s*(?:[,،、，]\s*|\s(\w+)\s+)")


def _country_of_posts(ctx: Context, holder: Found, posts: Sequence[Post], low: int, high: int) -> str | None:
    """The one country the places of the holder's other posts told between `low` and `high` lie in."""
    countries = {c for p in posts if p.person == holder.iri and p.start < high and low < p.end
                 for place in _jurisdictions(ctx, p.organization)
                 for c in ({place} | ctx.ancestors(place)) & _COUNTRIES}
    return countries.pop() if len(countries) == 1 else None


_COUNTRIES = frozenset(f"{BKR}place/{c}" for c in _NAME_COUNTRIES.values())


def _jurisdictions(ctx: Context, org: str) -> list[str]:
    """The places a body belongs to: as the text named it, or as the lexicon knows it."""
    entry = ctx.entries.get(org)
    return ctx.linked(org, "jurisdiction") + list(entry.jurisdiction if entry is not None else ())


def _counterpart_post(ctx: Context, people: list[Found], end: int, held: tuple[Found, str | None], role: str,
                      kind: str) -> list[Post]:
    """"… General Phan Van Giang and his Chinese counterpart Admiral Dong Jun": the person a counterpart word
    (`counterpart_words`) right after the holder names holds the same office in the other country."""
    word = next((w for w in ctx.matches(ctx.lang.counterpart_words) if end <= w.start <= end + _TITLE_REACH), None)
    other = next((p for p in people if word is not None and word.end <= p.start <= word.end + _TITLE_REACH
                  and not _names_between(ctx, word.end, p.start)), None)
    if word is None or other is None:
        return []
    countries = ctx.common.get("ministries", {}).get(kind, {})
    said = next((str(m.value) for m in ctx.matches(ctx.lang.country_adjectives)
                 if word.start - _TITLE_REACH <= m.start < other.start), None)
    # (of two countries, the other one, where the words do not say which)
    other_country = next((c for c in countries if c != held[1]), None) if len(countries) == 2 else None
    country = said or other_country
    ministry = countries.get(country or "")
    if ministry is None or country == held[1] or ministry not in ctx.entries:
        return []
    _ministry_named(ctx, word, ministry)
    return [Post(word.start, other.end, other.iri, ministry, role)]


def _local_counterparts(ctx: Context, posts: list[Post], people: list[Found]) -> list[Post]:
    """"el secretario del Comité del Partido del distrito de Napo, Lu Hai, y su homólogo de Ha Quang, Ma Van Dieu": the
    person a counterpart word (`counterpart_words`) and a place name, with no title of their own, holds the post of
    the name told just before, in the body of that kind of that place."""
    out: list[Post] = []
    held = {p.person for p in posts}
    for word in ctx.matches(ctx.lang.counterpart_words):
        other = next((p for p in people if word.end <= p.start <= word.end + _COUNTERPART_REACH), None)
        if other is None or other.iri in held:
            continue
        place = next((f for f in ctx.found_between(word.end, other.start) if f.cls in PARTICIPANT_PLACES
                      and f.cls != "Country" and f.end <= other.start), None)
        told = max((p for p in posts if p.end <= word.start and word.start - p.end <= _COUNTERPART_REACH
                    and p.person != other.iri), key=attrgetter("end"), default=None)
        if place is None or told is None or any(p.start >= told.end and p.end <= word.start for p in people):
            continue
        body = _body_of(ctx, place, _kind(told.organization), word.start, other.end)
        if body.iri != told.organization:
            out.append(Post(word.start, other.end, other.iri, body.iri, told.role, told.weight))
            held.add(other.iri)
    return out


_COUNTERPART_REACH = 60
"""How far from a counterpart word the name of the post it refers to and the counterpart's own name may stand."""


def _ministry_named(ctx: Context, words: Match, ministry: str) -> None:
    """The ministry a title or a counterpart word names, as a mention of the lexicon's entry."""
    ctx.found.append(Found(words.start, words.end, ministry, ctx.entries[ministry].cls, known=True))


def _posts_served(ctx: Context, roles: list[Match], orgs: list[Found], people: list[Found]) -> list[Post]:
    """"Sở Ngoại vụ tỉnh Điện Biên, do bà Quàng Thị Xuân làm Giám đốc": a name, a word for serving as
    (`serving_words`) and a title that names no body is a post in the body named just before the name."""
    out: list[Post] = []
    if not ctx.lang.serving_words:
        return out
    ends = {p.end: p for p in people}
    for role in roles:
        words = ctx.text[max(0, role.start - 20):role.start].split()
        if not words or words[-1] not in ctx.lang.serving_words:
            continue
        person = ends.get(space_before(ctx.text, space_before(ctx.text, role.start) - len(words[-1])))
        if person is None or _body_after(ctx, orgs, role) is not None:
            continue
        body = _body_just_told(ctx, person.start)
        if body is not None:
            out.append(_post(ctx, body.start, role.end, person, body, role))
    return out


def _beside(ctx: Context, end: int, start: int) -> bool:
    """Only an "and"-word (or words of company: "accompanied by", "يرافقه") first, then "and"-words, possessives and
    articles, between end and start."""
    gap = re.sub(r"[,،、]", " ", ctx.text[end:start]).split()
    company = next((len(words) for words in ctx.lang.company_words if gap[:len(words)] == list(words)), 0)
    return bool(gap) and (gap[0] in ctx.lang.and_words or company > 0) and all(
        w in ctx.lang.and_words or w in ctx.lang.personal_possessives or w in ctx.lang.articles for w in gap[max(1, company):])


def _posts_told_beside(ctx: Context, posts: list[Post], roles: list[Match], orgs: list[Found], people: list[Found],
                       people_by_start: StartIndex) -> list[Post]:
    """"主席陶文诗和副主席吕氏香", "the mayor, X, and deputy mayor Y", "X und seine Stellvertreterin Y", "X och
    hennes ställföreträdare Y": a title that names no body (or a word for a deputy), right after a name that
    holds a post and an "and"-word (and the person's possessive), with a name of its own after it, is a post
    in that name's body (the deputy's of that post)."""
    words = [(r, str(r.value)) for r in roles] + [(d, "") for d in ctx.matches(ctx.lang.deputy_words)]
    if not words or not posts:
        return []
    held = {p.person for p in posts}
    out: list[Post] = []
    for title, code in words:
        named = next(iter(people_by_start.between(title.end, title.end + 1)), None) if not ctx.lang.latin else None
        named = named or _name_set_off(ctx, people_by_start, title.end)
        if named is None or named.iri in held or code and _body_after(ctx, orgs, title) is not None:
            continue
        last = next((p for p in sorted(people, key=attrgetter("end"), reverse=True) if p.end <= title.start), None)
        # right after the name, or after the name's own title ("Shi Yanping, guvernör för Honghe, och vice guvernören X")
        told = max((p for p in posts if p.end <= title.start), key=attrgetter("end"), default=None)
        told_name = next((f for f in people if told is not None and f.iri == told.person and told.start <= f.start < told.end), None)
        before = next((who for who, end in ((last, last.end if last else 0), (told_name, told.end if told else 0))
                       if who is not None and title.start - end <= 30 and _beside(ctx, end, title.start)), None)
        if before is None:
            continue
        own = [p for p in posts if p.person == before.iri and p.start <= before.start < p.end
               and (code or p.role in _DEPUTY_OF)]
        if not own:
            continue
        post = max(own, key=attrgetter("end"))
        out.append(replace(post, start=title.start, end=named.end, person=named.iri,
                           role=_read_in(ctx, code or _DEPUTY_OF[post.role], post.organization)))
    return out


def _distributive_posts(ctx: Context, roles: list[Match], orgs: list[Found], people: list[Found],
                        sentences: list[tuple[int, int]]) -> tuple[list[Post], list[_Clause], list[_Clause]]:
    """"A, B and C, vice chairmen of the People's Committees of X, Y and Z respectively", "A 和 B
    分别担任…": the n-th name holds the n-th title, or the title in the n-th place. Also the clauses
    read this way, with their names, so that no other reading of them stands; and those among them where
    even a language that joins titles before one name reads the title as each listed name's in turn."""
    out: list[Post] = []
    clauses = []
    undone: list[_Clause] = []
    starts = {p.start for p in people}
    by_start = StartIndex(people)

    def own_name_after(end: int) -> Found | None:
        """The one name right after a title ending at `end` (through its honorific), no other listed with it."""
        named = next((p for p in people if end <= p.start <= _name_reach(ctx, end) and _name_follows(ctx, end, p.start)), None)
        if named is None:
            return None
        following = next((p for p in people if p.start >= named.end), None)
        if following is not None and following.start - named.end <= _LIST_GAP and _list_gap(ctx, ctx.text[named.end:following.start]):
            return None  # "die Provinzparteisekretäre A, B, C und D, die jeweils …": the title of the whole list
        return named

    for marker in ctx.matches(ctx.lang.distributive_words):
        at = bisect_right(sentences, marker.start, key=itemgetter(0)) - 1  # the sentence it stands in
        if at < 0:
            continue
        s, e = sentences[at]
        # ("…, den Sekretären … von A beziehungsweise B; Le ist zugleich Vorsitzender …": a semicolon after the word in
        # turn ends what it pairs)
        e = next((marker.end + i for i, c in enumerate(ctx.text[marker.end:e]) if c in ";；؛"), e)
        by_iri = {p.iri: p for p in people if s <= p.start < e}
        listed = _listed_before(ctx, [p for p in people if s <= p.start < marker.start])
        last = next((p for p in people if p.start == space_after(ctx.text, marker.end)), None)
        if listed and last is not None and not ctx.text[listed[-1].end:marker.start].strip(" ,"):
            listed = listed + [last]  # "A, B respektive C": the marker before the last name of the list
        pairs: list[tuple[Match, Found]] = []
        if len(listed) >= 2:
            # "A and B, title X respectively title Y", "A và B, lần lượt là title X và title Y":
            # the names listed together, then as many titles as names.
            named = list(dict.fromkeys(p.iri for p in listed))
            # the titles up to the next name ("…, đã hội đàm với ông Lý Minh, Huyện trưởng …": that name's own)
            after = min(e, next((p.start for p in people if p.start >= max(listed[-1].end, marker.end) and p.iri not in named), e))
            titles = [r for r in roles if listed[-1].end <= r.start < after]
            if _CLAUSE_END.match(ctx.text, marker.end) and any(r.start < marker.start for r in titles):
                # "…, deputy directors of A and B respectively, while Deputy Director-General of …": a comma after the
                # word in turn ends the clause it pairs; a title after it is another name's
                titles = [r for r in titles if r.start < marker.start]
            # ("…, السادة A وB وC على التوالي، مع أمين لجنة الحزب في مقاطعة يوننان السيد D": a title whose own name
            # follows its body is that name's, not one of the list's)
            titles = [r for r in titles if (own := _titled_name(ctx, orgs, by_start, r)) is None or own.iri in named]
            titles = titles[:len(named)]
            pairs = _body_of_each_place_in_turn(ctx, orgs, titles, marker, len(named))
            if not pairs:
                pairs = [(r, b) for r in titles if (b := _body_after(ctx, orgs, r))]
            last_body = pairs[-1][1] if pairs and titles and pairs[-1][0] is titles[-1] else None
            if last_body is None and titles and marker.start >= titles[-1].end \
                    and not ctx.text[titles[-1].end:marker.start].strip(" ,"):
                # ("chairman and vice chairwoman, respectively, of the … People's Committee": the body after the word)
                past = _COMMA.match(ctx.text, marker.end)
                last_body = _body_after(ctx, orgs, Match(titles[-1].start, past.end() if past else marker.end, titles[-1].value))
            if len(pairs) != len(named) and len(titles) == len(named) and last_body is not None \
                    and all(_titles_joined(ctx, a, b) for a, b in zip(titles, titles[1:])):
                # "Vorsitzender beziehungsweise Vizevorsitzende des Volkskomitees des Kreises Van Lang": the titles in
                # turn, the body after the last one each title's
                pairs = [(r, last_body) for r in titles]
            if len(pairs) != len(named) and titles:
                pairs = _bodies_named_after(ctx, orgs, titles[0], len(named), titles[1].start if len(titles) > 1 else e)
            if len(pairs) != len(named):
                pairs = _places_for(ctx, orgs, titles, len(named), (s, e))
            if len(pairs) != len(named):
                pairs = _bodies_listed(ctx, roles, orgs, s, listed[0].start, len(named))
            if len(pairs) != len(named) and titles:
                pairs = _bodies_named_after(ctx, orgs, titles[0], len(named), titles[1].start if len(titles) > 1 else e,
                                            homed=True)
            if len(pairs) != len(named) and not titles \
                    and (before := [r for r in roles if s <= r.start and r.end <= listed[0].start][-1:]) \
                    and any(before[0].end <= f.start and f.end <= listed[0].start for f in ctx.found if f.cls in PARTICIPANT_PLACES):
                # "Los secretarios del Partido de las ciudades de Dongxing y Fangchenggang, Chen Gang y Xie Hongtao,
                # respectivamente": no title after the names; the one before them, with as many places between
                pairs = _places_for(ctx, orgs, before, len(named), (s, listed[0].start))
            if len(pairs) != len(named) and titles:
                pairs = _both_bodies_told(ctx, orgs, titles[0], s, listed[0].start, len(named))
            if len(pairs) != len(named) and ctx.lang.title_joiners:
                pairs = _places_listed_before(ctx, roles, orgs, s, listed[0].start, len(named))
                if len(pairs) == len(named):
                    # "老街省、莱州省人民委员会副主席黄氏红、刁文平分别": the title's reading as each name's is undone
                    undone.append((s, e, {p.iri for p in listed}))
        if len(listed) < 2 or len(pairs) != len(named):
            named = list(dict.fromkeys(p.iri for p in people if s <= p.start < e))
            if len(named) < 2:
                continue
            # "lần lượt là A, Bí thư …, và B, Phó Bí thư …", "lần lượt do A, Chính trị viên …, và B, Trạm
            # trưởng …": each name has its own titles, set off after it (whether or not a table knows them)
            titled = {p.iri for p in people if s <= p.start < e and (_titled_apart(ctx, p, roles) or _set_off(ctx, p, starts))}
            if titled >= set(named):
                continue
            # (not a title its one name follows: "Yunnans Vizegouverneur Ma Jianguo empfing … Delegationen aus Tuyen Quang
            # und Lai Chau": the places after it are no list it pairs)
            titles = [r for r in roles if s <= r.start < e and own_name_after(r.end) is None]
            bodies = [(r, b) for r in titles if (b := _body_after(ctx, orgs, r))]
            pairs = bodies if len(bodies) == len(named) and len(titles) == len(named) else \
                _places_for(ctx, orgs, titles, len(named), (s, e))
        if len(pairs) != len(named):
            continue
        clauses.append((s, e, set(named)))
        for iri, (title, body) in zip(named, pairs):
            out.append(_post(ctx, s, e, by_iri[iri], body, title))
    return out, clauses, undone


def _both_bodies_told(ctx: Context, orgs: list[Found], title: Match, s: int, names_start: int,
                      count: int) -> list[tuple[Match, Found]]:
    """"السيد A والسيد B، مديرا الجهتين على التوالي": a title of "both bodies" (`both_sides`) after names listed in turn
    is held in the bodies the sentence named before the names, in their order."""
    phrase = ctx.match_starting(ctx.lang.both_sides, space_after(ctx.text, title.end))
    if phrase is None:
        return []
    told = list({o.iri: o for o in orgs if s <= o.start and o.end <= names_start}.values())
    return [(title, body) for body in told] if len(told) == count else []


def _body_of_each_place_in_turn(ctx: Context, orgs: list[Found], titles: list[Match], marker: Match,
                                count: int) -> list[tuple[Match, Found]]:
    """"A och B, biträdande chefer för provinspolisen i Quang Ninh respektive Cao Bang": one title before the word in
    turn and one body's name, whose place heads a list the word joins: each listed place's body of that kind."""
    if not titles or titles[0].end > marker.start or len(titles) > 1 and titles[1].start < marker.start:
        return []
    body = _org_after(ctx, orgs, titles[0].end, titles[0].start)
    if body is None or not body.head or body.end > marker.start:
        return []
    places = [f for f in ctx.found if body.start <= f.start < body.end and f.cls in PARTICIPANT_PLACES]
    if not places:
        return []
    listed = [places[-1]]
    for f in sorted((f for f in ctx.found if f.start >= body.end and f.cls in PARTICIPANT_PLACES), key=attrgetter("start")):
        between = ctx.text[listed[-1].end:f.start].replace(",", " ").split()
        if between not in ([], *([w] for w in ctx.lang.and_words)) and ctx.text[marker.start:marker.end] != " ".join(between):
            break
        listed.append(f)
    if len(listed) != count or not any(marker.start >= p.end for p in listed) or not listed[-1].start > marker.end:
        return []
    return [(titles[0], body)] + [(titles[0], _body_of(ctx, p, body.head, p.start, p.end)) for p in listed[1:]]


def _titles_joined(ctx: Context, first: Match, second: Match) -> bool:
    """Only a comma, an "and"-word or a distributive word between two titles ("Vorsitzender beziehungsweise
    Vizevorsitzende")."""
    between = ctx.text[first.end:second.start].replace(",", " ")
    if not between.split() or between.split() in ([w] for w in ctx.lang.and_words):
        return True
    word = ctx.match_starting(ctx.lang.distributive_words, space_after(ctx.text, first.end))
    return word is not None and not ctx.text[word.end:second.start].strip(" ,")


def _bodies_named_after(ctx: Context, orgs: list[Found], title: Match, count: int, end: int,
                        homed: bool = False) -> list[tuple[Match, Found]]:
    """"A y B, directores, respectivamente, del Departamento … de X y de la Oficina … de Y": one title
    for all the names, then as many bodies named in full as names, before any other title. `homed`: a body whose place
    was taken from the article's home counts too ("directors of the Department of Industry and Trade and the Department
    of Foreign Affairs of Cao Bang, respectively"), where no other reading pairs them."""
    named = [o for o in orgs if title.end <= o.start and o.end <= end and (homed or not o.inferred)]
    bodies = [o for o in named if not any(b is not o and b.start <= o.start and o.end <= b.end for b in named)]
    return [(title, b) for b in bodies] if len(bodies) == count else []


def _places_listed_before(ctx: Context, roles: list[Match], orgs: list[Found], start: int, names: int,
                          count: int) -> list[tuple[Match, Found]]:
    """"老街省、莱州省人民委员会副主席黄氏红、刁文平分别": the last title before the names, and the places
    listed before it, one for each name: each place's body of the kind the title's body names."""
    title = next((r for r in reversed(roles) if start <= r.start and r.end <= names), None)
    if title is None:
        return []
    places = _last_listed_places(ctx, count, title.start)
    body = next((o for o in orgs if o.end == title.start), None)
    if len(places) != count or not places or places[0].start < start or body is None or not body.head:
        return []
    return [(title, _body_of(ctx, place, body.head, place.start, title.end)) for place in places]


def _bodies_listed(ctx: Context, roles: list[Match], orgs: list[Found], start: int, names: int,
                   count: int) -> list[tuple[Match, Found]]:
    """"Heads of the X and the Y, A and B, respectively": the last title before the names, and the
    bodies named between it and them, one for each name."""
    title = next((r for r in reversed(roles) if start <= r.start and r.end <= names), None)
    if title is None:
        return []
    named = [o for o in orgs if title.end <= o.start and o.end <= names and not o.inferred]
    bodies = [o for o in named if not any(b is not o and b.start <= o.start and o.end <= b.end for b in named)]
    return [(title, b) for b in bodies] if len(bodies) == count else []


def _body_come_from(ctx: Context, orgs: list[Found], named: Found | None) -> Found | None:
    """"häradschefen Lu Jianfeng från folkregeringen i häradet Ningming", "the mayor, X, from the city's
    government", "Vice borgmästaren Wang Jun kom från Gejius stadsregering": a title and a name, then (past a verb
    written small) the body the person comes from."""
    if named is None:
        return None
    after = ctx.text[named.end:named.end + 40]
    for w in sorted(ctx.lang.origin_words, key=len, reverse=True):
        m = re.match(r",?\s+((?:[^\W\d_]+\s+){0,2}?)" + re.escape(w) + r"\s", after)
        if m is not None and (not m.group(1) or ctx.original_of(named.end + m.start(1), named.end + m.end(1)).islower()):
            return _org_after(ctx, orgs, named.end + m.end() - 1)
    return None


_JOINED_TITLES = 4
"""How many titles joined after a first one may stand before the name they all name."""


def _name_after_joined_titles(ctx: Context, orgs: list[Found], roles: list[Match], people_by_start: StartIndex,
                              body: Found) -> Found | None:
    """"Der stellvertretende Sekretär des Parteikomitees … und Vorsitzende der Volksregierung des Gebiets,
    Tang Zhenyu", "Member of …, Secretary of … and Chairman of … Dinh Quang Vinh": titles joined by commas
    or "and"-words before one name are all that name's; a title an article opens is another person's."""
    pos = body.end
    for _ in range(_JOINED_TITLES):
        nxt = _next_title(ctx, roles, pos)
        if nxt is None or _opens_own_phrase(ctx, pos, nxt):
            return None
        after = _body_after(ctx, orgs, nxt)
        if after is None or after.end <= nxt.start:
            return None
        named = _titled_name(ctx, orgs, people_by_start, nxt, after)
        if named is not None:
            return named
        pos = after.end
    return None


def _listed_after(ctx: Context, people_by_start: StartIndex, roles: list[Match], person: Found) -> list[Found]:
    """"vice-mayors Chen Ying and Mo Haitao", "副主席刘凯、陈思远": the names listed right after a titled
    one, apart from it only by commas, "and"-words and honorifics, up to one with a title of its own."""
    out: list[Found] = []
    last = person
    while (nxt := next((p for p in people_by_start.between(last.end, last.end + _LIST_GAP) if p.start >= last.end), None)) is not None:
        gap = ctx.text[last.end:nxt.start]
        if not gap.strip() or not _list_gap(ctx, gap):
            break
        if _titled_apart(ctx, nxt, roles):
            break  # "A and B, director of …": B's own title
        out.append(nxt)
        last = nxt
    return out


def _list_gap(ctx: Context, gap: str) -> bool:
    """Only commas, "and"-words and honorifics in `gap`, an "and"-word glued to an honorific too ("والسيدة")."""
    clitics = [c for c in ctx.lang.bounds.clitics if c in ctx.lang.and_words]
    words = [w[len(c):] if (c := next((c for c in clitics if w.startswith(c) and len(w) > len(c)), "")) else w
             for w in re.sub(r"[,،、]", " ", gap).split()]
    # ("Le colonel A et le lieutenant-colonel B": an honorific of two words, its article with it)
    words = [w for i, w in enumerate(words) if not (i + 1 < len(words) and f"{w} {words[i + 1]}" in ctx.lang.honorific_words)]
    return all(w in ctx.lang.and_words or w in ctx.lang.honorific_words or w in ctx.lang.plural_honorific_words for w in words)


_LIST_GAP = 20
"""How far apart two names listed together may stand (commas, an "and"-word, an honorific)."""


def _titled_apart(ctx: Context, person: Found, roles: list[Match]) -> bool:
    """A title right after the name, set off by a comma: the name's own ("A, Bí thư Huyện ủy")."""
    m = _COMMA.match(ctx.text, person.end)
    if m is None or not m.group().strip():
        return False
    at = bisect_left(roles, m.end(), key=attrgetter("start"))
    return at < len(roles) and roles[at].start == m.end()


def _comma_before(ctx: Context, person: Found) -> bool:
    return ctx.text[:person.start].rstrip().endswith((",", "،"))


def _set_off(ctx: Context, person: Found, starts: set[int]) -> bool:
    """A comma right after the name, then a word of its own that no name opens: an apposition."""
    m = _COMMA.match(ctx.text, person.end)
    return m is not None and any(c in m.group() for c in ",،") and m.end() < len(ctx.text) and ctx.text[m.end()].isalpha() \
        and m.end() not in starts


def _body_after(ctx: Context, orgs: list[Found], role: Match) -> Found | None:
    """The body a title names after it: a body's name, else the body the title itself names
    ("consul general in X"), else the government of the place named ("mayor of X")."""
    return _own_body(ctx, orgs, role) or _org_after(ctx, orgs, role.end, role.start) or _implied_body(ctx, role) \
        or _government_of(ctx, role) or _body_by_its_noun(ctx, role)


_NOUN_CLAUSE = re.compile(r"[^,;:.()]{1,40},")
_NOUN_BACK = 600
"""How far before a title the body it names by a common noun ("the detachment") may be named."""


def _body_by_its_noun(ctx: Context, role: Match) -> Found | None:
    """"jefe del destacamento chino", "head of the detachment", "chef för den kinesiska byrån": a title
    followed by "of the", a common noun and at most one word more (its adjective), up to punctuation,
    is a post in the body named last before it whose name holds that noun. The noun may be followed by where
    the body is, as its name says it ("jefe del puesto de Son Vi", "chef för stationen i Lung Cu")."""
    if not ctx.lang.latin:
        return None
    clause = re.split(r"[,;:.()]", ctx.text[role.end:role.end + 60], maxsplit=1)
    if len(clause) < 2:
        return None
    words = clause[0].split()
    links = 0
    while links < len(words) and words[links] in ctx.lang.link_tokens:
        links += 1
    rest = words[links:]
    cut = next((i for i, w in enumerate(rest) if i and w in ctx.lang.link_tokens), len(rest))
    rest, where = rest[:cut], [w for w in rest[cut:] if w not in ctx.lang.link_tokens]
    if not links or not 1 <= len(rest) <= 2 or not rest[0].isalpha() or len(where) > _WHERE_WORDS_MAX:
        return None
    at = ctx.text.index(rest[0], role.end)
    if not ctx.original_of(at, at + 1).islower() and not ctx.lang.nouns_capitalised:
        return None  # a name, not a common noun
    # the noun first ("destacamento chino") or after its adjective ("den kinesiska byrån")
    nouns = {w for w in rest if w.isalpha()}

    def names_it(name_word: str) -> bool:
        # ("Direktor des Amtes": the noun with its case ending; "stationen" of "gränsbevakningsstationen")
        return any(n == name_word or len(name_word) >= _NOUN_STEM_MIN and n.startswith(name_word)
                   and len(n) - len(name_word) <= _CASE_ENDING_MAX
                   or len(n) >= _COMPOUND_NOUN_MIN and name_word.endswith(n) for n in nouns)

    def is_named(o: Found) -> bool:
        name = ctx.text[o.start:o.end].split()
        return any(names_it(w) for w in name) and all(w in name for w in where)

    told = _body_told_last(ctx, role.start, is_named)
    # a copy: the mention told before is not the title's, and stays free to take part in its own sentence's event
    return replace(told) if told is not None else None


_WHERE_WORDS_MAX = 3
"""How many words of the body's place may follow its noun ("del puesto de Son Vi")."""
_COMPOUND_NOUN_MIN = 5
"""How long a noun must be to be the last part of a compound in the body's name ("stationen")."""
_NOUN_STEM_MIN, _CASE_ENDING_MAX = 3, 2
"""A body's noun of at least three letters, and at most two letters of case ending after it ("Amt" + "-es")."""
_STEM_MIN, _INFLECTION_MAX = 6, 3
_LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a word without digits or marks."""
_BODY_NOUN_MIN = 4
"""How many letters at least the body's noun before a compound title holds ("brigad-")."""


def _compound_title_posts(ctx: Context, people_by_start: StartIndex, posts: list[Post]) -> list[Post]:
    """"med brigadchefen Li Wenbin", "den biträdande tulldirektören X": a title ending a compound whose first
    part is a body's noun, with a name right after it, is a post in the body told last before it whose name
    has a word ending in that noun, past a short inflection ("gränsförvaltningsbrigaden"), or opening with it
    ("tullmyndigheten"), and whose head's post (of `posts`) no one else holds: "… chef för gränsbevakningsstationen
    A Pa Chai. Den kinesiska delegationen leddes av stationschefen Yang Wei" is the other side's station's."""
    out: list[Post] = []
    if not ctx.lang.role_compound_heads:
        return out
    titles = SpanSet((r.start, r.end) for r in ctx.matches(ctx.lang.roles))
    places = ctx.kept("posts: places", _Places)
    # only the words that end in a title: a scan for the endings, each extended back to its word's start
    endings = re.compile("(?:" + "|".join(re.escape(e) for e, _ in ctx.lang.role_compound_heads) + r")(?![^\W\d_])")
    for end in endings.finditer(ctx.text):
        word = _LETTERS.match(ctx.text, _word_start(ctx.text, end.start()), end.end())
        if word is None or titles.overlaps(word.start(), word.end()):
            continue  # a title the table knows ("partisekreteraren"): read with the others
        ending = next(((e, r) for e, r in ctx.lang.role_compound_heads
                       if word.group().endswith(e) and len(word.group()) >= len(e) + _BODY_NOUN_MIN), None)
        if ending is None:
            continue
        noun = word.group()[:-len(ending[0])]
        named = _name_set_off(ctx, people_by_start, word.end())
        if named is None:
            continue
        # "Fangchengs distriktschef X": a place's genitive before the compound says whose it is, not a body
        # named before whose name opens with the same noun ("distriktspartikommittén")
        before_word = space_before(ctx.text, word.start())
        owner = next((p for x in ctx.lang.entity_bounds.suffixes
                      if x and ctx.text.endswith(x, 0, before_word) and (p := places.ending_at(before_word - len(x))) is not None),
                     None)
        owned = owner is not None
        # a place's word ("distrikts-", as "distriktet") opens names of bodies of any kind: no body's noun
        stem = next((noun[:-len(x)] for x in ctx.lang.entity_bounds.suffixes if x and noun.endswith(x)), noun)
        owned = owned or any(w.startswith(stem) for w in ctx.lang.place_type_words)
        head_post = _deputised(ctx, word.start(), ending[1]) in _EXCLUSIVE_ROLES
        held = {p.organization for p in posts if p.role in _EXCLUSIVE_ROLES and p.person != named.iri} if head_post else set()
        # (its linking ending off too: "stations|chefen" of "gränsmötesstationen")
        told = _body_told_last(ctx, word.start(), lambda o: not o.inferred and o.iri not in held and any(
            n in w[-len(n) - _INFLECTION_MAX:] or w.startswith(n) and not owned
            for w in ctx.text[o.start:o.end].split() for n in {noun, stem} if len(n) >= _BODY_NOUN_MIN))
        if told is None and owner is not None and (kind := _head_of_noun(ctx, stem)) is not None:
            # "Lai Chaus gränsbevakningschef, överste X": the body the compound's noun is the head of, of the place in
            # the genitive before it
            told = _body_of(ctx, owner, kind, owner.start, word.end())
        if told is not None:
            # "den biträdande tulldirektören X": a deputy's modifier before the compound
            title = Match(word.start(), word.end(), _deputised(ctx, word.start(), ending[1]))
            out.append(_post(ctx, word.start(), named.end, named, replace(told), title))
    return out


def _head_of_noun(ctx: Context, noun: str) -> str | None:
    """The kind of body a compound's first part names where it is a head word of the tables, bare or with an ending
    a compound's head takes ("gränsbevakning" + "en")."""
    for ending in ("", *ctx.lang.compound_endings):
        form = noun + ending
        head = next((m for m in ctx.lang.heads.find(form, ctx.lang.bounds) if m.start == 0 and m.end == len(form)), None)
        if head is not None:
            return str(head.value)
    return None


def _word_start(text: str, at: int) -> int:
    """Where the word holding `at` starts."""
    while at and (text[at - 1].isalpha()):
        at -= 1
    return at


def _body_by_genitive_noun(ctx: Context, role: Match) -> Found | None:
    """"departementets direktör X", "the department's director X": a common noun in the genitive right
    before a title names the body told last before it whose name ends a word with that noun, past a
    short inflection ("turistdepartement" + "-ets")."""
    word = ctx.text[:space_before(ctx.text, role.start)].rsplit(None, 1)[-1] if role.start else ""
    at = space_before(ctx.text, role.start) - len(word)
    if len(word) < _STEM_MIN or not word.isalpha() and not word.rstrip("'’s").isalpha() \
            or not ctx.original_of(at, at + 1).islower():
        return None

    def names_it(name_word: str) -> bool:
        return any(name_word.endswith(word[:k]) for k in range(max(_STEM_MIN, len(word) - _INFLECTION_MAX), len(word) + 1))

    told = _body_told_last(ctx, role.start,
                           lambda o: o.end <= at and any(names_it(w) for w in ctx.text[o.start:o.end].split()))
    return replace(told) if told is not None else None  # a copy: the mention told before is not the title's


_TITLE_NOUN = re.compile(r"\s+(\S+)\s+")
_NOUN_AFTER = re.compile(r"\s+([^\s.,،؛:()]+)\s*(?:[.,،؛:()]|$)")


def _body_told_last(ctx: Context, before: int, fits: Callable[[Found], bool], reach: int = _NOUN_BACK) -> Found | None:
    """The body (or project) told last that ends before `before`, within `reach` of it, that `fits`."""
    told = sorted(ctx.found_between(max(0, before - reach), before), key=attrgetter("end"), reverse=True)
    return next((o for o in told if o.cls in ORG_LIKE and o.end <= before and fits(o)), None)


def _bare_head_after(ctx: Context, role: Match) -> Match | None:
    """A body's head word (`body_heads`) standing alone, capitalised, right after a title, before a pause or a
    name ("Giám đốc Sở, …", "Phó Giám đốc Sở Hoàng Văn Lâm")."""
    head = ctx.match_starting(ctx.lang.body_heads, space_after(ctx.text, role.end))
    if head is None or head.start != role.end + 1 or not ctx.original_of(head.start, head.start + 1).isupper():
        return None
    after = ctx.original_of(head.end, min(len(ctx.text), head.end + 2))
    return head if after[:1] in (",", ".", ";", ")", "") or after[:1] == " " and after[1:2].isupper() else None


def _body_by_head_word(ctx: Context, role: Match, head: Match) -> Found | None:
    """The body told last before a title whose name opens with the bare head word after the title."""
    word = ctx.text[head.start:head.end]
    told = _body_told_last(ctx, role.start, lambda o: not o.inferred and ctx.text.startswith(word + " ", o.start))
    return replace(told) if told is not None else None  # a copy: the mention told before is not the title's


def _name_beside_bare_head(ctx: Context, people: list[Found], people_by_start: StartIndex, role: Match,
                           head: Match) -> Found | None:
    """The name right after a title's bare head word, else the one a comma sets off right before the title."""
    after = next(iter(people_by_start.between(space_after(ctx.text, head.end), space_after(ctx.text, head.end) + 1)), None)
    if after is not None:
        return after
    comma = space_before(ctx.text, role.start)
    if not ctx.text.endswith(",", 0, comma):
        return None
    return next((p for p in people if p.end == space_before(ctx.text, comma - 1)), None)


def _body_by_definite_noun(ctx: Context, role: Match, word: str) -> Found | None:
    """The body told last before a title whose name holds `word` without its definite prefix
    ("الدائرة" → "دائرة السياحة في مقاطعة …")."""
    bare = _bare_word(ctx, word)
    if bare == word:
        return None  # no definite prefix: not a noun that speaks of a body told before
    told = _body_told_last(ctx, role.start, lambda o: not o.inferred and bare in ctx.text[o.start:o.end].split())
    return replace(told) if told is not None else None  # a copy: the mention told before is not the title's


def _own_body(ctx: Context, orgs: list[Found], role: Match) -> Found | None:
    """The body whose name holds the title that names it: entities read "consul general of Vietnam
    in Nanning", "越南驻南宁总领事" as the consulate (the title's `role_bodies` kind is its head)."""
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])
    if key is None:
        return None
    return next((o for o in orgs if o.head == key and o.start <= role.start and role.end <= o.end), None)


def _listed_before(ctx: Context, people: list[Found]) -> list[Found]:
    """The names listed together last in `people` (text order): each apart from the next only by
    commas, "and"-words and honorifics ("Chen Guohua und Li Meiying", "các ông A và B")."""
    run: list[Found] = []
    for p in sorted(people, key=attrgetter("start"), reverse=True):
        if run and p.end > run[0].start:
            continue  # the same name read twice
        if run and not _list_gap(ctx, ctx.text[p.end:run[0].start]):
            break
        run.insert(0, p)
    return run


def _places_for(ctx: Context, orgs: list[Found], titles: list[Match], count: int,
                sentence: tuple[int, int]) -> list[tuple[Match, Found]]:
    """"vice chairmen of the People's Committees of X, Y and Z": one title and as many places as
    names, each place's body of the title's kind."""
    s, e = sentence
    pairs: list[tuple[Match, Found]] = []
    for r in titles:
        mentions: dict[str, Found] = {}
        for f in ctx.found:
            if r.end <= f.start < e and f.cls in PARTICIPANT_PLACES and f.cls != "Country":
                mentions.setdefault(f.iri, f)  # each place's first mention
        if not mentions:
            # "vice-presidents of the committees of these provinces", "i de fyra provinserna": no place
            # after the title; the places are the last ones listed together, as many as the names,
            # unless the sentence names another place (its own, for a title of its own).
            mentions = {f.iri: f for f in _last_listed_places(ctx, count, r.start)}
            if any(f.iri not in mentions for f in ctx.found if s <= f.start < e and f.cls in PARTICIPANT_PLACES
                   and f.cls != "Country"):
                continue
        if len(mentions) != count:
            # "Chủ tịch UBND các huyện Bát Xát, Mường Khương và Si Ma Cai của tỉnh Lào Cai, … Huyện trưởng … huyện
            # Hà Khẩu": the places before the next title, but for the one that locates them
            upto = next((t.start for t in ctx.matches(ctx.lang.roles) if t.start >= r.end), e)
            mentions = {iri: f for iri, f in mentions.items() if f.start < upto}
            mentions = {iri: f for iri, f in mentions.items()
                        if not any(iri in ctx.ancestors(other) for other in mentions if other != iri)}
        places = list(mentions)
        if len(places) != count:
            continue
        org = _org_after(ctx, orgs, r.end, r.start)
        kind = org.head if org is not None and org.head else None
        # "the People's Committees of A, B and Guangxi": a government's kind in the plural is each place's country's
        plural = _plural_body(ctx, r.end, min(f.start for f in mentions.values())) if kind is None else None
        for iri in places:
            body = _body_in_turn(ctx, r, mentions[iri], kind, plural)
            if body is not None:
                pairs.append((r, body))
        if len(pairs) == count:
            return pairs
        pairs = []
    return pairs


def _body_in_turn(ctx: Context, title: Match, place: Found, kind: str | None, plural: str | None) -> Found | None:
    """The body of `place` a title paired with it in turn names: of the kind of the body told after the title, else of
    the kind a plural names, save a government's ("the People's Committees of A, B and Guangxi": each place's country
    says whose); a party title's party committee; a head's the place's government, else the plural's kind."""
    if kind or plural and plural not in set(ctx.common.get("government_by_country", {}).values()):
        return _body_of(ctx, place, kind or plural or "", title.start, place.end)
    if str(title.value) in _PARTY_ROLES:
        return _body_of(ctx, place, "party-committee", title.start, place.end)
    government = _government_body(ctx, place, title.start, place.end) if str(title.value) in GOVERNMENT_ROLES else None
    return government or (_body_of(ctx, place, plural, title.start, place.end) if plural else None)


def _plural_body(ctx: Context, start: int, end: int) -> str | None:
    """The kind of the bodies a plural names between a title and its places ("secretaries of the Party Committees of
    Tan My and Thuy Hung communes"): its places' country need not be known to tell it."""
    return next((str(m.value) for m in ctx.matches_starting(ctx.lang.plural_body_heads, start, end) if m.end <= end), None)


def _last_listed_places(ctx: Context, count: int, before: int) -> list[Found]:
    """The last `count` places (not countries) before `before` listed together, apart from each
    other only by commas and "and"-words, with no other place listed next to them."""
    places = sorted((f for f in ctx.found if f.end <= before and f.cls in PARTICIPANT_PLACES and f.cls != "Country"),
                    key=attrgetter("start"))
    run: list[Found] = []
    for p in reversed(places):
        if run and p.end > run[0].start:
            continue  # a place named inside another's name
        gap = re.sub(r"[,،、]", " ", ctx.text[p.end:run[0].start]).split() if run else []
        if run and any(w not in ctx.lang.and_words for w in gap):
            if len(run) == count:
                return run
            run = []
        run.insert(0, p)
    return run if len(run) == count else []


def _before_bodies(ctx: Context, roles: list[Match], orgs: list[Found]) -> list[Match]:
    """Titles as they stand beside bodies' names: one that runs into a body's name ends where the
    body begins (the title table's "عضو اللجنة الدائمة للجنة الحزب" before "لجنة الحزب في مقاطعة
    يوننان"), one that begins inside it starts where the body ends, one inside it is none, unless
    the body is the one the title names ("consul general of X in Y": the consulate read from it)."""
    starts = sorted(o.start for o in orgs)
    within = SpanIndex((o.start, o.end) for o in orgs)
    places = [f for f in ctx.found if f.cls in PARTICIPANT_PLACES]
    out = []
    for r in roles:
        if _own_body(ctx, orgs, r) is not None:
            out.append(r)
            continue
        if within.contains(r.start, r.end):
            continue  # "委员" inside "人民委员会": part of a body's name, no title
        begun = next((o.end for o in (*orgs, *places) if o.start < r.start < o.end < r.end), None)
        if begun is not None:
            # "广西壮族自治区党委" + "党委书记": the title after the body; "Hekou County" + "County Magistrate": after the place
            r = Match(begun, r.end, r.value)
        at = bisect_right(starts, r.start)  # the first body that starts after the title does
        inside = starts[at] if at < len(starts) and starts[at] < r.end else None
        out.append(Match(r.start, inside, r.value) if inside is not None else r)
    return out


class _Places:
    """The administrative places found, by start and by end, followed as posts add bodies to
    `ctx.found` (the whole index is made again only if a place is added)."""

    def __init__(self, ctx: Context) -> None:
        self._found = ctx.found
        self._seen = 0
        self._index()

    def _index(self) -> None:
        if not any(f.cls in PARTICIPANT_PLACES for f in self._found[self._seen:]) and self._seen:
            self._seen = len(self._found)
            return
        self._seen = len(self._found)
        self._places = [p for p in self._found if p.cls in PARTICIPANT_PLACES]
        self._by_end = StartIndex(self._places, start=attrgetter("end"))
        self._sorted = all(a.start <= b.start for a, b in zip(self._places, self._places[1:]))

    def first_from(self, pos: int) -> Found | None:
        """`next((p for p in places if p.start >= pos), None)`, places in `ctx.found` order."""
        self._index()
        if not self._sorted:
            return next((p for p in self._places if p.start >= pos), None)
        at = bisect_left(self._places, pos, key=attrgetter("start"))
        return self._places[at] if at < len(self._places) else None

    def ending_at(self, pos: int) -> Found | None:
        """`next((p for p in places if p.end == pos), None)`."""
        self._index()
        return next(iter(self._by_end.between(pos, pos + 1)), None)


def _title_chain(ctx: Context, roles_by_end: dict[int, Match], orgs_by_end: StartIndex, last: Match,
                 body: Found | None) -> list[tuple[Match, Found]]:
    """The titles joined by "、" that end at `last`, each with its body, first to last."""
    chain: list[tuple[Match, Found | None]] = [(last, body)]
    while True:
        head, head_body = chain[0]
        # "广宁省委副书记、广宁省人民委员会主席范明雄": the joiner stands before the title's own body.
        bare = _bare_body_before(ctx, head) if head_body is None else None
        opening = head_body.start if head_body is not None and head_body.end <= head.start else \
            bare[0] if bare is not None else head.start
        if head_body is None and bare is None and not ctx.lang.latin:
            # "老街省人民委员会副主席、博览会组委会主任阮成生": a body no table knows stands between the joiner and its title
            run = re.search(r"[^\s,，、；;。：:（）()]{1,12}$", ctx.text[max(0, head.start - 12):head.start])
            if run is not None and ctx.text.endswith(tuple(ctx.lang.title_joiners), 0, head.start - len(run.group())):
                opening = head.start - len(run.group())
        gap = space_before(ctx.text, opening)  # the text before it, without its trailing spaces
        anaphor = next((a for a in ctx.lang.place_anaphors if ctx.text.endswith(a, 0, gap)), None)
        if anaphor is not None:  # "党委常委、自治区人民政府副主席": "the region" before the body
            gap = space_before(ctx.text, gap - len(anaphor))
        if not ctx.text.endswith(tuple(ctx.lang.title_joiners), 0, gap) or not ctx.lang.title_joiners:
            break
        joined = gap - 1
        # roles do not overlap: one ends at each offset, and the nearer end comes first
        prev = roles_by_end.get(space_before(ctx.text, joined)) or roles_by_end.get(joined)
        if prev is None:
            break
        found = next(iter(orgs_by_end.between(prev.start, prev.start + 1)), None) or _government_before(ctx, prev)
        chain.insert(0, (prev, found))
    out: list[tuple[Match, Found]] = []
    place: str | None = None
    for title, found in chain:
        bare = _bare_body_before(ctx, title) if found is None and place is not None else None
        if bare is not None:
            # "芒街市委副书记、市人民委员会主席阮文海": "the city's People's Committee", the chain's city's
            found = _body_of(ctx, None, bare[1], bare[0], title.start, place, named=True) \
                if bare[2] in (None, _class_of(ctx, place)) else None
        if found is None and place is not None:
            found = _body_in(ctx, title, place, title.start, title.end)
        if found is None:
            continue
        found = _placed_anew(ctx, found, (place,))  # "党委常委、自治区人民政府副主席": the region named first
        place = next((iri for kind, iri in found.links if kind == "jurisdiction"), place)
        out.append((title, found))
    return out


def _bare_body_before(ctx: Context, title: Match) -> tuple[int, str, str | None] | None:
    """A body's head word right before a title, with no place's name but at most a place-type word
    ("市人民委员会主席"): where it starts, its kind, and the class of place that word says."""
    head = next(iter(ctx.matches_ending(ctx.lang.heads, title.start, title.start + 1)), None)
    if head is None:
        return None
    kind = next(iter(ctx.matches_ending(ctx.lang.place_types_after, head.start, head.start + 1)), None)
    if kind is not None and kind.start < head.start and ctx.kept("posts: places", _Places).ending_at(kind.end) is None:
        return kind.start, str(head.value), str(kind.value)
    if ctx.kept("posts: places", _Places).ending_at(head.start) is not None:
        return None  # a place's name before the head: the body is named, entities read it
    return head.start, str(head.value), None


def _body_in(ctx: Context, title: Match, place_iri: str, start: int, end: int) -> Found | None:
    """The body a title without one belongs to in a place already named: its government for a
    head's title ("州长"), else none."""
    if str(title.value) not in GOVERNMENT_ROLES:
        return None
    place = next((f for f in ctx.found if f.iri == place_iri), None)
    return _government_body(ctx, place, start, end) if place is not None else None


def _titled_name(ctx: Context, orgs: list[Found], people_by_start: StartIndex, role: Match,
                 body: Found | None = None) -> Found | None:
    """The person a title names when it comes first: "director of X, Mr. Y", "Vorsitzender des X Y"."""
    body = body or _org_after(ctx, orgs, role.end, role.start)
    if body is None:
        return None
    return next((p for p in people_by_start.between(body.end, _name_reach(ctx, body.end) + 1)
                 if _name_follows(ctx, body.end, p.start)), None)


def _name_right_after_body(ctx: Context, body: Found | None, named: Found) -> bool:
    """A name right after the title's body, no comma between (past the body's place in brackets: "Bí thư Thị ủy thành
    phố Đông Hưng (Quảng Tây, Trung Quốc) Lâm Hải Ba"): the title is that name's."""
    if body is None:
        return False
    aside = _ASIDE.match(ctx.text, body.end, named.start)
    return not any(c in ctx.text[aside.end() if aside else body.end:named.start] for c in ",،;:()")


def _opens_own_phrase(ctx: Context, pos: int, role: Match) -> bool:
    """An article stands right before the title, alone or in a preposition ("der Direktor", "du
    secrétaire"): it opens a noun phrase of its own rather than continuing the apposition of the
    name before it."""
    words = ctx.text[pos:role.start].replace(",", " ").replace("،", " ").split()
    if ctx.lang.definite_title_endings and ctx.text[role.start:role.end].endswith(ctx.lang.definite_title_endings):
        return True  # "Yang Hua och ordföranden för folkkommittén i Lao Cai, Trinh Xuan Truong": definite by its ending
    return bool(words) and (words[-1] in ctx.lang.articles or words[-1] in ctx.lang.article_contractions)


def _past_apposition_skip(ctx: Context, pos: int) -> tuple[int, bool]:
    """Past the words (`apposition_skips`) that may stand between a name and its title set off by a
    comma ("von X geleitet, Mitglied …", "X, som också är ledamot …"); and whether any did."""
    m = _COMMA.match(ctx.text, pos)
    start = m.end() if m else pos
    for phrase in ctx.lang.apposition_skips:
        end = start + len(phrase)
        if not ctx.text.startswith(phrase, start) or end < len(ctx.text) and ctx.text[end].isalnum():
            continue
        comma_before = m is not None and bool(m.group().strip())
        comma_after = ctx.text[end:end + 2].lstrip().startswith((",", "،"))
        if comma_before or comma_after:
            return end, True
    if m is None or not m.group().strip():
        # "X ist zugleich Vorsitzender …": a copula with no comma, right after the name
        for phrase in ctx.lang.predicate_skips:
            end = start + len(phrase)
            if ctx.text.startswith(phrase, start) and end < len(ctx.text) and ctx.text[end].isspace():
                return end, True
        if (capacity := _capacity_word_end(ctx, start)) is not None:
            return capacity, True
    return pos, False


_CAPACITY_VERB_WORDS = 4


def _capacity_word_end(ctx: Context, start: int) -> int | None:
    """"X attended as Vice Chairman of …", "X nahm als Vorsitzender …": past a few words of the name's verb written
    small, the end of a word for the capacity the name acts in (`capacity_words`), a title after it."""
    at = start
    for _ in range(_CAPACITY_VERB_WORDS + 1):
        for phrase in ctx.lang.capacity_words:
            end = at + len(phrase)
            if ctx.text.startswith(phrase, at) and end < len(ctx.text) and ctx.text[end].isspace():
                return end
        word = _LETTERS.match(ctx.text, at)
        if word is None or not ctx.original_of(at, at + 1).islower():
            return None
        at = word.end()
        if ctx.text[at:at + 1] != " ":
            return None
        at += 1
    return None


def _next_title(ctx: Context, roles: list[Match], pos: int, joined: bool = False) -> Match | None:
    """The title that continues a chain after pos: after a comma or an "and"-word, past at most
    two lowercase modifiers ("und ständiger Vizevorsitzender", "y vicepresidente permanente")."""
    m = _SET_OFF.match(ctx.text, pos)  # from pos, not over a copy of the rest of the text
    start = m.end() if m else pos
    words = ctx.text[start:start + 40].split()
    joined = joined or bool(m and m.group().strip())
    if words and (words[0] in ctx.lang.and_words or words[0] in ctx.lang.concurrent_words) and not joined:
        # ", and ..." starts the next item of a list; "kiêm" the next title held at once
        start = ctx.text.index(words[0], start) + len(words[0])
        joined = True
    at = bisect_left(roles, start, key=attrgetter("start"))  # roles are in text order
    nxt = roles[at] if at < len(roles) else None
    if nxt is None:
        return None
    between = ctx.text[start:nxt.start].split()
    if not joined and between and between[-1] in ctx.lang.and_words and len(between) <= 3:
        # "عضو اللجنة الحزبية للمقاطعة ونائب رئيس ...": the org's own qualifier, then "and" (a
        # clitic in Arabic) and the next title.
        between, joined = between[:-1], True
    if not joined:
        return None
    if between and between[0] in ctx.lang.and_words:
        return None  # ", and the vice chairman ...": the next item of a list, another person's
    if between and any(between[0].startswith(c) and len(between[0]) > len(c) for c in ctx.lang.bounds.clitics
                       if c in ctx.lang.and_words):
        return None  # "، وبمشاركة رئيس …": an "and" written on the word that opens the next item
    if len(between) > 2 or any(ch in ctx.text[start:nxt.start] for ch in ",;:.()،。；！？\n"):
        return None
    if ctx.lang.latin and any(ctx.original_of(*_span_of(ctx, start, w))[:1].isupper() for w in between):
        return None  # a capitalised word is a name: another person's title follows
    return nxt


def _body_held_at_once(ctx: Context, orgs: list[Found], roles: list[Match], role: Match) -> tuple[Found, int] | None:
    """The body a title with none of its own shares with the title it is held at once with ("Phó Chỉ huy
    trưởng kiêm Tham mưu trưởng Bộ đội Biên phòng tỉnh …", "deputy commander cum chief of staff of …"), and where
    the chain goes on: at the concurrent word if a known title follows it, else past the body."""
    word = _WORD_AFTER.match(ctx.text, role.end)
    if word is None:
        return None
    after = word.end()
    at = bisect_left(roles, after, key=attrgetter("start"))
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])
    if key is not None and word.group(1) in ctx.lang.and_words and at < len(roles) and roles[at].start == after:
        # "Deputy Party Secretary and Chairman of the Lao Cai People's Committee": a title that names its body's kind
        # and no place is of the place of the title it is joined to
        joined = _body_after(ctx, orgs, roles[at])
        place = next((i for kind, i in joined.links if kind == "jurisdiction"), None) if joined and not joined.inferred else None
        return (_body_of(ctx, None, key, role.start, role.end, place_iri=place), word.start(1)) if place else None
    if word.group(1) not in ctx.lang.concurrent_words:
        return None
    if at < len(roles) and roles[at].start == after:
        body = _body_after(ctx, orgs, roles[at])
        return (body, word.start(1)) if body is not None else None
    # a title no table knows ("Tham mưu trưởng"): the first body named after it, in the same phrase
    body = min((o for o in orgs if after <= o.start <= after + _HELD_AT_ONCE_REACH), key=attrgetter("start"), default=None)
    if body is None or any(c in ctx.text[after:body.start] for c in ",;:.()،"):
        return None
    return body, body.end


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)\s")
_HELD_AT_ONCE_REACH = 40
"""How far after a concurrent word the body of a title no table knows may start."""
_COMMA = re.compile(r"\s*(?:[,،]\s*)?")
# ("đồng chí Hà Trọng Hải - Phó Chủ tịch UBND tỉnh Lai Châu": a spaced dash sets a title off as a comma does; folded,
# every dash is "-")
_SET_OFF = re.compile(r"\s*(?:[,،]\s*|(?<=\s)-\s+)?")
_CLAUSE_END = re.compile(r"\s*[,،;]")
_ASIDE = re.compile(r"\s*[(（][^()（）]{1,60}[)）]")
_PAREN = re.compile(r"\s*[(（]\s*")
_DASH_ASIDE = re.compile(r"\s+[—–-][^—–\-\n]{1,60}[—–-](?=\s*[,،])")  # (folded: dashes are "-")


def _and_before_title(ctx: Context, roles: list[Match], start: int, end: int) -> int | None:
    """Where an "and"-word between start and end stands that a title follows, as `_next_title` reads it."""
    if not ctx.lang.latin:
        return None
    for word in re.finditer(r"[^\W\d_]+", ctx.text[start:end]):
        if word.group() in ctx.lang.and_words and _next_title(ctx, roles, start + word.start()) is not None:
            return start + word.start()
    return None


def _span_of(ctx: Context, start: int, word: str) -> tuple[int, int]:
    i = ctx.text.index(word, start)
    return i, i + len(word)


def _name_reach(ctx: Context, end: int) -> int:
    """The furthest start of a name that `_name_follows` the title ending at `end` can accept:
    past commas and spaces, at most one honorific, and commas and spaces again."""
    def skip(pos: int) -> int:
        while pos < len(ctx.text) and ctx.text[pos] in " ,،":
            pos += 1
        return pos
    if (aside := _ASIDE.match(ctx.text, end)) is not None:
        end = aside.end()
    first = skip(end)
    first = skip(first + len(next((x for x in ctx.lang.entity_bounds.suffixes if x and ctx.text.startswith(x, first)), "")))
    # "... de la provincia norteña de Tuyen Quang, Hoang Gia Long": the body's place before the comma
    # (`_name_follows` reads at most 60 characters of it).
    return max([first, end + 61] + [skip(first + len(h)) for h in ctx.lang.honorific_words | ctx.lang.plural_honorific_words
                                      if h and ctx.text.startswith(h, first)])


def _name_follows(ctx: Context, end: int, start: int) -> bool:
    """Only a comma and an honorific between a title and a name ("director of X, Mr. Y")."""
    if (aside := _ASIDE.match(ctx.text, end, start)) is not None:
        end = aside.end()  # "du bourg de Shuolong (district de Daxin, Guangxi), M. Lin Haibo": the place's own place
    gap = ctx.text[end:start].strip(" ,،")
    if not gap or gap in ctx.lang.honorific_words or gap in ctx.lang.plural_honorific_words:
        return True
    if not ctx.lang.latin and gap.split() and all(w in ctx.lang.national_type_tokens[0] or w in ctx.lang.honorific_words
                                                  for w in gap.split()):
        return True  # "نائب حاكم مقاطعة يوننان الصينية لي جيان مينغ": the country's adjective after the body's place
    if ctx.lang.latin and (said := ctx.match_starting(ctx.lang.roles, start - len(ctx.text[end:start].lstrip(" ,،")))) is not None \
            and not ctx.text[said.end:start].strip():
        return True  # "der Leiter der Volksregierung der Provinz Yunnan, Gouverneur Ruan Chengfa": a title said as an honorific
    if gap in ctx.lang.entity_bounds.suffixes and ctx.text[end - 1:end].isalpha() and ctx.text[end + len(gap):start].strip():
        return True  # "Vizegouverneur Yunnans, Li Dongsheng": the place's genitive ending, then the name set off
    # "أمين لجنة الحزب في المحافظة السيد هوانغ فان فوك": and an honorific after it
    bare = next((gap[:-len(h)].rstrip() for h in ctx.lang.honorific_words if h and gap.endswith(" " + h)), gap) \
        if not ctx.lang.latin else gap
    if bare in ctx.lang.place_anaphors:
        # "نائب رئيس اللجنة الشعبية للمقاطعة لو فان كوونغ", "Giám đốc Sở Ngoại vụ tỉnh Vàng Văn Chúng": the body's place
        # told as "the province"
        return True
    # "del Comité Popular de la provincia norteña de Tuyen Quang, Hoang Gia Long": the body's place
    # (with one adjective at most), then a comma, then the name.
    # ("رئيس اللجنة الشعبية لمنطقة في شوين بمقاطعة ها جيانغ السيد هوانغ فان كوي": where titles precede names with no
    # comma, the honorific before the name sets it off)
    if not ctx.lang.latin and (within := next((f for f in ctx.found if f.cls in PARTICIPANT_PLACES and end < f.start
                                               and f.end == space_before(ctx.text, start)), None)) is not None \
            and within_link(ctx, end, within.start):
        return True  # "رئيس الحكومة الشعبية لبلدة شويكو بمحافظة لونغتشو هوانغ مينغ فو": the place the body's place lies in
    if not (ctx.text[end:start].rstrip().endswith((",", "،")) or bare != gap) or start - end > 60:
        return False
    places = [(f.start, f.end) for f in ctx.found if f.cls in PARTICIPANT_PLACES and end <= f.start and f.end <= start]
    # "der Direktor der Abteilung für Industrie und Handel der Provinz, Vi Van Khanh": "the province"
    # names the body's place as well as the place's own name does.
    lead = ctx.text[end:start].lstrip(" ,،")
    if not places and not any(lead.startswith(a) for a in ctx.lang.place_anaphors):
        return False
    rest = "".join(ch for i, ch in enumerate(ctx.text[end:start], end) if not any(s <= i < e for s, e in places))
    words = [w for w in rest.replace(",", " ").replace("،", " ").split()
             if w not in ctx.lang.link_tokens and w not in ctx.lang.articles and w not in ctx.lang.honorific_words]
    return len(words) <= 1


def _government_of(ctx: Context, role: Match) -> Found | None:
    """"Mayor of Pu'er", "vice-gouverneur du Yunnan": a head's title followed by a place names a
    post in that place's government (People's Government in China, People's Committee in Vietnam)."""
    if str(role.value) not in GOVERNMENT_ROLES:
        return None
    place = ctx.kept("posts: places", _Places).first_from(role.end)
    if place is None or not p_gap(ctx, role.end, place.start) and not _adjective_gap(ctx, role.end, place.start):
        return _government_of_the_place(ctx, role)
    return _government_body(ctx, place, role.start, place.end)


def _government_of_the_place(ctx: Context, role: Match) -> Found | None:
    """"ونائب حاكم المقاطعة", "and vice governor of the province": a head's title followed by
    "the province" names a post in the government of the last province the text named."""
    told = _place_of_anaphor(ctx, role, before=False)
    return _government_body(ctx, told[0], role.start, told[1]) if told is not None else None


def _place_of_anaphor(ctx: Context, role: Match, *, before: bool) -> tuple[Found, int] | None:
    """The place "the province", "of the county" (after the title) or "the county's", "länets" (before it,
    if `before`) stands for: the last place of that class the text named before the title; and where the
    phrase after the title ends (the title's end when the phrase is before it)."""
    after = ctx.text[role.end:role.end + 30].lstrip()
    phrase = next((k for k in ctx.lang.place_anaphors
                   if after.startswith(k) and (len(after) == len(k) or not after[len(k)].isalnum())), None)
    end = space_after(ctx.text, role.end) + len(phrase) if phrase is not None else role.end
    if phrase is None and before:
        opening = space_before(ctx.text, role.start)
        phrase = next((k for k in ctx.lang.place_anaphors if ctx.text.endswith(k, 0, opening)
                       and (opening == len(k) or not ctx.text[opening - len(k) - 1].isalnum())), None)
    if phrase is None:
        return None
    # ("Liu Yan, maire de la ville": the city told last, though another was named with the word "ville")
    place = place_of_anaphor(ctx, phrase, role.start, by_type_word=False)
    return (place, end) if place is not None else None


def _implied_body(ctx: Context, role: Match) -> Found | None:
    """"Parteisekretär der Provinz Cao Bang", "party chief of Guangxi": a title that names its
    body (`role_bodies` in the language file) followed by a place is a post in that place's body."""
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])
    if key is None:
        return None
    place = _local_place_after(ctx, role.end)
    if place is not None and ctx.lang.latin and (genitive := _genitive_body(ctx, role)) is not None:
        return genitive  # "Quang Ninhs partisekreterare i Mong Cai": the genitive's; the place after is where he was
    told = _place_of_anaphor(ctx, role, before=True) if place is None else None
    if told is not None:  # "Party Secretary of the county", "the county's Party Secretary": the county named last
        return _body_of(ctx, told[0], key, role.start, told[1])
    if place is None and (genitive := _genitive_body(ctx, role)) is not None:
        return genitive  # "Longzhou's Party chief": the place in the genitive before the title, not the last body told
    if place is None and (level := ctx.lang.title_places.get(ctx.text[role.start:role.end])) is not None \
            and (told_place := _place_told(ctx, role.start, level)) is not None:
        return _body_of(ctx, told_place, key, role.start, role.end)  # "county Party Secretary X": the county told last
    if place is None:
        # "đoàn Chi đội Quản lý biên giới Hồng Hà … do Thượng tá X, Chi đội trưởng, dẫn đầu": with no
        # place after it, the title is the head's of the body of its kind named last before it.
        return _body_told_last(ctx, role.start, lambda o: o.head == key, _BODY_BEFORE)
    return _body_of(ctx, place, key, role.start, place.end, named=True)


def _local_place_after(ctx: Context, end: int) -> Found | None:
    """The place a title's own body is in, named after it through "of"-words: past a country and
    one word more ("Tổng Lãnh sự Việt Nam tại Côn Minh", "القنصل العام الفيتنامي في نانينغ": the
    consulate of the country is the one in the city)."""
    places = ctx.kept("posts: places", _Places)
    place = places.first_from(end)
    country = None
    while place is not None and place.cls == "Country" and place.start - end < 40:
        country = place
        place = places.first_from(place.end)
    if place is None:
        return None
    if country is None and p_gap(ctx, end, place.start):
        return place
    gap = ctx.text[end:country.start].split() + ctx.text[country.end:place.start].split() if country else \
        ctx.text[end:place.start].split()
    unknown = [w for w in gap if w not in ctx.lang.link_tokens]
    return place if len(gap) <= 4 and len(unknown) <= 1 and place.start - end < 60 else None


_BODY_BEFORE = 200
"""How far before a title that names its body's kind that body may be named."""


def _listed_title_body(ctx: Context, people_by_start: StartIndex, role: Match) -> Found | None:
    """"崇左市委书记刘建平、市长王强": a head's title with no body, after a listed name ("、", "，"), is held in the
    government (or the body its title names) of the place the list named last."""
    if str(role.value) not in GOVERNMENT_ROLES and ctx.text[role.start:role.end] not in ctx.lang.role_bodies:
        return None
    before = ctx.text[max(0, role.start - 2):role.start]
    if not before or before[-1] not in ctx.lang.title_joiners + (",", "，"):
        return None
    if not any(p.end == role.start - 1 for p in people_by_start.between(max(0, role.start - 12), role.start)):
        return None
    place = _place_told(ctx, role.start, None)
    return _title_body_in(ctx, place, ctx.lang.role_bodies.get(ctx.text[role.start:role.end]), role.start, role.end) \
        if place is not None else None


def _title_body_in(ctx: Context, place: Found, key: str | None, start: int, end: int) -> Found | None:
    """The body of a place a title names by its kind (`role_bodies`, `key`), else the place's government."""
    return _body_of(ctx, place, key, start, end) if key else _government_body(ctx, place, start, end)


def _government_body(ctx: Context, place: Found, start: int, end: int) -> Found | None:
    """The government of a place (People's Government in China, People's Committee in Vietnam)."""
    bodies = ctx.common.get("government_by_country", {})
    country = next((c for c in [place.iri, *ctx.ancestors(place.iri)] if c in bodies), None)
    if country is None:
        return None
    return _body_of(ctx, place, bodies[country], start, end)


def _body_of(ctx: Context, place: Found | None, key: str, start: int, end: int, place_iri: str | None = None,
             named: bool = False) -> Found:
    """The body of kind `key` (a head in common.toml) of a place (or of `place_iri`), as found in the
    text; `named`: the text from start to end names it ("Generalkonsul Vietnams in Kunming"), a label too."""
    spec = ctx.common.get("heads", {}).get(key, {})
    place_iri = place_iri or (place.iri if place is not None else None)
    assert place_iri is not None, "a body needs its place"
    iri = f"{BKR}org/{local_name(place_iri)}/{key}"
    label = head_label(spec.get("en", ""), local_name(place_iri).replace("-", " ").title())
    labels = ((ctx.original_of(start, end), ctx.lang.code),) if named else ()
    body = Found(start, end, iri, spec.get("type", "PeoplesCommittee"), head=key,
                 labels=labels + (((label, "en"),) if label else ()), links=(("jurisdiction", place_iri),))
    ctx.found.append(body)
    return body


def _government_before(ctx: Context, role: Match) -> Found | None:
    """"红河州副州长许高红": a head's title right after a place, in languages that put the body
    first, names a post in that place's government."""
    if str(role.value) not in GOVERNMENT_ROLES or ctx.lang.latin:
        return None
    place = ctx.kept("posts: places", _Places).ending_at(role.start)
    start = place.start if place is not None else role.start
    if place is None:
        # "自治区副主席": the words for the place before the title stand for the one named before
        told = _place_of_anaphor(ctx, role, before=True)
        if told is None or told[1] != role.end:
            return None
        place = told[0]
        opening = space_before(ctx.text, role.start)
        start = opening - max((len(k) for k in ctx.lang.place_anaphors if ctx.text.endswith(k, 0, opening)), default=0)
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])  # "驻南宁总领事": the consulate in Nanning
    return _title_body_in(ctx, place, key, start, role.start)


def _genitive_body(ctx: Context, role: Match, set_off: bool = False) -> Found | None:
    """"Trung Khanhs distriktsordförande", "Daxins häradschef", "Guangxi's party chief": a place in
    the genitive right before a title names a post in that place's body: the one the title names
    (`role_bodies`), else the government for a head's title; `set_off`: so does a place's name before
    a title set off after a name ("X, Pingxiang mayor, said")."""
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])
    if key is None and str(role.value) not in GOVERNMENT_ROLES:
        return None
    end = space_before(ctx.text, role.start)
    while (former := next((w for w in ctx.lang.former_words + ctx.lang.title_modifiers
                           if ctx.text.endswith(" " + w, 0, end)), None)) is not None:
        end = space_before(ctx.text, end - len(former))  # "Lang Sons dåvarande partisekreterare": the then holder's
    places = ctx.kept("posts: places", _Places)
    place = next((p for suffix in ctx.lang.entity_bounds.suffixes
                  if suffix and ctx.text.endswith(suffix, 0, end) and (p := places.ending_at(end - len(suffix)))), None) \
        or (places.ending_at(end) if any(ctx.text.endswith(x, 0, end) for x in ctx.lang.entity_bounds.suffixes if x) else None) \
        or (places.ending_at(end) if set_off or _capitalised_title(ctx, role) or _adjunct_title(ctx, role) else None)
    if place is None:
        return None
    return _title_body_in(ctx, place, key, place.start, role.start)


def _name_before_placed_title(ctx: Context, people: list[Found], role: Match) -> Found | None:
    """The name a comma sets off right before a place's name (or its genitive) and the title after it, the
    title ending the phrase ("Zhang Wei, Pingxiang mayor, said", "X, Lao Cai's Party chief.")."""
    if not ctx.lang.latin or not ctx.text[role.end:role.end + 2].lstrip()[:1] in (",", ".", ";", ""):
        return None
    places = ctx.kept("posts: places", _Places)
    end = space_before(ctx.text, role.start)
    suffix = next((x for x in ctx.lang.entity_bounds.suffixes if x and ctx.text.endswith(x, 0, end)), "")
    place = places.ending_at(end - len(suffix)) or (places.ending_at(end) if suffix else None)
    if place is None:
        return None
    comma = ctx.text.rfind(",", 0, place.start)
    if comma < 0 or ctx.text[comma + 1:place.start].strip() not in ("", *ctx.lang.articles):
        return None
    return next((p for p in people if p.end == space_before(ctx.text, comma)), None)


def _capitalised_title(ctx: Context, role: Match) -> bool:
    """"Honghe Vice Governor Ma Wenbin": in languages that capitalise names' words, a title written
    capitalised right after a place's name is that place's, as a genitive would make it."""
    return not ctx.lang.sentence_case and all(w[:1].isupper() for w in ctx.original_of(role.start, role.end).split())


def _adjunct_title(ctx: Context, role: Match) -> bool:
    """"Dongxing vice-mayors Chen Ying and …": in languages that put a body's place before its name, a
    title right after a place and right before a name is that place's, written small or not."""
    return ctx.lang.body_names_before and any(f.cls == "Person" and f.start == space_after(ctx.text, role.end)
                                              for f in ctx.found_between(role.end, role.end + 2))


def _name_set_off(ctx: Context, people_by_start: StartIndex, end: int) -> Found | None:
    """The name right after a title, past a comma and an honorific ("son vice-gouverneur, M. X")."""
    return next((p for p in people_by_start.between(end, _name_reach(ctx, end) + 1) if _name_follows(ctx, end, p.start)),
                None)


def _told_body(ctx: Context, role: Match) -> Found | None:
    """"its director", "son vice-gouverneur", "stadens partisekreterare", "häradschefen": a title after a
    possessive or a place's anaphor, or one that is an anaphor itself, is a post in a body told before: for a title that names its body's kind
    or a head's title, that body of the place told last (of the anaphor's level); else the body
    named last before it."""
    words = ctx.text[max(0, role.start - 30):role.start].split()
    word = words[-1] if words else ""
    # ("the province's vice chairman": an anaphor of two words)
    level = ctx.lang.place_anaphors.get(word) or ctx.lang.place_anaphors.get(" ".join(words[-2:]))
    if level is None and (word in ctx.lang.relative_possessives or " ".join(words[-2:]) in ctx.lang.relative_possessives):
        # "the Pu'er City People's Government, whose vice mayor X", "dont la vice-maire": the body just named
        return _body_just_told(ctx, role.start - len(word) - 1)
    level = level or ctx.lang.title_places.get(ctx.text[role.start:role.end])
    if level is None and word not in ctx.lang.possessives:
        led = _led_by_before(ctx, role.start)
        return _led_delegation_body(ctx, role, led) if led is not None else None
    if level is None and (owner := _body_just_told(ctx, role.start)) is not None:
        return owner  # "the border guard command of Lai Chau, led by its commander": that body's
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])
    if key is None and str(role.value) not in GOVERNMENT_ROLES:
        if level is not None:
            return None
        return _body_told_last(ctx, role.start, lambda o: not o.inferred, _BODY_BEFORE)
    place = _place_told(ctx, role.start, level)
    if place is None:
        return None
    return _title_body_in(ctx, place, key, role.start, role.end)


def _led_delegation_body(ctx: Context, role: Match, led: int) -> Found | None:
    """The body a delegation's leader's title is held in, the led-by phrase starting at `led` ("a delegation of the
    People's Government of Guangxi led by Vice Chairman Liao Pinhu"): the body just named, else for a title that names
    its body's kind or a head's title, that body (the government) of the place told last."""
    if (owner := _body_just_told(ctx, led)) is not None:
        return owner
    key = ctx.lang.role_bodies.get(ctx.text[role.start:role.end])
    if key is None and str(role.value) not in GOVERNMENT_ROLES:
        return None
    place = _place_told(ctx, led, None)
    if place is None:
        return None
    return _title_body_in(ctx, place, key, role.start, role.end)


def _bodies_led_by(ctx: Context, orgs: list[Found], people_by_start: StartIndex, titled: set[str]) -> list[Post]:
    """"le poste de garde-frontière de Muong Khuong, dirigé par le lieutenant-colonel Ly Van Sinh": a body named right
    before a led-by phrase (`led_by_words`) is headed by the person named right after it, past ranks and honorifics,
    where no title of theirs says otherwise (not a delegation's body: "a delegation of X led by Y" is Y's delegation)."""
    posts = []
    before_names = sorted(ctx.lang.honorific_words | ctx.lang.articles, key=len, reverse=True)  # ranks, "le", "the"
    for org in orgs:
        if org.inferred or org.cls not in _LED_BODIES:
            continue
        after = ctx.text[org.end:org.end + 40]
        gap = len(after) - len(after.lstrip(" ,"))
        phrase = next((w for w in ctx.lang.led_by_words if after.startswith(w, gap) and (len(after) == gap + len(w)
                                                                                      or not after[gap + len(w)].isalnum())), None)
        if phrase is None or _after_group_word(ctx, org.start):
            continue
        pos = space_after(ctx.text, org.end + gap + len(phrase))
        while (word := next((h for h in before_names if word_starts(ctx.text, pos, h)), None)) is not None:
            pos = space_after(ctx.text, pos + len(word))
        person = next(iter(people_by_start.between(pos, pos + 1)), None)
        if person is None or person.iri in titled:
            continue
        posts.append(_post(ctx, org.start, person.end, person, org, Match(org.end, person.start, "HEAD")))
    return posts


_LED_BODIES = frozenset({"Organization", "Department"})
"""Bodies a led-by phrase names the head of: units, stations, offices (a committee is led by its chair or secretary)."""


def _after_group_word(ctx: Context, start: int) -> bool:
    """A group word ("delegation", "đoàn", "وفد") among the four words before `start`."""
    words = ctx.text[max(0, start - 40):start].split()[-4:]
    return not ctx.lang.group_words.isdisjoint(words)


def _led_by_before_name(ctx: Context, person: Found) -> int | None:
    """Where a led-by phrase right before a name (past an honorific) starts: "do ông Lý Minh, Phó Châu trưởng"."""
    pos = space_before(ctx.text, person.start)
    honorific = next((h for h in ctx.lang.honorific_words if h and ctx.text.endswith(h, 0, pos)
                      and (pos == len(h) or not ctx.text[pos - len(h) - 1].isalnum())), None)
    if honorific is not None:
        pos = space_before(ctx.text, pos - len(honorific))
    return _led_by_before(ctx, pos)


def _led_by_before(ctx: Context, pos: int) -> int | None:
    """Where a led-by phrase (`led_by_words`: "led by", "unter Leitung von", "under ledning av") right before `pos`
    starts: the title after it is that of the leader of the delegation just named."""
    before = ctx.text[max(0, pos - 30):pos].rstrip()
    phrase = next((w for w in ctx.lang.led_by_words if before.endswith(w) and (len(before) == len(w)
                                                                           or not before[-len(w) - 1].isalnum())), None)
    return max(0, pos - 30) + len(before) - len(phrase) if phrase is not None else None


def _body_just_told(ctx: Context, pos: int) -> Found | None:
    """The body named last before pos in its sentence, when no place is named after it (a place
    inside its name is its own)."""
    before = [f for f in ctx.found_between(max(0, pos - _BODY_BEFORE), pos) if f.end <= pos and not f.inferred
              and (f.cls in ORG_LIKE or f.cls in PARTICIPANT_PLACES and f.cls != "Country")]
    if not before:
        return None
    last = max(before, key=lambda f: (f.end, f.cls in ORG_LIKE))
    if last.cls not in ORG_LIKE:
        # ("del Departamento de Comercio de la provincia china de Yunnan, encabezada por su director": the place
        # the body just named is of, told after its name, is no place named after it)
        bodies = [f for f in before if f.cls in ORG_LIKE and f.end <= last.start and ("jurisdiction", last.iri) in f.links]
        last = max(bodies, key=attrgetter("end")) if bodies else last
    if last.cls not in ORG_LIKE or any(c in ctx.text[last.end:pos] for c in ".;!?。"):
        return None
    return replace(last)  # a copy: the mention told before is not the title's


def _place_told(ctx: Context, pos: int, level: str | None) -> Found | None:
    """The place told last before pos (of a level, if given); when that place only locates the one
    named just before it ("de la préfecture de Honghe, de la province du Yunnan"), that one."""
    told = [p for p in sorted(ctx.found_between(max(0, pos - _BODY_BEFORE), pos), key=attrgetter("end"), reverse=True)
            if p.cls in PARTICIPANT_PLACES and p.cls != "Country" and p.end <= pos and (level is None or p.cls == level)]
    if not told:
        return None
    place = told[0]
    for earlier in told[1:]:
        if earlier.iri == place.iri:
            continue
        if place.start - earlier.end > _LOCATING or place.iri not in ctx.ancestors(earlier.iri):
            break
        place = earlier
    return place


_LOCATING = 40
"""How far apart a place and the wider place named to locate it may stand."""


def p_gap(ctx: Context, end: int, start: int) -> bool:
    gap = ctx.text[end:start].split()
    return len(gap) <= 4 and all(w in ctx.lang.link_tokens for w in gap)


def _adjective_gap(ctx: Context, end: int, start: int) -> bool:
    """"vicealcalde de la ciudad china de Dongxing", "maire de la ville chinoise de X": link words and one
    small word (an adjective of the place) between a title and its place."""
    gap = ctx.text[end:start].split()
    unknown = [w for w in gap if w not in ctx.lang.link_tokens]
    if len(gap) > 5 or len(unknown) != 1 or not unknown[0].isalpha() or start - end > 50:
        return False
    at = ctx.text.index(unknown[0], end)
    return ctx.original_of(at, at + 1).islower()


_LINKS_TO_BODY = 3
"""How many link words may stand between a title and its body: "of the provincial" before "Department"."""


def _org_after(ctx: Context, orgs: list[Found], pos: int, title_start: int = -1) -> Found | None:
    """The organisation right after a title, through "of"-words ("chef för X", "director of X"),
    or sharing the title's last word ("Phó Trưởng ban" + "Ban Tuyên giáo Tỉnh ủy")."""
    # None of the organisations that start at or before the title can be it: where they are in text
    # order (find_entities sorts what it finds), the search starts after them.
    in_order = ctx.kept("posts: organisations in text order", lambda _: all(a.start <= b.start for a, b in zip(orgs, orgs[1:])))
    first = bisect_right(orgs, title_start, key=attrgetter("start")) if in_order else 0
    for i in range(first, len(orgs)):
        o = orgs[i]
        if title_start < o.start < pos < o.end and not ctx.text[o.start:pos].strip().count(" "):
            return o
        if o.start >= pos:
            gap = ctx.text[pos:o.start].split()
            if len(gap) <= _LINKS_TO_BODY and all(w in ctx.lang.link_tokens for w in gap):
                return o
            if o.start - pos > 30:
                return None
    return None


def _placed_anew(ctx: Context, org: Found, chain_places: tuple[str | None, ...] = ()) -> Found:
    """A body whose place was not in the text but guessed (the article's province), placed by the
    words around it: "the county" after or before it ("Volksregierung des Kreises", "自治区人民政府")
    or a place-type word in its own name ("Huyện ủy"). In a chain of titles it is the chain's place
    if that place is of this level; elsewhere, if the level is not the guess's, it is the body of
    the last place of that level named before it."""
    if not org.inferred or not org.head:
        return org
    after = ctx.text[org.end:org.end + 30].lstrip()
    before = ctx.text[max(0, org.start - 30):org.start].rstrip()
    phrase, cls = next(((a, c) for a, c in ctx.lang.place_anaphors.items()
                        if after.startswith(a) and (len(after) == len(a) or not after[len(a)].isalnum())
                        or before.endswith(a) and (len(before) == len(a) or not before[-len(a) - 1].isalnum())),
                       (None, None))
    guessed = next((iri for kind, iri in org.links if kind == "jurisdiction"), None)
    # "the region's": the words name the level and say the place was just named, so it is the last
    # place of that level, whether or not the guess is of that level too.
    anaphoric = cls is not None
    if cls is None:
        typed = [m.value for matcher in (ctx.lang.place_types, ctx.lang.place_types_after)
                 for m in ctx.matches(matcher) if org.start <= m.start and m.end <= org.end]
        cls = typed[0] if len(set(typed)) == 1 else None
    if cls is None:  # "Tỉnh ủy": a head that says its place's level
        name = ctx.text[org.start:org.end]
        cls = next((c for head, c in ctx.lang.head_place_classes.items() if head in name), None)
    chain_place = next((p for p in chain_places if p is not None and (p != guessed or anaphoric)
                        and _class_of(ctx, p) == cls), None)
    if cls is not None and chain_place is not None:
        # the chain names the guessed place: the body is sure of it now
        return replace(org, inferred=False) if chain_place == guessed else \
            _placed_at(ctx, org, chain_place)
    named = {p for p in chain_places if p is not None}
    if cls is None and len(named) == 1:
        # "Phó Bí thư Thị ủy, Thị trưởng thành phố Tĩnh Tây": a body whose name says no level, in a
        # chain that names one place, is that place's
        only = named.pop()
        return replace(org, inferred=False) if only == guessed else _placed_at(ctx, org, only)
    if cls is None and not anaphoric and (told_same := _same_body_told(ctx, org)) is not None:
        # "sekreterare i partikommittén i häradet Jiangcheng, och … vice sekreterare i partikommittén": a
        # body named bare, the place its sentence gave the same body before is its place
        return replace(org, inferred=False) if told_same == guessed else _placed_at(ctx, org, told_same)
    if cls is None or cls == _class_of(ctx, guessed) and not anaphoric:
        return org
    told = [(iri, f) for f in sorted(ctx.found_between(0, org.start), key=attrgetter("end"), reverse=True)
            for iri in ([f.iri] if f.cls in PARTICIPANT_PLACES else
                        [i for kind, i in f.links if kind == "jurisdiction"] if f.cls in ORG_LIKE and not f.inferred
                        else [])
            if f.end <= org.start and (iri != guessed or anaphoric) and _class_of(ctx, iri) == cls
            and not _in_brackets(ctx, f.start)]
    # "لجنة الحزب في المنطقة" after "منطقة قوانغشي … ولانغ سون": the region, of the places of its
    # level, is the one whose name says "region".
    noun = _bare_word(ctx, phrase.split()[-1]) if phrase else None
    place = next((iri for iri, f in told if f.cls in PARTICIPANT_PLACES
                  and noun in {_bare_word(ctx, w) for w in ctx.text[f.start:f.end].split()}), None) \
        or next((iri for iri, _ in told), None)
    if place is None or place == guessed:
        return org
    return _placed_at(ctx, org, place)


def _in_brackets(ctx: Context, pos: int) -> bool:
    """pos stands inside brackets that locate what was named before them ("châu Hồng Hà (tỉnh Vân Nam, Trung
    Quốc)"): "the province" after it speaks of a place the text tells of, not of that aside."""
    opened = max(ctx.text.rfind("(", 0, pos), ctx.text.rfind("（", 0, pos))
    return opened >= 0 and max(ctx.text.rfind(")", 0, pos), ctx.text.rfind("）", 0, pos)) < opened


def _same_body_told(ctx: Context, org: Found) -> str | None:
    """The place of the body of org's kind named with its place last before org in its sentence."""
    told = [f for f in ctx.found_between(max(0, org.start - _BODY_BEFORE), org.start)
            if f.end <= org.start and f.head == org.head and f.cls == org.cls and not f.inferred and _place_of(f)]
    last = max(told, key=attrgetter("end"), default=None)
    if last is None or any(c in ctx.text[last.end:org.start] for c in ".;!?。"):
        return None
    return _place_of(last)


def _placed_at(ctx: Context, org: Found, place: str) -> Found:
    """The body `org` names, in `place` rather than the guessed one: the guess is no entity."""
    # a new list, so that the indexes kept over the old one are built again
    ctx.found = [f for f in ctx.found if f is not org]
    return _body_of(ctx, org, org.head or "", org.start, org.end, place)


def _bare_word(ctx: Context, word: str) -> str:
    """A word without its definite prefix ("المنطقه" → "منطقه")."""
    prefix = next((p for p in ctx.lang.definite_prefixes if word.startswith(p) and len(word) > len(p) + 1), "")
    return word[len(prefix):]


def _place_of(org: Found) -> str | None:
    return next((iri for kind, iri in org.links if kind == "jurisdiction"), None)


def _class_of(ctx: Context, iri: str | None) -> str | None:
    entry = ctx.entries.get(iri) if iri else None
    if entry is not None:
        return entry.cls
    return next((f.cls for f in ctx.found if f.iri == iri), None)


def _post(ctx: Context, start: int, end: int, person: Found, org: Found, role: Match) -> Post:
    org = _placed_anew(ctx, org)
    code = str(role.value)
    adjust = ctx.common.get("role_by_org_type", {}).get(code, {})
    code = adjust.get(org.head or "", adjust.get(org.cls, code))
    return Post(start, end, person.iri, org.iri, code, 1 if org.inferred else 2)


def _majority(posts: list[Post]) -> list[Post]:
    """One person holds one exclusive post (secretary, chair, director) per kind of body: keep the
    organisation the text names most often for it, so a slip in one sentence does not add a post."""
    votes: Counter = Counter()
    for p in posts:
        votes[(p.person, p.role, _kind(p.organization), p.organization)] += p.weight
    best: dict[tuple, str] = {}
    for (person, role, kind, org), n in sorted(votes.items(), key=lambda kv: -kv[1]):
        best.setdefault((person, role, kind), org)
    kept = [p for p in posts if p.role not in _EXCLUSIVE_ROLES
            or best[(p.person, p.role, _kind(p.organization))] == p.organization]
    # "عمدة المدينة ورئيس الحكومة الشعبية للمدينة", "mayor and chairman of the city's government": one
    # body has one top office, whatever two titles name it; the title told first stands.
    first: dict[tuple[str, str], str] = {}
    for p in sorted(kept, key=attrgetter("start")):
        if p.role in _TOP_ROLES:
            first.setdefault((p.person, p.organization), p.role)
    return [p for p in kept if p.role not in _TOP_ROLES or first[(p.person, p.organization)] == p.role]


_TOP_ROLES = {"HEAD", "CHAIR"}


def _kind(org: str) -> str:
    return org.rsplit("/", 1)[-1]


__all__ = ["ORG_LIKE", "PARTICIPANT_PLACES", "Post", "find_posts"]
