"""Events at border crossings and twinnings, in wordings written for these tests (not taken from the
seeds, the development set or the tuning set), one behaviour per case."""
from __future__ import annotations

from functools import partial

import pytest

from cases import BKR, read as read_on

read = partial(read_on, date="2024-05-10")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mercredi, les gardes-frontières de Lai Chau et de Honghe se sont réunis au poste-frontière de Ma Lu Thang. "
           "En avril, 800 camions ont franchi la paire Ma Lu Thang – Jinshuihe."),
    ("en", "Customs officers of Lai Chau and Honghe met on Wednesday at the Jinshuihe port. Ma Lu Thang (Vietnam) - "
           "Jinshuihe (China) handled 800 trucks in April."),
])
def test_an_event_at_one_gate_of_a_pair_the_article_names_is_at_both(extractor, lang, text) -> None:
    """A dash joining two gates names one crossing: the meeting at either gate is at the crossing."""
    met = [e for e in read(extractor, text, lang).events if e.cls == "Meeting"]
    assert met and {p.removeprefix(BKR) for p in met[0].locations} >= {"gate/ma-lu-thang", "gate/jinshuihe"}


def test_gates_the_article_names_apart_stay_apart(extractor) -> None:
    ex = read(extractor, "Customs officers of Lai Chau and Honghe met on Wednesday at the Ma Lu Thang border gate. "
                         "Trucks also use Jinshuihe.", "en")
    met = [e for e in ex.events if e.cls == "Meeting"]
    assert met and {p.removeprefix(BKR) for p in met[0].locations} == {"gate/ma-lu-thang"}


TWINNING = BKR + "mechanism/residential-cluster-twinning"


def twinnings(ex) -> set[tuple[str | None, int | None, str | None]]:
    return {(e.date, e.ordinal, e.cls) for e in ex.events if e.mechanism == TWINNING}


def test_a_twinning_in_the_clause_after_a_signing_is_an_edition_of_its_own_that_day(extractor) -> None:
    """"…签署了…，并见证…缔结友好村屯关系": the twinning is the later clause's, not the signing's;
    "这是…第三对友好村屯" numbers it."""
    ex = read(extractor, "5月8日，金平县与封土县代表签署了边境管理合作备忘录，并共同见证两个边境村屯缔结友好村屯关系。"
                         "这是两县缔结的第三对友好村屯。", "zh")
    assert twinnings(ex) == {("2024-05-08", 3, "Event")}
    assert not any(e.mechanism == TWINNING for e in ex.events if e.cls == "Signing")


def test_a_sentence_saying_what_the_told_event_was_gives_its_mechanism_and_edition(extractor) -> None:
    ex = read(extractor, "Lao Cai och Hekou höll på onsdagen gränssamtal. I samband med samtalen knöts vänskapsband "
                         "mellan två byar vid floden. Det är det andra byparet som ingår i programmet för vänskap "
                         "mellan bostadsområden.", "sv")
    assert ("2024-05-08", 2, "Event") in twinnings(ex)


def test_an_edition_after_a_time_phrase_referring_to_the_talks_has_their_day(extractor) -> None:
    ex = read(extractor, "Sáng 8/5, hai bên đã hội đàm tại huyện Bát Xát. Ngay sau buổi hội đàm, hai bên tổ chức "
                         "lễ kết nghĩa cụm dân cư lần thứ 2.", "vi")
    assert twinnings(ex) == {("2024-05-08", 2, "Event")}


def test_numbered_talks_with_a_qualifier_name_a_series_the_article_numbers(extractor) -> None:
    """"第五次边境友好会谈": the border friendship talks are a series; "第四次会谈" is an earlier edition of it."""
    ex = read(extractor, "5月8日，河口县与老街市第五次边境友好会谈在河口县举行。双方回顾了去年在老街市举行的第四次会谈以来的成果。",
              "zh")
    editions = {e.ordinal: e.mechanism for e in ex.events if e.cls == "Meeting"}
    assert editions.keys() >= {4, 5} and editions[4] == editions[5] is not None
    series = next(e for e in ex.entities if e.iri == editions[5])
    assert series.cls == "Mechanism" and "边境友好会谈" in {label for label, _ in series.labels}


def test_talks_numbered_after_their_qualifier_name_a_series(extractor) -> None:
    ex = read(extractor, "Ngày 8/5, huyện Bát Xát và huyện Kim Bình đã tổ chức hội đàm biên giới lần thứ 7 tại thị trấn "
                         "Bát Xát.", "vi")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert talks.ordinal == 7 and talks.mechanism is not None
    series = next(e for e in ex.entities if e.iri == talks.mechanism)
    assert {label for label, _ in series.labels} == {"hội đàm biên giới"}


def test_an_edition_its_sentence_dates_to_another_time_is_another_edition(extractor) -> None:
    """A sentence opening with the bare event word speaks of the talks told, unless it numbers them and
    dates them otherwise."""
    ex = read(extractor, "Sáng 8/5, huyện Bát Xát đã hội đàm với đoàn công tác huyện Kim Bình. Tham dự hội đàm có "
                         "lãnh đạo hai huyện. Hội đàm lần thứ hai giữa hai huyện được tổ chức tại huyện Kim Bình vào "
                         "tháng 10/2023.", "vi")
    assert ("2023-10", 2) in {(e.date, e.ordinal) for e in ex.events if e.cls == "Meeting"}


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Förra månaden besökte en delegation från Hekou provinsen Lao Cai. Delegationen togs då emot i staden "
           "Lao Cai av Nguyen Van Nam, som sade att handeln ska växa i år."),
    ("en", "Last month a delegation from Hekou visited Lao Cai province. The visitors were then received in Lao Cai "
           "city by Nguyen Van Nam, who said trade would grow this year."),
])
def test_a_reception_then_is_dated_by_the_visit_told_before_and_received_its_guests(extractor, lang, text) -> None:
    """"då", "then": the reception happened when the visit told before did, not in the year its speech names;
    the delegation received is the visitors."""
    met = [e for e in read(extractor, text, lang).events if e.cls == "Meeting"]
    assert [(e.date, BKR + "place/hekou" in e.participants) for e in met] == [("2024-04", True)]


def test_the_fair_named_with_the_hosts_country_first_is_the_lao_cai_hekou_fair(extractor) -> None:
    """In Hekou the yearly fair is the China-Vietnam fair: the same mechanism; "puerto de Hekou" is Hekou's gate."""
    ex = read(extractor, "El miércoles se inauguró en Hekou la XXVI Feria Internacional de Comercio China-Vietnam, cerca "
                         "del puerto de Hekou.", "es")
    fair = [e for e in ex.events if e.cls == "Exhibition"]
    assert fair and fair[0].mechanism == BKR + "mechanism/lao-cai-hekou-fair" and fair[0].ordinal == 26
    assert any(e.iri == BKR + "gate/hekou" for e in ex.entities)


@pytest.mark.parametrize(("lang", "text", "ordinal"), [
    ("en", "On May 3, border guards of Lao Cai and Hekou carried out a joint patrol along the Red River, the second "
           "of six planned this year.", 2),
    ("sv", "Gränsstationerna i Lao Cai och Hekou genomförde en gemensam patrull den 3 maj, årets andra, längs floden.", 2),
    ("en", "On May 3, Lao Cai received Zhang Wei, the first secretary of Hekou county.", None),
])
def test_an_ordinal_the_first_comma_sets_off_numbers_the_event(extractor, lang, text, ordinal) -> None:
    assert [e.ordinal for e in read(extractor, text, lang).events if e.cls in ("Event", "Meeting")][:1] == [ordinal]


def test_a_mechanism_word_after_what_it_is_for_names_a_mechanism(extractor) -> None:
    ex = read(extractor, "On May 3, Lao Cai and Hekou held the 4th round of their trade facilitation mechanism in Hekou.", "en")
    talks = [e for e in ex.events if e.mechanism is not None]
    assert [(e.cls, e.date, e.ordinal) for e in talks] == [("Meeting", "2024-05-03", 4)]
    series = next(e for e in ex.entities if e.iri == talks[0].mechanism)
    assert {label for label, _ in series.labels} == {"trade facilitation mechanism"}


def test_the_chinese_delegation_of_that_day_is_the_side_of_that_days_event(extractor) -> None:
    ex = read(extractor, "On May 3, Lao Cai province received a delegation from Hekou county in Lao Cai city. Lao Cai and "
                         "Pingxiang held the 3rd round of their trade facilitation mechanism in Pingxiang last March. "
                         "Earlier the same day, the Chinese delegation visited the Lao Cai provincial museum.", "en")
    that_day = [e for e in ex.events if e.date == "2024-05-03"]
    assert that_day and not any({BKR + "place/pingxiang", BKR + "place/guangxi"} & set(e.participants) for e in that_day)


def test_a_sentence_opening_with_accordingly_names_the_sides_of_the_edition_told_before(extractor) -> None:
    ex = read(extractor, "Sáng 8/5, huyện Bát Xát và huyện Kim Bình tổ chức lễ kết nghĩa cụm dân cư lần thứ 2. Theo đó, "
                         "bản Lũng Pô và thôn Thiên Sinh đã ký văn bản kết nghĩa.", "vi")
    twinning = next(e for e in ex.events if e.mechanism == TWINNING)
    assert {BKR + "place/x-lung-po", BKR + "place/x-thien-sinh"} <= set(twinning.participants)


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "Bat Xat and Jinping held the seventh round of periodic talks on Wednesday in Bat Xat.", "periodic talks"),
    ("de", "Bat Xat und Jinping hielten am Mittwoch die siebte Runde ihrer regelmäßigen Gespräche ab.",
     "regelmäßigen Gespräche"),
    ("sv", "Bat Xat och Jinping höll på onsdagen den sjunde omgången av de regelbundna samtalen.", "regelbundna samtalen"),
    ("es", "Bat Xat y Jinping celebraron el miércoles la séptima ronda de conversaciones periódicas.",
     "conversaciones periódicas"),
    ("fr", "Bat Xat et Jinping ont tenu mercredi le septième cycle de leurs pourparlers périodiques.",
     "pourparlers périodiques"),
    ("ar", "وعقدت منطقة بات سات ومحافظة جينبينغ يوم الأربعاء الجولة السابعة من المحادثات الدورية بين الجانبين.",
     "المحادثات الدورية"),
])
def test_a_numbered_round_of_qualified_talks_names_a_series(extractor, lang, text, label) -> None:
    """"the seventh round of periodic talks": the qualified talks word names a series, the round numbers its edition
    (the qualifier before the noun in English, German and Swedish, after it elsewhere)."""
    ex = read(extractor, text, lang)
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert talks.ordinal == 7 and talks.mechanism is not None
    series = next(e for e in ex.entities if e.iri == talks.mechanism)
    assert {name for name, _ in series.labels} == {label}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks were held for the seventh time in Bat Xat on Wednesday."),
    ("sv", "Mötet hölls den 5 juni samtal om handeln i Bat Xat."),
])
def test_talks_a_clause_or_a_day_numbers_name_no_series(extractor, lang, text) -> None:
    """A verb after the talks word, or a day's bare number before a small-letter word, qualifies no series."""
    ex = read(extractor, text, lang)
    assert not any(e.cls == "Mechanism" for e in ex.entities)
