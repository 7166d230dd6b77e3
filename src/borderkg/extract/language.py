"""One language's extraction data compiled into matchers, built once per build."""
from __future__ import annotations

import re
import typing
import unicodedata
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

from borderkg.errors import ResourceError
from borderkg.extract.dates import DateReader
from borderkg.extract.matcher import Boundaries, PhraseMatcher, SharedScan, WordFormMatcher, contractions_of
from borderkg.extract.mint import BKR
from borderkg.text import fold_label


def _any_of(phrases: list[str], *, whole: bool) -> re.Pattern[str] | None:
    """One of the phrases, as whole words when `whole`; None for no phrases."""
    if not phrases:
        return None
    alternatives = "|".join(map(re.escape, phrases))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if whole else alternatives)


class LanguageData(TypedDict, total=False):
    """What `ontology/lang/<code>.toml` may hold; every key is optional.

    Tables map a phrase (matched folded, whole words) to what it stands for. A key read in
    code must be declared here (mypy checks reads of this TypedDict), and a file with a key
    not declared here is refused (:func:`check_language`), so a misspelt key is an error,
    not an empty matcher.
    """

    language: str
    """The file's own code (must match the file name)."""
    script: str
    """"latin" or the script's name; non-Latin scripts have no capitalised names."""
    clitics: list[str]
    suffixes: list[str]
    contractions: dict[str, str]
    """A phrase's beginning -> how it is written merged with a proclitic (Arabic ل + ال is لل)."""
    honorifics: list[str]
    honorifics_after: list[str]
    abbreviations: list[str]
    """Words written with a period that does not end the sentence ("Mr.", "Mme.")."""
    name_max_tokens: int
    body_topic_tokens: int
    """How many words at most a body's name holds between its head word and its place ("Ủy ban Quản lý Khu thí điểm hợp
    tác kinh tế qua biên giới Hà Khẩu")."""
    name_stops: list[str]
    not_name_words: list[str]
    articles: list[str]
    name_case: str
    """"title" (names capitalised word by word) or "sentence" (only the first word)."""
    name_joiners: list[str]
    mechanism_openers: list[str]
    reception_words: list[str]
    arrival_words: list[str]
    """"arrived in", "est entrée au", "抵达": a visit's word where a delegation (`group_words`) is its subject."""
    same_place: list[str]
    organised_by: list[str]
    """"jointly organised by", "organisé par", "由": the bodies after them are the sides of the event
    the sentence speaks of."""
    attended_words: list[str]
    """"deltog", "took part", "tham dự", "出席": a sentence with one and no event word of its own names who took
    part in the event it speaks of (or the one dated last before it)."""
    speech_words: list[str]
    """"said", "đề nghị", "表示": an event word after them is what someone said or proposed, which a
    time phrase of the sentence ("at the talks") does not date."""
    report_words: list[str]
    """"informó", "reported": a day right after them ("…, informó hoy la parte vietnamita") is when the news was
    given, no event's."""
    ordinal_suffixes: list[str]
    ordinal_prefixes: list[str]
    """"الـ": written right before a number, an ordinal ("الدورة الـ15", "المعرض الـ23")."""
    ordinal_after: list[str]
    edition_words: list[str]
    place_types: dict[str, str]
    place_types_after: dict[str, str]
    shared_by_both: list[str]
    """Words beside a body's word that make it both countries' bodies ("their border guards", "de ambos países")."""
    both_countries: list[str]
    """"the two governments", "两国政府", "حكومتي البلدين": the two countries told as an event's sides."""
    both_countries_prefixes: list[str]
    """"中越贸易畅通工作组": the two countries' short names that open a mechanism's name, which makes them its sides."""
    short_body_heads: list[str]
    """"Station", "stationen": a short head word before the place a body named in full before holds names it again."""
    goods_words: list[str]
    """"skyddsutrustning", "masks": goods a reception word's object may be: a handover, no meeting."""
    donation_words: list[str]
    """"赠送", "donated": giving words, a handover where goods are their object."""
    opening_words: list[str]
    """"reopened", "重新开放": words of opening a gate or resuming its traffic, the gate they govern where it happened."""
    anniversary_words: list[str]
    """"anniversary", "周年": the day an anniversary marks, told after it, is no event's of its sentence."""
    gate_words_before: list[str]
    """Border-gate words before a name ("paso fronterizo de", "Grenzübergängen", "بوابة")."""
    gate_words_after: list[str]
    """Border-gate words after a name ("border gate", "port", "الحدودية")."""
    gate_numbers: list[str]
    """Words that number a gate of its place, between a gate word and the name ("poste-frontière … n° II de Kim Thanh")."""
    place_links: list[str]
    venue_words: list[str]
    seat_words: list[str]
    company_heads: list[str]
    """Words that end a company's name in a script without spaces ("有限责任公司", "集团")."""
    mechanism_heads: dict[str, str]
    """Generic names of working bodies ("joint working group", "Tổ công tác chung"): with a topic after them
    they name a mechanism of their own ("... für das intelligente Grenztor"); the class of its sessions, "" for a
    mechanism word whose events only their own words tell ("mecanismo de consultas anuales")."""
    edition_heads: dict[str, str]
    """Event words whose numbered edition with a topic names a series ("the second conference on rail freight"):
    the mechanism is the event word and its topic; the value is the class of its editions."""
    edition_links: list[str]
    """Of-words that, after a numbered `edition_heads` word and before a common noun, open its topic
    ("la 9e conférence d'échange annuelle")."""
    topic_words: list[str]
    plural_body_heads: dict[str, str]
    """Bodies of one kind named in the plural after one title for as many names ("the Party Committees of A and B
    respectively") -> their kind (a `heads` key of `common.toml`)."""
    body_heads: dict[str, str]
    """Head words of bodies no table names whole ("Department", "Amt", "byrån", "جامعة", "Sở") -> their kind
    (a `heads` key of `common.toml`): with what the body does and its place they name it."""
    body_suffixes: dict[str, str]
    """Endings of compound words that are such a head ("-brigaden" in "gränsförvaltningsbrigaden") -> kind."""
    body_not_heads: list[str]
    """Words holding a head word that name no body ("格局", pattern; "局势", situation)."""
    body_heads_lowercase: bool
    """Bodies' head words are written in lower case ("byrån för kultur"); elsewhere one in lower case is a common noun."""
    nouns_capitalised: bool
    """Every noun is written with a capital ("der Direktor des Amtes"): a capital does not make a word a name."""
    titles_right_after_names: bool
    """"السيد شي دونغ لونغ مدير مكتب …": a title right after a name, with no comma, is that name's."""
    body_head_last: bool
    """In a script without spaces, a body's name ends with its head word and starts with its place ("金平县应急管理局")."""
    body_names_before: bool
    """Bodies' names are in title case, and what a body does may stand before its head word ("Dongxing Fire
    and Rescue Brigade")."""
    body_links: list[str]
    """Words besides `place_links` between a body's name and its place ("under the")."""
    body_stops: list[str]
    """Words that end a body's name (verbs, pronouns, auxiliaries; folded, so none that folds as a name's word does)."""
    """Words after a working body's generic name that say what it works on ("on", "für", "về")."""
    name_starts: list[str]
    """In a script without spaces, words after which a place's name begins ("前往巴刹县", "在巴刹镇")."""
    not_place_words: list[str]
    """Words that end in a place-type word but name no place ("城市", "市场", "合作社")."""
    """"Consulate General of Vietnam in Kunming", "越南驻昆明": the word before the city a mission sits in."""
    between_words: list[str]
    bordering_words: list[str]
    """"gränsar till", "bordering", "giáp với": before a place, the place a side borders, not where an event was."""
    decimal_separator: str
    thousands_separators: list[str]
    and_words: list[str]
    concurrent_words: list[str]
    """"kiêm", "cum": between two titles one person holds at once; a title with no body of its own shares the next
    title's ("Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ đội Biên phòng tỉnh")."""
    list_place_types: list[str]
    """Plural place-type words that a list of names follows, each of the type ("Kommunerna Sen Thuong och Leng Su Sin")."""
    list_place_types_after: list[str]
    """Plural place-type words after a list of names, each of the type ("Tan My and Thuy Hung communes")."""
    place_adjectives: list[str]
    """Words that only describe the place named after them ("fronteriza", "norteña", "nordvietnamesiska"): between a
    venue word and the place, or between a side and the place it lies in, they break neither."""
    auxiliaries: list[str]
    """Auxiliary verbs before a participle ("a été signé", "was signed"): not part of the thing named before them."""
    not_count_after: list[str]
    not_count_glued: list[str]
    count_of: list[str]
    unit_links: list[str]
    unit_modifiers: int
    unit_stops: list[str]
    unit_suffixes: list[str]
    generic_classifiers: list[str]
    unit_compound_heads: dict[str, str]
    role_compound_heads: dict[str, str]
    """Titles that end compounds whose first part is the body's noun ("brigadchefen": the brigade's chief) -> role."""
    """Counted nouns that also end compounds ("samarbetsdokument", "Kooperationsdokumente") -> unit."""
    partitive_words: list[str]
    comparison_words: list[str]
    """"so với cùng kỳ năm trước", "compared with", "同比": a date after these is the baseline a figure is
    compared with, not the period it covers."""
    year_anaphors: list[str]
    """"of the year", "de l'année": relative years that speak of the year told before, so they do not
    date a figure's own clause against the year an earlier clause gave."""
    number_joiners: list[str]
    times_words: list[str]
    """A word for "time" beside an ordinal after an event's word ("met for the sixth time", "للمرة الثالثة")."""
    roles: dict[str, str]
    role_bodies: dict[str, str]
    joined_title_bodies: dict[str, str]
    """"member of the Standing Committee and head of the Propaganda Department of the X Provincial Party Committee":
    titles that name no body, joined to a title that does, are posts in the body of this kind (a head key of
    common.toml) of that body's place."""
    title_joiners: list[str]
    org_heads: dict[str, str]
    department_level_words: list[str]
    """"Service provincial de l'Industrie et du Commerce": words of a level that may stand after the first word of a
    department's head (an `org_heads` key whose kind is a department), naming the article's province's."""
    org_heads_placed: dict[str, str]
    org_heads_tailed: dict[str, str]
    """Heads that name a body only with a place after them and one of their key's `head_tails` after the place
    ("Standing Committee of the" … "Regional People's Congress"; not "… of the Lao Cai Provincial Party Committee")."""
    head_tails: dict[str, list[str]]
    """Head key -> words that still belong to the body's name after the place that follows its head ("Standing
    Committee of the | Guangxi | Regional People's Congress")."""
    project_heads: dict[str, str]
    infrastructure_heads: dict[str, str]
    agreement_heads: dict[str, str]
    event_triggers: dict[str, str]
    trigger_heads: dict[str, str]
    """Event words that also end compounds and take inflections ("Grenzmesse", "mötet")."""
    compound_endings: list[str]
    """Endings a compound head takes ("des Treffens", "mötet", "protokollet")."""
    agreement_compound_heads: dict[str, str]
    """Agreement words that end compounds ("Kooperationsprotokoll", "samarbetsprotokoll")."""
    split_triggers: dict[str, str]
    """Verbs whose particle stands apart: "tog … emot" (up to six words between)."""
    both_sides: list[str]
    country_sides: dict[str, str]
    """"the Chinese delegation", "phía Trung Quốc", "中方" → the country's place key ("china"): the
    side of the event told before that lies in that country."""
    guest_words: list[str]
    infinitive_marks: list[str]
    """Venue words that also mark an infinitive ("to"): followed by a word other than an article, they govern a verb."""
    also_words: list[str]
    """"also", "auch", "också", "也": an undated edition a sentence adds this way was held with the event told before."""
    joined_event_words: list[str]
    """"together with", "ainsi que", "cùng với": between two editions, the second held with the first ("the third annual
    conference …, together with the ninth meeting of …, both hosted by Ha Giang in late March"): they share a date."""
    national_titles: list[str]
    """"Prime Minister", "Thủ tướng", "总理": a national office; its holder named beside it stands for a country."""
    definite_title_endings: list[str]
    """Endings that make a title definite where no article does ("ordföranden", "sekreteraren"): such a title opens a
    noun phrase of its own."""
    border_words: list[str]
    """Word stems that speak of a border ("border", "frontera", "biên giới", "边界"): a length in their clause is a border's."""
    led_by_words: list[str]
    """"led by", "unter Leitung von": a title right after one is held in the body whose delegation was just named."""
    began_words: list[str]
    """"which began on", "iniciada el", "bắt đầu từ": a day right after one is the start of the event its sentence tells,
    which it keeps over a later day the sentence gives ("concluyó hoy una visita … iniciada el lunes 29 de diciembre")."""
    founding_words: list[str]
    """"inrätta", "to set up", "thành lập": a mechanism named right after one is being founded, no edition of it held."""
    counterpart_words: list[str]
    """"his Chinese counterpart Dong Jun", "son homologue chinois": the person after holds the same office in the other
    country."""
    ministerial_titles: dict[str, str]
    """"Defence Minister", "Vizeminister für Landesverteidigung": a minister's title → "ROLE ministry" (a key of
    common.toml's `ministries`): the holder heads (or is deputy head of) that ministry of the holder's country."""
    country_adjectives: dict[str, str]
    """"Vietnamese", "vietnamien", "الفيتنامي" → the country's place key ("vietnam"), beside a national title."""
    """"the guests", "die Gäste", "客人": the visiting side of the visit told before."""
    origin_words: list[str]
    """"a delegation from X", "aus", "từ", "来自": X is where the visitors come from, not where it happens."""
    group_words: list[str]
    """"delegation", "delegación", "đoàn": a group of people; "recibió a una delegación de X" names X as the
    group's side, though a venue word ("a") comes before it."""
    about_words: list[str]
    """"sobre", "về", "about": what a text is about follows; a venue word a few words after one places the topic
    ("un memorando sobre el despacho aduanero en los pasos fronterizos de …"), not the event."""
    resident_words: list[str]
    """"myndigheterna i Cao Bang", "the authorities in Hekou": who live or act in the place named after a venue word
    right after them; that place is theirs, not where an event was."""
    scale_approx: list[str]
    """"More than" written between a number and its scale word ("3100多亿元")."""
    ordinal_skips: list[str]
    """Adjectives between an ordinal and its event word ("the 8th annual talks")."""
    ordinal_follows: bool
    """Ordinals follow what they number ("الاجتماع الحادي عشر")."""
    clauses_before_head: bool
    """A clause about a noun comes before it ("去年11月在谅山市召开的第四次会议")."""
    destination_before_verb: bool
    """A place right before a visit's verb may be what it visits ("hat … Ha Giang besucht", "赴河口考察"); elsewhere a
    place there is the visitors' own."""
    ordinal_modifiers: int
    """How many nouns a language that writes compounds apart may set between an ordinal and its event
    word ("the second labour cooperation conference")."""
    plural_honorifics: list[str]
    """"Messrs", "السادة", "các ông": an honorific before a list of names."""
    distributive_words: list[str]
    """"respectively", "lần lượt", "分别", "على التوالي": the n-th name goes with the n-th title or place."""
    deputy_words: list[str]
    """"seine Stellvertreterin Y", "hennes ställföreträdare Y": a word for the deputy of the post the name
    before holds."""
    former_words: list[str]
    """"dåvarande", "former", "damalige": between a place's genitive and a title, a holder then or before
    ("Lang Sons dåvarande partisekreterare X"): the post is still the place's body's."""
    title_modifiers: list[str]
    """"newly appointed", "nyvalde", "amtierende": between a place's genitive and a title, words of the holder's
    time in the post ("Lai Chau's newly appointed Party Secretary X"): the post is the place's body's."""
    company_words: list[str]
    """"accompanied by", "accompagné de", "يرافقه": before a word for a deputy, as an "and"-word is ("X, director of …,
    accompanied by his deputy Y": the deputy of X's post)."""
    personal_possessives: list[str]
    """"seine", "hennes", "his": a possessive of a person, before a deputy's word or a title."""
    relative_possessives: list[str]
    serving_words: list[str]
    deputy_modifiers: list[str]
    """"biträdande", "vice": before a compound title ("tulldirektören"), the deputy's post."""
    """"do bà X làm Giám đốc": between a name and a title with no body, the title is a post in the body named before."""
    """"whose", "dont la", "vars": before a title, the body just named is the title's."""
    apposition_skips: list[str]
    """Words between a name and the title set off after it by a comma: the end of the name's clause
    ("von X geleitet, Mitglied …", "führte X an, …") or a relative clause's opening ("X, som också är …")."""
    capacity_words: list[str]
    """"as", "en tant que", "als": after a name and a few words of its verb, the title the name acts in ("X attended as
    Vice Chairman of …", "X nahm als Vorsitzender … teil")."""
    predicate_skips: list[str]
    """A present-tense copula between a name and its title with no comma: the title is said of the name ("X is also
    chairman of …", "X ist zugleich Vorsitzender …", "ông X hiện là Chủ tịch …"); a past one ("was") is not."""
    place_anaphors: dict[str, str]
    """"the province", "المقاطعة": words after a title that mean the last place of that class named."""
    title_places: dict[str, str]
    """"häradschefen" (the county chief): a definite title that speaks of the last place of that class named."""
    reference_before: dict[str, int]
    """"after the talks", "the day before the talks": words before an event word that make it a
    time reference to an event already told, with the day offset they give."""
    article_contractions: dict[str, str]
    """A preposition and an article written as one word ("del" = "de el", "du", "zum"), by the
    preposition: "al término del encuentro" is "al término de" + "the meeting"."""
    reference_after: dict[str, int]
    """"会谈结束后", "会谈前一天": the same, after the event word."""
    indefinite_articles: list[str]
    """"during a working session": an indefinite event word tells an event, it does not refer to one."""
    definite_prefixes: list[str]
    """Arabic "ال": where definiteness is written on the word, a reference needs it."""
    event_word_forms: list[str]
    """How a one-word event word is written inflected, "-" standing for the word (Arabic "-ا", the
    indefinite accusative: "أقامت حفلاً"), so the list names each word once."""
    head_place_classes: dict[str, str]
    told_level_heads: dict[str, str]
    """"Bezirksvolkskomitee", "distriktsfolkkommittén": heads that compound their place's level; with no place beside
    them, the body of the last place of that class told ("… mit dem Bezirk Ha Quang … der Vorsitzende des
    Bezirksvolkskomitees")."""
    """"Thành ủy Lào Cai" is the city's party committee: the place of a body with such a head is of that class."""
    possessives: list[str]
    """"its", "sitt", "ihrer": "the working group … held its 5th meeting" is the subject's own event."""
    demonstratives: list[str]
    """"本届", "这一": words right before an event word that point at the event told ("本届博览会", this fair)."""
    series_words: list[str]
    """"会谈", "hội đàm": talks words whose numbered, qualified form ("第四次边境会谈", "hội đàm định kỳ lần thứ
    tư") names a standing series of talks, a mechanism of its own."""
    qualified_series_words: list[str]
    """"例会" (regular meeting): `series_words` whose qualifier is in the word, so a number alone before it names the
    series ("第二十二次例会")."""
    round_words: list[str]
    """"round", "Runde", "الجولة": numbered before a qualified talks word ("the tenth round of periodic talks"), the
    edition of a series those talks name."""
    qualifiers_before: bool
    """A qualifying adjective stands before its noun ("periodic talks", "regelbundna samtal"), not after it ("hội đàm
    định kỳ", "pourparlers périodiques"): where a series' qualifier is looked for."""
    round_links: list[str]
    """"من": between a numbered round and its talks word where the script writes no "of" in the tables' links
    ("الجولة العاشرة من المحادثات الدورية")."""
    mechanism_words: list[str]
    """"mechanism": a word that, after one or two lowercase words saying what for ("their partnership
    mechanism"), names a mechanism the lexicon does not know."""
    mechanism_anaphors: list[str]
    """"ce mécanisme", "该机制": phrases that speak of the mechanism the text named last."""
    venue_anaphors: dict[str, str]
    """"县城": phrases that speak of the place of a level (the value) the text named last."""
    body_anaphors: dict[str, str]
    """"the station", "المركز", "la estación": phrases that speak of the body of a kind (a word of its head key, the
    value: "station") the text named last."""
    headquarters_words: list[str]
    """"في مقر", "au siège du": words before a body whose seat is where the event was."""
    capital_words: list[str]
    """"capitale provinciale du", "capital of": words before a province's or country's name that, with it, name its
    capital (`capitals` in common.toml)."""
    capital_words_after: list[str]
    """"s huvudstad", "'s capital": the same after the name ("i Yunnans huvudstad")."""
    framework_words: list[str]
    """"inom ramen för", "dans le cadre de": words before a mechanism, anywhere in the sentence, that the event told
    belongs to."""
    committee_words: list[str]
    """"comité", "委员会": words that make a mechanism whose name holds one a committee, whose sessions are
    Conferences (CONTRACT), whatever word tells them ("la tercera reunión del Comité de Coordinación")."""
    thereby_words: list[str]
    """"Theo đó", "Accordingly": opening a sentence, it tells how the edition told just before was held."""
    then_words: list[str]
    """"då", "then", "当时": a word at an event word that dates it as the event told just before."""
    dateline_marks: list[str]
    """"电", "讯": right after the date that opens a report ("新华社昆明6月19日电", "本报东兴5月9日讯"), the end of its
    dateline: when and where the report was filed, not an event's."""
    date_named_places: list[str]
    """"Quảng trường", "đường": words a date right after names, as a square or a street ("Quảng trường 17/10", the
    17 October Square): that date is a name's, no event's."""
    ordinal_periods: list[str]
    """"季度", "quarter", "quý": words for a part of the year that an ordinal beside them numbers ("第二季度", "the
    second quarter", "quý II"): that ordinal numbers no edition."""
    verb_adverbs: list[str]
    """"déjà", "also": adverbs that may stand between an auxiliary and its participle in an event or reception verb
    ("avait déjà accueilli", "has also received")."""
    first_since_words: list[str]
    """"since" after "the first conference": the first of a time, not the first edition."""
    agent_words: list[str]
    """"por", "by", "par": right after a signing word that follows its agreement ("el acuerdo … firmado por …"), the
    agreement described by who signed it, not a signing told."""
    closing_words: list[str]
    """"Zum Abschluss", "Finally", "最后": opening a sentence that tells a signing, the event told just before is its
    occasion."""
    intent_words: list[str]
    """"hope to", "愿", "tăng cường": in the clause before an event word the text does not date, a wish, plan or
    call for such events ("孟德县愿与绿春县保持高层互访"), not one told."""
    non_event_phrases: list[str]
    """"schwer getroffen worden", "met the targets": phrases around an event word in which it tells no event (a
    typhoon hit a province; targets were met)."""
    relative_openers: list[str]
    """"qui", "which", "som", "الذي": words that open a relative clause right after a comma ("Lors de l'entretien, qui
    s'est tenu dans la ville de Pingxiang, …": the clause still speaks of the event named before it)."""
    edition_nouns: list[str]
    """"edition", "édition", "Auflage", "الدورة": with an ordinal, an edition of the event the article tells ("The 14th
    edition took place in Mong Cai in December 2019")."""
    earlier_words: list[str]
    """"earlier in", "tidigare i", "plus tôt en": a time told as before the article's event ("Earlier in December, the
    border guards also patrolled with …"), so another event than the one dated to the day."""
    previous_edition_words: list[str]
    """"the previous edition", "la edición anterior", "上届": the edition before the article's event, told with a
    date of its own in a sentence with no event word ("The previous edition, held in Lang Son in November 2022, …")."""
    previous_words: list[str]
    """"previous", "السابقة", "anterior": beside a word of the kind of the article's event, the edition before it
    ("وكانت المباراة السابقة بين الفريقين قد جرت في دونغشينغ في مايو من العام الماضي")."""
    similar_words: list[str]
    """"similar", "tương tự", "类似": beside an event word, an event told as like the article's, dated to its own year
    and so one event, no activity in general ("Une exposition similaire avait été présentée à Cao Bang en 2023")."""
    first_edition_words: list[str]
    """"first held", "erstmals", "la première édition", "首届": the first edition of the article's event, told with an
    earlier date of its own ("The camp was first held in Baise in 2023", "Die Handelswoche war im vergangenen Jahr
    erstmals in Mong Cai veranstaltet worden")."""
    period_words: list[str]
    """"for" in "nine groups of tasks for 2026": before a year (and an article), the time a plan is for, not when an
    event happened."""
    audience_words: list[str]
    """"for" in "a training course for 40 officials": before a count after an event word, whom the event is for; the
    count tallies no events ("received 41 delegations" does)."""
    during_words: list[str]
    """"durante", "lors de", "during": before an event word, an event that held the one the sentence speaks of."""
    told_event_words: list[str]
    """Event triggers that are generic words for an event ("event", "Veranstaltung"): with an article they speak of
    the event told before, whatever its kind ("Speaking at the event in Tra Linh commune")."""
    gathering_words: list[str]
    """"met", "möttes", "trafen sich": verbs of coming together that, before an exchange their sentence names after an
    indefinite article, tell that exchange ("met on the pitch on Wednesday for a friendship football match"), not a
    meeting."""
    views_exchange_words: list[str]
    """"exchange", "échange", "Austausch": the bare words of exchanging, which as often say views were exchanged ("had
    an exchange of views"); no gathering verb (`gathering_words`) is for them."""
    ceremony_words: list[str]
    """"ceremony", "Ceremonin": with an article, the ceremony a signing told before was held as, where no other
    ceremony was told ("… undertecknade på onsdagen ett samarbetsprotokoll … Ceremonin hölls i Hekou")."""
    this_is_words: list[str]
    """"Det är", "这是", "Đây là": words opening a sentence that says what the event told just before was
    ("Det är det femte byparet som ingår i programmet …": its edition number and mechanism)."""
    host_words: list[str]
    """"Gastgeber war", "Schauplatz der", "The venue was": words opening a sentence that says where the event
    told just before was held (the first place after them)."""
    label_synonyms: dict[str, list[str]]
    """"gränsporten" → ["gränsövergången"]: a lexicon label (in this language) whose first word is a key is
    also written with each of its synonyms."""
    belonging_words: list[str]
    """"Fangcheng, som hör till staden Fangchenggang", "thuộc": the place after them only says where the
    side before them lies."""
    topic_stops: list[str]
    """Words that end a working body's topic besides name stops: verbs and possessives ("… held its")."""
    mechanism_compounds: list[str]
    """Word endings that make a compound a mechanism's name ("Zollkooperationsmechanismus")."""
    months: dict[str, int]
    year_words: list[str]
    since_words: list[str]
    part_of_time_words: list[str]
    """Phrases that end with a since-word but name a part of the time ("a finales de marzo"): no since."""
    since_after_words: list[str]
    day_alone_suffixes: list[str]
    not_day_after: list[str]
    """"金城2号国际公路口岸": words right after a day alone that make it a number in a name, not a day."""
    same_year_after: list[str]
    """"on December 19 of the same year": after a day or month without its year, the year of the date told before."""
    same_year_before: list[str]
    """"同年12月19日": the same, before it."""
    day_suffixes: list[str]
    range_links: list[str]
    range_only_links: list[str]
    day_after_month: bool
    """A day's number follows its month ("October 4", "Nov. 28"); where it does not, "im Oktober 4 Milliarden" holds
    no date."""
    day_month_links: list[str]
    ordinal_day_links: list[str]
    """Words between a day written as an ordinal word and its month ("في التاسع من سبتمبر")."""
    ordinal_day_before: list[str]
    """Words before such a day ("في", "يوم"): "في الأسبوع الأول من مارس" is a week, no day."""
    month_year_links: list[str]
    month_alone_after: list[str]
    month_past_before: list[str]
    month_past_after: list[str]
    month_ahead_words: list[str]
    month_ahead_after: list[str]
    season_words: list[str]
    """"summer", "صيف", "mùa hè": a season's name before a year ("صيف 2017"); a date without a year later in the
    sentence is of that year, as after a month ("… إلى صيف 2017، حين افتُتحت نسخته الأولى في 8 يوليو")."""
    counted_months: list[str]
    """Month names that after a bare number count months ("10 tháng năm 2023": ten months of the year 2023)."""
    day_words: list[str]
    """Words for "day" before a day's number that make it a day of the month after ("ngày 10 tháng Năm")."""
    round_the_clock: list[str]
    """A day and month in figures that says "around the clock" ("đường dây nóng 24/7"): no date unless a day's word
    (`day_words`, `dashed_day_month_after`) or a bracket stands right before it."""
    relative_days: dict[str, int]
    event_days: dict[str, int]
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    relative_weeks: dict[str, int]
    """"last week", "上周": weeks counted from the publication date; the event is dated to that week's month."""
    same_days: dict[str, int]
    same_day_of: list[str]
    """Words after a same-day phrase that make it the day of something named ("le jour même du lancement",
    "the same day as the opening"): not the day last told."""
    weekdays: dict[str, int]
    """0 = Monday ... 6 = Sunday."""
    weekday_context: list[str]
    dashed_day_month_after: list[str]
    """Words after which "4-3" is the 4th of March (Vietnamese "ngày 4-3", "sáng 4-3-2025")."""
    weekday_next_before: list[str]
    weekday_next_after: list[str]
    weekday_context_after: list[str]
    """"Thứ Hai vừa qua": words after a weekday's name that make it one where it is also a number (`weekday_context`)."""
    weekday_last_week_before: list[str]
    weekday_last_week_after: list[str]
    """"上周五", "thứ Năm tuần trước", "Thursday last week": a weekday of the week before the report's."""
    weekday_last_before: list[str]
    weekday_last_after: list[str]
    """"last Friday", "vendredi dernier", "el pasado viernes": the weekday's last day before the report's, a week
    back where the report is of that weekday."""
    day_alone_before: list[str]
    """"el día 2": words before a day of the month named alone (the publication's month, or the one before)."""
    day_of_month_told_before: list[str]
    """"le", "el", "on the": words before a bare day of the month that is of the month the sentence named before it ("En
    décembre 2016, une délégation … avait été reçue le 22 à Lang Son")."""
    day_of_month_told_after: list[str]
    """Words that may follow such a bare day ("à", "in", "by"): a word of another kind after a number ("le 22 avril",
    "el 22 por ciento") says it is no day alone."""
    month_parts_after: list[str]
    """"5月中旬，", "5月底，": a part of a month written right after it."""
    months_after_day: dict[str, int]
    """"Hanoi, 12 may (VNA)": month abbreviations that are words too ("mar", "may"), read as months only right after a
    day's number."""
    weekday_date_joiners: list[str]
    """"tisdagen den 3 juni", "el martes día 3", "يوم الثلاثاء الموافق 3 يونيو": a word between a weekday and the date
    beside it; the date, not the weekday, says which day."""
    units: dict[str, str]
    scales: dict[str, int]
    number_words: dict[str, int]
    ordinals: dict[str, int]


class HeadData(TypedDict, total=False):
    """A kind of body under ``[heads.<key>]`` in `common.toml`."""

    type: str
    """The body's bk: class."""
    en: str
    """English label template: {place} is its place's name, {name} the names in its IRI."""
    named: bool
    """The body is named after places (a border gate's management board), not only its place's."""
    locality: bool
    """A post named after the locality it guards, which no lexicon may know ("gränsbevakningsstationen
    Bac Luan"): capitalised words by its head, where no place is, are its name."""
    seated: bool
    """The body is the mission of one country in a city ("Consulate General of Vietnam in Kunming"):
    its name holds both, and the city after a seat word is its place."""
    country: str
    """The country a body of this kind belongs to, where its name names no place of its own (Vietnam's regional
    customs branches, each over several provinces): its place, rather than the article's home province."""
    told_before: bool
    """A body only one side has (China's health commissions): named bare, it is the one named with its place before."""
    whole: str
    """The kind a head word of this kind names with its place alone ("Lang Son Customs" is the `customs` kind's
    "Lang Son Customs Department"), so that both names are one body."""
    names_parent: bool
    """A body whose name holds the body it is part of ("Đoàn đại biểu Quốc hội tỉnh Hà Giang"): that body named only
    inside it is no mention of its own."""


class FigureSettings(TypedDict, total=False):
    """Which written numbers are statistics (``[figures]`` in `common.toml`)."""

    written_min: int
    written_not_for: list[str]
    measures: list[str]
    """Units a thing is measured in rather than counted: a figure even after "the" ("the 1,353-kilometre frontier")."""


class CommonData(TypedDict, total=False):
    """What `ontology/lang/common.toml` (data shared by every language) may hold; every key is optional.

    Checked like :class:`LanguageData` (:func:`check_common`), nested tables included.
    """

    tally_units: list[str]
    """Units that count events: a count of them tells a tally, not one event."""
    tally_kinds: dict[str, list[str]]
    """Unit -> the only event classes its counts tally (a unit not listed tallies every class)."""
    heads: dict[str, HeadData]
    """Kinds of bodies, by the key language files map their head phrases to."""
    role_by_org_type: dict[str, dict[str, str]]
    """Role code -> body's head key or class -> the role code it becomes there."""
    government_by_country: dict[str, str]
    """Country IRI -> head key of the government its places' heads refer to."""
    event_rank: dict[str, int]
    """Event class -> rank; several triggers in one clause give the highest-ranked class."""
    mechanism_events: dict[str, str]
    """Mechanism IRI -> class of its editions' events."""
    committee_mechanisms: list[str]
    """Mechanism IRIs whose sessions are Conferences, however a text names the mechanism or tells a session."""
    member_sides_named: dict[str, int]
    """Mechanism IRI -> how many of its member sides a document names for its generic name to be it (else 2)."""
    mechanism_holders: dict[str, str]
    """Mechanism IRI -> the role code of the office holders who meet at its editions (its Party secretaries)."""
    capitals: dict[str, str]
    """Province, region or country IRI -> the IRI of its capital (read after `capital_words`)."""
    ministries: dict[str, dict[str, str]]
    """Ministry kind (`ministerial_titles` values) -> country IRI -> the lexicon's IRI of that country's ministry."""
    figures: FigureSettings
    standalone_infrastructure: list[str]
    """Kinds of infrastructure (`infrastructure_heads` values) that are one all the same where no place or
    name follows their word ("the dedicated freight road", "货运专用通道"): the article's province's."""


def check_language(data: dict[str, object], path: Path) -> LanguageData:
    """``data`` (a parsed language file) if every key is declared in :class:`LanguageData` with its type.

    >>> check_language({"months": {"mars": 3}}, Path("fr.toml"))
    {'months': {'mars': 3}}
    >>> check_language({"month": {"mars": 3}}, Path("fr.toml"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    borderkg.errors.ResourceError: File "fr.toml": unknown key 'month'; valid keys: ...

    :raises ResourceError: naming the file, the line and the key.
    """
    text = _check_table(data, LanguageData, path)
    if "language" in data and data["language"] != path.stem:
        raise ResourceError(f"language {data['language']!r} differs from the file name's code {path.stem!r}",
                            path=path, line=_line_of(text, "language"))
    return typing.cast(LanguageData, data)


def check_common(data: dict[str, object], path: Path) -> CommonData:
    """``data`` (parsed `common.toml`) if every key, in nested tables too, is declared in :class:`CommonData`.

    >>> check_common({"heads": {"party-committee": {"tpye": "PartyCommittee"}}}, Path("common.toml"))
    Traceback (most recent call last):
    borderkg.errors.ResourceError: File "common.toml": unknown key 'heads.party-committee.tpye'; valid keys: country, en, locality, named, names_parent, seated, told_before, type, whole

    :raises ResourceError: naming the file, the line and the key.
    """
    _check_table(data, CommonData, path)
    return typing.cast(CommonData, data)


def _check_table(data: dict[str, object], schema: Any, path: Path) -> str:
    """The text of ``path`` if ``data`` (parsed from it) is of the TypedDict ``schema``.

    :raises ResourceError: naming the file, the line and the dotted key that is unknown or of a wrong type.
    """
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    wrong = _wrong_type(data, schema)
    if wrong is None:
        return text
    line = None
    for depth in range(len(wrong.keys)):
        # A nested table is set under its dotted name ("[heads.border-gate]") or its own key.
        line = (_line_of(text, ".".join(wrong.keys[:depth + 1]), after=line)
                or _line_of(text, wrong.keys[depth], after=line) or line)
    dotted = ".".join(wrong.keys)
    raise ResourceError(f"unknown key {dotted!r}; {wrong.message}" if wrong.unknown else f"{dotted}: {wrong.message}",
                        path=path, line=line)


_NAMES: dict[Any, str] = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
                          dict: "a table"}


class _Wrong(NamedTuple):
    """What is wrong in a table, and where."""

    keys: tuple[str, ...]
    """The keys down to the wrong value (the unknown key last)."""
    message: str
    unknown: bool = False


def _wrong_type(value: Any, hint: Any) -> _Wrong | None:
    """What is wrong if ``value`` is not of type ``hint`` (a TypedDict is a table of known keys); None if nothing."""
    if typing.is_typeddict(hint):
        if not isinstance(value, dict):
            return _Wrong((), f"expected a table, not {type(value).__name__} {value!r}")
        fields = typing.get_type_hints(hint)
        for name, item in value.items():
            if name not in fields:
                return _Wrong((name,), f"valid keys: {', '.join(sorted(fields))}", unknown=True)
            wrong = _wrong_type(item, fields[name])
            if wrong is not None:
                return wrong._replace(keys=(name, *wrong.keys))
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    kind = origin or hint
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        return _Wrong((), f"expected {_NAMES[kind]}, not {type(value).__name__} {value!r}")
    if origin is list:
        for item in value:
            if _wrong_type(item, args[0]) is not None:
                return _Wrong((), f"expected a list of {_NAMES[args[0]].split()[-1]}s, found {item!r}")
    if origin is dict:
        for name, item in value.items():
            wrong = _wrong_type(item, args[1])
            if wrong is not None:
                return wrong._replace(keys=(name, *wrong.keys))
    return None


def _inflected(words: dict[str, str], forms: list[str]) -> list[tuple[str, str]]:
    """Each phrase, and each one-word phrase in every written form ("-ا" of "حفل" is "حفلا")."""
    return [*words.items(), *((form.replace("-", word.strip()), value) for word, value in words.items()
                              if " " not in word.strip() for form in forms)]


def _with_adverbs(phrases: list[tuple[str, str]], data: LanguageData) -> list[tuple[str, str]]:
    """Each phrase, and each that opens with an auxiliary with an adverb (`verb_adverbs`) after it: "avait déjà
    accueilli", "has also received" tell what "avait accueilli" and "has received" tell."""
    auxiliaries = {w.casefold() for w in _list(data, "auxiliaries")}
    adverbs = _list(data, "verb_adverbs")
    if not auxiliaries or not adverbs:
        return phrases
    return [*phrases, *((f"{first} {adverb} {rest}", value) for phrase, value in phrases
                        if " " in phrase and (first := phrase.split(" ", 1)[0]).casefold() in auxiliaries
                        and (rest := phrase.split(" ", 1)[1]) for adverb in adverbs)]


def _with_level_words(heads: dict[str, str], levels: list[str]) -> dict[str, str]:
    """Department heads, and each with a level word after its first word ("Service de la Santé" → "Service provincial
    de la Santé"), so that no table lists both.

    >>> _with_level_words({"Service de la Santé": "department-health"}, ["provincial"])
    {'Service de la Santé': 'department-health', 'Service provincial de la Santé': 'department-health'}
    """
    levelled = {f"{first} {level} {rest}": kind for key, kind in heads.items() if kind.startswith("department-")
                and " " in key for first, rest in [key.split(" ", 1)] for level in levels}
    return heads | {key: kind for key, kind in levelled.items() if key not in heads}


def _list(data: LanguageData, key: str) -> list[str]:
    """The word list under ``key`` (a key check_language accepted), empty when absent."""
    return typing.cast(dict[str, list[str]], data).get(key, [])


def _line_of(text: str, key: str, *, after: int | None = None) -> int | None:
    """Line (1-based) where ``key`` is set or opens a table, at or after line ``after``."""
    pattern = re.compile(rf'^\s*(\[\s*)?("{re.escape(key)}"|{re.escape(key)})\s*(=|\])', re.MULTILINE)
    for match in pattern.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if after is None or line >= after:
            return line
    return None


@dataclass(frozen=True)
class CompiledLanguage:
    """Matchers and word sets of one language file (`ontology/lang/<code>.toml`)."""

    code: str
    latin: bool
    han: bool
    """Written in Han characters, without spaces between words."""
    bounds: Boundaries
    """Word boundaries for phrases: clitics only."""
    entity_bounds: Boundaries
    """Word boundaries for names: clitics and suffixes (Swedish genitive -s)."""
    honorifics: PhraseMatcher
    roles: PhraseMatcher
    heads: PhraseMatcher
    placed_heads_matcher: PhraseMatcher
    tailed_heads_matcher: PhraseMatcher
    """Heads that name a body only next to a place ("Chongzuo government")."""
    placed_heads: frozenset[str]
    head_tails: dict[str, tuple[str, ...]]
    """Folded, longest first."""
    head_place_classes: dict[str, str]
    told_level_heads: dict[str, str]
    """Folded heads that say the level of their place ("Thành ủy": a city's) -> place class."""
    honorifics_after: frozenset[str]
    honorific_words: frozenset[str]
    plural_honorific_words: frozenset[str]
    abbreviations: frozenset[str]
    """Folded words whose period does not end a sentence ("mr", "mme")."""
    ordinal_dots: bool
    """The language writes ordinals with a dot ("am 4. März"): a day's dot ends no sentence."""
    unit_links: frozenset[str]
    """Words between a number and its unit ("millones de dólares")."""
    projects: PhraseMatcher
    infrastructure: PhraseMatcher
    agreements: WordFormMatcher
    triggers: WordFormMatcher
    compound_endings: tuple[str, ...]
    """Folded endings a compound's head takes (`compound_endings`), longest first."""
    units: PhraseMatcher
    unit_bounds: Boundaries
    """Word boundaries for counted nouns: clitics and possessive suffixes ("كوادرها")."""
    unit_modifiers: int
    """How many words (adjectives) may stand between a number and its counted noun."""
    unit_stops: frozenset[str]
    """Words that end the phrase after a number (articles, prepositions, verbs)."""
    not_count_glued: tuple[str, ...]
    generic_classifiers: frozenset[str]
    unit_compound_heads: tuple[tuple[str, str], ...]
    """(folded ending, unit), longest ending first."""
    role_compound_heads: tuple[tuple[str, str], ...]
    """(folded ending, role), longest ending first."""
    partitive_words: tuple[str, ...]
    comparison_words: tuple[str, ...]
    year_anaphors: frozenset[str]
    number_joiners: frozenset[str]
    """The word between tens and units written apart ("treinta y cinco")."""
    """"of whom", "其中": a number after them counts what the number before counted."""
    """Measure words that do not say what is counted; the noun after them does ("26场…交流会")."""
    """Markers written right before a number that make it a rank, not a count ("第")."""
    scales: PhraseMatcher
    number_words: PhraseMatcher
    count_words: frozenset[str]
    count_words_folded: frozenset[str]
    """Number words from two up ("två", "sáu"), as written (folded, "sáu" would be "sau", "after"):
    one before an event word counts events."""
    ordinals: PhraseMatcher
    dates: DateReader
    name_stops: frozenset[str]
    not_name_words: frozenset[str]
    """Folded words never part of a name (articles, prepositions, titles)."""
    not_name_forms: frozenset[str]
    """The same words as written, lowercased: "phó" (deputy) is no name, "Pho" in "xã Ma Ly Pho" is."""
    name_stop_forms: frozenset[str]
    """`name_stops` as written (NFC, case-folded): "أن" stops a name, "آن" (An), which folds the same, does not."""
    prefixed_ordinal: re.Pattern[str] | None
    """A number after an ordinal's prefix (`ordinal_prefixes`: Arabic "الـ", "الدورة الـ15"), at the start of a text."""
    ordinal: re.Pattern[str]
    """A number with the language's ordinal suffix at the end of a text ("15th", "15e", "第15届")."""
    suffixed_ordinal: re.Pattern[str] | None
    """A number with an ordinal suffix anywhere ("15th", "15e"): one that opens a name ("the 15th Vietnam – China … Fair")."""
    ordinal_after: tuple[str, ...]
    """Folded words a number follows to number what they follow ("lần thứ 25")."""
    articles: frozenset[str]
    """Folded articles that may stand between an ordinal and what it numbers."""
    mechanism_openers: PhraseMatcher
    """"session of the", "réunion du": an edition noun introducing a mechanism's name after an ordinal."""
    name_joiners: frozenset[str]
    sentence_case: bool
    """Names of bodies capitalise only their first word ("Comité mixte de coopération")."""
    """Folded lowercase words a multi-word name may hold ("of", "de", "für")."""
    reception: WordFormMatcher
    arrival: WordFormMatcher
    both_sides: PhraseMatcher
    country_sides: PhraseMatcher
    """Value: the country's IRI."""
    guest_words: PhraseMatcher
    infinitive_marks: frozenset[str]
    also_words: frozenset[str]
    joined_event_words: tuple[str, ...]
    national_titles: PhraseMatcher
    ministerial_titles: PhraseMatcher
    counterpart_words: PhraseMatcher
    led_by_words: tuple[str, ...]
    began_words: tuple[str, ...]
    founding_words: tuple[str, ...]
    border_words: tuple[str, ...]
    definite_title_endings: tuple[str, ...]
    country_adjectives: PhraseMatcher
    """Value: the country's IRI."""
    ordinal_follows: bool
    clauses_before_head: bool
    destination_before_verb: bool
    ordinal_modifiers: int
    ordinal_skips: frozenset[str]
    ordinal_skips_spaced: tuple[str, ...]
    """The same words with the space after them, longest first."""
    scale_approx: tuple[str, ...]
    origin_words: frozenset[str]
    group_words: frozenset[str]
    resident_words: frozenset[str]
    about_words: frozenset[str]
    plural_honorifics: PhraseMatcher
    distributive_words: PhraseMatcher
    deputy_words: PhraseMatcher
    former_words: tuple[str, ...]
    title_modifiers: tuple[str, ...]
    company_words: tuple[tuple[str, ...], ...]
    """Folded, as words, longest first."""
    personal_possessives: frozenset[str]
    relative_possessives: frozenset[str]
    serving_words: frozenset[str]
    deputy_modifiers: frozenset[str]
    place_type_words: frozenset[str]
    """The folded words of `place_types` ("distriktet"): a compound opening with one names no body's kind."""
    apposition_skips: tuple[str, ...]
    """Folded words between a name and its title set off by a comma, longest first."""
    predicate_skips: tuple[str, ...]
    """Folded copulas between a name and its title, longest first."""
    capacity_words: tuple[str, ...]
    """Folded words for the capacity a name acts in, before its title, longest first."""
    place_anaphors: dict[str, str]
    title_places: dict[str, str]
    reference_before: dict[str, int]
    reference_after: dict[str, int]
    reference_before_words: tuple[str, ...]
    reference_after_words: tuple[str, ...]
    """The keys of the two tables, to test a text against all of them at once."""
    article_contractions: dict[str, str]
    indefinite_articles: frozenset[str]
    definite_prefixes: tuple[str, ...]
    """"The two sides", "双方": the sides of the event told before."""
    """Words for receiving a visitor ("received", "tog emot", "会见")."""
    title_joiners: tuple[str, ...]
    """Marks between titles that one name ends ("、" in "州委副书记、州长罗萍")."""
    role_bodies: dict[str, str]
    """Folded titles that name their body ("party chief") → head key of that body."""
    joined_title_bodies: dict[str, str]
    same_place: PhraseMatcher
    organised_by: PhraseMatcher
    attended_words: PhraseMatcher
    speech_words: re.Pattern[str] | None
    report_words: re.Pattern[str] | None
    """Folded report words, as whole words, each to be followed by the day it tells."""
    """Folded speech words as whole words (as written, in a script without spaces)."""
    """Phrases that place something where the thing told before it was ("in the same city")."""
    edition_words: tuple[str, ...]
    """Folded words between an ordinal and what it numbers ("round of"), longest first."""
    place_types: PhraseMatcher
    """Place-type words before a name ("huyện", "district de"): value is the bk: class."""
    place_types_after: PhraseMatcher
    """Place-type words after a name ("county", "县")."""
    place_type_forms: frozenset[str]
    gate_words_before: PhraseMatcher
    gate_words_after: PhraseMatcher
    gate_numbers: frozenset[str]
    """Folded words that number a gate (`gate_numbers`)."""
    shared_by_both: tuple[str, ...]
    both_countries: PhraseMatcher
    both_countries_prefixes: tuple[str, ...]
    short_body_heads: tuple[str, ...]
    goods: PhraseMatcher
    donations: PhraseMatcher
    """Folded, longest first."""
    opening_words: frozenset[str]
    anniversaries: PhraseMatcher
    gate_words: tuple[frozenset[str], frozenset[str]]
    """Folded border-gate words (before, after): with a name between, how the lexicon labels a gate."""
    """The place-type words exactly as written (case and diacritics): "trấn" is a town, "Trần" a surname."""
    link_tokens: frozenset[str]
    venue_link_tokens: frozenset[str]
    """`link_tokens`, the place adjectives and the gate words before a gate's name: the words that may stand between a
    venue word and its place ("tại cửa khẩu quốc tế đường bộ Lào Cai – Hà Khẩu")."""
    place_adjective_tokens: frozenset[str]
    """"gränsprovinsen", "coastal": words that describe a place before its name, links between a body and its place too."""
    national_type_tokens: tuple[frozenset[str], frozenset[str]]
    """Folded words of the country adjectives, and of the place-type words: after a place-type word, a country's adjective
    links a venue word to its place too ("en la ciudad china de Pingxiang")."""
    place_level_tokens: frozenset[str]
    """Folded words of the place-type words and the level words of `place_anaphors` ("provincia"): after one, a country's
    adjective links a body to its place ("Departamento de Comercio de la provincia china de Yunnan"), though not a venue
    word ("dans la province chinoise du Yunnan" places a side, not the event)."""
    possessives: frozenset[str]
    demonstratives: tuple[str, ...]
    series_words: PhraseMatcher
    qualified_series_words: frozenset[str]
    round_words: frozenset[str]
    round_links: frozenset[str]
    qualifiers_before: bool
    then_words: frozenset[str]
    dateline_marks: tuple[str, ...]
    ordinal_periods: tuple[str, ...]
    thereby_words: tuple[str, ...]
    mechanism_words: PhraseMatcher
    mechanism_anaphors: PhraseMatcher
    venue_anaphors: PhraseMatcher
    body_anaphors: PhraseMatcher
    headquarters_words: tuple[str, ...]
    capital_words: tuple[str, ...]
    """Folded, longest first."""
    capital_words_after: tuple[str, ...]
    """Folded, longest first."""
    framework_words: tuple[str, ...]
    committee_words: tuple[str, ...]
    told_event_words: frozenset[str]
    ceremony_words: frozenset[str]
    gathering_words: frozenset[str]
    views_exchange_words: frozenset[str]
    during_words: frozenset[str]
    first_since_words: tuple[str, ...]
    period_words: frozenset[str]
    audience_words: frozenset[str]
    intent_words: re.Pattern[str] | None
    """The intent words as one pattern (whole words where words are spaced)."""
    non_event_phrases: PhraseMatcher
    relative_openers: frozenset[str]
    edition_nouns: PhraseMatcher
    earlier_words: PhraseMatcher
    previous_edition_words: PhraseMatcher
    first_edition_words: PhraseMatcher
    similar_words: tuple[str, ...]
    """Folded, longest first."""
    previous_words: tuple[str, ...]
    """Folded, longest first."""
    closing_words: tuple[str, ...]
    agent_words: tuple[str, ...]
    this_is_words: tuple[str, ...]
    """Folded, longest first."""
    host_words: tuple[str, ...]
    """Folded, longest first."""
    belonging_words: tuple[str, ...]
    """Folded, longest first."""
    topic_stops: frozenset[str]
    mechanism_compounds: re.Pattern[str] | None
    mechanism_compound_words: tuple[str, ...]
    """The folded words a mechanism compound ends in: a text holds one if it holds one of these."""
    venue_words: frozenset[str]
    venue_suffixes: tuple[str, ...]
    venue_phrases: bool
    """Whether a venue word is written as more than one word ("held in", "dans la ville de")."""
    """The venue words, for scripts that write them glued to the place ("在河口")."""
    seat_words: frozenset[str]
    company_heads: PhraseMatcher
    """Words that end a company's name (Han script: the name runs back to where names begin)."""
    mechanism_heads: PhraseMatcher
    """Generic names of working bodies; a topic word after one makes a mechanism of its own."""
    edition_heads: PhraseMatcher
    """Event words that name a series with an ordinal before them and a topic after them."""
    edition_links: frozenset[str]
    topic_words: frozenset[str]
    body_heads: PhraseMatcher
    plural_body_heads: PhraseMatcher
    body_suffixes: re.Pattern[str] | None
    body_not_heads: PhraseMatcher
    body_suffixes_kinds: dict[str, str]
    body_heads_lowercase: bool
    nouns_capitalised: bool
    titles_right_after_names: bool
    body_head_last: bool
    body_names_before: bool
    body_links: frozenset[str]
    body_stops: frozenset[str]
    name_starts: tuple[str, ...]
    """Folded words after which a Han-script place's name begins, longest first."""
    not_place_words: tuple[str, ...]
    """Folded words that hold a place-type word but name no place."""
    not_place_scan: AhoCorasick | None
    """The non-empty `not_place_words`, found in a text by one scan."""
    """Folded words before the city a mission sits in ("in", "tại", "驻")."""
    between_words: frozenset[str]
    bordering_words: tuple[str, ...]
    bordering_ends: frozenset[str]
    """The last word of each bordering phrase (asked first: the phrases are asked of every place)."""
    and_words: frozenset[str]
    concurrent_words: frozenset[str]
    list_place_types: frozenset[str]
    list_place_types_after: frozenset[str]
    auxiliaries: frozenset[str]
    not_count_after: frozenset[str]
    count_of: tuple[str, ...]
    count_of_forms: frozenset[str]
    """`count_of` as written (NFC, lowercase): folded, "số" (number) is "sở" (of "cơ sở", basis) too."""
    times_words: frozenset[str]
    name_max_tokens: int
    body_topic_tokens: int
    decimal_separator: str
    thousands_separators: tuple[str, ...]

    @classmethod
    def compile(cls, code: str, data: LanguageData) -> CompiledLanguage:
        def words(key: str) -> frozenset[str]:
            return frozenset(fold_label(w) for w in _list(data, key))

        def tokens(key: str) -> frozenset[str]:
            return frozenset(t for w in _list(data, key) for t in fold_label(w).replace("-", " ").split())

        # The matchers that read the whole text scan it once between them; units read a window at a time.
        # A place-type word between a head and its place is a link too ("partikommittén i distriktet X").
        # (a country's adjective in a place-type word, "la ville chinoise de", links nothing: "la province chinoise du
        # Yunnan" places a side, not the event)
        adjectives = frozenset(t for w in data.get("country_adjectives", {}) for t in fold_label(w).split())
        link_tokens = tokens("place_links") | (tokens("place_types") | tokens("place_types_after")) - adjectives
        scan = SharedScan()
        matcher = partial(PhraseMatcher, contractions=contractions_of(data), shared=scan)

        def verbs(key: str) -> WordFormMatcher:
            """Verb phrases, some split around their clause ("tog … emot")."""
            phrases = [w for w, _ in _with_adverbs([(w, w) for w in _list(data, key)], data)]
            return WordFormMatcher(matcher((w, w) for w in phrases if "…" not in w), (), (),
                                   ((w, w) for w in phrases if "…" in w))

        compiled = cls(
            code=code,
            latin=data.get("script", "latin") == "latin",
            han=data.get("script") == "han",
            bounds=Boundaries(Boundaries.of(data).clitics),
            entity_bounds=Boundaries.of(data),
            honorifics=matcher((h, h) for h in data.get("honorifics", [])),
            roles=matcher(data.get("roles", {}).items()),
            heads=matcher(_with_level_words(data.get("org_heads", {}), _list(data, "department_level_words")).items()),
            placed_heads_matcher=matcher((k, f"placed:{v}") for k, v in data.get("org_heads_placed", {}).items()),
            tailed_heads_matcher=matcher((k, f"tailed:{v}") for k, v in data.get("org_heads_tailed", {}).items()),
            head_place_classes={fold_label(k): v for k, v in data.get("head_place_classes", {}).items()},
            told_level_heads={fold_label(k): v for k, v in data.get("told_level_heads", {}).items()},
            placed_heads=frozenset(f"placed:{v}" for v in data.get("org_heads_placed", {}).values()),
            head_tails={k: tuple(sorted((fold_label(w) for w in v), key=len, reverse=True))
                        for k, v in data.get("head_tails", {}).items()},
            honorifics_after=words("honorifics_after"),
            honorific_words=words("honorifics"),
            plural_honorific_words=words("plural_honorifics"),
            abbreviations=words("abbreviations"),
            ordinal_dots="." in data.get("ordinal_suffixes", []),
            unit_links=words("unit_links"),
            projects=matcher(data.get("project_heads", {}).items()),
            infrastructure=matcher(data.get("infrastructure_heads", {}).items()),
            agreements=WordFormMatcher(matcher(data.get("agreement_heads", {}).items()),
                                       data.get("agreement_compound_heads", {}).items(), data.get("compound_endings", []), ()),
            triggers=WordFormMatcher(matcher(_with_adverbs(_inflected(data.get("event_triggers", {}),
                                                                      data.get("event_word_forms", [])), data)),
                                     data.get("trigger_heads", {}).items(), data.get("compound_endings", []),
                                     data.get("split_triggers", {}).items()),
            compound_endings=tuple(sorted(words("compound_endings"), key=len, reverse=True)),
            units=PhraseMatcher(data.get("units", {}).items(), contractions=contractions_of(data)),
            unit_bounds=Boundaries(Boundaries.of(data).clitics, tuple(fold_label(s) for s in data.get("unit_suffixes", []))),
            unit_modifiers=int(data.get("unit_modifiers", 0)),
            unit_stops=words("unit_stops"),
            not_count_glued=tuple(fold_label(w) for w in data.get("not_count_glued", [])),
            generic_classifiers=words("generic_classifiers"),
            role_compound_heads=tuple(sorted(((fold_label(k), v) for k, v in data.get("role_compound_heads", {}).items()),
                                             key=lambda kv: -len(kv[0]))),
            unit_compound_heads=tuple(sorted(((fold_label(k), v) for k, v in data.get("unit_compound_heads", {}).items()),
                                             key=lambda kv: -len(kv[0]))),
            partitive_words=tuple(fold_label(w) for w in data.get("partitive_words", [])),
            comparison_words=tuple(fold_label(w) for w in data.get("comparison_words", [])),
            year_anaphors=frozenset(fold_label(w) for w in data.get("year_anaphors", [])),
            number_joiners=words("number_joiners"),
            scales=matcher(data.get("scales", {}).items()),
            number_words=matcher(data.get("number_words", {}).items()),
            count_words=frozenset(unicodedata.normalize("NFC", k).lower() for k, v in data.get("number_words", {}).items() if v >= 2),
            count_words_folded=frozenset(fold_label(k) for k, v in data.get("number_words", {}).items() if v >= 2),
            ordinals=matcher(data.get("ordinals", {}).items()),
            dates=DateReader(data, shared=scan),
            name_stops=words("name_stops"),
            not_name_words=words("not_name_words"),
            not_name_forms=frozenset(unicodedata.normalize("NFC", w).casefold() for w in _list(data, "not_name_words")),
            name_stop_forms=frozenset(unicodedata.normalize("NFC", w).casefold() for w in _list(data, "name_stops")),
            ordinal=re.compile(r"(\d{1,3})\s*(?:" + "|".join(re.escape(fold_label(x)) for x in sorted(
                data.get("ordinal_suffixes", []), key=len, reverse=True) if fold_label(x)) + r")?\s*$"),
            prefixed_ordinal=re.compile(r"(?:" + "|".join(re.escape(fold_label(x)) for x in sorted(
                data.get("ordinal_prefixes", []), key=len, reverse=True)) + r")\s?(\d{1,3})(?!\d)")
            if data.get("ordinal_prefixes") else None,
            suffixed_ordinal=re.compile(("第" if data.get("script") == "han" else "") + r"(?<!\d)(\d{1,3})(?:" + "|".join(re.escape(fold_label(x)) for x in sorted(
                data.get("ordinal_suffixes", []), key=len, reverse=True) if fold_label(x))
                + (")" if data.get("script") == "han" else r")(?!\w)"))  # (Han: "第27届中越", no spaces; "2次" counts)
            if any(fold_label(x) for x in data.get("ordinal_suffixes", [])) else None,
            ordinal_after=tuple(sorted((fold_label(w) for w in data.get("ordinal_after", [])), key=len, reverse=True)),
            articles=words("articles"),
            mechanism_openers=matcher((w, w) for w in data.get("mechanism_openers", [])),
            name_joiners=words("name_joiners"),
            sentence_case=data.get("name_case", "title") == "sentence",
            reception=verbs("reception_words"),
            arrival=verbs("arrival_words"),
            title_joiners=tuple(data.get("title_joiners", [])),
            both_sides=matcher((w, w) for w in data.get("both_sides", [])),
            country_sides=matcher((k, f"{BKR}place/{v}") for k, v in data.get("country_sides", {}).items()),
            guest_words=matcher((w, w) for w in data.get("guest_words", [])),
            also_words=words("also_words"),
            joined_event_words=tuple(sorted(words("joined_event_words"), key=len, reverse=True)),
            infinitive_marks=words("infinitive_marks"),
            national_titles=matcher((w, w) for w in data.get("national_titles", [])),
            ministerial_titles=matcher(data.get("ministerial_titles", {}).items()),
            counterpart_words=matcher((w, w) for w in data.get("counterpart_words", [])),
            led_by_words=tuple(sorted({fold_label(w) for w in data.get("led_by_words", [])}, key=len, reverse=True)),
            began_words=tuple(sorted({fold_label(w) for w in data.get("began_words", [])}, key=len, reverse=True)),
            founding_words=tuple(sorted({fold_label(w) for w in data.get("founding_words", [])}, key=len, reverse=True)),
            border_words=tuple(fold_label(w) for w in data.get("border_words", [])),
            definite_title_endings=tuple(fold_label(w) for w in data.get("definite_title_endings", [])),
            country_adjectives=matcher((k, f"{BKR}place/{v}") for k, v in data.get("country_adjectives", {}).items()),
            ordinal_follows=bool(data.get("ordinal_follows", False)),
            clauses_before_head=bool(data.get("clauses_before_head", False)),
            destination_before_verb=bool(data.get("destination_before_verb", False)),
            ordinal_modifiers=int(data.get("ordinal_modifiers", 0)),
            ordinal_skips=words("ordinal_skips"),
            ordinal_skips_spaced=tuple(sorted((w + " " for w in words("ordinal_skips")), key=len, reverse=True)),
            scale_approx=tuple(data.get("scale_approx", [])),
            origin_words=words("origin_words"),
            group_words=words("group_words"),
            resident_words=words("resident_words"),
            about_words=words("about_words"),
            plural_honorifics=matcher((w, w) for w in data.get("plural_honorifics", [])),
            distributive_words=matcher((w, w) for w in data.get("distributive_words", [])),
            deputy_words=matcher((w, w) for w in data.get("deputy_words", [])),
            former_words=tuple(sorted(words("former_words"), key=len, reverse=True)),
            title_modifiers=tuple(sorted(words("title_modifiers"), key=len, reverse=True)),
            company_words=tuple(sorted({tuple(fold_label(w).split()) for w in _list(data, "company_words")}, key=len, reverse=True)),
            personal_possessives=words("personal_possessives"),
            relative_possessives=words("relative_possessives"),
            serving_words=words("serving_words"),
            deputy_modifiers=words("deputy_modifiers"),
            place_type_words=frozenset(w for k in data.get("place_types", {}) for w in fold_label(k).split()) - adjectives,
            apposition_skips=tuple(sorted((fold_label(w) for w in data.get("apposition_skips", [])), key=len, reverse=True)),
            predicate_skips=tuple(sorted((fold_label(w) for w in data.get("predicate_skips", [])), key=len, reverse=True)),
            capacity_words=tuple(sorted((fold_label(w) for w in data.get("capacity_words", [])), key=len, reverse=True)),
            title_places={fold_label(k): v for k, v in data.get("title_places", {}).items()},
            place_anaphors=dict(sorted(((fold_label(k), v) for k, v in data.get("place_anaphors", {}).items()),
                                       key=lambda kv: -len(kv[0]))),
            # longest first, so that a reader takes the first that fits
            reference_before=dict(sorted(((fold_label(k), v) for k, v in data.get("reference_before", {}).items()),
                                         key=lambda kv: -len(kv[0]))),
            reference_after=dict(sorted(((fold_label(k), v) for k, v in data.get("reference_after", {}).items()),
                                        key=lambda kv: -len(kv[0]))),
            reference_before_words=tuple(fold_label(k) for k in data.get("reference_before", {})),
            reference_after_words=tuple(fold_label(k) for k in data.get("reference_after", {})),
            article_contractions={fold_label(k): fold_label(v) for k, v in data.get("article_contractions", {}).items()},
            indefinite_articles=words("indefinite_articles"),
            definite_prefixes=tuple(fold_label(w) for w in data.get("definite_prefixes", [])),
            role_bodies={fold_label(k): v for k, v in data.get("role_bodies", {}).items()},
            joined_title_bodies={fold_label(k): v for k, v in data.get("joined_title_bodies", {}).items()},
            same_place=matcher((w, w) for w in data.get("same_place", [])),
            organised_by=matcher((w, w) for w in data.get("organised_by", [])),
            attended_words=matcher((w, w) for w in data.get("attended_words", [])),
            speech_words=_any_of(sorted(words("speech_words"), key=len, reverse=True),
                                 whole=data.get("script", "latin") == "latin"),
            report_words=_any_of(sorted(words("report_words"), key=len, reverse=True),
                                 whole=data.get("script", "latin") == "latin"),
            edition_words=tuple(sorted((fold_label(w) for w in data.get("edition_words", [])), key=len, reverse=True)),
            place_types=matcher(data.get("place_types", {}).items()),
            place_types_after=matcher(data.get("place_types_after", {}).items()),
            place_type_forms=frozenset(unicodedata.normalize("NFC", k) for k in
                                       [*data.get("place_types", {}), *data.get("place_types_after", {})]),
            gate_words_before=matcher((w, w) for w in _list(data, "gate_words_before")),
            gate_words_after=matcher((w, w) for w in _list(data, "gate_words_after")),
            gate_numbers=words("gate_numbers"),
            gate_words=(words("gate_words_before"), words("gate_words_after")),
            shared_by_both=tuple(sorted(words("shared_by_both"), key=len, reverse=True)),
            both_countries=matcher((w, w) for w in _list(data, "both_countries")),
            both_countries_prefixes=tuple(words("both_countries_prefixes")),
            short_body_heads=tuple(sorted(words("short_body_heads"), key=len, reverse=True)),
            goods=matcher((w, w) for w in _list(data, "goods_words")),
            donations=matcher((w, "Event") for w in _list(data, "donation_words")),
            opening_words=words("opening_words"),
            anniversaries=matcher((w, w) for w in _list(data, "anniversary_words")),
            link_tokens=link_tokens,
            venue_link_tokens=link_tokens | tokens("place_adjectives") | tokens("gate_words_before") | words("gate_numbers"),
            place_adjective_tokens=tokens("place_adjectives"),
            national_type_tokens=(adjectives, tokens("place_types") | tokens("place_types_after")),
            place_level_tokens=tokens("place_types") | tokens("place_types_after")
            | {fold_label(k).split()[-1] for k in data.get("place_anaphors", {}) if fold_label(k)},
            possessives=words("possessives"),
            demonstratives=tuple(fold_label(w) for w in data.get("demonstratives", [])),
            this_is_words=tuple(sorted(words("this_is_words"), key=len, reverse=True)),
            told_event_words=words("told_event_words"),
            ceremony_words=words("ceremony_words"),
            gathering_words=words("gathering_words"),
            views_exchange_words=words("views_exchange_words"),
            during_words=words("during_words"),
            first_since_words=tuple(sorted(words("first_since_words"), key=len, reverse=True)),
            period_words=words("period_words"),
            audience_words=words("audience_words"),
            intent_words=_phrases_pattern(words("intent_words"), spaced=data.get("script", "latin") == "latin"),
            non_event_phrases=matcher((w, w) for w in _list(data, "non_event_phrases")),
            relative_openers=words("relative_openers"),
            edition_nouns=matcher((w, w) for w in _list(data, "edition_nouns")),
            previous_edition_words=matcher((w, w) for w in _list(data, "previous_edition_words")),
            first_edition_words=matcher((w, w) for w in _list(data, "first_edition_words")),
            similar_words=tuple(sorted(words("similar_words"), key=len, reverse=True)),
            previous_words=tuple(sorted(words("previous_words"), key=len, reverse=True)),
            earlier_words=matcher((w, w) for w in _list(data, "earlier_words")),
            closing_words=tuple(sorted(words("closing_words"), key=len, reverse=True)),
            agent_words=tuple(sorted((w + " " for w in words("agent_words")), key=len, reverse=True)),
            host_words=tuple(sorted(words("host_words"), key=len, reverse=True)),
            then_words=words("then_words"),
            dateline_marks=tuple(_list(data, "dateline_marks")),
            ordinal_periods=tuple(sorted(words("ordinal_periods"), key=len, reverse=True)),
            thereby_words=tuple(sorted(words("thereby_words"), key=len, reverse=True)),
            mechanism_words=matcher((w, w) for w in _list(data, "mechanism_words")),
            mechanism_anaphors=matcher((w, w) for w in _list(data, "mechanism_anaphors")),
            venue_anaphors=matcher(data.get("venue_anaphors", {}).items()),
            body_anaphors=matcher(data.get("body_anaphors", {}).items()),
            headquarters_words=tuple(sorted(words("headquarters_words"), key=len, reverse=True)),
            capital_words=tuple(sorted(words("capital_words"), key=len, reverse=True)),
            capital_words_after=tuple(sorted(words("capital_words_after"), key=len, reverse=True)),
            framework_words=tuple(sorted(words("framework_words"), key=len, reverse=True)),
            committee_words=tuple(sorted(words("committee_words"), key=len, reverse=True)),
            series_words=matcher((w, w) for w in _list(data, "series_words") + _list(data, "qualified_series_words")),
            qualified_series_words=frozenset(_list(data, "qualified_series_words")),
            round_words=words("round_words"),
            round_links=words("round_links"),
            qualifiers_before=bool(data.get("qualifiers_before", False)),
            belonging_words=tuple(sorted(words("belonging_words"), key=len, reverse=True)),
            topic_stops=words("topic_stops") | words("possessives"),
            mechanism_compounds=re.compile(r"\b\w{3,}(?:" + "|".join(sorted(words("mechanism_compounds"), key=len, reverse=True))
                                           + r")\b") if data.get("mechanism_compounds") else None,
            mechanism_compound_words=tuple(sorted(words("mechanism_compounds"))),
            venue_words=words("venue_words"),
            venue_suffixes=tuple(w for w in words("venue_words") if w),
            venue_phrases=any(" " in w for w in words("venue_words")),
            seat_words=words("seat_words"),
            mechanism_heads=matcher(data.get("mechanism_heads", {}).items()),
            edition_heads=matcher(data.get("edition_heads", {}).items()),
            edition_links=words("edition_links"),
            company_heads=matcher((w, w) for w in _list(data, "company_heads")),
            topic_words=words("topic_words"),
            body_heads=matcher(data.get("body_heads", {}).items()),
            plural_body_heads=matcher(data.get("plural_body_heads", {}).items()),
            body_not_heads=matcher((w, w) for w in _list(data, "body_not_heads")),
            body_suffixes=re.compile(r"\b\w+(?:" + "|".join(re.escape(fold_label(k)) for k in sorted(
                data.get("body_suffixes", {}), key=len, reverse=True)) + r")\b") if data.get("body_suffixes") else None,
            body_suffixes_kinds={fold_label(k): v for k, v in sorted(data.get("body_suffixes", {}).items(),
                                                                    key=lambda kv: -len(kv[0]))},
            body_heads_lowercase=bool(data.get("body_heads_lowercase", False)),
            body_head_last=bool(data.get("body_head_last", False)),
            titles_right_after_names=bool(data.get("titles_right_after_names", False)),
            nouns_capitalised=bool(data.get("nouns_capitalised", False)),
            body_names_before=bool(data.get("body_names_before", False)),
            body_links=tokens("body_links"),
            body_stops=words("body_stops"),
            name_starts=tuple(sorted(words("name_starts"), key=len, reverse=True)),
            not_place_words=tuple(sorted(words("not_place_words"), key=len, reverse=True)),
            not_place_scan=AhoCorasick(sorted(w for w in words("not_place_words") if w), matchkind=MatchKind.Standard,
                                       implementation=Implementation.DFA)
            if any(words("not_place_words")) else None,
            between_words=words("between_words"),
            bordering_words=tuple(sorted(words("bordering_words"), key=len, reverse=True)),
            bordering_ends=frozenset(w.split()[-1] for w in words("bordering_words")),
            and_words=words("and_words"),
            concurrent_words=words("concurrent_words"),
            list_place_types=words("list_place_types"),
            list_place_types_after=words("list_place_types_after"),
            auxiliaries=words("auxiliaries"),
            not_count_after=words("not_count_after"),
            count_of=tuple(fold_label(w) for w in data.get("count_of", [])),
            count_of_forms=frozenset(unicodedata.normalize("NFC", w).lower() for w in data.get("count_of", [])),
            times_words=words("times_words"),
            name_max_tokens=int(data.get("name_max_tokens", 4)),
            body_topic_tokens=int(data.get("body_topic_tokens", 8)),
            decimal_separator=data.get("decimal_separator", "."),
            thousands_separators=tuple(data.get("thousands_separators", [","])),
        )
        scan.close()
        return compiled


def _phrases_pattern(phrases: frozenset[str], *, spaced: bool) -> re.Pattern[str] | None:
    """One pattern for a list of phrases, longest first; whole words where the script spaces them."""
    if not phrases:
        return None
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if spaced else f"(?:{body})")
