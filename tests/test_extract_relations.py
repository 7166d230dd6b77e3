"""Relations for people, places and mechanisms no lexicon knows: short articles written for these
tests (not taken from the seeds or the development set), one behaviour per case, per language."""
from __future__ import annotations

import pytest

from borderkg.model import Extraction
from borderkg.text import fold
from cases import BKR, read


def posts(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(m.person.rsplit("/", 1)[-1], m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships}


def events(ex: Extraction) -> dict[str, set[tuple]]:
    out: dict[str, set[tuple]] = {}
    for e in ex.events:
        out.setdefault(e.iri, set()).add((e.cls, e.date, e.mechanism, e.ordinal, e.locations, e.participants))
    return {iri: found for iri, found in out.items()}


def kinds(ex: Extraction) -> set[str]:
    return {e.cls for e in ex.events}


@pytest.mark.parametrize(("lang", "text", "place", "cls"), [
    ("vi", "Đoàn công tác đã thăm xã Sủng Là của tỉnh Hà Giang.", "x-sung-la", "Commune"),
    ("es", "La delegación visitó la comuna de Khanh Khe, en Dien Bien.", "x-khanh-khe", "Commune"),
    ("en", "Officials from Chiem Hoa district met their Chinese partners.", "x-chiem-hoa", "District"),
    ("de", "Die Delegation besuchte die Gemeinde Ka Lang in Lai Chau.", "x-ka-lang", "Commune"),
])
def test_unknown_places_named_with_a_place_type_word(extractor, lang, text, place, cls) -> None:
    ex = read(extractor, text, lang)
    assert (BKR + "place/" + place, cls) in {(e.iri, e.cls) for e in ex.entities}


def test_vi_place_type_word_is_read_as_written(extractor) -> None:
    """"trấn" (town) and the surname "Trần" fold alike; only the written form makes a place."""
    ex = read(extractor, "Dự hội nghị có ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh Cao Bằng.", "vi")
    assert not any(e.cls == "Commune" for e in ex.entities)
    assert ("x-tran-van-minh", "VICE_CHAIR", "cao-bang/peoples-committee") in posts(ex)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Teilnehmer waren Tran Van Minh, stellvertretender Sekretär des Parteikomitees der Provinz Lao Cai "
           "und Vorsitzender des Volkskomitees der Provinz Lao Cai.",
     {("x-tran-van-minh", "DEPUTY_SECRETARY", "lao-cai/party-committee"),
      ("x-tran-van-minh", "CHAIR", "lao-cai/peoples-committee")}),
    ("vi", "Dự có ông Nông Văn Hải, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Lạng Sơn.",
     {("x-nong-van-hai", "VICE_CHAIR", "lang-son/peoples-committee")}),
    ("es", "Asistieron el vicepresidente permanente del Comité Popular provincial de Lang Son, Doan Thu Ha, "
           "y otros funcionarios.",
     {("x-doan-thu-ha", "VICE_CHAIR", "lang-son/peoples-committee")}),
])
def test_post_chains_and_title_before_name(extractor, lang, text, expected) -> None:
    assert expected <= posts(read(extractor, text, lang))


def test_en_title_of_the_name_before_is_not_the_next_name_s(extractor) -> None:
    ex = read(extractor, "Present were Wang Lin, vice governor of Yunnan, Zhou Bo, secretary of the Honghe "
                         "Party Committee, and others.", "en")
    assert ("x-zhou-bo", "VICE_CHAIR", "yunnan/peoples-government") not in posts(ex)


def test_zh_place_title_name_is_a_government_post(extractor) -> None:
    ex = read(extractor, "崇左市副市长黄志强出席了会议。", "zh")
    assert any(m.role == "VICE_CHAIR" and m.organization == BKR + "org/chongzuo/peoples-government"
               for m in ex.memberships)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lang Son, March 7 (VNA) - Vice Chairman Ho Van Hung of Lang Son received a delegation of Chongzuo "
           "city on March 7."),
    ("sv", "Lang Son, 7 mars (VNA) – Ho Van Hung, vice ordförande för folkkommittén i Lang Son, tog emot en "
           "delegation från staden Chongzuo den 7 mars."),
])
def test_a_reception_is_a_meeting_and_the_delegation_s_visit(extractor, lang, text) -> None:
    assert {"Meeting", "Visit"} <= kinds(read(extractor, text, lang))


def test_en_unknown_mechanism_named_after_an_ordinal(extractor) -> None:
    ex = read(extractor, "The 2nd meeting of the Lang Son-Guangxi Joint Committee on Border Gate Management "
                         "took place on March 5, 2024 in Nanning.", "en")
    mechanisms = {e.iri for e in ex.entities if e.cls == "Mechanism"}
    assert BKR + "mechanism/x-lang-son-guangxi-joint-committee-on-border-gate-management" in mechanisms
    assert any(e.ordinal == 2 and e.mechanism in mechanisms and e.date == "2024-03-05" for e in ex.events)


def test_fr_sentence_case_mechanism_name(extractor) -> None:
    ex = read(extractor, "La 3e réunion du Comité mixte de coopération frontalière s'est tenue le 5 mars 2024 "
                         "à Lao Cai.", "fr")
    assert BKR + "mechanism/x-comite-mixte-de-cooperation-frontaliere" in {e.iri for e in ex.entities}


def test_en_edition_numbered_through_round_of(extractor) -> None:
    ex = read(extractor, "Border guards of Lao Cai and Yunnan held the 13th round of talks on March 5, 2024 in "
                         "Lao Cai.", "en")
    assert any(e.ordinal == 13 and e.date == "2024-03-05" for e in ex.events)


def test_vi_edition_number_after_the_name(extractor) -> None:
    ex = read(extractor, "Sáng 5/3/2024, Hội nghị lần thứ 16 Ủy ban công tác liên hợp giữa tỉnh Lạng Sơn và Khu tự trị "
                  "Quảng Tây đã diễn ra tại Lạng Sơn.",
              "vi")
    assert any(e.ordinal == 16 and e.mechanism == BKR + "mechanism/joint-working-committee" for e in ex.events)


def test_en_mechanism_edition_has_its_standing_members(extractor) -> None:
    ex = read(extractor, "The Spring Meeting 2024 between the Party secretaries was held in Nanning on "
                         "February 20, 2024.", "en", date="2024-02-21")
    meeting = next(e for e in ex.events if e.mechanism == BKR + "mechanism/spring-meeting")
    assert {BKR + "place/guangxi", BKR + "place/lang-son", BKR + "place/cao-bang"} <= set(meeting.participants)


def test_en_same_city_places_the_second_event(extractor) -> None:
    ex = read(extractor, "The 16th conference of the Joint Working Committee opened in Nanning on February 20, "
                         "2024. The Spring Meeting 2024, held on February 21 in the same city, followed it.", "en",
              date="2024-02-22")
    spring = next(e for e in ex.events if e.mechanism == BKR + "mechanism/spring-meeting")
    assert BKR + "place/nanning" in spring.locations


def test_fr_the_conference_opening_a_sentence_is_the_one_just_told(extractor) -> None:
    ex = read(extractor, "La 16e conférence du Comité de travail conjoint s'est tenue le 20 février 2024 à "
                         "Nanning. La conférence a adopté un plan d'action.", "fr", date="2024-02-21")
    assert len({e.iri for e in ex.events if e.cls == "Conference"}) == 1


def test_de_weekday_joined_with_time_of_day(extractor) -> None:
    ex = read(extractor, "Hekou (Yunnan), 26. November (VNA) – Im Kreis Hekou ist am Dienstagmorgen die "
                         "Grenzmesse China–Vietnam eröffnet worden.", "de", date="2024-11-26")
    assert any(e.cls == "Exhibition" and e.date == "2024-11-26" for e in ex.events)


def test_zh_titles_joined_before_one_name(extractor) -> None:
    ex = read(extractor, "红河州委副书记、州长罗萍表示，双方将继续深化合作。", "zh")
    found = {(m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships}
    assert {("DEPUTY_SECRETARY", "honghe/party-committee"), ("HEAD", "honghe/peoples-government")} <= found


def test_de_title_that_names_its_body(extractor) -> None:
    ex = read(extractor, "Der Parteisekretär der Provinz Cao Bang, Tran Hong Minh, traf am Montag Chen Gang.", "de")
    assert ("x-tran-hong-minh", "SECRETARY", "cao-bang/party-committee") in posts(ex)


def test_en_date_range_after_from_is_when_not_since(extractor) -> None:
    ex = read(extractor, "A delegation from Lai Chau paid a working visit to Honghe prefecture of Yunnan from "
                         "March 3-5.", "en")
    assert any(e.cls == "Visit" and e.date == "2024-03-03" for e in ex.events)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A delegation led by Vice Chairman of the Lai Chau Provincial People's Committee Tong Thanh Hai "
           "paid a working visit to Honghe.", ("x-tong-thanh-hai", "VICE_CHAIR", "lai-chau/peoples-committee")),
    ("vi", "Dự hội nghị có Phó Chủ tịch UBND tỉnh Lạng Sơn Đoàn Thu Hà và các đại biểu.",
     ("x-doan-thu-ha", "VICE_CHAIR", "lang-son/peoples-committee")),
])
def test_title_body_name_without_a_comma(extractor, lang, text, expected) -> None:
    assert expected in posts(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Chiều 4-3, hai đoàn đã hội đàm tại thành phố Lào Cai.", "2025-03-04"),
    ("vi", "Sáng 28-2-2025, hai bên đã ký biên bản.", "2025-02-28"),
    ("vi", "Hội chợ đã diễn ra vào tháng 5 năm ngoái.", "2024-05"),
    ("vi", "Hai đoàn đã gặp nhau hồi tháng 5 vừa qua.", "2024-05"),
    ("zh", "本月4日，双方在河口举行会谈。", "2025-03-04"),
    ("zh", "去年5月，双方签署了合作协议。", "2024-05"),
    ("es", "Ambas partes se reunieron el pasado mes de mayo en Lao Cai.", "2024-05"),
    ("sv", "Parterna möttes i maj förra året i Lao Cai.", "2024-05"),
    ("en", "The two sides met in May last year in Lao Cai.", "2024-05"),
])
def test_dates_told_against_the_publication_date(extractor, lang, text, expected) -> None:
    dates = extractor.languages[lang].dates.read(fold(text).text, reference="2025-03-07")
    assert expected in {d.value for d in dates}


@pytest.mark.parametrize(("lang", "text", "kinds_found"), [
    ("sv", "Ett kulturutbytet mellan ungdomar från Mong Cai och Dongxing hölls den 4 mars i Mong Cai.", {"Exchange"}),
    ("de", "Am 4. März fand in Mong Cai ein Jugendfreundschaftsspiel zwischen Mong Cai und Dongxing statt.", {"Exchange"}),
    ("de", "Die Delegationen von Bat Xat und Jinping kamen am 4. März im Kreis Jinping zusammen.", {"Meeting"}),
    ("sv", "På tisdagen tog Lao Cais partisekreterare Dang Xuan Phong emot en delegation från Honghe.", {"Meeting", "Visit"}),
    ("en", "A friendly football match between youth teams of Mong Cai and Dongxing took place in Mong Cai on March 4.",
     {"Exchange"}),
])
def test_event_words_the_list_cannot_enumerate(extractor, lang, text, kinds_found) -> None:
    assert kinds(read(extractor, text, lang)) == kinds_found


def test_plural_event_words_are_not_one_event(extractor) -> None:
    ex = read(extractor, "In 2024 their regular bilateral meetings between Lao Cai and Hekou went ahead as planned.", "en")
    assert not ex.events


def test_visit_goes_where_a_venue_word_sends_it(extractor) -> None:
    ex = read(extractor, "The plan builds on the visit that a delegation of Quang Ninh paid to Guangxi in February 2024.",
              "en")
    visits = [e for e in ex.events if e.cls == "Visit"]
    assert visits and all(e.locations == (BKR + "place/guangxi",) for e in visits)


@pytest.mark.parametrize(("lang", "text", "ordinal"), [
    ("en", "Leaders of Lao Cai and Honghe held talks in Hekou on March 4. The talks were the eighth since 2017.", 8),
    ("ar", "عقدت لاو كاي ويوننان في 4 مارس الدورة الحادية عشرة لمؤتمر لجنة العمل المشتركة في كونمينغ.", 11),
    ("de", "Die Kreise Bat Xat und Jinping kamen am 4. März in Jinping zu ihren sechsten Gesprächen zusammen.", 6),
    ("es", "Lao Cai y Yunnan celebraron el 4 de marzo en Kunming la XI reunión del Comité de Trabajo Conjunto.", 11),
])
def test_ordinals_in_words(extractor, lang, text, ordinal) -> None:
    assert ordinal in {e.ordinal for e in read(extractor, text, lang).events}


def test_a_ceremony_the_two_sides_attended_has_the_sides_told_before(extractor) -> None:
    ex = read(extractor, "Lang Son (VNA) - Leaders of Loc Binh district held talks with a delegation from Ningming county "
                         "in Loc Binh township on February 19.\n\nThe same morning, the two sides attended a ceremony "
                         "at the Chi Ma (Vietnam) - Aidian (China) border gate pair.", "en", date="2025-02-20")
    ceremony = next(e for e in ex.events if e.cls == "Event")
    assert ceremony.date == "2025-02-19"
    assert {BKR + "place/x-loc-binh-town", BKR + "place/ningming"} <= set(ceremony.participants)
    assert BKR + "gate/chi-ma" in ceremony.locations


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Nguyen Van An and Tran Thi Binh, vice chairmen of the People's Committees of Lao Cai and Lai Chau "
           "respectively, attended.",
     {("x-nguyen-van-an", "VICE_CHAIR", "lao-cai/peoples-committee"),
      ("x-tran-thi-binh", "VICE_CHAIR", "lai-chau/peoples-committee")}),
    ("ar", "وترأس الوفدين السادة نغوين فان هاي، وتران ثي لان، نواب رؤساء اللجان الشعبية لمقاطعتي لاو كاي ولاي تشاو على التوالي.",
     {("x-nguyen-van-hai", "VICE_CHAIR", "lao-cai/peoples-committee"),
      ("x-tran-thi-lan", "VICE_CHAIR", "lai-chau/peoples-committee")}),
])
def test_distributive_lists_pair_names_with_places(extractor, lang, text, expected) -> None:
    found = posts(read(extractor, text, lang))
    assert expected <= found
    assert not {p for p in found if p[0].startswith("x-tran-thi") and p[2] == "lao-cai/peoples-committee"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Wang Jianhua, member of the Standing Committee of the Yunnan Provincial Party Committee and vice governor "
           "of the province, said the sides would meet again."),
    ("ar", "استقبل السيد وانغ جيان هوا، عضو اللجنة الدائمة للجنة الحزب في مقاطعة يوننان ونائب حاكم المقاطعة، وفدا."),
])
def test_a_title_of_the_province_named_before(extractor, lang, text) -> None:
    found = {(role, org) for _, role, org in posts(read(extractor, text, lang))}
    assert {("MEMBER", "yunnan/party-committee"), ("VICE_CHAIR", "yunnan/peoples-government")} <= found


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("de", "Die vietnamesische Delegation wurde von Hoang Van Phuc geleitet.", "x-hoang-van-phuc"),
    ("en", "The talks were hosted by Chen Guohua on Monday.", "x-chen-guohua"),
])
def test_names_read_by_their_shape(extractor, lang, text, person) -> None:
    assert BKR + "person/" + person in {e.iri for e in read(extractor, text, lang).entities if e.cls == "Person"}


def test_a_place_type_word_keeps_a_name_shaped_place_a_place(extractor) -> None:
    ex = read(extractor, "The delegation visited Ha Long city and Dong Van district.", "en")
    assert not [e for e in ex.entities if e.cls == "Person"]


def test_the_ordinal_that_opens_an_event_name(extractor) -> None:
    ex = read(extractor, "中新网东兴12月5日电 第十六届中越（东兴—芒街）国际商贸·旅游博览会5日在广西东兴市开幕。", "zh",
              date="2024-12-06")
    assert {(e.cls, e.ordinal) for e in ex.events} == {("Exhibition", 16)}


def test_a_short_word_before_a_capital_ends_the_sentence(extractor) -> None:
    ex = read(extractor, "Ngày 18/9, tại thành phố Văn Sơn, đoàn đại biểu tỉnh Tuyên Quang đã hội đàm với lãnh đạo châu "
                         "Văn Sơn. Chuyến thăm và làm việc diễn ra từ ngày 17 đến 19/9.", "vi", date="2025-09-20")
    assert {(e.cls, e.date) for e in ex.events} >= {("Meeting", "2025-09-18"), ("Visit", "2025-09-17")}


@pytest.mark.parametrize(("lang", "text", "unit", "value", "period"), [
    ("zh", "2024年，广西对越南进出口总额达3100多亿元，同比增长14.5%。", "CNY", 310000000000, "2024"),
    ("de", "In den ersten zehn Monaten dieses Jahres passierten 1,37 Millionen Reisende die Grenze. Der Warenhandel "
           "erreichte im selben Zeitraum 32,4 Milliarden Yuan.", "CNY", 32400000000, "2025"),
])
def test_figures_with_approximations_and_periods(extractor, lang, text, unit, value, period) -> None:
    found = {(o.unit, int(o.value), o.period) for o in read(extractor, text, lang, date="2025-11-20").observations}
    assert (unit, value, period) in found


def test_an_agreement_named_without_parties_is_the_one_of_its_kind_signed(extractor) -> None:
    """A title's "mémorandum de coopération" and the lede's memorandum signed by two sides: one agreement."""
    ex = read(extractor, "Lai Chau et Honghe signent un mémorandum de coopération\n\nLe 8 mai, Lai Chau et Honghe ont "
                         "signé à Phong Tho un mémorandum d'entente sur le commerce frontalier.", "fr", date="2024-05-10")
    assert len({e.iri for e in ex.entities if e.cls == "Agreement"}) == 1
