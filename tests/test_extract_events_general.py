"""Events in wordings no lexicon lists: short articles written for these tests (not taken from the
seeds, the development set or the tuning set), one behaviour per case."""
from __future__ import annotations

from functools import partial

import pytest

from borderkg.model import Document, Extraction
from cases import BKR, read as read_on

read = partial(read_on, date="2024-05-10")


def told(ex: Extraction) -> set[tuple[str, str | None, frozenset[str]]]:
    """(class, date, places) of each event, places without their IRI prefix."""
    return {(e.cls, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events}


def test_an_arabic_event_word_in_the_accusative_and_an_event_on_its_sidelines(extractor) -> None:
    """"أقامت ... حفلاً" tells a ceremony; "على هامش الحفل" dates the reception by it."""
    ex = read(extractor, "لانغ سون (وكالة الأنباء الفيتنامية) - أقامت مقاطعة لانغ سون يوم الأربعاء حفلاً في ساحة "
                         "بوابة هوو نغي الحدودية الدولية. وعلى هامش الحفل، استقبل السيد نونغ فان آن وفد مدينة "
                         "بينغشيانغ.", "ar")
    assert ("Event", "2024-05-08", frozenset({"gate/huu-nghi"})) in told(ex)
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)


def test_a_chinese_delegation_came_to_the_place_of_its_event(extractor) -> None:
    """"代表团来到老街市，与老街市共同举办推介会": where the delegation came to is where the event was held."""
    ex = read(extractor, "8日上午，河口县代表团来到老街市，与老街市共同举办经贸合作推介会。", "zh")
    assert ("Conference", "2024-05-08", frozenset({"place/lao-cai-city"})) in told(ex)


def test_a_chinese_anniversary_reception_is_an_event_where_its_host_held_it(extractor) -> None:
    """"越南驻昆明总领事馆在昆明举行招待会": a reception for an anniversary is a gala (an Event), and "在" after the side
    says where it was held, though the side's name holds the place too."""
    ex = read(extractor, "5月8日，越南驻昆明总领事馆在昆明举行招待会，纪念越中建交74周年。", "zh")
    assert ("Event", "2024-05-08", frozenset({"place/kunming"})) in told(ex)


def test_the_four_provinces_are_the_sides_told_before(extractor) -> None:
    """"越南四省代表团", "the four provinces": a number of sides of a kind are the sides of the event told before."""
    ex = read(extractor, "本报昆明5月9日讯 云南省与越南老街、河江、莱州、奠边四省联合工作组第十一次会议9日在昆明举行。8日，"
                         "云南省省长李振华在昆明会见了越南四省代表团。", "zh")
    met = [e for e in ex.events if e.cls == "Meeting" and e.date == "2024-05-08"]
    assert met and {f"{BKR}place/{p}" for p in ("lao-cai", "ha-giang", "lai-chau", "dien-bien", "yunnan")} <= set(met[0].participants)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La délégation du district de Hekou effectue depuis le 6 mai une visite de travail à Lào Cai."),
    ("en", "The Hekou delegation has been on a working visit to Lao Cai since May 6."),
    ("de", "Die Delegation aus Hekou hält sich seit dem 6. Mai zu einem Arbeitsbesuch in Lao Cai auf."),
    ("vi", "Đoàn công tác huyện Hà Khẩu đang thăm và làm việc tại tỉnh Lào Cai từ ngày 6/5."),
    ("zh", "河口县代表团自5月6日起在老街省进行工作访问。"),
])
def test_a_visit_going_on_since_a_day_began_that_day(extractor, lang: str, text: str) -> None:
    """"depuis le 6 mai une visite": the day a visit still going on began is the visit's date."""
    assert ("Visit", "2024-05-06", frozenset({"place/lao-cai"})) in told(read(extractor, text, lang))


def test_a_since_in_another_clause_does_not_date_a_visit(extractor) -> None:
    """"…, where a platform has been piloted since August 21, 2023": the day of another clause's verb."""
    ex = read(extractor, "On May 8, the guests toured the lanes of Kim Thanh, where a platform has been piloted since "
                         "August 21, 2023.", "en")
    assert all(e.date != "2023-08-21" for e in ex.events)


def test_a_reception_at_an_opening_is_a_meeting_of_its_own(extractor) -> None:
    """"Vid invigningen tog prefekten emot delegationen": the event word in the time phrase before the reception verb is
    when it received them, not what it organised ("the half-marathon the two cities co-hosted")."""
    ex = read(extractor, "En handelsvecka öppnade i onsdags i Mengzi.\n\nVid invigningen tog Honghes prefekt Chen Li emot "
                         "Lai Chaus delegation.", "sv")
    assert ("Exhibition", "2024-05-08", frozenset({"place/mengzi"})) in told(ex)
    assert ("Meeting", "2024-05-08", frozenset({"place/mengzi"})) in told(ex)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A new lane was inaugurated on Wednesday at the Huu Nghi border gate. The ceremony was co-chaired by Vietnam's "
           "Lang Son province and China's Chongzuo city."),
    ("fr", "Une nouvelle voie a été inaugurée mercredi au poste-frontière de Huu Nghi. La cérémonie était coprésidée par la "
           "province vietnamienne de Lang Son et la ville chinoise de Chongzuo."),
    ("sv", "En ny fil invigdes på onsdagen vid gränsövergången Huu Nghi. Ceremonin leddes gemensamt av den vietnamesiska "
           "provinsen Lang Son och staden Chongzuo."),
])
def test_who_chaired_an_event_told_before_are_its_sides(extractor, lang: str, text: str) -> None:
    """"The ceremony was co-chaired by Lang Son and Chongzuo": the sides of the event the sentence speaks of."""
    assert any({f"{BKR}place/lang-son", f"{BKR}place/chongzuo"} <= set(e.participants)
               for e in read(extractor, text, lang).events if e.cls == "Event")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Wednesday, Tra Linh and Jingxi held a cultural exchange at the Tra Linh border gate. Before the performance, "
           "the leaders of Tra Linh and Jingxi met at the gate."),
    ("de", "Am Mittwoch veranstalteten Tra Linh und Jingxi einen Kulturaustausch am Grenzübergang Tra Linh. Vor der "
           "Aufführung trafen sich die Spitzen von Tra Linh und Jingxi am Grenzübergang."),
])
def test_talks_before_the_performance_are_on_its_day(extractor, lang: str, text: str) -> None:
    """"Before the performance, the leaders met": the art performance told before dates the talks."""
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in read(extractor, text, lang).events)


def test_vi_the_delegation_as_subject_is_the_visiting_side(extractor) -> None:
    """"Sáng 8/5, đoàn đã có buổi hội đàm với lãnh đạo huyện Kim Bình": the delegation whose visit was told is a side."""
    ex = read(extractor, "Từ ngày 8 đến 9/5, Đoàn công tác huyện Phong Thổ đã thăm và làm việc tại huyện Kim Bình, châu Hồng Hà "
                         "(Trung Quốc). Sáng 8/5, đoàn đã có buổi hội đàm với lãnh đạo huyện Kim Bình.", "vi")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" and f"{BKR}place/phong-tho" in e.participants
               for e in ex.events)


def test_a_signing_that_closed_the_event_spoken_of_was_signed_there(extractor) -> None:
    """"Konferensen avslutades med att de båda sidorna undertecknade ett protokoll för perioden 2024–2025": on the
    conference's day and at its place, not in the period the document is for; the conference is no companion."""
    ex = read(extractor, "En konferens mellan Ha Giang och Wenshan hölls i onsdags i staden Ha Giang. Kvällen innan hade "
                         "Ha Giangs provinsordförande tagit emot den kinesiska delegationen. Konferensen avslutades med "
                         "att de båda sidorna undertecknade ett samarbetsprotokoll för perioden 2024–2025.", "sv")
    assert ("Signing", "2024-05-08", frozenset({"place/ha-giang-city"})) in told(ex)
    assert sum(e.cls == "Conference" for e in ex.events if e.date == "2024-05-08") >= 1
    assert not any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)


def test_the_period_a_plan_is_for_dates_no_signing(extractor) -> None:
    """"sẽ ký … Kế hoạch hành động … giai đoạn 2023 – 2025": the years of the plan (a period word of two words), not a
    time the signing to come happened."""
    ex = read(extractor, "Sáng 8/5, tại thành phố Hà Giang, hội nghị nhóm công tác liên hợp lần thứ 9 đã diễn ra. Theo chương "
                         "trình, lãnh đạo các tỉnh sẽ ký biên bản hội nghị và Kế hoạch hành động hợp tác giảm nghèo giai đoạn "
                         "2023 – 2025.", "vi")
    assert not any(e.cls == "Signing" for e in ex.events)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Am Mittwoch tagte in Kunming die Konferenz von Yunnan und den Provinzen Lao Cai, Ha Giang, Lai Chau und Dien "
           "Bien. Erörtert wurde der Ausbau der Bahnstrecke Kunming–Hekou. Am Donnerstag unterzeichneten die fünf Seiten ein "
           "Protokoll über den Grenzhandel."),
])
def test_the_five_sides_are_the_sides_told_before(extractor, lang: str, text: str) -> None:
    """"die fünf Seiten", "the five sides": a number of sides are those of the event told before."""
    assert any(e.cls == "Signing" and {f"{BKR}place/yunnan", f"{BKR}place/dien-bien"} <= set(e.participants)
               for e in read(extractor, text, lang).events)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "استأنفت بوابة خكو الحدودية يوم الأربعاء التخليص للمسافرين. وأقيمت بهذه المناسبة مراسم في مدينة لاو كاي "
           "بحضور مسؤولين من محافظة خكو ومقاطعة لاو كاي."),
])
def test_an_event_on_this_occasion_is_on_the_day_last_told(extractor, lang: str, text: str) -> None:
    """"وأقيمت بهذه المناسبة مراسم" (on this occasion a ceremony was held): on the day the text gave last, though no
    event was told before."""
    assert any(e.cls == "Event" and e.date == "2024-05-08" for e in read(extractor, text, lang).events)


def test_zh_performing_on_one_stage_is_an_exchange(extractor) -> None:
    """"两地文艺工作者在靖西市同台献艺": artists of the two places performing together is a cultural exchange."""
    ex = read(extractor, "8日晚，靖西市与高平省文艺工作者在靖西市同台献艺。", "zh")
    assert ("Exchange", "2024-05-08", frozenset({"place/jingxi"})) in told(ex)


def test_who_organises_a_fair_is_said_of_it_not_of_its_last_edition(extractor) -> None:
    """"The fair is jointly organized by Chongzuo and Lang Son, which take turns hosting it; last year's edition took
    place in Lang Son city in December": the organisers are sides of the fair told; its earlier edition is told from its
    clause on, and "The fair will run until …" speaks of the fair told."""
    ex = read(extractor, "The Border Trade Fair opened on Wednesday in Pingxiang. The fair is jointly organized by the "
                         "government of Chongzuo city and the People's Committee of Lang Son province, which take turns "
                         "hosting it; last year's edition took place in Lang Son city in December. The fair will run until "
                         "May 12.", "en")
    fair = [e for e in ex.events if e.cls == "Exhibition" and e.date == "2024-05-08"]
    assert fair and all({f"{BKR}place/chongzuo", f"{BKR}place/lang-son"} <= set(e.participants) for e in fair)
    assert any(e.cls == "Exhibition" and e.date == "2023-12" for e in ex.events)


def test_es_the_eve_of_the_opening_is_the_day_before(extractor) -> None:
    """"La víspera de la apertura, … recibió a la delegación de Chongzuo": the day before the opening told."""
    ex = read(extractor, "La Feria Comercial de Lang Son se inauguró ayer en el centro de la provincia de Lang Son. La víspera "
                         "de la apertura, el secretario del Comité del Partido de Lang Son, Hoang Van Nghiem, recibió a la "
                         "delegación de Chongzuo, encabezada por su alcalde adjunto Liang Hong, que realiza una visita de "
                         "trabajo a la provincia desde el 8 de mayo.", "es")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)
    assert any(e.cls == "Visit" and e.date == "2024-05-08" for e in ex.events)


def test_de_a_friendship_run_in_the_genitive_is_an_exchange(extractor) -> None:
    """"den Erfolg des Freundschaftslaufs …, der am vergangenen Sonntag in Hekou stattgefunden hatte": a compound's head
    with its genitive ending names the run."""
    ex = read(extractor, "Tuan hob den Erfolg des Freundschaftslaufs hervor, der am vergangenen Sonntag in Hekou stattgefunden "
                         "hatte und von der Provinz Lao Cai und dem Kreis Hekou gemeinsam organisiert worden war.", "de")
    assert ("Exchange", "2024-05-05", frozenset({"place/hekou"})) in told(ex)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Anoche, los dirigentes de Cao Bang ofrecieron una recepción a una delegación de la ciudad de Chongzuo."),
    ("fr", "Hier soir, les dirigeants de Cao Bang ont offert une réception en l'honneur d'une délégation de Baise."),
])
def test_a_reception_given_for_a_delegation_is_a_meeting(extractor, lang: str, text: str) -> None:
    """"ofrecieron una recepción", "ont offert une réception": a reception, as English "hosted a reception for"."""
    assert any(e.cls == "Meeting" and e.date == "2024-05-09" for e in read(extractor, text, lang).events)


def test_a_place_right_after_a_side_says_where_that_side_lies(extractor) -> None:
    """"a delegation of Jinping county in Yunnan": Yunnan says where Jinping is; the talks were at the gate."""
    ex = read(extractor, "On May 8, leaders of Bat Xat district held talks with a delegation of Jinping county in "
                         "Yunnan province at the Huu Nghi international border gate.", "en")
    assert ("Meeting", "2024-05-08", frozenset({"gate/huu-nghi"})) in told(ex)


def test_an_event_word_with_its_own_edition_number_is_an_event_of_its_own(extractor) -> None:
    ex = read(extractor, "On May 8, the joint working group held its 5th meeting in Dong Van district, while border "
                         "guards of both sides carried out their 12th joint patrol in Lung Cu commune.", "en")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} >= {("Meeting", "2024-05-08", 5), ("Event", "2024-05-08", 12)}
    patrol = next(e for e in ex.events if e.ordinal == 12)
    assert {p.removeprefix(BKR) for p in patrol.locations} == {"place/lung-cu"}


def test_an_edition_its_clause_dates_is_an_event_on_that_date(extractor) -> None:
    """The date in the clause of another numbered edition is that edition's, not the sentence's event's."""
    ex = read(extractor, "Le 8 mai, les deux villes ont signé un mémorandum à Hekou, un an après la 4e conférence "
                         "organisée en juin 2023 à Lao Cai.", "fr")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events if e.ordinal == 4} == {("Conference", "2023-06", 4)}


def test_a_background_editions_date_is_not_the_sentences_event(extractor) -> None:
    ex = read(extractor, "The two provinces held their ninth conference in Hekou on Friday. The parties reviewed the "
                         "work done since the eighth conference, which was held in Lao Cai in June last year, and "
                         "signed a memorandum on border trade.", "en")
    assert {(e.cls, e.date) for e in ex.events} >= {("Conference", "2023-06"), ("Signing", "2024-05-10")}
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert signing.date == "2024-05-10" and not any("lao-cai" in p for p in signing.locations)


def test_a_meeting_before_the_opening_ceremony_has_the_day_of_the_event_told_before(extractor) -> None:
    ex = read(extractor, "5月8日，第十届中越边境经济贸易交易会在河口县开幕。本届交易会为期4天。开幕式前，红河州州长在河口会见了"
                         "越南老街省人民委员会副主席一行。", "zh")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lang Son, 10 mai (VNA) – Les gardes-frontières de Lang Son et de Pingxiang ont mené avant-hier une patrouille "
           "conjointe. Deux jours plus tard, les deux parties ont tenu une réunion à Pingxiang."),
    ("es", "Lang Son, 10 may (VNA) – Los guardias fronterizos de Lang Son y de Pingxiang realizaron anteayer una patrulla "
           "conjunta. Dos días después, las dos partes celebraron una reunión en Pingxiang."),
    ("en", "Lang Son, May 10 (VNA) – Border guards of Lang Son and Pingxiang conducted a joint patrol the day before "
           "yesterday. Two days later, the two sides held a meeting in Pingxiang."),
    ("zh", "新华社南宁5月10日电 凭祥市与越南谅山省边防部队前天开展联合巡逻。两天后，双方在凭祥举行会谈。"),
])
def test_the_day_before_yesterday_and_two_days_later(extractor, lang, text) -> None:
    """"avant-hier", "anteayer", "前天" are two days before publication; "two days later" two after the day told."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.date) for e in ex.events} == {("Event", "2024-05-08"), ("Meeting", "2024-05-10")}


@pytest.mark.parametrize("lang, text", [
    ("es", "Ha Long, 10 may (VNA) – Quang Ninh y Guangxi celebraron el 8 de mayo en Nanning la tercera reunión del Comité "
           "de Coordinación Conjunta sobre Pasos Fronterizos."),
    ("en", "Ha Long, May 10 (VNA) – Quang Ninh and Guangxi held the third meeting of their Joint Coordination Committee on "
           "Border Gates in Nanning on May 8."),
])
def test_a_session_of_a_committee_no_lexicon_knows_is_a_conference(extractor, lang, text) -> None:
    """CONTRACT: a committee's session is a Conference, whatever word tells it; its name ends before "in Nanning"."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.date, e.ordinal, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events} \
        == {("Conference", "2024-05-08", 3, frozenset({"place/nanning"}))}


@pytest.mark.parametrize("lang, text", [
    ("zh", "新华社昆明5月10日电 红河州与越南老街省联合工作委员会第三次会议和双方旅游合作工作组第六次会议分别于7日、8日在蒙自市举行。"),
    ("vi", "Lào Cai (TTXVN) – Hội nghị lần thứ ba Ủy ban công tác liên hợp Lào Cai – Hồng Hà và Hội nghị lần thứ sáu Tổ công tác "
           "du lịch hai bên lần lượt diễn ra ngày 7/5 và 8/5 tại thành phố Mông Tự."),
])
def test_days_after_a_distributive_word_date_the_events_in_their_order(extractor, lang, text) -> None:
    """"分别于7日、8日", "lần lượt … ngày 7/5 và 8/5": the third session on the 7th, the sixth meeting on the 8th."""
    ex = read(extractor, text, lang)
    assert {(e.ordinal, e.date) for e in ex.events} == {(3, "2024-05-07"), (6, "2024-05-08")}


def test_the_same_day_is_a_day_told_not_a_range_or_a_start(extractor) -> None:
    ex = read(extractor, "Ngày 8/5, tại thành phố Văn Sơn, đoàn đại biểu tỉnh Lào Cai đã hội đàm với lãnh đạo châu Văn Sơn. "
                         "Chuyến thăm diễn ra từ ngày 7 đến 9/5. Cũng trong ngày, hai bên đã ký Biên bản ghi nhớ về "
                         "hợp tác thương mại.", "vi")
    assert any(e.cls == "Signing" and e.date == "2024-05-08" for e in ex.events)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le 8 mai, Lao Cai et Hekou ont tenu leur cinquième conférence à Hekou. La quatrième conférence avait eu lieu "
           "en février à Lao Cai, le jour même de l'inauguration du nouveau pont."),
    ("en", "On May 8, Lao Cai and Hekou held their fifth conference in Hekou. The fourth conference took place in "
           "February in Lao Cai, the same day as the opening of the new bridge."),
])
def test_the_same_day_as_something_named_leaves_the_sentence_its_own_date(extractor, lang, text) -> None:
    """"le jour même de l'inauguration" is the day of the inauguration, which the sentence dates itself."""
    assert ("Conference", "2024-02", 4) in {(e.cls, e.date, e.ordinal) for e in read(extractor, text, lang).events}


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Lao Cai tog på onsdagen emot en delegation från Hekou. De två sidorna höll därefter sina fjärde årliga "
           "samtal i Lao Cai."),
    ("en", "Lao Cai received a delegation from Hekou on Wednesday. The two sides afterwards held their fourth annual "
           "talks in Lao Cai."),
])
def test_afterwards_is_the_day_of_the_event_told_before(extractor, lang, text) -> None:
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" and e.ordinal == 4 for e in read(extractor, text, lang).events)


def test_each_kind_of_event_in_a_sentence_keeps_its_own_edition(extractor) -> None:
    ex = read(extractor, "Ngày 8/5, hai bên đã tổ chức phiên họp lần thứ 2 Tổ công tác chung về cửa khẩu thông minh "
                         "và ký Biên bản ghi nhớ về hợp tác giữa tỉnh Lào Cai và châu Hồng Hà.", "vi")
    assert ("Meeting", 2) in {(e.cls, e.ordinal) for e in ex.events}


def test_an_edition_said_of_an_event_referred_to_numbers_it(extractor) -> None:
    ex = read(extractor, "Sáng 8/5, tại huyện Phong Thổ, Bộ đội Biên phòng tỉnh Lai Châu đã hội đàm với đoàn công tác "
                         "châu Hồng Hà. Ngay sau phiên hội đàm định kỳ lần thứ 9 giữa hai đơn vị, hai bên tổ chức lễ "
                         "kết nghĩa cụm dân cư.", "vi")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" and e.ordinal == 9 for e in ex.events)


def test_an_event_referred_to_tells_no_second_event(extractor) -> None:
    ex = read(extractor, "Am 8. Mai führten die Kreise Bat Xat und Jinping in Jinping Gespräche. Im Anschluss an die "
                         "Gespräche unterzeichneten Herr Minh und Frau Li das Kooperationsprotokoll der beiden Kreise.", "de")
    assert sorted(e.cls for e in {e.iri: e for e in ex.events}.values()) == ["Meeting", "Signing"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "On May 8, the joint working group on the smart border gate held its 3rd meeting in Lang Son city.",
     "joint working group on the smart border gate"),
    ("de", "Am 8. Mai kam in der Stadt Lang Son die gemeinsame Arbeitsgruppe für das intelligente Grenztor zu ihrer "
           "3. Sitzung zusammen.", "gemeinsame Arbeitsgruppe für das intelligente Grenztor"),
    ("vi", "Ngày 8/5, hai bên tổ chức phiên họp lần thứ 3 Tổ công tác chung về xây dựng cửa khẩu thông minh tại "
           "thành phố Lạng Sơn.", "Tổ công tác chung về xây dựng cửa khẩu thông minh"),
    # a topic word of two words
    ("fr", "Le 8 mai, le groupe de travail conjoint chargé du corridor ferroviaire a tenu sa 3e réunion à Lang Son.",
     "groupe de travail conjoint chargé du corridor ferroviaire"),
    ("vi", "Ngày 8/5, Tổ công tác chung phụ trách tuyến đường sắt liên vận đã họp phiên thứ 3 tại thành phố Lạng Sơn.",
     "Tổ công tác chung phụ trách tuyến đường sắt liên vận"),
])
def test_a_generic_body_and_its_topic_name_a_mechanism_of_its_own(extractor, lang, text, name) -> None:
    ex = read(extractor, text, lang)
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == name
    assert {(e.cls, e.date, e.ordinal, e.mechanism) for e in ex.events} == {("Meeting", "2024-05-08", 3, mechanism.iri)}


@pytest.mark.parametrize(("lang", "text", "name", "ordinal"), [
    ("en", "On May 8, the third conference on cross-border logistics opened in Pingxiang.",
     "conference on cross-border logistics", 3),
    ("de", "Am 8. Mai fand das vierte Forum zur Zusammenarbeit im grenzüberschreitenden Tourismus in Hekou statt.",
     "Forum zur Zusammenarbeit im grenzüberschreitenden Tourismus", 4),
])
def test_a_numbered_conference_on_a_topic_names_its_series(extractor, lang, text, name, ordinal) -> None:
    """A venue word before a common noun stays in the topic; before a place it ends it."""
    ex = read(extractor, text, lang)
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == name
    assert {(e.cls, e.ordinal, e.mechanism) for e in ex.events} == {("Conference", ordinal, mechanism.iri)}


def test_a_compound_mechanism_word_and_an_edition_in_it(extractor) -> None:
    ex = read(extractor, "Am 8. Mai kamen die Zollbehörden beider Seiten in der Stadt Lang Son zu ihrer 7. Konferenz im "
                         "Rahmen des Zollkooperationsmechanismus Lang Son – Guangxi zusammen.", "de")
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text.startswith("Zollkooperationsmechanismus Lang Son")
    assert {(e.cls, e.ordinal, e.mechanism) for e in ex.events} == {("Conference", 7, mechanism.iri)}


def test_a_working_group_s_session_is_a_meeting_whatever_its_word(extractor) -> None:
    ex = read(extractor, "Sáng 8/5, tại thành phố Điện Biên Phủ, hai bên đã tổ chức Hội nghị lần thứ tư Tổ công tác chung "
                         "về mở cặp cửa khẩu A Pa Chải – Long Phú.", "vi")
    assert {(e.cls, e.ordinal) for e in ex.events} == {("Meeting", 4)}


def test_an_earlier_edition_with_its_own_date_is_not_the_one_told(extractor) -> None:
    ex = read(extractor, "Ngày 8/5, tại thành phố Lào Cai, hai tỉnh đã tổ chức Hội nghị lần thứ 16 Ủy ban công tác liên "
                         "hợp. Theo báo cáo, kể từ Hội nghị lần thứ 15 tổ chức hồi tháng 3/2023 tại Quảng Tây, hai bên đã "
                         "triển khai nhiều nội dung hợp tác.", "vi")
    found = {(e.cls, e.date, e.ordinal, e.mechanism) for e in ex.events}
    mechanisms = {m for *_, m in found}
    assert len(mechanisms) == 1 and None not in mechanisms  # the earlier edition is of the same series
    assert {(c, d, o) for c, d, o, _ in found} == {("Conference", "2024-05-08", 16), ("Conference", "2023-03", 15)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Quang Ninh pushes rail links in talks with Guangxi Party chief\n\nQuang Ninh (VNA) – The Party secretaries of "
           "Quang Ninh and Guangxi met on Wednesday. The meeting took place in Ha Long city."),
    ("es", "Quang Ninh impulsa enlaces ferroviarios en conversaciones con el jefe del Partido de Guangxi\n\nQuang Ninh (VNA) – "
           "Los secretarios del Partido de Quang Ninh y Guangxi se reunieron el miércoles en la ciudad de Ha Long."),
])
def test_who_the_talks_were_with_is_no_venue(extractor, lang, text) -> None:
    """"in talks with Guangxi Party chief": "in" governs the talks; Guangxi is a side, and the talks were in Ha Long."""
    ex = read(extractor, text, lang)
    assert {frozenset(p.removeprefix(BKR) for p in e.locations) for e in ex.events} == {frozenset({"place/ha-long"})}


def test_a_place_said_of_the_event_later_makes_it_more_exact(extractor) -> None:
    ex = read(extractor, "Le 8 mai, la province de Lang Son et la région du Guangxi ont tenu des entretiens au Guangxi. "
                         "Lors de l'entretien, qui s'est tenu dans la ville de Pingxiang, les deux parties ont dressé le "
                         "bilan du tourisme.", "fr")
    assert {(e.cls, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events} \
        == {("Meeting", frozenset({"place/pingxiang"}))}


@pytest.mark.parametrize("lang, text, where", [
    ("ar", "كاو بانغ (وكالة الأنباء الفيتنامية) - أجرت اللجنة الشعبية لمقاطعة كاو بانغ يوم الخميس محادثات مع قادة الحكومة "
           "الشعبية لمدينة بايسه. وانعقدت المحادثات في البوابة الحدودية ترا لينه بمحافظة ترونغ خانه.", "gate/tra-linh"),
    ("fr", "NANNING, 10 mai (Xinhua) -- Le district chinois de Longzhou et le district vietnamien de Quang Hoa ont fêté "
           "jeudi le dixième anniversaire de leur jumelage. La cérémonie s'est tenue du côté vietnamien, à Quang Hoa, "
           "district avec lequel Longzhou partage une frontière.", "place/quang-hoa"),
    ("en", "Lang Son, May 10 (VNA) – The customs of Lang Son and Pingxiang held a meeting on Wednesday. The meeting took "
           "place at the Huu Nghi international border gate.", "gate/huu-nghi"),
])
def test_an_event_told_again_is_where_that_sentence_says(extractor, lang, text, where) -> None:
    """"The talks were held at …": the place said right after the word of the event told again, not the dateline's."""
    ex = read(extractor, text, lang)
    assert {frozenset(p.removeprefix(BKR) for p in e.locations) for e in ex.events if e.cls != "Visit"} == {frozenset({where})}


@pytest.mark.parametrize("lang, text", [
    ("de", "Lao Cai, 9. Mai (VNA) – Vertreter des Grenzschutzes der Provinz Lao Cai und der Grenzkontrollstation Hekou "
           "haben am Dienstag Bilanz ihrer Zusammenarbeit gezogen. Schauplatz der Gespräche war die Stadt Lao Cai."),
    ("en", "Lao Cai, May 9 (VNA) – Border guards of Lao Cai province and the Hekou border inspection station on Tuesday "
           "reviewed their cooperation in the first quarter. The talks took place in Lao Cai city."),
    ("fr", "Lao Cai, 9 mai (VNA) – Les gardes-frontières de la province de Lao Cai et la station d'inspection frontalière "
           "de Hekou ont dressé mardi le bilan de leur coopération. Les entretiens se sont déroulés dans la ville de Lao Cai."),
])
def test_talks_named_after_a_sentence_without_an_event_word_are_on_its_day(extractor, lang, text) -> None:
    """"… haben am Dienstag Bilanz gezogen. Schauplatz der Gespräche war …": the talks the lede told by another verb."""
    ex = read(extractor, text, lang, date="2024-05-09")
    assert any(e.cls == "Meeting" and e.date == "2024-05-07" for e in ex.events)


def test_an_event_told_again_is_not_placed_by_a_later_clause_of_another_time(extractor) -> None:
    ex = read(extractor, "Tuyen Quang (VNA) – El presidente del Comité Popular de Tuyen Quang recibió ayer en la sede del "
                         "gobierno provincial a una delegación de la prefectura de Wenshan. Se trata de la primera visita de "
                         "trabajo de una delegación de Wenshan desde que Tuyen Quang se fusionó con la antigua provincia de "
                         "Ha Giang, lo que convirtió a la localidad en vecina directa de Yunnan.", "es")
    assert all("place/yunnan" not in {p.removeprefix(BKR) for p in e.locations} for e in ex.events)


def test_a_reception_s_visit_is_where_the_reception_was_filed(extractor) -> None:
    ex = read(extractor, "PINGXIANG (Guangxi), 10 mai (Xinhua) -- Wei Dong, secrétaire du Comité du Parti de la ville de "
                         "Pingxiang, dans la région autonome Zhuang du Guangxi, a reçu jeudi une délégation du district "
                         "vietnamien de Cao Loc.", "fr")
    assert {(e.cls, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events} \
        == {("Meeting", frozenset({"place/pingxiang"})), ("Visit", frozenset({"place/pingxiang"}))}


@pytest.mark.parametrize("lang, text", [
    ("de", "Zum vierten turnusmäßigen Treffen kamen die Delegationen der Provinz Dien Bien und der Stadt Mengzi am Dienstag "
           "in der Provinz Dien Bien zusammen."),
    ("sv", "Delegationer från provinsen Dien Bien och staden Mengzi höll i tisdags sitt fjärde ordinarie möte i Dien Bien."),
    ("en", "Delegations of Dien Bien province and Mengzi city held their fourth routine meeting in Dien Bien on Tuesday."),
])
def test_an_adjective_of_regularity_between_an_ordinal_and_its_word(extractor, lang, text) -> None:
    """"vierten turnusmäßigen Treffen", "fjärde ordinarie möte": the meeting is the fourth."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.ordinal) for e in ex.events} == {("Meeting", 4)}


@pytest.mark.parametrize("lang, text, side", [
    ("de", "Pingxiang, 10. Mai (VNA) – In Pingxiang ist am Mittwoch die 12. Handelsmesse China – Vietnam eröffnet worden. "
           "Die Messe, die die Volksregierung der Stadt Pingxiang und das Volkskomitee der Provinz Lang Son gemeinsam "
           "veranstalten, dauert bis zum 14. Mai.", "org/lang-son/peoples-committee"),
    ("ar", "لاو كاي (فنا) - افتُتح مساء الأربعاء في مدينة لاو كاي معرض فيتنام - الصين الدولي للتجارة. وتنظم المعرض اللجنة "
           "الشعبية لمقاطعة لاو كاي بالتعاون مع الحكومة الشعبية لمقاطعة يوننان الصينية.", "org/yunnan/peoples-government"),
    ("vi", "Lạng Sơn (TTXVN) – Hội chợ Thương mại quốc tế Việt – Trung (Lạng Sơn) năm 2024 khai mạc ngày 8/5 tại thành phố "
           "Lạng Sơn. Hội chợ do UBND tỉnh Lạng Sơn phối hợp với Sở Thương mại Khu tự trị dân tộc Choang Quảng Tây tổ chức.",
     "org/guangxi/department-commerce"),
])
def test_the_organisers_of_a_fair_told_before_or_around_their_verb_take_part(extractor, lang, text, side) -> None:
    """"die X und Y gemeinsam veranstalten", "وتنظم المعرض X بالتعاون مع Y", "do X phối hợp với Y tổ chức"."""
    ex = read(extractor, text, lang)
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert side in {p.removeprefix(BKR) for p in fair.participants}


@pytest.mark.parametrize("lang, text", [
    ("es", "Lao Cai, 10 may (VNA) – La vigésima tercera edición de la Feria Comercial Internacional Vietnam-China se "
           "inauguró este miércoles en la ciudad de Lao Cai."),
    ("sv", "Mong Cai, 10 maj (VNA) – Den 23:e internationella handelsmässan Vietnam–Kina öppnades på onsdagen i staden "
           "Mong Cai."),
    ("de", "Pingxiang, 10. Mai (VNA) – In Pingxiang ist am Mittwoch die 23. Handels- und Tourismusmesse China – Vietnam "
           "eröffnet worden."),
    ("ar", "لاو كاي (فنا) - افتُتح مساء الأربعاء في مدينة لاو كاي معرض فيتنام - الصين الدولي للتجارة في دورته الثالثة "
           "والعشرين، الذي يستمر خمسة أيام."),
])
def test_a_fair_s_edition_in_every_written_form(extractor, lang, text) -> None:
    """"vigésima tercera" is 23 (not "tercera"), "23:e internationella handelsmässan", "23. Handels- und
    Tourismusmesse", "في دورته الثالثة والعشرين" after the fair's name: the 23rd fair."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.ordinal) for e in ex.events} == {("Exhibition", 23)}


def test_a_vietnamese_edition_phrase_is_read_whole(extractor) -> None:
    """"lần thứ ba" is the third, though "thứ ba" alone is a Tuesday."""
    ex = read(extractor, "Ngày 7/5, tại thành phố Lào Cai, tỉnh Lào Cai và châu Hồng Hà tổ chức Hội nghị lần thứ ba.", "vi")
    assert any(e.date == "2024-05-07" and e.ordinal == 3 for e in ex.events)


def test_a_signing_at_the_end_of_the_talks_is_at_the_talks_not_at_a_side_event_told_later(extractor) -> None:
    """"Zum Abschluss der Gespräche": the talks' day, place and sides, though a reception of the evening
    before is told in between, and though the signers are only "the five secretaries"."""
    ex = read(extractor, "Hekou, 9. Mai (CRI) – Die Parteisekretäre von Yunnan und Lao Cai haben am Mittwoch in der "
                         "Stadt Hekou Gespräche geführt. Bereits am Dienstagabend hatte der Bürgermeister von Hekou "
                         "die Gäste empfangen. Zum Abschluss der Gespräche unterzeichneten die beiden Parteisekretäre "
                         "ein gemeinsames Protokoll.", "de")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert signing.date == "2024-05-08"
    assert {p.removeprefix(BKR) for p in signing.locations} == {"place/hekou"}
    assert {"place/yunnan", "place/lao-cai"} <= {p.removeprefix(BKR) for p in signing.participants}


def test_a_year_before_a_verb_does_not_count_it(extractor) -> None:
    """"Am 7. Mai 2024 trafen sich ...": the year dates the meeting; it is no tally of 2024 meetings."""
    ex = read(extractor, "Am 7. Mai 2024 trafen sich die Vorsitzenden von Lao Cai und Yunnan in Kunming.", "de")
    assert ("Meeting", "2024-05-07", frozenset({"place/kunming"})) in told(ex)


def test_a_count_of_the_next_sentence_tallies_none_of_this_one(extractor) -> None:
    """"… was officially opened. Quang Ninh has so far signed 26 agreements …": the count tallies the signings of its
    own sentence, not the opening told just before it."""
    ex = read(extractor, "Title\n\nOn April 25, the Hoanh Mo – Dongzhong border gate pair linking Quang Ninh and Guangxi "
                         "was officially opened.\n\nQuang Ninh has so far signed 26 provincial-level agreements with "
                         "Chinese localities.", "en")
    assert [(e.cls, e.date) for e in ex.events] == [("Event", "2024-04-25")]


def test_a_clause_of_another_time_does_not_place_the_event(extractor) -> None:
    """"…; la segunda se había celebrado en marzo en Lao Cai": that clause places the second session only."""
    ex = read(extractor, "El 7 de mayo, Lao Cai y Honghe celebraron la tercera reunión de su grupo de trabajo conjunto; "
                         "la segunda se había celebrado en marzo de 2023 en la ciudad de Lao Cai.", "es")
    third = next(e for e in ex.events if e.date == "2024-05-07")
    assert "place/lao-cai-city" not in {p.removeprefix(BKR) for p in third.locations}


def test_what_a_visit_brings_about_happens_where_the_visit_went(extractor) -> None:
    """The place the visit went to, verb-final ("die Stadt Wenshan in der Provinz Yunnan besucht"), places the
    talks of its days, and the guests' reception is no second visit."""
    ex = read(extractor, "Eine Delegation der Provinz Ha Giang hat vom 6. bis 8. Mai die Stadt Wenshan in der Provinz "
                         "Yunnan besucht. Am Dienstag wurden die Gäste vom Bürgermeister von Wenshan empfangen. "
                         "Anschließend führten sie Gespräche mit der Volksregierung der Stadt Wenshan.", "de")
    visits = {(e.iri, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events if e.cls == "Visit"}
    assert [(day, places) for _, day, places in visits] == [("2024-05-06", frozenset({"place/wenshan-city"}))]
    assert all(e.locations for e in ex.events)


def test_a_place_a_side_belongs_to_does_not_place_the_event(extractor) -> None:
    """"Dongxing, som hör till staden Fangchenggang": Fangchenggang says where Dongxing lies; the dateline's
    province holds the receiving city, so the reception was there."""
    ex = read(extractor, "Quang Ninh, 9 maj (VNA) – Staden Mong Cai i Quang Ninh tog på onsdagen emot en delegation från "
                         "staden Dongxing, som hör till staden Fangchenggang i Guangxi.", "sv")
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in meeting.locations} == {"place/mong-cai"}


def test_an_event_word_dated_only_to_a_year_is_activity_in_general(extractor) -> None:
    """"Năm 2023, hai bên đã tổ chức nhiều hoạt động giao lưu": no one event is told."""
    ex = read(extractor, "Năm 2023, huyện Bát Xát và huyện Kim Bình đã tổ chức nhiều hoạt động giao lưu văn hóa.", "vi")
    assert not ex.events


def test_a_signing_after_a_long_subject(extractor) -> None:
    """The thing signed may follow a long subject in the verb's own clause (verb-subject-object)."""
    ex = read(extractor, "وفي يوم 8 مايو، وقعت اللجنة الشعبية لمقاطعة لاو كاي والحكومة الشعبية لمقاطعة يوننان الصينية "
                         "مذكرة تفاهم بشأن التعاون في مجال السياحة.", "ar")
    assert any(e.cls == "Signing" and e.date == "2024-05-08" for e in ex.events)


def test_a_sentence_about_the_meeting_may_tell_an_earlier_visit(extractor) -> None:
    """"Mötet följde på ett besök i april av en delegation från Hekou": the visit is an event of its own."""
    ex = read(extractor, "Den 7 maj möttes företrädare för Lao Cai och Hekou i staden Lao Cai. Mötet följde på ett besök "
                         "i april av en delegation från Hekou.", "sv")
    assert {(e.cls, e.date) for e in ex.events} >= {("Meeting", "2024-05-07"), ("Visit", "2024-04")}


def test_an_edition_dated_by_its_own_month_keeps_it(extractor) -> None:
    """"Tại hội nghị, … tại Hội nghị lần thứ hai, tổ chức hồi tháng 3/2023": the second keeps its month."""
    ex = read(extractor, "Ngày 7/5, tại thành phố Lào Cai, tỉnh Lào Cai và châu Hồng Hà tổ chức Hội nghị lần thứ ba. Tại hội "
                         "nghị, hai bên đánh giá kết quả đã thống nhất tại Hội nghị lần thứ hai, tổ chức hồi tháng 3/2023 "
                         "tại thành phố Mông Tự.", "vi")
    assert any(e.ordinal == 2 and e.date == "2023-03" for e in ex.events)


def test_a_side_named_by_its_country_is_that_side_of_the_event_told_before(extractor) -> None:
    """"den kinesiska delegationen": the Chinese side of the talks the article told first."""
    ex = read(extractor, "Lao Cai, 9 maj (VNA) – Delegationer från distriktet Bat Xat och häradet Jinping höll på onsdagen "
                         "samtal i staden Lao Cai. Handeln via gränsövergången ökade med 12 procent. Före samtalen hade "
                         "den kinesiska delegationen tagits emot av Nguyen Van Binh, ordförande för folkkommittén i Lao Cai.", "sv")
    reception = next(e for e in ex.events if e.cls == "Meeting" and e.mention.text.startswith("Före"))
    assert "place/jinping" in {p.removeprefix(BKR) for p in reception.participants}


def test_a_side_named_by_its_country_is_of_a_dated_event_not_of_an_activity_told_undated(extractor) -> None:
    """"les invités chinois": the Chinese side of the signing told to the day, not of the exchange of information
    the agreement provides for; named by their country, the guests are not the hosts' other sides either."""
    ex = read(extractor, "Lao Cai, 9 mai (VNA) – Le district de Bat Xat et le district de Hekou ont signé mercredi un "
                         "mémorandum de coopération à Lao Cai. Le document prévoit l'échange d'informations avec la "
                         "préfecture de Honghe et la province du Yunnan. Mardi, le président du Comité populaire de Lao "
                         "Cai, Nguyen Van Binh, avait reçu les invités chinois.", "fr", date="2024-05-10")
    reception = next(e for e in ex.events if e.cls == "Meeting")
    sides = {p.removeprefix(BKR) for p in reception.participants}
    assert "place/hekou" in sides and not sides & {"place/honghe", "place/yunnan", "place/bat-xat"}


@pytest.mark.parametrize("lang, text", [
    ("sv", "Lao Cai, 14 aug (VNA) – Tullen i Lao Cai och dess kinesiska motsvarighet i Hekou höll i tisdags ett möte i "
           "staden Lao Cai."),
    ("de", "Lao Cai, 14. August (VNA) – Die Zollbehörde in Lao Cai und ihre chinesischen Kollegen in Hekou hielten am "
           "Dienstag ein Treffen in der Stadt Lao Cai ab."),
])
def test_a_place_of_the_other_country_after_a_venue_word_is_a_side(extractor, lang, text) -> None:
    """An event is held in one country: Hekou, named with "i"/"in" like the venue, is the other side."""
    ex = read(extractor, text, lang, date="2024-08-16")
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in meeting.locations} == {"place/lao-cai-city"}
    assert "place/hekou" in {p.removeprefix(BKR) for p in meeting.participants}


def test_a_joint_inspection_in_swedish_wire_copy_is_where_the_dateline_says(extractor) -> None:
    """"LAI CHAU 10 maj (VNA) …" (a wire dateline with no dash), "gemensamma granskning av gränsen" (an inspection is an
    event), and "utrikesbyrån … i den kinesiska prefekturen Honghe": where that body is, not where it happened."""
    ex = read(extractor, "Lai Chau och Honghe inspekterade gränsen\n\nLAI CHAU 10 maj (VNA) Utrikesdepartementet i den "
                         "vietnamesiska gränsprovinsen Lai Chau och utrikesbyrån vid folkregeringen i den kinesiska "
                         "prefekturen Honghe genomförde i går årets gemensamma granskning av gränsen.", "sv")
    assert {(e.cls, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events} \
        == {("Event", "2024-05-09", frozenset({"place/lai-chau"}))}


def test_the_two_bodies_are_the_sides_of_the_event_told_before(extractor) -> None:
    """"ambos organismos": like "both sides", the sides of the exchange told before, not the one person named between."""
    ex = read(extractor, "Lang Son, 4 mar (VNA) – Canciones y danzas llenaron el pasado viernes un programa de intercambio "
                         "artístico que el Departamento de Cultura de la provincia de Lang Son organizó con artistas de "
                         "Pingxiang. Huang Meilan, directora adjunta de la Oficina de Cultura de Pingxiang, encabezó la "
                         "delegación china. El intercambio se enmarca en el memorando de cooperación que ambos organismos "
                         "firmaron en noviembre de 2023 en Pingxiang.", "es", date="2024-03-04")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert "place/lang-son" in {p.removeprefix(BKR) for p in signing.participants}


def test_the_guests_are_the_visiting_side(extractor) -> None:
    """"die Gäste": the side whose visit was told before, not the place it went to; the reception is no
    second visit."""
    ex = read(extractor, "Eine Delegation der Provinz Lai Chau hat am 6. Mai die Stadt Honghe besucht. Der Handel wuchs um "
                         "12 Prozent. Am Dienstag wurden die Gäste von Li Ming, Bürgermeister der Stadt Honghe, empfangen.", "de")
    reception = next(e for e in ex.events if e.cls == "Meeting")
    assert "place/lai-chau" in {p.removeprefix(BKR) for p in reception.participants}
    assert len({e.iri for e in ex.events if e.cls == "Visit"}) == 1


def test_what_both_sides_sign_is_signed_at_the_talks_not_at_a_patrol_told_between(extractor) -> None:
    ex = read(extractor, "El 8 de mayo, el distrito de Bat Xat y el condado de Jinping celebraron conversaciones en la ciudad "
                         "de Lao Cai. La víspera, una patrulla conjunta de la estación fronteriza de Bat Xat y la estación "
                         "de Jinping recorrió la frontera. Ambas partes firmaron un acta de cooperación.", "es")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert signing.date == "2024-05-08"
    assert {"place/bat-xat", "place/jinping"} <= {p.removeprefix(BKR) for p in signing.participants}


def test_an_event_word_after_the_article_is_the_event_told(extractor) -> None:
    """"…, the station's commander told the meeting": no second meeting in May."""
    ex = read(extractor, "On May 8, leaders of Bat Xat district held talks with a delegation from Jinping county in Bat Xat "
                         "township. Last March, the two districts signed a memorandum of understanding in Jinping on the "
                         "border market, the commander of the border guard station told the meeting.", "en")
    assert not any(e.cls == "Meeting" and e.date == "2024-03" for e in ex.events)


def test_a_visit_told_without_a_place_went_where_its_talks_were(extractor) -> None:
    """"Chuyến thăm … diễn ra từ ngày 6 đến 8/5": the visit of the delegation that held talks in Mông Tự on the 7th."""
    ex = read(extractor, "Ngày 7/5, tại thành phố Mông Tự, đoàn đại biểu tỉnh Lào Cai đã hội đàm với lãnh đạo châu Hồng Hà. "
                         "Chuyến thăm và làm việc diễn ra từ ngày 6 đến 8/5.", "vi")
    visit = next(e for e in ex.events if e.cls == "Visit")
    assert visit.date == "2024-05-06" and visit.locations


def test_a_bare_year_after_the_event_word_names_the_edition(extractor) -> None:
    """"the trade week … 2024 in Hekou" is an event of 2024; "in 2023, exchanges deepened" is not one."""
    ex = read(extractor, "The Vietnam-China trade promotion week 2024 opened in Hekou. In 2023, cultural exchanges between "
                         "Lao Cai and Honghe deepened.", "en")
    assert {(e.cls, e.date) for e in ex.events} == {("Exhibition", "2024")}


def test_a_lexicon_name_with_its_dash_written_otherwise(extractor) -> None:
    """The lexicon's "Vietnam - China International Trade Fair" is the "Vietnam-China International Trade Fair"."""
    ex = read(extractor, "The 23rd Vietnam-China International Trade Fair opened in Lao Cai city on May 8.", "en")
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert (fair.mechanism or "").endswith("mechanism/lao-cai-hekou-fair") and fair.ordinal == 23


@pytest.mark.parametrize("lang, text", [
    ("vi", "Lào Cai (TTXVN) – Ngày 8/5, tại thành phố Lào Cai, Nhóm công tác liên hợp về hợp tác kinh tế, thương mại giữa tỉnh "
           "Lào Cai (Việt Nam) và tỉnh Vân Nam (Trung Quốc) đã tổ chức Hội nghị lần thứ năm."),
    ("en", "Lao Cai (VNA) – On May 8, the Joint Working Group on economic and trade cooperation between Lao Cai province of "
           "Vietnam and Yunnan province of China held its fifth meeting in Lao Cai city."),
])
def test_a_numbered_session_is_of_the_one_mechanism_its_sentence_names(extractor, lang, text) -> None:
    """However long its subject: one event, the group's fifth session, not a session and a mention of the group."""
    ex = read(extractor, text, lang)
    assert len({e.iri for e in ex.events}) == 1
    assert {(e.cls, e.ordinal, e.mechanism is not None) for e in ex.events} == {("Meeting", 5, True)}


@pytest.mark.parametrize("lang, text", [
    ("vi", "Lai Châu (TTXVN) – Sáng 8/5, Hội nghị thường niên lần thứ 5 giữa Bí thư Tỉnh ủy các tỉnh Lai Châu, Lào Cai, Điện "
           "Biên và Bí thư Tỉnh ủy Vân Nam đã diễn ra tại tỉnh Lai Châu. Cùng dịp, các bên tổ chức Phiên họp lần thứ 11 "
           "Nhóm công tác liên hợp giữa các tỉnh biên giới."),
    ("en", "Lai Chau (VNA) – The fifth annual conference of the Party secretaries of Lai Chau, Lao Cai, Dien Bien and Yunnan "
           "took place in Lai Chau on May 8. On the same occasion, the sides held the 11th meeting of the Joint Working Group."),
])
def test_an_edition_of_another_series_on_the_same_occasion_is_no_edition_of_the_first(extractor, lang, text) -> None:
    """"Cùng dịp", "on the same occasion": the same day; two editions of one series are not held the same day, so the
    fifth conference is not the working group's."""
    ex = read(extractor, text, lang)
    assert {(e.date, e.ordinal) for e in ex.events} == {("2024-05-08", 5), ("2024-05-08", 11)}
    fifth = next(e for e in ex.events if e.ordinal == 5)
    assert not (fifth.mechanism or "").endswith("joint-working-group-yunnan")


def test_a_working_group_on_a_topic_is_its_own_mechanism_not_the_yunnan_one(extractor) -> None:
    """"Nhóm công tác liên hợp về hợp tác du lịch …" of Lang Son and Chongzuo: a working group of its own
    ("hợp tác" is no stop word though "họp" folds alike), whose sessions are Meetings."""
    ex = read(extractor, "Sáng 7/5, hai bên đã tổ chức Hội nghị lần thứ ba Nhóm công tác liên hợp về hợp tác thương mại "
                         "biên giới giữa tỉnh Lạng Sơn và thành phố Sùng Tả.", "vi")
    session = next(e for e in ex.events if e.ordinal == 3)
    assert session.cls == "Meeting" and "/mechanism/x-" in (session.mechanism or "")


def test_the_bare_joint_working_group_is_the_yunnan_one_where_its_members_are_named(extractor) -> None:
    ex = read(extractor, "On May 7, Lao Cai, Lai Chau and Yunnan held the 12th meeting of the Joint Working Group in "
                         "Kunming.", "en")
    session = next(e for e in ex.events if e.ordinal == 12)
    assert (session.mechanism or "").endswith("/mechanism/joint-working-group-yunnan")


@pytest.mark.parametrize("lang, text", [
    ("en", "On May 7, Lao Cai and Yunnan held the 12th meeting of their Joint Working Group in Kunming."),
    ("de", "Am 7. Mai hielten Lao Cai und Honghe in Mengzi die 12. Sitzung ihrer Gemeinsamen Arbeitsgruppe ab."),
])
def test_a_working_group_of_two_sides_is_not_the_four_provinces_one(extractor, lang, text) -> None:
    """Lao Cai and Yunnan, Lao Cai and Honghe have working groups of their own: two sides named do not make the bare
    name the four provinces' group, and a session of a working group told as a meeting is a Meeting."""
    session = next(e for e in read(extractor, text, lang).events if e.ordinal == 12)
    assert session.cls == "Meeting"
    assert not (session.mechanism or "").endswith("/mechanism/joint-working-group-yunnan")

@pytest.mark.parametrize("lang, text", [
    ("zh", "3月8日，红河州与越南老街省联合工作委员会第五次会议在河口县举行。"),
    ("en", "The fifth meeting of the Joint Working Committee of Honghe prefecture and Lao Cai province took place in Hekou "
           "on March 8."),
    ("ar", "وكانت الدورة الخامسة للجنة العمل المشتركة بين مقاطعة لاو كاي ومحافظة هونغخه قد عقدت في مدينة خأكو في مارس."),
])
def test_a_joint_working_committee_of_other_sides_is_not_the_guangxi_one(extractor, lang, text) -> None:
    """Honghe and Lao Cai are no members of the Guangxi committee: theirs is a committee of its own, minted from its
    name, and its session is a committee's: a Conference."""
    ex = read(extractor, text, lang)
    session = next(e for e in ex.events if e.ordinal == 5)
    assert session.cls == "Conference" and "/mechanism/x-" in (session.mechanism or "")


def test_the_bare_joint_working_committee_is_the_guangxi_one_where_its_members_are_named(extractor) -> None:
    ex = read(extractor, "On February 28, Guangxi and Lang Son held the 15th conference of the Joint Working Committee in "
                         "Nanning.", "en")
    session = next(e for e in ex.events if e.ordinal == 15)
    assert (session.mechanism or "").endswith("/mechanism/joint-working-committee")


@pytest.mark.parametrize("lang, text", [
    ("en", "On May 7, Lao Cai, Dien Bien and Yunnan held the 12th meeting of the Joint Working Group in Kunming."),
    ("ar", "عقدت مقاطعات لاو كاي وديان بيان ويوننان يوم 7 مايو الاجتماع الثاني عشر لفريق العمل المشترك في كونمينغ."),
    ("sv", "Lao Cai, Dien Bien och Yunnan höll den 7 maj den tolfte konferensen i den gemensamma arbetsgruppen i Kunming."),
    ("fr", "Le 7 mai, Lao Cai, Dien Bien et le Yunnan ont tenu à Kunming la 12e réunion du Groupe de travail conjoint."),
])
def test_a_session_of_the_yunnan_working_group_is_a_conference(extractor, lang, text) -> None:
    """The four provinces' working group with Yunnan is the Guangxi committee's counterpart (`committee_mechanisms`):
    its yearly session is a Conference, whether told as a meeting or a conference."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.ordinal) for e in ex.events if e.ordinal == 12} == {("Conference", 12)}
    assert all((e.mechanism or "").endswith("/joint-working-group-yunnan") for e in ex.events if e.ordinal == 12)


@pytest.mark.parametrize("lang, text", [
    ("en", "On May 8, a friendly football tournament between young people of Bat Xat district and Jinping county opened in Bat Xat."),
    ("de", "Am 8. Mai wurde in Bat Xat ein freundschaftliches Fußballturnier zwischen Jugendlichen aus Bat Xat und Jinping eröffnet."),
    ("fr", "Le 8 mai, un tournoi amical de football entre les jeunes du district de Bat Xat et du district de Jinping s'est ouvert à Bat Xat."),
])
def test_a_tournament_between_the_two_sides_is_a_sports_exchange(extractor, lang, text) -> None:
    """CONTRACT: a cultural, sports or people-to-people exchange is a bk:Exchange."""
    assert {(e.cls, e.date) for e in read(extractor, text, lang).events} == {("Exchange", "2024-05-08")}


@pytest.mark.parametrize("lang, text", [
    ("sv", "Cao Bang, 10 maj (VNA) – Företrädare för provinsen Cao Bang och staden Baise förhandlade på onsdagen om "
           "samarbetet kring gränsportarna."),
    ("de", "Cao Bang, 10. Mai (VNA) – Vertreter der Provinz Cao Bang und der Stadt Baise verhandelten am Mittwoch über die "
           "Zusammenarbeit an den Grenzübergängen."),
    ("es", "Cao Bang, 10 may (VNA) – Representantes de la provincia de Cao Bang y de la ciudad de Baise negociaron el "
           "miércoles sobre la cooperación en los pasos fronterizos."),
])
def test_negotiations_are_talks(extractor, lang, text) -> None:
    """"förhandlade", "verhandelten", "negociaron": the two sides held talks that day."""
    assert {(e.cls, e.date) for e in read(extractor, text, lang).events} == {("Meeting", "2024-05-08")}


@pytest.mark.parametrize("lang, text, cls", [
    ("zh", "本报昆明5月9日讯 8日，越南老街、河江、莱州、奠边四省省委书记与云南省委书记年度会晤第四次会晤在昆明举行。", "Meeting"),
    ("vi", "Côn Minh (TTXVN) – Ngày 8/5, Hội nghị lần thứ tư giữa Bí thư Tỉnh ủy bốn tỉnh Lào Cai, Hà Giang, Lai Châu, Điện "
           "Biên và Bí thư Tỉnh ủy Vân Nam đã diễn ra tại Côn Minh.", "Conference"),
])
def test_the_party_secretaries_yearly_meeting_is_of_the_class_its_word_says(extractor, lang, text, cls) -> None:
    """Only a committee's session is a Conference whatever its word (CONTRACT); the Party secretaries' yearly
    conference with Yunnan, told as a "会晤" (a meeting of leaders), is a Meeting."""
    assert {(e.cls, e.ordinal) for e in read(extractor, text, lang).events} == {(cls, 4)}


def test_a_themed_year_is_the_frame_of_events_not_one(extractor) -> None:
    """Talks "in the framework of the Year of … Exchange" are talks; the year is no exchange of its own."""
    ex = read(extractor, "On May 7, leaders of Lao Cai and Honghe met in Hekou in the framework of the Year of "
                         "China-Vietnam Humanistic Exchange.", "en")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2024-05-07")}


def test_a_year_told_in_passing_during_a_visit_is_not_dated_by_the_visit(extractor) -> None:
    """"… will continue in 2025 their exchanges": activity in general, though a visit of those days is told."""
    ex = read(extractor, "On May 7, a delegation of Wenshan paid a working visit to Ha Giang. Wenshan and Ha Giang will "
                         "continue in 2024 their exchanges of experience.", "en")
    assert not any(e.cls == "Exchange" for e in ex.events)


def test_the_organisers_are_the_sides_of_the_event(extractor) -> None:
    """"The three-day event is jointly organised by …": the sentence names no event word of its own."""
    ex = read(extractor, "The 10th Vietnam-China Border Trade Fair opened in Mong Cai city on May 7. The three-day event is "
                         "jointly organised by the People's Committee of Quang Ninh and the People's Government of Dongxing.", "en")
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert any("dongxing" in p for p in fair.participants)


def test_the_border_peoples_festival_is_an_exchange(extractor) -> None:
    """A festival of the border peoples is a people-to-people exchange (the contract's bk:Exchange)."""
    ex = read(extractor, "On May 7, Lao Cai and Hekou held the Vietnam-China Border People's Festival in Hekou.", "en")
    assert any(e.cls == "Exchange" and e.date == "2024-05-07" for e in ex.events)


def test_a_visit_went_where_its_talks_were_though_only_the_headline_places_them(extractor) -> None:
    """The talks are placed by the headline (merged after the sentences are read); the delegation's visit
    received the evening before went there."""
    ex = read(extractor, "Frühlingstreffen in Kunming: Lao Cai und Yunnan wollen Grenzhandel ausbauen\n\nDie Parteisekretäre "
                         "von Lao Cai und Yunnan haben am Dienstag ihr Frühlingstreffen abgehalten. Bereits am Montagabend hatte "
                         "Wang Ning, Vorsitzender der Volksregierung von Yunnan, die vietnamesische Delegation empfangen.", "de",
              date="2024-05-08")
    visit = next(e for e in ex.events if e.cls == "Visit")
    assert {p.removeprefix(BKR) for p in visit.locations} == {"place/kunming"}


def test_a_reception_told_in_a_compound_tense(extractor) -> None:
    """"había recibido a la delegación": a reception, as "recibió" is."""
    ex = read(extractor, "El 7 de mayo, Doan Thu Ha, vicepresidenta del Comité Popular de Lang Son, había recibido a la "
                         "delegación de Chongzuo.", "es")
    assert any(e.cls == "Meeting" and e.date == "2024-05-07" for e in ex.events)


def test_a_gate_named_with_the_other_swedish_word_for_border_gate(extractor) -> None:
    """The lexicon writes "gränsporten Tan Thanh"; "gränsövergången Tan Thanh" is the same gate (label_synonyms)."""
    ex = read(extractor, "Företrädare för Lang Son och Pingxiang möttes i går vid gränsövergången Tan Thanh.", "sv")
    assert any(e.iri.endswith("/gate/tan-thanh") for e in ex.entities)


def test_a_day_range_before_the_event_word_is_its_date_not_a_count_or_an_edition(extractor) -> None:
    """"The April 14-15 visit", "the May 7 talks": days, not 15 visits or the 7th talks."""
    ex = read(extractor, "The April 14-15 visit of General Secretary Xi Jinping to Hanoi opened a new chapter.", "en")
    assert [(e.cls, e.date, e.ordinal) for e in ex.events] == [("Visit", "2024-04-14", None)]
    ex = read(extractor, "The May 7 talks between Lao Cai and Yunnan were held in Kunming.", "en")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Meeting", "2024-05-07", None)}


def test_launching_something_new_is_an_event(extractor) -> None:
    """"ont lancé un circuit touristique": the launch is an event of its month."""
    ex = read(extractor, "Le mois dernier, Lao Cai et Hekou ont lancé un circuit touristique transfrontalier.", "fr")
    assert any(e.cls == "Event" and e.date == "2024-04" for e in ex.events)


def test_a_declaration_of_intent_signed_in_a_relative_clause(extractor) -> None:
    """"إعلان النوايا الذي وقعته المدينتان في نوفمبر الماضي": a signing of last November (the verb carries its
    object as a pronoun; a declaration of intent is an agreement)."""
    ex = read(extractor, "وتأتي هذه الخطوة تنفيذاً لإعلان النوايا الذي وقعته مدينة مونغ كاي ومدينة دونغشينغ في "
                         "نوفمبر/تشرين الثاني الماضي في دونغشينغ.", "ar")
    assert any(e.cls == "Signing" and e.date == "2023-11" for e in ex.events)


def test_a_delegation_after_a_venue_word_is_a_side_not_a_place(extractor) -> None:
    """"recibió en Thanh Thuy a una delegación de Wenshan": Spanish "a" marks the object, and after it
    a group noun makes Wenshan the visitors' side; the reception was in Lao Cai."""
    ex = read(extractor, "El 8 de mayo, el presidente del Comité Popular de la provincia de Lao Cai recibió en la ciudad "
                         "de Lao Cai a una delegación de la prefectura de Wenshan, encabezada por su vicegobernador.", "es")
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in meeting.locations} == {"place/lao-cai-city"}
    assert BKR + "place/wenshan" in meeting.participants


def test_guests_received_at_an_event_told_before_make_no_visit_of_their_own(extractor) -> None:
    """"Sau lễ khai mạc, … tiếp đoàn …": the guests came for the opening; their reception is a meeting."""
    ex = read(extractor, "Ngày 8/5, tỉnh Hà Giang tổ chức lễ khai mạc Lễ hội văn hóa biên giới tại thị trấn Đồng Văn. "
                         "Sau lễ khai mạc, Chủ tịch UBND tỉnh Hà Giang đã tiếp đoàn đại biểu châu Văn Sơn.", "vi")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)
    assert not any(e.cls == "Visit" for e in ex.events)


def test_another_edition_dated_in_a_sentence_about_the_told_event_is_an_event_of_its_own(extractor) -> None:
    """"The talks reviewed … since the 3rd talks held last November": the 3rd talks are their own
    event, and their number is not the told talks' number."""
    ex = read(extractor, "On May 8, Lang Son and Chongzuo held talks in Pingxiang. The talks reviewed the results "
                         "achieved since the 3rd talks held last November in Lang Son city.", "en")
    assert {(e.date, e.ordinal) for e in ex.events if e.cls == "Meeting"} == {("2024-05-08", None), ("2023-11", 3)}
    third = next(e for e in ex.events if e.ordinal == 3)
    assert {p.removeprefix(BKR) for p in third.locations} == {"place/lang-son-city"}


def test_a_definite_meeting_word_in_a_sentence_about_the_talks_is_those_talks(extractor) -> None:
    """"At the talks, the governor said the meeting …": "the meeting" is the talks the sentence refers to, not
    another meeting of the countries it names."""
    ex = read(extractor, "On May 8, leaders of Lao Cai province and Honghe prefecture held talks in Hekou. At the talks, "
                         "the governor said the meeting came as ties between Vietnam and China keep deepening.", "en")
    assert {(e.iri, e.date) for e in ex.events if e.cls == "Meeting"} == {(ex.events[0].iri, "2024-05-08")}


def test_an_undated_reception_has_the_day_of_the_talks_it_merged_into_not_of_an_older_visit(extractor) -> None:
    """A reception told undated after the dated talks is of the talks' day: the delegation's visit is no part of
    a visit of other days the article recalls later ("the March 3-4 visit of …")."""
    ex = read(extractor, "Ha Giang (VNA) – Officials of Ha Giang province and of Wenshan prefecture held talks on trade at "
                         "the Thanh Thuy border gate on May 8. The Ha Giang Department of Foreign Affairs welcomed the "
                         "working delegation of the Foreign Affairs Office of the Wenshan Prefecture People's Government "
                         "at the gate. The director recalled the March 3-4 visit of Prime Minister Pham Minh Chinh to China.",
              "en")
    visits = {e.date: {p.removeprefix(BKR) for p in e.participants} for e in ex.events if e.cls == "Visit"}
    assert set(visits) == {"2024-05-08", "2024-03-03"}
    # (the Prime Minister's government is a side of his visit; the bodies of the talks told before are not)
    assert not {p for p in visits["2024-03-03"] if p.startswith(("org/ha-giang", "org/wenshan"))}


def test_an_event_word_after_a_demonstrative_is_the_event_told(extractor) -> None:
    """"本届博览会", "这一博览会": this edition of the fair is the fair told, whatever date its sentence gives
    (the span of its days, or the day of something else the sentence recalls)."""
    ex = read(extractor, "5月8日，第十五届中国-东盟博览会在南宁开幕。本届博览会为期5天，从5月8日持续至12日。"
                         "这是3月1日新展馆落成之后首次举办这一博览会。", "zh")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Exhibition", "2024-05-08", 15)}


def test_a_telling_naming_no_mechanism_on_the_day_of_its_one_edition_is_that_edition(extractor) -> None:
    """"5月9日，博览会现场…": the fair of that day is the edition the article tells on that day."""
    ex = read(extractor, "5月9日，第十五届中国-东盟博览会在南宁开幕。5月9日，博览会现场吸引了大批采购商。", "zh")
    assert {(e.cls, e.date, e.mechanism) for e in ex.events} == \
        {("Exhibition", "2024-05-09", BKR + "mechanism/china-asean-expo")}


def test_an_event_at_a_gate_pair_is_at_both_gates(extractor) -> None:
    """"at the Chi Ma (Vietnam) – Aidian (China) border gate pair": the dash joins the pair, past the
    brackets that only say which country each gate is in."""
    ex = read(extractor, "Lang Son (VNA) – Lang Son and Ningming held talks on May 8. The same afternoon, the two "
                         "sides held a ceremony for a new fruit lane at the Chi Ma (Vietnam) – Aidian (China) border gate pair.", "en")
    assert ("Event", "2024-05-08", frozenset({"gate/chi-ma", "gate/aidian"})) in told(ex)


def test_a_year_set_off_by_commas_heads_its_own_clause(extractor) -> None:
    """"Tại buổi hội đàm, ông … cho biết, năm 2023, kim ngạch …": the year dates the trade figure, it
    does not name a talks of 2023."""
    ex = read(extractor, "Ngày 8/5, lãnh đạo huyện Bát Xát đã hội đàm với đoàn huyện Kim Bình tại thị trấn Bát Xát. "
                         "Báo cáo tại buổi hội đàm cho biết, năm 2023, kim ngạch thương mại qua biên giới đạt 90 triệu USD.", "vi")
    assert {e.date for e in ex.events if e.cls == "Meeting"} == {"2024-05-08"}


def test_talks_placed_but_not_dated_are_held_with_the_visitors_on_their_day(extractor) -> None:
    """"Tiếp và hội đàm với đoàn tại trụ sở UBND huyện …": the talks of a visit told to the day."""
    ex = read(extractor, "Ngày 8/5, đoàn công tác huyện Kim Bình (Trung Quốc) đã sang thăm và làm việc tại huyện Bát Xát. "
                         "Tiếp và hội đàm với đoàn tại trụ sở UBND huyện ở thị trấn Bát Xát có ông Nguyễn Văn Hùng, "
                         "Chủ tịch UBND huyện Bát Xát.", "vi")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert talks.date == "2024-05-08"
    assert BKR + "place/jinping" in talks.participants


def test_a_county_seat_named_after_its_county_is_where_the_event_was(extractor) -> None:
    """"在河口县城河口镇举行": 县城 (the county seat) links the county to its town, the most specific place."""
    ex = read(extractor, "新闻\n5月8日，河口县与越南巴刹县第二次会谈在河口县城河口镇举行。", "zh")
    assert ("Meeting", "2024-05-08", frozenset({"place/hekou-town"})) in told(ex)
    assert BKR + "place/bat-xat" in next(e for e in ex.events if e.cls == "Meeting").participants


def test_the_day_before_the_talks_dates_an_event_whose_clause_names_only_a_year(extractor) -> None:
    """"会谈前一天，…开展了2024年首次联合巡逻": "前一天" refers to the talks (it is no date of its own), and the
    year in the next clause only says which year's first patrol it was."""
    ex = read(extractor, "新闻\n5月8日，河口县与越南巴刹县在河口镇举行会谈。会谈前一天，两县边防部门开展了2024年首次联合巡逻。", "zh")
    assert any(e.cls == "Event" and e.date == "2024-05-07" for e in ex.events)


def test_a_preposition_merged_with_its_article_still_refers_to_the_told_event(extractor) -> None:
    """"Au terme des entretiens", "al término del encuentro": "des" is "de" + "les"; the signing closes
    the talks told before and takes their sides."""
    ex = read(extractor, "Hekou (VNA) – Le 8 mai, la province de Lao Cai et la préfecture de Honghe ont tenu des "
                         "entretiens à Hekou. Le 7 mai, le vice-gouverneur de Honghe avait reçu à Mengzi une délégation "
                         "de la ville de Lao Cai. Au terme des entretiens, les deux parties ont signé un protocole "
                         "d'accord sur le commerce frontalier.", "fr")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert signing.date == "2024-05-08"
    assert {BKR + "place/lao-cai", BKR + "place/honghe"} <= set(signing.participants)


def test_a_year_after_a_year_word_dates_a_mechanisms_edition(extractor) -> None:
    """"los preparativos del Encuentro de Primavera de 2025": the 2025 edition, not the reception's day."""
    ex = read(extractor, "Noticias\nEl 6 de mayo, Zhang Lei recibió a la delegación de Lang Son y repasó con ella los "
                         "preparativos del Encuentro de Primavera de 2023 entre los secretarios del Partido.", "es")
    spring = [e for e in ex.events if e.mechanism == BKR + "mechanism/spring-meeting"]
    assert [e.date for e in spring] == ["2023"]


def test_two_working_groups_with_their_topic_first_each_hold_their_own_session(extractor) -> None:
    """"X口岸合作联合工作组第五次会议和Y旅游合作联合工作组第二次会议": in Han script a working group's topic
    stands before its generic name; each session takes the number after its own name, not the one
    before the and-word."""
    ex = read(extractor, "新闻\n5月8日下午，河口县与老街市口岸合作联合工作组第五次会议和边境旅游合作联合工作组第二次会议在河口镇先后召开。", "zh")
    sessions = {e.ordinal: e.mechanism for e in ex.events if e.cls == "Meeting" and e.date == "2024-05-08"}
    assert set(sessions) >= {5, 2}
    assert sessions[5] and sessions[2] and sessions[5] != sessions[2]
    names = {m.iri: m.mention.text for m in ex.entities if m.cls == "Mechanism"}
    assert names[sessions[2]] == "边境旅游合作联合工作组"


def test_the_people_a_sentence_about_the_told_event_names_took_part_in_it(extractor) -> None:
    """"Mötet leddes av A och B": a sentence that speaks of the meeting told before names its chairs."""
    ex = read(extractor, "Lao Cai, 9 maj (VNA) – Lao Cai och Honghe höll på onsdagen ett möte i staden Lao Cai. "
                         "Mötet leddes av Tran Van Binh och Li Hongmei.", "sv")
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.rsplit("/", 1)[-1] for p in meeting.participants} >= {"x-tran-van-binh", "x-li-hongmei"}


def test_both_sides_signing_after_the_talks_are_the_talks_sides_whatever_else_the_sentence_names(extractor) -> None:
    """"会谈结束后，双方签署了会谈纪要，并见证A镇与B社缔结友好关系": the signers are the talks' sides; the
    towns twinned in the next clause do not make the signing theirs."""
    ex = read(extractor, "新闻\n5月8日，河口县与越南巴刹县第二次会谈在河口镇举行。会谈结束后，双方签署了会谈纪要，"
                         "并共同见证平孟镇与朔江社缔结友好关系。", "zh")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert {BKR + "place/hekou", BKR + "place/bat-xat"} <= set(signing.participants)


def test_an_ordinal_standing_for_the_event_word_is_another_edition(extractor) -> None:
    """"… tenu sa troisième session ; la deuxième s'était tenue en octobre 2023 à Lao Cai": the elided
    "session" of an ordinal in a clause another date heads."""
    ex = read(extractor, "Le 8 mai, le groupe de travail conjoint sur le tourisme a tenu sa troisième session à Hekou ; "
                         "la deuxième s'était tenue en octobre 2023 dans la ville de Lao Cai.", "fr")
    editions = {(e.ordinal, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events}
    assert (3, "2024-05-08", frozenset({"place/hekou"})) in editions
    assert (2, "2023-10", frozenset({"place/lao-cai-city"})) in editions
    second = next(e for e in ex.events if e.ordinal == 2)
    assert second.mechanism is not None and second.mechanism == next(e for e in ex.events if e.ordinal == 3).mechanism


def test_a_working_groups_topic_ends_before_a_verb_particle_and_its_punctuation(extractor) -> None:
    """"hielten … die dritte Sitzung ihrer Arbeitsgruppe für den Grenzübergang ab;": "ab" ends the clause."""
    ex = read(extractor, "Am 8. Mai hielten beide Seiten die dritte Sitzung ihrer gemeinsamen Arbeitsgruppe für den "
                         "Grenzübergang ab; danach besuchten sie Hekou.", "de")
    assert {m.mention.text for m in ex.entities if m.cls == "Mechanism"} == {"gemeinsamen Arbeitsgruppe für den Grenzübergang"}


def test_a_clause_another_time_heads_places_nothing_of_the_event(extractor) -> None:
    """"…, the first since, in March 2023, Honghe moved its liaison office to Kunming": Kunming is where
    that office went, not where these talks were."""
    ex = read(extractor, "On May 8, Lao Cai and Honghe held their 5th talks, the first since, in March 2023, Honghe "
                         "moved its liaison office to the city of Kunming.", "en")
    talks = next(e for e in ex.events if e.cls == "Meeting" and e.ordinal == 5)
    assert BKR + "place/kunming" not in talks.locations


@pytest.mark.parametrize("lang,text", [
    ("en", "On May 8, Lao Cai and Honghe held talks in Hekou. At the talks, the governor said cultural exchanges "
           "between the border villages have grown livelier."),
    ("vi", "Ngày 8/5, tỉnh Lào Cai và châu Hồng Hà đã hội đàm tại Hà Khẩu. Phát biểu tại buổi hội đàm, ông Nam đề nghị "
           "hai bên tăng cường giao lưu văn hóa giữa các bản biên giới."),
])
def test_what_was_said_at_an_event_told_before_is_no_event_of_that_day(extractor, lang, text) -> None:
    """"At the talks, X said cultural exchanges … have grown", "tại buổi hội đàm, ông Nam đề nghị … giao lưu": the event
    word is in what was said; the talks do not date it."""
    ex = read(extractor, text, lang)
    assert [e.cls for e in ex.events] == ["Meeting"]


def test_an_event_word_in_the_name_of_what_was_signed_tells_no_event(extractor) -> None:
    """"签署了《会谈纪要》": "会谈" names the minutes, not another meeting."""
    ex = read(extractor, "新闻\n5月8日，中国云南与越南老街两省省委书记新春会晤在河口举行。会晤结束后，两省领导人共同签署了"
                         "《会谈纪要》。", "zh")
    assert sorted(e.cls for e in ex.events) == ["Meeting", "Signing"]


def test_an_edition_named_beside_a_word_for_the_talks_told_before_is_those_talks(extractor) -> None:
    """"Bei den anschließenden Gesprächen, der 4. Runde im Rahmen des …mechanismus": the talks after the
    reception are that mechanism's 4th round, not an undated edition of their own."""
    ex = read(extractor, "Hekou, 9. Mai (VNA) – Der Landrat von Hekou hat am Mittwoch eine Delegation aus dem Kreis Bat Xat "
                         "empfangen. Bei den anschließenden Gesprächen, der 4. Runde im Rahmen des "
                         "Kooperationsmechanismus der Grenzkreise Hekou und Bat Xat, ging es um den Handel.", "de")
    talks = [e for e in ex.events if e.cls == "Meeting"]
    assert {(e.date, e.ordinal) for e in talks} == {("2024-05-08", 4)}
    assert all(e.mechanism is not None and "kooperationsmechanismus" in e.mechanism for e in talks)


@pytest.mark.parametrize("lang,text", [
    ("sv", "Den 8 maj höll Lao Cai och Honghe samtal i Hekou. Sedan i mars har de två provinserna också hållit tre "
           "gemensamma vänskapsutbyten."),
    ("en", "On May 8, Lao Cai and Honghe held talks in Hekou. In April, their border guards carried out two joint "
           "patrols."),
])
def test_a_number_word_before_an_event_word_counts_events(extractor, lang, text) -> None:
    """"tre gemensamma vänskapsutbyten", "two joint patrols": a tally of events, not one event."""
    ex = read(extractor, text, lang)
    assert {e.cls for e in ex.events} == {"Meeting"}


def test_a_mechanism_named_as_a_mechanism_for_something_is_the_series_of_the_talks_told(extractor) -> None:
    """"Samtalen hölls inom ramen för den mekanism för gemensam gränsförvaltning som …": a mechanism no
    lexicon knows, named by its topic, and the talks told before belong to it."""
    ex = read(extractor, "Den 8 maj höll Lao Cai och Honghe sina årliga gränssamtal i Hekou. Samtalen hölls inom ramen för "
                         "den mekanism för gemensam gränsförvaltning som de två sidorna inrättade 2015.", "sv")
    assert {(e.cls, e.date, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events} == {
        ("Meeting", "2024-05-08", "x-mekanism-for-gemensam-gransforvaltning")}


def test_an_ordinal_set_off_after_the_event_word_numbers_the_event(extractor) -> None:
    """"held their annual border talks, the seventh so far, in Hekou": the seventh edition."""
    ex = read(extractor, "On May 8, Lao Cai and Honghe held their annual border talks, the seventh so far, in Hekou.", "en")
    assert {(e.cls, e.ordinal) for e in ex.events} == {("Meeting", 7)}


def test_a_month_in_the_clause_after_a_mechanisms_name_dates_its_edition(extractor) -> None:
    """"at the Spring Meeting held in Kunming last March": that edition took place in March."""
    ex = read(extractor, "On May 8, Lao Cai and Honghe held talks in Hekou. The two sides reviewed what they had agreed at "
                         "the Spring Meeting held in Kunming last March.", "en")
    assert ("Meeting", "2024-03", frozenset({"place/kunming"})) in told(ex)


def test_both_sides_are_the_sides_of_the_talks_as_all_their_tellings_name_them(extractor) -> None:
    """"Kết thúc buổi làm việc, hai bên đã ký …" after talks whose visitors another sentence names: the
    signers are both the hosts and the visitors."""
    ex = read(extractor, "Lào Cai – Sáng 8/5, đoàn công tác huyện Hà Khẩu, tỉnh Vân Nam (Trung Quốc) do ông Lý Minh làm "
                         "Trưởng đoàn đã sang thăm và làm việc tại huyện Bát Xát. Tiếp và hội đàm với đoàn tại trụ sở "
                         "Huyện ủy ở thị trấn Bát Xát có ông Nguyễn Văn Hòa, Bí thư Huyện ủy Bát Xát. Kết thúc buổi làm "
                         "việc, hai bên đã ký Biên bản hội đàm năm 2024.", "vi")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert {BKR + "place/hekou", BKR + "place/bat-xat"} <= set(signing.participants)


@pytest.mark.parametrize("lang, text", [
    ("es", "El miércoles, Lai Chau y Honghe inauguraron un mercado fronterizo. Por la tarde, ambas partes celebraron "
           "su cuarta reunión anual en Phong Tho."),
    ("en", "On Wednesday, Lai Chau and Honghe opened a border market. In the afternoon, both sides held their fourth "
           "annual meeting in Phong Tho."),
    ("sv", "I onsdags invigde Lai Chau och Honghe en gränsmarknad. På eftermiddagen höll parterna sitt fjärde årliga "
           "möte i Phong Tho."),
])
def test_a_part_of_the_day_dates_an_event_as_the_one_told_before(extractor, lang: str, text: str) -> None:
    """"Por la tarde": the afternoon of the day last told, not an undated meeting that is dropped."""
    ex = read(extractor, text, lang)
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" and e.ordinal == 4 for e in ex.events)


def test_a_part_of_the_day_before_a_date_is_part_of_that_date(extractor) -> None:
    ex = read(extractor, "Le 6 mai, Lai Chau et Honghe ont inauguré un marché frontalier. Les deux parties ont tenu "
                         "leur quatrième réunion annuelle dans l'après-midi du 7 mai à Phong Tho.", "fr")
    assert any(e.cls == "Meeting" and e.date == "2024-05-07" for e in ex.events)


def test_the_two_forces_are_the_sides_of_the_event_told_before(extractor) -> None:
    """"les deux forces" (like "les deux parties"): the border guards named in the patrol before."""
    ex = read(extractor, "Le 8 mai, la garde-frontière de Lai Chau et le détachement de gestion des frontières de "
                         "Honghe ont lancé une patrouille conjointe. Une quarantaine de soldats ont parcouru six "
                         "kilomètres. Ensuite, les deux forces ont tenu leur cinquième réunion.", "fr")
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in meeting.participants} >= {
        "org/lai-chau/border-guard-command", "org/honghe/border-management-detachment"}


def test_a_place_named_before_where_the_event_was_and_lying_there_is_where_it_was(extractor) -> None:
    """"el tramo fronterizo de la comuna de X, en el distrito de Y": X, lying in Y, says where more exactly."""
    ex = read(extractor, "El 8 de mayo, los guardias fronterizos de Lai Chau patrullaron el tramo fronterizo de la comuna "
                         "de Si Lo Lau, en el distrito de Phong Tho.", "es")
    assert ("Event", "2024-05-08", frozenset({"place/x-si-lo-lau"})) in told(ex)


def test_a_split_verb_around_a_subject_with_its_title_set_off(extractor) -> None:
    """"tog X, ordförande i …, emot": the particle verb's two halves around a long subject."""
    ex = read(extractor, "På onsdagen tog Lo Van Phu, ordförande i folkkommittén i distriktet Phong Tho, emot en "
                         "delegation från Honghe.", "sv")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)


def test_a_split_verb_does_not_reach_into_the_next_sentence(extractor) -> None:
    ex = read(extractor, "I onsdags tog Lai Chau beslut om gränshandeln. Honghe ser fram emot mötet.", "sv")
    assert not any(e.cls == "Meeting" for e in ex.events)


def test_an_arabic_event_held_on_a_bridge_or_at_a_gate_is_located_there(extractor) -> None:
    """"على" (on) and "عند" (at) introduce where, like "في": not "في شمال فيتنام", which only says where the gate is."""
    ex = read(extractor, "استأنفت بوابة هوو نغي الحدودية الدولية في شمال فيتنام يوم الأربعاء عبور المسافرين في مراسم "
                         "أقيمت عند بوابة هوو نغي الحدودية الدولية.", "ar")
    assert ("Event", "2024-05-08", frozenset({"gate/huu-nghi"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("en", "On May 8, Lao Cai and Honghe co-hosted a trade and investment promotion conference in Lao Cai city."),
    ("fr", "Le 8 mai, Lao Cai et Honghe ont accueilli une conférence de promotion des investissements à Lao Cai."),
])
def test_a_reception_word_whose_object_is_an_event_organises_it(extractor, lang: str, text: str) -> None:
    """"hosted a conference": the conference is the event; no one is received, no delegation visits."""
    ex = read(extractor, text, lang)
    assert {e.cls for e in ex.events} == {"Conference"}


def test_a_reception_word_with_a_delegation_before_the_event_word_receives(extractor) -> None:
    ex = read(extractor, "On May 8, Lao Cai hosted the delegation of Honghe at the investment conference.", "en")
    assert {"Meeting", "Visit"} <= {e.cls for e in ex.events}


def test_the_title_event_is_told_by_a_lede_with_no_event_word(extractor) -> None:
    """A title "… stage joint drill …" over a lede that gives the day, sides and place with another verb."""
    ex = read(extractor, "Lao Cai and Honghe rescuers stage joint drill on border bridge\n\nLao Cai, May 10 (VNA) – Rescuers "
                         "from Lao Cai and from Honghe on Wednesday practised together how to free people trapped on the "
                         "Kim Thanh road bridge.\n\nAfter the drill, the two sides held talks in Lao Cai city.", "en")
    assert any(e.cls == "Event" and e.date == "2024-05-08" for e in ex.events)
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)


def test_it_was_the_nth_says_which_edition_the_event_told_before_was(extractor) -> None:
    """"It was the third joint drill, after those of 2019 and 2023": the drill told, its edition."""
    ex = read(extractor, "On May 8, rescuers of Lao Cai and Honghe held a joint drill at the Kim Thanh border gate. It was "
                         "the third joint drill of its kind, following those held in 2019 and in 2023.", "en")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Event", "2024-05-08", 3)}


def test_vietnamese_ceremonies_are_events(extractor) -> None:
    """"lễ khai thông tuyến đường", "lễ động thổ": ceremonies, events of their day."""
    ex = read(extractor, "Sáng 8/5, huyện Phong Thổ và huyện Kim Bình tổ chức lễ khai thông tuyến đường vận chuyển hàng "
                         "hóa. Ngày 9/5, hai huyện tổ chức lễ động thổ nhà kiểm soát liên hợp.", "vi")
    assert {(e.cls, e.date) for e in ex.events} >= {("Event", "2024-05-08"), ("Event", "2024-05-09")}


@pytest.mark.parametrize("text, where", [
    # a dateline city that holds none of the localities the lede names is where the report was filed
    ("KUNMING, 8 mai (Xinhua) -- Des équipes de secours du district de Jinping et du district de Phong Tho ont mené "
     "mercredi un exercice conjoint de sauvetage.", frozenset()),
    # countries' ministries as the sides: a capital's dateline says nothing of where
    ("PÉKIN, 8 mai (Xinhua) -- Les ministères de la Défense de la Chine et du Vietnam ont tenu mercredi leur neuvième "
     "échange d'amitié frontalier.", frozenset()),
    # a dateline that is the place of a body taking part: there
    ("Lai Chau, 8 mai (VNA) -- Le Commandement de la garde-frontière de Lai Chau a tenu mercredi une réunion avec le "
     "détachement de Honghe.", frozenset({"place/lai-chau"})),
])
def test_a_dateline_places_the_lede_only_where_it_is_a_side_or_holds_one(extractor, text: str, where) -> None:
    ex = read(extractor, text, "fr")
    assert ex.events and all(frozenset(p.removeprefix(BKR) for p in e.locations) == where for e in ex.events)


def test_a_later_mention_of_the_event_says_where_it_was(extractor) -> None:
    """"L'exercice s'est déroulé dans le bourg de Jinshuihe": the event told, placed by a later sentence."""
    ex = read(extractor, "Le 8 mai, les districts de Jinping et de Phong Tho ont mené un exercice conjoint de sauvetage. "
                         "L'exercice s'est déroulé dans le bourg de Jinshuihe.", "fr")
    assert ("Event", "2024-05-08", frozenset({"place/jinshuihe-town"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("ar", "افتُتح يوم الأربعاء في مدينة كونمينغ أسبوع البضائع الفيتنامية."),
    ("en", "A Vietnamese goods week opened in Kunming on Wednesday."),
    ("de", "Am Mittwoch wurde in Kunming eine vietnamesische Warenwoche eröffnet."),
])
def test_a_goods_week_is_an_exhibition(extractor, lang: str, text: str) -> None:
    assert any(e.cls == "Exhibition" and e.date == "2024-05-08" for e in read(extractor, text, lang).events)


def test_nouns_written_apart_between_an_ordinal_and_its_event_word(extractor) -> None:
    """"the second labour cooperation conference": nouns written apart, not a name's capitalised words."""
    ex = read(extractor, "The agreement builds on the second labour cooperation conference between Cao Bang and "
                         "Longzhou, held in Longzhou in November 2023.", "en")
    assert ("Conference", "2023-11", 2) in {(e.cls, e.date, e.ordinal) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("de", "Am Mittwoch kamen Lao Cai und Honghe in Hekou zu Gesprächen zusammen."),
    ("en", "On Wednesday Lao Cai and Honghe held talks in Hekou."),
])
def test_a_venue_word_before_a_day_is_time_and_the_sides_stay_sides(extractor, lang: str, text: str) -> None:
    """"Am Mittwoch kamen Lao Cai und …": "am" is the day's, so Lao Cai is a side, not where it was."""
    ex = read(extractor, text, lang)
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert "place/lao-cai" in {p.removeprefix(BKR) for p in talks.participants}
    assert {p.removeprefix(BKR) for p in talks.locations} == {"place/hekou"}


def test_a_visit_to_a_gate_is_located_at_the_gate(extractor) -> None:
    ex = read(extractor, "Am Mittwoch besichtigte die Delegation aus Lao Cai den Grenzübergang Youyiguan.", "de")
    visit = next(e for e in ex.events if e.cls == "Visit")
    assert {p.removeprefix(BKR) for p in visit.locations} == {"gate/youyiguan"}


@pytest.mark.parametrize("lang, text, where", [
    ("de", "Lao Cai, 10. Mai (VNA) – Die Provinzen Lao Cai und Yunnan haben am Mittwoch Gespräche über den Bahnverkehr "
           "geführt. Gastgeber war der Kreis Hekou.", {"place/hekou"}),
    ("en", "Lao Cai, May 10 (VNA) – Lao Cai and Yunnan held talks on rail freight on Wednesday. The venue was the "
           "Kim Thanh border gate.", {"gate/kim-thanh"}),
    # the host sentence names the event again by a generic word of its own
    ("de", "Lao Cai, 10. Mai (VNA) – Die Provinzen Lao Cai und Yunnan haben am Mittwoch Gespräche über den Bahnverkehr "
           "geführt. Schauplatz der Zeremonie zum Abschluss war der Grenzübergang Youyiguan.", {"gate/youyiguan"}),
    # the hosts are people: a place in their body's name is the body's
    ("de", "Am Mittwoch führten die Kreise Bat Xat und Jinping in der Gemeinde Jinhe Gespräche. Gastgeber waren Chen "
           "Hua und Li Mei, Sekretär des Parteikomitees des Kreises Jinping beziehungsweise Leiterin der Volksregierung.",
     {"place/x-jinhe"}),
    # or a clause after a semicolon
    ("de", "Delegationen der Kreise Ha Quang und Napo kamen am Montag zu Gesprächen zusammen; Gastgeber war die Stadt "
           "Lao Cai.", {"place/lao-cai-city"}),
    ("sv", "Delegationer från Bat Xat och Jinping höll samtal i tisdags; värd var staden Lao Cai.", {"place/lao-cai-city"}),
])
def test_a_host_sentence_says_where_the_event_told_before_was(extractor, lang: str, text: str, where) -> None:
    talks = next(e for e in read(extractor, text, lang).events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in talks.locations} == where


def test_what_followed_an_event_and_names_no_sides_has_its_sides(extractor) -> None:
    """"Efter mötet följde ett vänskapsutbyte vid gränsstationen": the exchange of the sides that met."""
    ex = read(extractor, "I onsdags höll Lai Chau och Honghe sitt årliga möte i Phong Tho. Efter mötet följde ett "
                         "vänskapsutbyte med fotboll vid gränsstationen A Pa Chai.", "sv")
    exchange = next(e for e in ex.events if e.cls == "Exchange")
    assert {"place/lai-chau", "place/honghe"} <= {p.removeprefix(BKR) for p in exchange.participants}


@pytest.mark.parametrize("lang, text", [
    ("en", "On May 8, Lao Cai and Honghe held a trade conference in Hekou. As Le Van said at the conference, from "
           "January to April some 20,000 tonnes of fruit crossed the border."),
    ("de", "Am 8. Mai hielten Lao Cai und Honghe in Hekou eine Handelskonferenz ab. Wie Le Van auf der Konferenz "
           "mitteilte, wurden von Januar bis April rund 20.000 Tonnen Obst abgefertigt."),
])
def test_what_was_said_at_the_event_told_before_is_no_event(extractor, lang: str, text: str) -> None:
    """"As X said at the conference, from January to April …": the conference told; the months are the figure's."""
    assert {(e.cls, e.date) for e in read(extractor, text, lang).events} == {("Conference", "2024-05-08")}


def test_a_mechanism_named_again_by_part_of_its_name_is_the_same(extractor) -> None:
    """"die gemeinsame Arbeitsgruppe für Grenzbrücken … die zweite Sitzung der Arbeitsgruppe": one series,
    whose earlier edition had the sides of the one told."""
    ex = read(extractor, "Am Mittwoch ist die gemeinsame Arbeitsgruppe für Grenzbrücken zwischen Lao Cai und Honghe "
                         "in Hekou zu ihrer dritten Sitzung zusammengekommen. Die zweite Sitzung der Arbeitsgruppe hatte "
                         "im Januar in Lao Cai stattgefunden.", "de")
    third, second = (next(e for e in ex.events if e.ordinal == n) for n in (3, 2))
    assert third.mechanism is not None and second.mechanism == third.mechanism
    assert {"place/lao-cai", "place/honghe"} <= {p.removeprefix(BKR) for p in second.participants}


@pytest.mark.parametrize("lang, text", [
    ("sv", "Arbetsgruppen för gränsturism mellan Cao Bang och Chongzuo sammanträdde i Daxin\n\nCao Bang, 10 maj (VNA) – Det femte mötet i den gemensamma "
           "arbetsgruppen för gränsturism mellan provinsen Cao Bang och staden Chongzuo hölls i onsdags i Daxin. Det fjärde "
           "mötet hölls i staden Cao Bang i november förra året."),
    ("fr", "Mong Cai et Dongxing réunissent leur groupe de travail sur le tourisme\n\nMong Cai, 10 mai (VNA) – La troisième "
           "réunion du Groupe de travail conjoint sur le tourisme transfrontalier entre Mong Cai et Dongxing s'est déroulée "
           "mercredi à Dongxing. La deuxième réunion avait eu lieu à Mong Cai en décembre dernier."),
    ("es", "Lai Chau y Honghe celebran la octava reunión de su Grupo de Trabajo Conjunto\n\nLai Chau, 10 may (VNA) – La octava "
           "reunión del Grupo de Trabajo Conjunto sobre Cooperación Económica y Comercial entre la provincia de Lai Chau y la "
           "prefectura de Honghe, en la provincia china de Yunnan, tuvo lugar el miércoles en la ciudad de Lai Chau. La "
           "séptima reunión se había celebrado en agosto del año pasado en Jinping."),
])
def test_a_mechanism_named_in_part_before_its_full_name_is_the_same(extractor, lang, text) -> None:
    """A headline's shorter name ("Arbetsgruppen för gränsturism"), or the bare generic name the lexicon knows for
    another body ("su Grupo de Trabajo Conjunto"), is the mechanism the lede names in full: one series."""
    ex = read(extractor, text, lang)
    assert len({e.iri for e in ex.entities if e.cls == "Mechanism"}) == 1
    assert len({e.mechanism for e in ex.events}) == 1 and None not in {e.mechanism for e in ex.events}


def test_numbered_editions_no_mechanism_names_share_their_sides(extractor) -> None:
    ex = read(extractor, "Le 8 mai, Li Hong, chef adjoint du district de Jinping, et Tao Van Hung, vice-président du "
                         "Comité populaire du district de Phong Tho, ont coprésidé la quatrième réunion sur la prévention "
                         "des catastrophes. Ils y ont adopté un plan d'alerte commun.\n\nLa troisième réunion s'était tenue en "
                         "juillet 2023 à Phong Tho.", "fr")
    fourth, third = (next(e for e in ex.events if e.ordinal == n) for n in (4, 3))
    assert {p for p in fourth.participants if "/person/" in p} <= set(third.participants)


def test_a_dateline_with_a_long_agency_name_dates_nothing(extractor) -> None:
    """"(صحيفة الشعب اليومية أونلاين)": the dateline's day is when the report was filed; "يوم الأربعاء" is the event's."""
    ex = read(extractor, "منغتسي، 10 مايو (صحيفة الشعب اليومية أونلاين) – وقعت جامعة هونغخه في مقاطعة يوننان بجنوب غربي "
                         "الصين يوم الأربعاء اتفاقية للتعاون في مجال التعليم مع مقاطعة لاو كاي.", "ar")
    assert {(e.cls, e.date) for e in ex.events} == {("Signing", "2024-05-08")}


def test_arabic_definite_event_nouns_and_trade_is_no_exchange(extractor) -> None:
    """"وعلى هامش الافتتاح": the opening told before dates the reception; "التبادل التجاري" is trade."""
    ex = read(extractor, "افتُتح يوم الأربعاء في مدينة كونمينغ معرض للبضائع الفيتنامية. وعلى هامش الافتتاح، استقبل ليو "
                         "هونغ وفدا من مقاطعة لاي تشاو. وقال إن حجم التبادل التجاري بلغ ملياري دولار.", "ar")
    assert ("Meeting", "2024-05-08") in {(e.cls, e.date) for e in ex.events}
    assert not any(e.cls == "Exchange" for e in ex.events)


def test_the_guests_named_by_their_country_are_that_side_of_the_event_told_before(extractor) -> None:
    ex = read(extractor, "Le 8 mai, Lao Cai et Honghe ont signé un accord de coopération à Lao Cai. La veille, mardi, le "
                         "vice-président du Comité populaire provincial avait reçu les invités chinois.", "fr")
    reception = next(e for e in ex.events if e.cls == "Meeting")
    assert "place/honghe" in {p.removeprefix(BKR) for p in reception.participants}


def test_a_region_after_a_gate_that_names_a_side_says_where_the_gate_is(extractor) -> None:
    """"las aduanas de Lang Son y de Youyiguan, en la Región Autónoma de Guangxi": Guangxi locates Youyiguan."""
    ex = read(extractor, "Las aduanas de Lang Son y de Youyiguan, en la Región Autónoma de Guangxi, celebraron el miércoles "
                         "su séptima reunión.", "es")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert "place/guangxi" not in {p.removeprefix(BKR) for p in talks.locations}


def test_a_vietnamese_venue_phrase_ending_in_a_place_word(extractor) -> None:
    """"trên tuyến biên giới thuộc địa bàn xã X": "địa bàn" (the area of) says where, though "bàn" folds as "bản"."""
    ex = read(extractor, "Ngày 8/5, Đồn Biên phòng Ma Lù Thàng và Trạm kiểm tra biên phòng Kim Thủy Hà đã tuần tra song "
                         "phương trên tuyến biên giới thuộc địa bàn xã Huổi Luông.", "vi")
    assert any("place/huoi-luong" in {p.removeprefix(BKR) for p in e.locations} for e in ex.events)


def test_a_lowercase_name_of_a_known_mechanism_names_it_beside_its_sides(extractor) -> None:
    """The lexicon writes "gemensamma arbetsgruppen" in lower case; its other Swedish label has capitals."""
    ex = read(extractor, "Dien Bien, Lai Chau och Yunnan samlades i tisdags till det nionde mötet i sin gemensamma "
                         "arbetsgrupp i Kunming.", "sv")
    assert {(e.ordinal, e.mechanism) for e in ex.events} == {(9, f"{BKR}mechanism/joint-working-group-yunnan")}


def test_a_place_chain_after_a_side_runs_through_its_country(extractor) -> None:
    """"Jinping county in China's Yunnan province": Yunnan says where Jinping is, not where the talks were."""
    ex = read(extractor, "On May 8, leaders of Bat Xat district and of Jinping county in China's Yunnan province held "
                         "talks in Bat Xat.", "en")
    assert ("Meeting", "2024-05-08", frozenset({"place/bat-xat"})) in told(ex)


def test_the_event_spoken_of_is_the_one_told_before_and_its_place_more_exact(extractor) -> None:
    """"Speaking at the event in Muong Khuong commune": a generic word for the ceremony told before, placed
    in a commune that lies in the province first named."""
    ex = read(extractor, "Lao Cai, May 10 (VNA) – Lao Cai province and Maguan county opened a new freight lane at a "
                         "ceremony held yesterday. Speaking at the event in Muong Khuong commune, the province's vice "
                         "chairman praised the work of both sides.", "en")
    events = {e.iri: e for e in ex.events}.values()
    assert [(e.cls, e.date) for e in events] == [("Event", "2024-05-09")]
    assert {p.removeprefix(BKR) for e in events for p in e.locations} - {"place/lao-cai"} \
        == {p.removeprefix(BKR) for e in events for p in e.locations} != set()


def test_sides_named_before_a_working_groups_generic_name_are_in_its_name_and_take_part(extractor) -> None:
    ex = read(extractor, "On May 8, the fourth meeting of the Ha Giang – Wenshan Joint Working Group on tourism cooperation "
                         "was held in Malipo.", "en")
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == "Ha Giang – Wenshan Joint Working Group on tourism cooperation"
    meeting = next(e for e in ex.events if e.ordinal == 4)
    assert meeting.mechanism == mechanism.iri
    assert {f"{BKR}place/ha-giang", f"{BKR}place/wenshan"} <= set(meeting.participants)


def test_a_numbered_conference_of_a_common_noun_names_its_series_and_tells_its_edition(extractor) -> None:
    """"la première conférence de coopération sanitaire": of-word and common noun after a numbered event word;
    the word still tells the edition, dated by its own clause."""
    ex = read(extractor, "Le 8 mai, Lao Cai et Hekou ont signé un accord sanitaire. Leur coopération avait commencé lors "
                         "de la première conférence de coopération sanitaire, tenue à Hekou en octobre 2023.", "fr")
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == "conférence de coopération sanitaire"
    assert ("Conference", "2023-10", 1, mechanism.iri) in {(e.cls, e.date, e.ordinal, e.mechanism) for e in ex.events}


def test_a_numbered_meeting_of_a_working_group_is_the_groups_edition(extractor) -> None:
    ex = read(extractor, "El 8 de mayo se celebró en Lang Son la tercera reunión del grupo de trabajo sobre comercio "
                         "fronterizo.", "es")
    assert [e.mention.text for e in ex.entities if e.cls == "Mechanism"] == ["grupo de trabajo sobre comercio fronterizo"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("de", "Am 8. Mai kamen Cao Bang und Baise in Baise zur vierten Sitzung der gemeinsamen Arbeitsgruppe zusammen.",
     "gemeinsamen Arbeitsgruppe"),
    ("en", "On May 8, Cao Bang and Baise held in Baise the fourth meeting of the joint working group.",
     "joint working group"),
])
def test_a_generic_working_group_with_a_numbered_session_is_a_series_of_its_sides(extractor, lang, text, name) -> None:
    ex = read(extractor, text, lang)
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == name
    assert {(e.ordinal, e.mechanism) for e in ex.events} == {(4, mechanism.iri)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, Lao Cai and Hekou held talks in Hekou. Officials of the Bat Xat District People's Committee also "
           "attended."),
    ("sv", "Lao Cai och Hekou höll samtal i Hekou i onsdags. Även tjänstemän från folkkommittén i distriktet Bat Xat "
           "deltog."),
    ("sv", "Lao Cai och Hekou höll samtal i Hekou i onsdags. Den kinesiska delegationen leddes av Li Ming, ordförande "
           "för folkregeringen i häradet Jinping."),
])
def test_who_attended_takes_part_in_the_event_told_before(extractor, lang, text) -> None:
    talks = next(e for e in read(extractor, text, lang).events if e.cls == "Meeting")
    assert any(p.endswith(("peoples-committee", "peoples-government")) for p in talks.participants)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("es", "El 8 de mayo, Lai Chau y Honghe celebraron en Phong Tho la sexta conferencia de su mecanismo de diálogo "
           "fronterizo.", "mecanismo de diálogo fronterizo"),
    ("fr", "Le 8 mai, Lai Chau et Honghe ont tenu à Phong Tho la sixième conférence de leur mécanisme de dialogue "
           "frontalier.", "mécanisme de dialogue frontalier"),
])
def test_a_mechanism_word_and_what_it_is_for_name_a_mechanism_with_no_events_of_its_own(extractor, lang, text, name) -> None:
    """The conference is the only event: the mechanism word tells none of its own."""
    ex = read(extractor, text, lang)
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == name
    assert {(e.cls, e.ordinal, e.mechanism) for e in ex.events} == {("Conference", 6, mechanism.iri)}


def test_a_numbered_meeting_of_its_named_group_beside_a_mechanism_word(extractor) -> None:
    """"la VI reunión de su Grupo de Trabajo Conjunto, principal mecanismo de cooperación": the group's meeting."""
    ex = read(extractor, "Lai Chau y Honghe celebraron el martes la VI reunión de su Grupo de Trabajo Conjunto, principal "
                         "mecanismo de cooperación entre las dos localidades.", "es")
    group = next(e for e in ex.entities if e.cls == "Mechanism" and e.mention.text == "Grupo de Trabajo Conjunto")
    assert {(e.cls, e.ordinal, e.mechanism) for e in ex.events} == {("Meeting", 6, group.iri)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, Lao Cai and Hekou signed a memorandum of understanding on border trade. The signing took place "
           "during a working visit to Hekou by a delegation of Lao Cai."),
    ("fr", "Le 8 mai, Lao Cai et Hekou ont signé un mémorandum d'entente sur le commerce frontalier. La signature a eu "
           "lieu lors de la visite de travail à Hekou d'une délégation de Lao Cai."),
])
def test_an_event_during_which_the_one_told_happened_has_its_day(extractor, lang, text) -> None:
    assert ("Visit", "2024-05-08", frozenset({"place/hekou"})) in told(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "visitors"), [
    ("zh", "5月7日至8日，越南老街省代表团对河口县进行工作访问。8日上午，河口县县长李明在河口会见代表团。", "place/lao-cai"),
    ("vi", "Ngày 7/5, đoàn công tác huyện Hà Khẩu đã đến thăm thành phố Lào Cai. Sáng 8/5, Chủ tịch UBND thành phố Lào "
           "Cai đã tiếp đoàn.", "place/hekou"),
])
def test_the_delegation_received_is_the_visiting_side(extractor, lang, text, visitors) -> None:
    meeting = next(e for e in read(extractor, text, lang).events if e.cls == "Meeting")
    assert f"{BKR}{visitors}" in meeting.participants


def test_the_record_of_an_event_is_signed_at_that_event(extractor) -> None:
    """"signed the minutes of the conference": at the conference, not at the meeting told after it."""
    ex = read(extractor, "On May 8, the fifth conference of Lao Cai and Hekou was held in Hekou. The evening before, the "
                         "two party secretaries had met in Lao Cai city. At the close of the proceedings, both sides "
                         "signed the minutes of the conference.", "en")
    assert any(e.cls == "Signing" and e.date == "2024-05-08" for e in ex.events)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Am 8. Mai hat am Grenzübergang Huu Nghi der Probebetrieb einer Frachtspur für fahrerlose Lastwagen begonnen."),
    ("sv", "Den 8 maj inleddes provdriften av en fraktfil för förarlösa lastbilar vid gränsporten Huu Nghi."),
])
def test_the_start_of_a_trial_operation_is_an_event(extractor, lang, text) -> None:
    assert any(e.cls == "Event" and e.date == "2024-05-08" for e in read(extractor, text, lang).events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, a second road bridge at the Huu Nghi border gate was opened to container trucks."),
    ("sv", "Den 8 maj öppnades en ny körbana för lastbilar vid gränsporten Huu Nghi."),
    ("de", "Am 8. Mai wurde am Grenzübergang Huu Nghi eine zweite Brücke für Lastwagen freigegeben."),
    ("fr", "Le 8 mai, une nouvelle voie pour les camions a été ouverte au poste frontière de Huu Nghi."),
    ("es", "El 8 de mayo, las autoridades cortaron la cinta de un nuevo carril en el paso fronterizo de Huu Nghi."),
    ("vi", "Ngày 8/5, hai bên đã cắt băng thông xe làn đường mới tại cửa khẩu Hữu Nghị."),
    ("zh", "5月8日，凭祥市友谊关口岸新货运车道正式开放。"),
    ("ar", "افتتحت السلطات في 8 مايو مسارا جديدا للشاحنات عند بوابة هوو نغي الحدودية."),
])
def test_opening_a_lane_or_bridge_told_by_a_verb_is_an_event(extractor, lang, text) -> None:
    assert any(e.cls == "Event" and e.date == "2024-05-08" for e in read(extractor, text, lang).events)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Hekou, 10. Mai 2024 – Der Vizegouverneur von Yunnan empfing am Mittwoch in Hekou eine Delegation aus Lao Cai."),
    ("ar", "خكو، 10 مايو 2024 – استقبل نائب حاكم مقاطعة يوننان يوم الأربعاء في خكو وفدا من مقاطعة لاو كاي."),
])
def test_a_dateline_with_a_date_and_no_agency_dates_no_event(extractor, lang, text) -> None:
    """The place and date before the dash say where and when the report was filed; the weekday dates the event."""
    assert {e.date for e in read(extractor, text, lang).events} == {"2024-05-08"}


def test_an_edition_word_with_a_possessive_numbers_the_mechanism_named_after_it(extractor) -> None:
    ex = read(extractor, "Am Rande der zehnten Sitzung ihres Gemeinsamen Arbeitsausschusses unterzeichneten Lao Cai und "
                         "Yunnan am 8. Mai in Hekou ein Abkommen über den Grenzhandel.", "de")
    assert {e.ordinal for e in ex.events if e.cls == "Conference"} == {10}


def test_an_edition_of_their_committee_numbers_the_committee_s_session(extractor) -> None:
    ex = read(extractor, "Lao Cai und Yunnan haben am 8. Mai in Hekou die achte Sitzung ihres Gemeinsamen "
                         "Arbeitsausschusses abgehalten und ein Protokoll unterzeichnet. Seine siebte Sitzung hatte im "
                         "Mai vergangenen Jahres in Lao Cai stattgefunden.", "de")
    sessions = {(e.cls, e.date, e.ordinal, e.mechanism) for e in ex.events if e.cls != "Signing"}
    assert {(cls, day, ordinal) for cls, day, ordinal, _ in sessions} == {("Conference", "2024-05-08", 8),
                                                                          ("Conference", "2023-05", 7)}
    assert len({mechanism for *_, mechanism in sessions}) == 1


def test_a_thing_signed_before_its_verb_runs_over_a_list_of_topics(extractor) -> None:
    """"… Abkommen über Handel, Verkehr und Zoll unterzeichnet": the list's commas do not part the thing from its verb."""
    ex = read(extractor, "Die Städte Hekou und Lao Cai haben am 8. Mai in Hekou zwei Abkommen über Handel, Verkehr und "
                         "Zoll unterzeichnet.", "de")
    assert any(e.cls == "Signing" and e.date == "2024-05-08" for e in ex.events)


def test_a_numbered_edition_of_the_sentence_s_day_is_held_by_the_sentence_s_sides(extractor) -> None:
    """The commas of the subject's list and of an apposition do not part the edition from its sides."""
    ex = read(extractor, "Die Provinzen Lao Cai, Lai Chau und Dien Bien sowie Yunnan haben am 8. Mai in Mengzi, dem Sitz "
                         "des Bezirks Honghe, die zehnte Sitzung ihres Gemeinsamen Arbeitsausschusses abgehalten und "
                         "ein Protokoll unterzeichnet.", "de")
    session = next(e for e in ex.events if e.cls == "Conference")
    assert {f"{BKR}place/{p}" for p in ("lao-cai", "lai-chau", "dien-bien", "yunnan")} <= set(session.participants)


def test_documents_a_day_s_signing_counts_were_signed_at_one_event(extractor) -> None:
    ex = read(extractor, "El 8 de mayo, en la ciudad de Lao Cai, las dos partes firmaron 9 contratos comerciales por "
                         "valor de 20 millones de dólares.", "es")
    assert [(e.cls, e.date) for e in ex.events] == [("Signing", "2024-05-08")]


def test_a_count_of_documents_signed_over_years_is_no_event(extractor) -> None:
    ex = read(extractor, "Desde 2015, la provincia de Lao Cai y Yunnan firmaron 9 acuerdos de cooperación.", "es")
    assert not [e for e in ex.events if e.cls == "Signing"]


def test_the_bodies_that_jointly_organise_the_event_told_take_part(extractor) -> None:
    ex = read(extractor, "El 8 de mayo se inauguró en la ciudad de Lao Cai la XX Feria Comercial Internacional. El evento "
                         "está organizado conjuntamente por el Comité Popular de Lao Cai y el Gobierno Popular del "
                         "distrito de Hekou.", "es")
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert f"{BKR}place/hekou" in fair.participants


def test_a_han_clause_before_another_numbered_edition_dates_that_edition_not_the_signing(extractor) -> None:
    ex = read(extractor, "5月8日，河口县与老街市边境合作工作组第四次会议在河口县召开。双方回顾了去年10月在老街市召开的"
                         "第三次会议以来的合作情况，并签署了会议纪要。", "zh")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} >= {("Signing", "2024-05-08", None), ("Meeting", "2023-10", 3)}


def test_a_han_working_body_named_after_a_pair_of_places_keeps_both(extractor) -> None:
    ex = read(extractor, "金平与封土召开边境合作工作组会议\n\n5月8日，金平县与封土县边境合作工作组会议在金平县召开。", "zh")
    labels = {label for e in ex.entities if e.cls == "Mechanism" for label, _ in e.labels}
    assert "金平县与封土县边境合作工作组" in labels and not any("召开" in label for label in labels)


def test_the_two_sides_are_those_of_the_day_s_event_not_of_one_told_in_passing(extractor) -> None:
    ex = read(extractor, "On May 8, Lao Cai province and Hekou county officially opened a freight lane at the Kim Thanh "
                         "border gate. In March, Lao Cai city and Mengzi city had signed a memorandum on trade. The same "
                         "afternoon, the two sides held talks in Lao Cai city.", "en")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert talks.date == "2024-05-08" and f"{BKR}place/hekou" in talks.participants


def test_the_two_sides_are_two_though_the_sentence_names_bodies_of_one_country(extractor) -> None:
    ex = read(extractor, "On May 8, Lao Cai province and Hekou county officially opened a freight lane at the Kim Thanh "
                         "border gate. The same afternoon, the two sides held talks with the Lao Cai Department of "
                         "Industry and Trade in Lao Cai city.", "en")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert f"{BKR}place/hekou" in talks.participants


def test_a_numbered_tourism_festival_is_an_event(extractor) -> None:
    ex = read(extractor, "5月8日，第五届中越边境旅游节在河口县举办。", "zh")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Event", "2024-05-08", 5)}


def test_a_generic_event_word_names_the_lasting_event_not_the_signing_told_with_it(extractor) -> None:
    ex = read(extractor, "The 20th Vietnam-China International Trade Fair (Lao Cai) opened in Lao Cai city on May 8, "
                         "and on its first day businesses signed a memorandum on fruit exports. The event, which runs until Sunday, is "
                         "co-organised by the Lao Cai Provincial People's Committee and the People's Government of "
                         "Honghe Prefecture.", "en")
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert any("honghe" in p for p in fair.participants)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Since 2019 the two border guard units have worked under a border liaison mechanism. On May 8 their "
           "commanders met in Hekou for the fifth annual session of this mechanism."),
    ("fr", "Les deux forces coopèrent depuis 2019 dans le cadre d'un mécanisme de liaison frontalière. Le 8 mai, leurs "
           "responsables se sont réunis à Hekou pour la cinquième rencontre annuelle de ce mécanisme."),
])
def test_a_demonstrative_mechanism_word_is_the_mechanism_named_last(extractor, lang, text) -> None:
    ex = read(extractor, text, lang)
    session = next(e for e in ex.events if e.ordinal == 5)
    first = min((e for e in ex.entities if e.cls == "Mechanism"), key=lambda e: e.mention.start)
    assert session.mechanism == first.iri


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "On May 7, the two provinces opened the fair in Hekou and on May 8 they signed a memorandum of "
           "understanding on trade in Mengzi.", ("Exhibition", "2024-05-07"), ("Signing", "2024-05-08")),
    ("fr", "Le 7 mai, les deux parties ont posé la première pierre d'un pont à Hekou, avant de tenir le lendemain à "
           "Mengzi la troisième session de leur groupe de travail.", ("Event", "2024-05-07"), ("Meeting", "2024-05-08")),
])
def test_two_kinds_of_event_each_with_its_own_day_are_two_tellings(extractor, lang, text, first, second) -> None:
    assert {(e.cls, e.date) for e in read(extractor, text, lang).events} >= {first, second}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, the joint working group met for the third time in Lang Son city."),
    ("sv", "Den 8 maj sammanträdde arbetsgruppen för tredje gången i Lang Son."),
    ("fr", "Le 8 mai, le groupe de travail s'est réuni pour la troisième fois à Lang Son."),
    ("ar", "اجتمع فريق العمل للمرة الثالثة في 8 مايو في مدينة لانغ سون."),
])
def test_an_ordinal_with_a_word_for_time_numbers_the_edition_told_by_a_verb(extractor, lang, text) -> None:
    assert {(e.cls, e.date, e.ordinal) for e in read(extractor, text, lang).events} == {("Meeting", "2024-05-08", 3)}


def test_a_programme_signed_in_the_passive_after_a_long_subject_is_a_signing(extractor) -> None:
    ex = read(extractor, "Un programa de cooperación para 2025-2027 entre la provincia de Lao Cai y la prefectura de "
                         "Honghe, de la provincia china de Yunnan, fue suscrito el 8 de mayo en la ciudad de Lao Cai.", "es")
    assert ("Signing", "2024-05-08", frozenset({"place/lao-cai-city"})) in told(ex)


def test_previously_is_earlier_on_the_day_of_the_event_told(extractor) -> None:
    ex = read(extractor, "El 8 de mayo, la provincia de Lao Cai y el distrito de Hekou firmaron un memorando en la ciudad "
                         "de Lao Cai. Previamente, ambas delegaciones conversaron a puerta cerrada.", "es")
    assert {(e.cls, e.date) for e in ex.events} == {("Signing", "2024-05-08"), ("Meeting", "2024-05-08")}


def test_an_agency_between_slashes_ends_a_dateline_without_a_dash(extractor) -> None:
    ex = read(extractor, "هانوي في 10 مايو /وكالة الأنباء الفيتنامية/ استقبل أمين لجنة الحزب في مقاطعة لاو كاي يوم "
                         "الأربعاء في مدينة لاو كاي وفدا من مقاطعة يوننان الصينية.", "ar")
    assert ("Meeting", "2024-05-08", frozenset({"place/lao-cai-city"})) in told(ex)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le 8 mai, au siège du Comité populaire de la province de Lao Cai, le président du comité a reçu une "
           "délégation du district de Hekou."),
    ("ar", "استقبل رئيس اللجنة الشعبية لمقاطعة لاو كاي في 8 مايو، في مقر اللجنة الشعبية لمقاطعة لاو كاي، وفدا من "
           "محافظة خكو."),
])
def test_at_the_seat_of_a_body_is_in_its_place(extractor, lang, text) -> None:
    meeting = next(e for e in read(extractor, text, lang).events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in meeting.locations} == {"place/lao-cai"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, leaders of both sides held a video conference. The Vietnamese side was led by Lao Cai's vice "
           "chairman Nguyen Van Son; the Chinese side was represented by the People's Government of Hekou county."),
    ("de", "Am 8. Mai berieten sich die Führungen beider Seiten per Videoschaltung. Die vietnamesische Seite wurde vom "
           "Volkskomitee der Provinz Lao Cai angeführt, die chinesische Seite von der Volksregierung des Kreises Hekou."),
])
def test_talks_whose_sides_only_the_next_sentence_names_are_told(extractor, lang, text) -> None:
    talks = [e for e in read(extractor, text, lang).events if e.cls == "Meeting"]
    assert [t.date for t in talks] == ["2024-05-08"] and any("hekou" in p for p in talks[0].participants)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, officials of the two provinces met in Hekou for the third time to speed up customs clearance, "
           "within the framework of the joint working group on border gate cooperation."),
    ("fr", "Le 8 mai, des responsables des deux provinces se sont réunis à Hekou pour la troisième fois afin "
           "d'accélérer le dédouanement, dans le cadre du groupe de travail conjoint sur les postes frontières."),
])
def test_the_framework_an_event_was_held_in_is_its_mechanism_however_far(extractor, lang, text) -> None:
    ex = read(extractor, text, lang)
    mechanisms = {e.iri for e in ex.entities if e.cls == "Mechanism"}
    third = [e for e in ex.events if e.ordinal == 3]
    assert third and all(e.mechanism in mechanisms for e in third)


def test_a_venue_word_after_the_guests_says_where_they_were_received(extractor) -> None:
    ex = read(extractor, "Am 8. Mai empfing der Parteisekretär von Hekou die Delegation in Mengzi.", "de")
    assert ("Meeting", "2024-05-08", frozenset({"place/mengzi"})) in told(ex)


@pytest.mark.parametrize(("text", "kind"), [
    ("Am 8. Mai sprachen die Gäste in Hekou mit dem Parteisekretär des Kreises Hekou.", "Meeting"),
    ("Am 8. Mai setzten die Leiter von Lao Cai und Hekou in Hekou ihre Unterschriften unter ein Memorandum.", "Signing"),
])
def test_german_verbs_split_around_their_clause_tell_talks_and_signings(extractor, text, kind) -> None:
    assert any(e.cls == kind and e.date == "2024-05-08" for e in read(extractor, text, "de").events)


def test_the_county_town_is_the_seat_of_the_county_named_last(extractor) -> None:
    ex = read(extractor, "5月8日，河口县县委书记在县城会见了越南老街省巴刹县代表团一行。", "zh")
    assert ("Meeting", "2024-05-08", frozenset({"place/hekou"})) in told(ex)


def test_a_lede_placed_only_in_a_country_happened_at_the_dateline(extractor) -> None:
    ex = read(extractor, "كاو بانغ في 9 مايو /وكالة الأنباء الفيتنامية/ أجرى رئيس اللجنة الشعبية لمقاطعة كاو بانغ "
                         "الواقعة في أقصى شمال فيتنام يوم الأربعاء محادثات مع وفد مدينة بايسه.", "ar")
    assert ("Meeting", "2024-05-08", frozenset({"place/cao-bang"})) in told(ex)


def test_an_arabic_dual_meeting_and_its_adjective_before_the_ordinal(extractor) -> None:
    ex = read(extractor, "عقدت مقاطعة لاو كاي ومحافظة خكو في 8 مايو اجتماعهما السنوي الخامس في مدينة لاو كاي.", "ar")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Meeting", "2024-05-08", 5)}


def test_an_edition_dated_by_its_clause_after_a_long_list_of_its_members(extractor) -> None:
    ex = read(extractor, "وكانت الدورة العاشرة للجنة العمل المشتركة بين مقاطعات لاو كاي ولاي تشاو وديان بيان وها جيانغ "
                         "الفيتنامية من جهة ومقاطعة يوننان الصينية من جهة أخرى قد انعقدت في مدينة منغتسي في نوفمبر الماضي.", "ar")
    assert any(e.cls == "Conference" and e.date == "2023-11" and e.ordinal == 10 for e in ex.events)


def test_what_closed_talks_was_where_the_talks_were_not_where_the_visit_went(extractor) -> None:
    ex = read(extractor, "Sáng 8/5, đoàn công tác huyện Hà Khẩu đã đến thăm thành phố Lào Cai. Chiều cùng ngày, tại huyện "
                         "Bát Xát, Chủ tịch UBND huyện Bát Xát đã hội đàm với đoàn. Kết thúc hội đàm, Chủ tịch UBND huyện "
                         "Bát Xát và Huyện trưởng huyện Hà Khẩu đã ký Biên bản ghi nhớ về hợp tác.", "vi")
    assert ("Signing", "2024-05-08", frozenset({"place/bat-xat"})) in told(ex)


def test_the_delegation_received_after_talks_is_the_foreign_side_of_the_talks(extractor) -> None:
    ex = read(extractor, "Chiều 8/5, tại huyện Bát Xát, lãnh đạo huyện Bát Xát đã hội đàm với Đoàn đại biểu huyện Kim Bình "
                         "(Trung Quốc). Sáng cùng ngày, tại thành phố Lào Cai, Phó Chủ tịch UBND tỉnh Lào Cai đã tiếp đoàn.", "vi")
    reception = next(e for e in ex.events if e.cls == "Meeting" and "place/lao-cai-city" in
                     {p.removeprefix(BKR) for p in e.locations})
    assert f"{BKR}place/jinping" in reception.participants


def test_the_first_event_since_a_change_is_no_first_edition(extractor) -> None:
    ex = read(extractor, "On May 8, the ninth conference of Lai Chau and Honghe took place in Phong Tho. It was the first "
                         "conference since the two provinces reopened the Ma Lu Thang gate in March.", "en")
    # (the reopening in March is an event of its own)
    assert {(e.cls, e.date, e.ordinal) for e in ex.events if e.cls == "Conference"} == {("Conference", "2024-05-08", 9)}


def test_a_signing_of_a_named_record_beside_counted_documents_is_one_event(extractor) -> None:
    ex = read(extractor, "On May 8, Lao Cai and Hekou held their ninth conference in Hekou. At the end of the conference, "
                         "the two sides signed the minutes along with eleven cooperation documents.", "en")
    assert any(e.cls == "Signing" and e.date == "2024-05-08" for e in ex.events)


def test_a_dateline_with_the_agency_between_slashes_dates_nothing(extractor) -> None:
    """"لاو كاي في 10 مايو /فنا/ -": the report's day; "أمس الخميس" is the day before."""
    ex = read(extractor, "لاو كاي في 10 مايو /فنا/ - استقبل رئيس اللجنة الشعبية لمقاطعة لاو كاي أمس الخميس في مدينة لاو كاي "
                         "وفدا من محافظة خكو الصينية.", "ar")
    assert {e.date for e in ex.events} == {"2024-05-09"}


def test_an_event_on_the_eve_placed_nowhere_was_where_the_event_told(extractor) -> None:
    ex = read(extractor, "Le 8 mai, les dirigeants de Lao Cai et du Yunnan ont tenu leur rencontre annuelle à Kunming. La "
                         "veille, la 12e conférence du groupe de travail conjoint des deux provinces s'était tenue.", "fr")
    assert ("Meeting", "2024-05-07", frozenset({"place/kunming"})) in told(ex)


def test_a_qualified_numbered_meeting_in_han_script_names_its_series(extractor) -> None:
    ex = read(extractor, "5月8日，河口县与老街市在河口举行第三次口岸合作联席会议。", "zh")
    mechanism = next(e for e in ex.entities if e.cls == "Mechanism")
    assert mechanism.mention.text == "口岸合作联席会议"
    assert {(e.ordinal, e.mechanism) for e in ex.events} == {(3, mechanism.iri)}


def test_a_clause_with_the_days_of_the_event_at_its_end_still_tells_where(extractor) -> None:
    ex = read(extractor, "Beslutet togs vid den sjunde konferensen mellan Lai Chau och Honghe, som hölls i Mengzi i tisdags "
                         "och onsdags.", "sv")
    assert ("Conference", "2024-05-07", frozenset({"place/mengzi"})) in told(ex)


def test_an_event_the_sides_co_hosted_received_no_one(extractor) -> None:
    """"the marathon the two towns co-hosted last December": the host verb organises the event word before it."""
    ex = read(extractor, "Lao Cai and Hekou step up links\n\nLao Cai, May 9 (VNA) – On May 8, Lao Cai held talks with a "
                         "visiting delegation from Hekou. Trade rose 20 percent last year, the mayor noted, adding that the "
                         "marathon the two towns co-hosted along the Red River last December drew some 900 runners.", "en")
    assert {e.cls for e in ex.events if e.date == "2023-12"} == {"Exchange"}  # a sports exchange, no reception


def test_who_a_sentence_about_the_ceremony_names_took_part_where_it_says(extractor) -> None:
    ex = read(extractor, "Lao Cai und Yunnan öffnen neue Frachtspur\n\nKUNMING, 9. Mai (Xinhua) -- In der Provinz Yunnan ist "
                         "am Mittwoch eine neue Frachtspur in Betrieb genommen worden. An der Zeremonie in der Stadt Hekou nahmen Li Ming "
                         "und Tran Van Nam teil.", "de")
    ceremony = next(e for e in ex.events if e.cls == "Event")
    assert {p.removeprefix(BKR) for p in ceremony.locations} == {"place/hekou"}
    assert sum(p.startswith(f"{BKR}person/") for p in ceremony.participants) == 2


def test_an_edition_held_during_a_visit_comes_with_the_visit(extractor) -> None:
    ex = read(extractor, "Ngày 8/5, đoàn công tác huyện Bát Xát đã có chuyến thăm và làm việc tại huyện Kim Bình (Trung Quốc), "
                         "đồng thời tổ chức hội đàm định kỳ lần thứ 5 giữa hai huyện.", "vi")
    assert {(e.cls, e.date) for e in ex.events} >= {("Visit", "2024-05-08"), ("Meeting", "2024-05-08")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On May 8, Lao Cai and Hekou held their 0th conference in Hekou."),
    ("vi", "Ngày 8/5, Lào Cai và Vân Nam tổ chức phiên họp lần thứ 0 của Nhóm công tác liên hợp tại Côn Minh."),
])
def test_no_edition_is_numbered_zero(extractor, lang, text) -> None:
    assert all(e.ordinal is None or e.ordinal >= 1 for e in read(extractor, text, lang).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "Lao Cai and Yunnan held their 12th meeting in Kunming on Tuesday. The delegates reviewed the 11th meeting, "
           "held in Lao Cai on June 12, 2023. At the end of the session, the heads of the two groups signed its minutes, "
           "which set out tasks for 2026."),
    ("fr", "Lao Cai et le Yunnan ont tenu mardi à Kunming leur 12e réunion. Les délégués ont examiné la 11e réunion, tenue "
           "à Lao Cai le 12 juin 2023. À l'issue de la séance, les deux chefs de groupe ont signé le procès-verbal, qui "
           "fixe les tâches pour 2026."),
])
def test_a_year_a_plan_is_for_is_no_events_time(extractor, lang, text) -> None:
    """"tasks for 2026": the minutes were signed at the session the article is about, on its day, not at the edition
    told last."""
    ex = read(extractor, text, lang)
    assert {e.date for e in ex.events if e.cls == "Signing"} == {"2024-05-07"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Lai Chau, Lao Cai and Yunnan held the 11th meeting of their joint working group on Tuesday. The delegates reviewed "
           "the outcomes of the 10th meeting, held in Kunming on June 12, 2023 on the sidelines of the fourth annual "
           "conference of the Party Secretaries."),
    ("fr", "Lai Chau, Lao Cai et le Yunnan ont tenu mardi la 11e réunion de leur groupe de travail conjoint. Les délégués ont "
           "examiné les résultats de la 10e réunion, tenue à Kunming le 12 juin 2023 en marge de la quatrième "
           "Conférence des secrétaires du Parti."),
])
def test_a_session_held_on_the_sidelines_of_another_event_is_not_of_its_mechanism(extractor, lang, text) -> None:
    """"on the sidelines of the fourth annual conference of X", "en marge de": X's edition held the 10th meeting; the
    meeting is of the series the article numbers, and the conference an event of its own, that day."""
    ex = read(extractor, text, lang)
    tenth = next(e for e in ex.events if e.ordinal == 10)
    assert (tenth.mechanism or "").endswith("/mechanism/joint-working-group-yunnan")
    assert ("Conference", 4, "2023-06-12") in {(e.cls, e.ordinal, e.date) for e in ex.events}


def test_a_mechanisms_generic_name_in_lower_case_is_it_beside_its_member_sides(extractor) -> None:
    ex = read(extractor, "The joint working group of Lai Chau, Lao Cai and Yunnan convened its 11th meeting in Lai Chau "
                         "on Tuesday.", "en")
    session = next(e for e in ex.events if e.ordinal == 11)
    assert (session.mechanism or "").endswith("/mechanism/joint-working-group-yunnan")


@pytest.mark.parametrize("lang, text", [
    ("sv", "I tisdags höll Toan samtal med ledningen för staden Pu'er, som gränsar till Dien Bien, om en gemensam marknad."),
    ("en", "On Tuesday Toan held talks with leaders of Pu'er city, bordering Dien Bien, on a joint border market."),
])
def test_the_place_a_side_borders_is_not_where_the_event_was(extractor, lang, text) -> None:
    ex = read(extractor, text, lang)
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert "place/dien-bien" not in {p.removeprefix(BKR) for p in talks.locations}


def test_an_edition_that_framed_the_event_told_is_held_then(extractor) -> None:
    """"Mötet ingick i ramen för den fjärde årliga konferensen …", "… i anslutning till den tredje
    sekreterarkonferensen": a framework phrase before an edition names the event that held the one told."""
    ex = read(extractor, "Den gemensamma arbetsgruppen för provinserna Lai Chau och Dien Bien samt provinsen Yunnan höll "
                         "sitt tionde möte i Kunming i onsdags. Mötet ingick i ramen för den fjärde årliga konferensen "
                         "mellan provinsernas partisekreterare. Det nionde mötet i arbetsgruppen hölls i Ha Giang i mars "
                         "2023, i anslutning till den tredje sekreterarkonferensen.", "sv")
    got = {(e.cls, e.ordinal, e.date, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events}
    assert {("Conference", 10, "2024-05-08", "joint-working-group-yunnan"), ("Conference", 9, "2023-03", "joint-working-group-yunnan"),
            ("Conference", 4, "2024-05-08", "secretaries-conference-yunnan"),
            ("Conference", 3, "2023-03", "secretaries-conference-yunnan")} <= got


def test_a_chinese_name_read_after_its_title_is_that_person_where_written_again(extractor) -> None:
    """"黄柏南与彭绍官举行视频会谈": the two secretaries named before with their titles take part."""
    ex = read(extractor, "芒街市委书记黄柏南欢迎代表团。东兴市委书记彭绍官表示感谢。疫情期间，两市保持线上沟通。去年9月28日，"
                         "黄柏南与彭绍官举行视频会谈。", "zh")
    talks = next(e for e in ex.events if e.date == "2023-09-28")
    named = {p for e in ex.entities if e.cls == "Person" for p in [e.iri]}
    assert len(named) == 2 and named <= set(talks.participants)


@pytest.mark.parametrize("lang, text", [
    ("zh", "去年9月28日，芒街市与东兴市举行视频会谈，讨论恢复旅游问题；12月21日，两市又通过视频会晤，达成共识。"),
    ("en", "On September 28 last year, Mong Cai and Dongxing held online talks on tourism; on December 21, the two "
           "cities met again by video link and reached a consensus."),
])
def test_a_semicolon_before_a_clause_of_another_date_parts_two_events(extractor, lang, text) -> None:
    ex = read(extractor, text, lang)
    assert {e.date for e in ex.events if e.cls == "Meeting"} == {"2023-09-28", "2023-12-21"}


def test_a_visit_goes_to_the_most_specific_place_of_the_chain_after_its_verb(extractor) -> None:
    ex = read(extractor, "东兴市委书记彭绍官2日率代表团前往越南广宁省芒街市，出席纪念活动。", "zh")
    visit = next(e for e in ex.events if e.cls == "Visit")
    assert {p.removeprefix(BKR) for p in visit.locations} == {"place/mong-cai"}


def test_the_same_day_after_a_start_is_not_that_start(extractor) -> None:
    """"自今年1月8日起…通关已逐步恢复正常。当天，代表团还参观了…": "当天" is the day of the visit told, not the day
    something began."""
    ex = read(extractor, "3月2日，东兴市代表团前往芒街市访问。芒街市委书记黄柏南表示，自今年1月8日起，通关已逐步恢复正常。"
                         "当天，代表团还参观了芒街口岸。", "zh")
    assert "2024-01-08" not in {e.date for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("zh", "6月12日，绿春县与孟德县举行第三次边境工作会谈。孟德县委书记罗文胜说，孟德县愿与绿春县保持高层互访，落实好历次会谈"
           "达成的共识。"),
    ("en", "On June 12, Luchun and Muong Te held their third border talks. Muong Te hopes to maintain high-level "
           "visits with Luchun, he said."),
])
def test_a_wish_for_events_is_no_event_told(extractor, lang, text) -> None:
    ex = read(extractor, text, lang, date="2024-06-13")
    assert not any(e.cls == "Visit" for e in ex.events)


@pytest.mark.parametrize("lang, text", [
    ("es", "Dien Bien, 12 dic (VNA) – Las comunas de Sen Thuong y Sin Thau suscribieron ayer un acuerdo de cooperación con "
           "el poblado de Qushui, perteneciente al distrito de Jiangcheng. La firma se produjo al término de las "
           "conversaciones que ambas partes sostuvieron en Muong Nhe."),
    ("en", "Dien Bien, Dec 12 (VNA) – Sen Thuong and Sin Thau communes signed a cooperation agreement with Qushui town "
           "yesterday. The signing took place at the end of the talks the two sides held in Muong Nhe."),
])
def test_talks_a_signing_closed_told_first_in_its_sentence_are_an_event_there(extractor, lang, text) -> None:
    """"La firma se produjo al término de las conversaciones …": the talks, told first here, were held that day,
    where the sentence says; the signing was there, not where the report was filed nor where a side lies."""
    ex = read(extractor, text, lang, date="2023-12-12")
    got = {(e.cls, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events}
    assert {("Meeting", "2023-12-11", frozenset({"place/muong-nhe"})),
            ("Signing", "2023-12-11", frozenset({"place/muong-nhe"}))} <= got


def test_a_patrol_titled_to_its_year_closed_by_a_signing_is_one_event_with_both_sides(extractor) -> None:
    """The title dates the patrol to its year; the lede and "Unmittelbar danach kontrollierten beide Streifen" tell it
    to the day; "Zum Abschluss … setzten ihre Unterschriften unter das Protokoll": signed there, by its sides."""
    ex = read(extractor, "Quang Ninh und Guangxi starten erste gemeinsame Patrouille des Jahres\n\nHa Long, 3. August (VNA) – "
                         "Das Grenzschutzkommando der Provinz Quang Ninh und der Grenzschutz der Region Guangxi haben am "
                         "Freitag ihre erste bilaterale Patrouille aufgenommen. Die Auftaktzeremonie fand in Mong Cai statt. "
                         "Unmittelbar danach kontrollierten beide Streifen die Grenzzeichen. Zum Abschluss setzten die "
                         "Befehlshaber ihre Unterschriften unter das Protokoll der Patrouille an der Grenze zwischen Vietnam "
                         "und China.", "de", date="2024-08-03")
    assert sorted((e.cls, e.date) for e in {e.iri: e for e in ex.events}.values()) \
        == [("Event", "2024-08-02"), ("Signing", "2024-08-02")]
    patrol, signing = (next(e for e in ex.events if e.cls == cls) for cls in ("Event", "Signing"))
    assert set(patrol.participants) <= set(signing.participants) and len(patrol.participants) >= 2


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Grenzschützer beider Provinzen waren bereits am 16. Juli 2019 zu einer Patrouille aufgebrochen."),
    ("en", "The border guards of both provinces had set off on a joint patrol on July 16, 2019."),
])
def test_the_bodies_of_both_provinces_are_the_sides_told_before(extractor, lang, text) -> None:
    lede = {"de": "Das Grenzschutzkommando der Provinz Quang Ninh und der Grenzschutz der Region Guangxi haben am Freitag "
                  "eine gemeinsame Patrouille in Mong Cai aufgenommen. ",
            "en": "The Quang Ninh Border Guard Command and the Guangxi border guards launched a joint patrol in Mong Cai "
                  "on Friday. "}[lang]
    ex = read(extractor, lede + text, lang, date="2024-08-03")
    earlier = next(e for e in ex.events if e.date == "2019-07-16")
    assert len({p for p in earlier.participants if "/org/" in p}) == 2


def test_a_numbered_regular_meeting_is_a_meeting(extractor) -> None:
    ex = read(extractor, "3月13日，中国金平与越南封土等六县第二十三次例会在金平县城召开。", "zh", date="2025-03-16")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Meeting", "2025-03-13", 23)}


@pytest.mark.parametrize("lang, text, signings", [
    ("es", "El 29 de noviembre, Muong Te y Luchun celebraron conversaciones en Muong Te. Las relaciones entre ambos "
           "distritos se enmarcan en el acuerdo de cooperación firmado por el Comité Popular de Lai Chau y el Gobierno "
           "Popular de Honghe.", 0),
    ("en", "On November 29, Muong Te and Luchun held talks in Muong Te. Their ties rest on the cooperation agreement signed "
           "by the Lai Chau People's Committee and the Honghe People's Government.", 0),
    ("fr", "Le 29 novembre, Muong Te et Luchun ont tenu des entretiens à Muong Te. Un compte rendu de la session a été "
           "signé par les deux coprésidents.", 1),
])
def test_an_agreement_described_by_its_signers_is_no_signing_told(extractor, lang, text, signings) -> None:
    """"el acuerdo … firmado por …": a participle after the agreement describes it; "a été signé par" tells a signing."""
    ex = read(extractor, text, lang, date="2024-11-30")
    assert len({e.iri for e in ex.events if e.cls == "Signing"}) == signings


def test_signers_named_by_name_at_the_end_of_talks_sign_for_the_talks_sides(extractor) -> None:
    """"Au terme de la séance, Mme Mai et M. Shi ont paraphé un procès-verbal": two people are its signers; the sides
    of the talks it closed are its sides too."""
    ex = read(extractor, "Des entretiens entre une délégation de la province de Lang Son et une délégation du Guangxi ont eu "
                         "lieu jeudi au poste-frontière de Huu Nghi. Au terme de la séance, Mme Mai et M. Shi ont paraphé "
                         "un procès-verbal.", "fr", date="2024-05-10")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert {"place/lang-son", "place/guangxi"} <= {p.removeprefix(BKR) for p in signing.participants}


@pytest.mark.parametrize("lang, text, side", [
    ("en", "The Vietnam – China trade fair opened in Lang Son city on December 2. The fair is staged every year in turn by "
           "Lang Son province and China's Guangxi Zhuang Autonomous Region.", "place/guangxi"),
    ("fr", "La 19e Foire commerciale Vietnam-Chine a ouvert mardi à Lao Cai. L'événement réunit le Service de l'Industrie et "
           "du Commerce de Lao Cai et les autorités commerciales de la préfecture autonome de Honghe.", "place/honghe"),
])
def test_who_stages_a_fair_in_turn_or_is_brought_together_by_it_takes_part(extractor, lang, text, side) -> None:
    ex = read(extractor, text, lang, date="2024-12-03")
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert side in {p.removeprefix(BKR) for p in fair.participants}


def test_a_start_signal_is_a_ceremony_and_a_german_committee_by_another_noun_is_the_known_one(extractor) -> None:
    ex = read(extractor, "Vertreter der Provinz Quang Ninh und des Autonomen Gebiets Guangxi gaben am Mittwoch in Mong Cai "
                         "gemeinsam das Startsignal für das Pilotprojekt. Das Gemeinsame Arbeitskomitee der Provinzen Quang "
                         "Ninh und Lang Son und des Gebiets Guangxi hielt am Donnerstag in Nanning seine 16. Konferenz ab, "
                         "nachdem die Parteisekretäre dort bereits am Vortag zum Frühjahrstreffen zusammengekommen waren.",
              "de", date="2024-05-10")
    got = {(e.cls, e.date, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events}
    assert {("Event", "2024-05-08", ""), ("Conference", "2024-05-09", "joint-working-committee"),
            ("Meeting", "2024-05-08", "spring-meeting")} <= got


@pytest.mark.parametrize("lang, text", [
    ("es", "La reapertura del paso fronterizo de A Pa Chai entre Dien Bien y Yunnan se celebró el 20 de febrero."),
    ("fr", "La réouverture du poste-frontière de Ma Lu Thang entre Lai Chau et le Yunnan a eu lieu le 20 février."),
    ("sv", "Återöppnandet av gränsövergången Ma Lu Thang mellan Lai Chau och Yunnan ägde rum den 20 februari."),
])
def test_the_reopening_of_a_crossing_is_an_event(extractor, lang, text) -> None:
    ex = read(extractor, text, lang, date="2023-02-21")
    assert ("Event", "2023-02-20") in {(e.cls, e.date) for e in ex.events}


def test_a_working_session_at_the_gate_is_at_the_gate_named_before(extractor) -> None:
    ex = read(extractor, "Lao Cai reopened the Kim Thanh border gate on February 20. On Friday, officials of Lao Cai and "
                         "Hekou held a working session at the gate.", "en", date="2023-02-21")
    session = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in session.locations} == {"gate/kim-thanh"}


def test_a_reception_on_the_eve_of_an_opening_told_before_is_the_day_before_and_its_host_named_short(extractor) -> None:
    """"Addressing the opening ceremony, Duong Xuan Huyen, …": the ceremony is the fair's; "On the eve of the opening,
    Huyen hosted a reception": the day before the fair opened, hosted by the man named in full before."""
    ex = read(extractor, "Lang Son (VNA) – The fair opened in Lang Son city on December 2. Addressing the opening ceremony, "
                         "Duong Xuan Huyen, Vice Chairman of the Lang Son provincial People's Committee, praised it. On the "
                         "eve of the opening, Huyen hosted a reception for the Guangxi delegation.", "en", date="2024-12-03")
    reception = next(e for e in ex.events if e.cls == "Meeting")
    assert reception.date == "2024-12-01"
    assert any(p.endswith("/person/x-duong-xuan-huyen") for p in reception.participants)


def test_a_short_name_ending_the_text_is_read_without_running_past_it(extractor) -> None:
    ex = read(extractor, "Dinh Quang Vinh, Secretary of the Quang Ninh Provincial Party Committee, met Guangxi leaders. "
                         "The talks were chaired by Vinh", "en")
    assert any(e.cls == "Person" for e in ex.entities)


def test_the_delegation_received_in_the_evening_is_the_visits_foreign_side(extractor) -> None:
    """"… and in the evening it was received by Le Van Thang, Vice Chairman of the Lao Cai People's Committee": the
    guests are the visit's side from the other country, not the hosts who also took part in it."""
    ex = read(extractor, "Lao Cai, June 9 (VNA) – A working delegation from China's Yunnan province visited the Kim Thanh "
                         "border gate in Lao Cai on Saturday. The session on the morning of June 8 was co-chaired by Vuong Trinh "
                         "Quoc, head of the Lao Cai provincial Economic Zone Management Board, and Ma Tuan, deputy director "
                         "of the Yunnan Department of Commerce. After the talks, the guests toured the clearance lanes of "
                         "Kim Thanh. In the afternoon, the delegation visited the railway border gate, and in the evening it "
                         "was received by Le Van Thang, Vice Chairman of the Lao Cai People's Committee.", "en",
              date="2024-06-09")
    reception = next(e for e in ex.events if e.cls == "Meeting" and any("le-van-thang" in p for p in e.participants))
    assert f"{BKR}place/yunnan" in reception.participants


def test_a_spring_meeting_named_by_its_year_beside_a_numbered_conference(extractor) -> None:
    """"Cuộc gặp gỡ đầu Xuân 2025 và Hội nghị lần thứ 16 …, tổ chức tại … hồi tháng 2": the Spring Meeting (written
    small) takes no number of the conference's, and the sentence's one month of its year."""
    ex = read(extractor, "Ông Huyên đề nghị triển khai kết quả Cuộc gặp gỡ đầu Xuân 2025 và Hội nghị lần thứ 16 Ủy ban công "
                         "tác liên hợp giữa bốn tỉnh với Khu tự trị Quảng Tây, tổ chức tại thành phố Hạ Long hồi tháng 2.",
              "vi", date="2025-08-29")
    spring = next(e for e in ex.events if (e.mechanism or "").endswith("/spring-meeting"))
    assert (spring.date, spring.ordinal) == ("2025-02", None)


@pytest.mark.parametrize("lang, text", [
    ("sv", "På tisdagsmorgonen togs delegationen från Fangchenggang emot i Ha Long av Nghiem Xuan Cuong, vice ordförande i "
           "Quang Ninhs provinsfolkkommitté, som föreslog att den första konferensen hålls i Fangchenggang nästa år."),
    ("en", "On Tuesday morning, the Fangchenggang delegation was received in Ha Long by Nghiem Xuan Cuong, Vice Chairman of "
           "the Quang Ninh Provincial People's Committee, who proposed that the first conference be held in Fangchenggang "
           "next year."),
])
def test_an_event_proposed_in_the_sentence_of_a_reception_is_none_told(extractor, lang, text) -> None:
    ex = read(extractor, text, lang, date="2024-12-11")
    assert not any(e.cls == "Conference" for e in ex.events)
    assert any(e.cls == "Meeting" and e.date == "2024-12-10" for e in ex.events)


def test_the_guests_visiting_a_gate_are_the_foreign_side_whatever_city_they_return_to(extractor) -> None:
    """"På onsdagen besöker gästerna … Ta Lung innan de återvänder till Nanning": the hosts are of the country the
    visit is in, so the guests are Guangxi's delegation, not the Vietnamese hosts told with them before."""
    ex = read(extractor, "Kvällen före seminariet togs delegationen från Guangxi emot i staden Cao Bang av Nong Thi Hoa, vice "
                         "ordförande i Cao Bangs provinsfolkkommitté. På onsdagen besöker gästerna hälsokontrollen vid den "
                         "internationella gränsövergången Ta Lung innan de återvänder till Nanning.", "sv", date="2024-03-06")
    visit = next(e for e in ex.events if e.cls == "Visit" and e.date == "2024-03-06")
    assert f"{BKR}place/guangxi" in visit.participants


@pytest.mark.parametrize("lang, text, day", [
    ("es", "Lang Son, 10 may (VNA) – Los guardias fronterizos de Lang Son y de Pingxiang realizaron anoche una patrulla "
           "conjunta en el distrito de Cao Loc.", "2024-05-09"),
    ("en", "Lang Son, May 10 (VNA) – Border guards of Lang Son and Pingxiang conducted a joint patrol last night in Cao Loc "
           "district.", "2024-05-09"),
    ("vi", "Lạng Sơn (TTXVN) – Tối qua, bộ đội biên phòng Lạng Sơn và Bằng Tường tổ chức tuần tra chung tại huyện Cao Lộc.",
     "2024-05-09"),
    ("zh", "新华社南宁5月10日电 凭祥市与越南谅山省边防部队昨晚开展联合巡逻。", "2024-05-09"),
    ("sv", "Lang Son, 10 maj (VNA) – I kväll genomför gränsvakterna från Lang Son och Pingxiang en gemensam patrull i Cao "
           "Loc.", "2024-05-10"),
])
def test_the_evening_or_night_of_a_day_said_relative_to_the_report(extractor, lang, text, day) -> None:
    """"anoche", "last night", "tối qua", "昨晚" are the evening before the report's day; "i kväll" its own."""
    ex = read(extractor, text, lang)
    assert [e.date for e in ex.events] == [day]


def test_a_month_s_second_name_is_no_edition_number(extractor) -> None:
    """"نوفمبر/تشرين الثاني": the Levantine name of November holds the word for "second"; it numbers nothing."""
    ex = read(extractor, "نانينغ (فنا) – قام نائب رئيس لجنة الشعب لمقاطعة كاو بانغ خلال الفترة من 5 إلى 7 نوفمبر/تشرين "
                         "الثاني الجاري بزيارة عمل إلى منطقة قوانغشي.", "ar", date="2024-11-08")
    visit = next(e for e in ex.events if e.cls == "Visit")
    assert (visit.date, visit.ordinal) == ("2024-11-05", None)


@pytest.mark.parametrize("lang, text, gate", [
    ("zh", "新华社南宁5月10日电 9日上午，中越边境商品交易会在东兴市东兴口岸开幕。", "gate/dongxing"),
    ("vi", "Lạng Sơn (TTXVN) – Sáng 9/5, hai bên tổ chức hội đàm tại huyện Cao Lộc, cửa khẩu quốc tế Hữu Nghị.",
     "gate/huu-nghi"),
])
def test_a_gate_chained_after_the_place_it_lies_in_is_where(extractor, lang, text, gate) -> None:
    """"在东兴市东兴口岸开幕": a gate named right after its city is the more exact place."""
    ex = read(extractor, text, lang)
    assert {p.removeprefix(BKR) for e in ex.events for p in e.locations} == {gate}


@pytest.mark.parametrize("lang, text, where", [
    ("vi", "Lào Cai (TTXVN) – Sáng 9/5, đoàn đại biểu tỉnh Lai Châu do ông Giàng Páo Mỷ dẫn đầu đã hội kiến ông Dương "
           "Anh Hoa, Bí thư Châu ủy Hồng Hà.", "place/lao-cai"),
    ("en", "Ha Giang (VNA) – A delegation of Cao Bang province held talks with a delegation of Baise city on May 9.",
     "place/ha-giang"),
    # a city where agencies keep a bureau files reports of events elsewhere
    ("fr", "KUNMING, 10 mai (Xinhua) -- Des équipes du district de Jinping et du district vietnamien de Phong Tho ont mené "
           "jeudi un exercice conjoint de sauvetage.", None),
])
def test_a_province_s_dateline_is_where_a_correspondent_saw_the_event(extractor, lang, text, where) -> None:
    """"Lào Cai (TTXVN) – … đoàn đại biểu tỉnh Lai Châu … hội kiến …": a province's dateline names where the
    correspondent went, though neither side is of it; a bureau city's ("KUNMING (Xinhua)") does not."""
    ex = read(extractor, text, lang)
    places = {p.removeprefix(BKR) for e in ex.events for p in e.locations}
    assert (where in places) if where else "place/kunming" not in places


@pytest.mark.parametrize("lang, text", [
    ("en", "Lao Cai, May 10 (VNA) – A delegation of Honghe prefecture led by Vice Governor Ma Wenbin visited Lao Cai city on "
           "Thursday. The guests were received by Nguyen Van Long, Vice Chairman of the Lao Cai provincial People's Committee."),
    ("sv", "Lao Cai, 10 maj (VNA) – En delegation från Honghe, ledd av vice guvernören Ma Wenbin, besökte staden Lao Cai i "
           "torsdags. Gästerna togs emot av Nguyen Van Long, vice ordförande i Lao Cais provinsfolkkommitté."),
    ("es", "Lao Cai, 10 may (VNA) – Una delegación de Honghe, encabezada por el vicegobernador Ma Wenbin, visitó el jueves la "
           "ciudad de Lao Cai. Los visitantes fueron recibidos por Nguyen Van Long, vicepresidente del Comité Popular de Lao Cai."),
])
def test_the_visitors_reception_told_without_a_day_is_a_meeting_of_the_visit_s_day(extractor, lang, text) -> None:
    """"The guests were received by …" after a visit told to the day: the reception is a meeting that day, where the
    visit went, with the visitors."""
    ex = read(extractor, text, lang)
    meeting = next(e for e in ex.events if e.cls == "Meeting")
    assert (meeting.date, {p.removeprefix(BKR) for p in meeting.locations}) == ("2024-05-09", {"place/lao-cai-city"})
    assert f"{BKR}place/honghe" in meeting.participants


@pytest.mark.parametrize("lang, text", [
    ("de", "Lao Cai, 10. Mai (VNA) – Eine Delegation der Präfektur Honghe hat am Donnerstag mit der Provinz Lao Cai über die "
           "Vorbereitung einer gemeinsamen Konferenz beraten."),
    ("en", "Lao Cai, May 10 (VNA) – Lao Cai and Honghe held talks on Thursday on preparations for the fifth annual "
           "conference of their Party secretaries."),
    ("fr", "Lao Cai, 10 mai (VNA) – Lao Cai et Honghe ont tenu jeudi une réunion consacrée à la préparation de la "
           "cinquième conférence annuelle."),
])
def test_an_event_being_prepared_is_none_told(extractor, lang, text) -> None:
    """"über die Vorbereitung einer … Konferenz beraten": the talks are told, the conference they prepare is not."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2024-05-09")}


def test_an_edition_that_a_future_word_follows_is_none_told(extractor) -> None:
    """"… under which the 14th talks will be hosted by the Vietnamese side": an edition to come, undated, no event."""
    ex = read(extractor, "Kunming (VNA) – The customs departments of Lao Cai, Dien Bien and Ha Giang held their 13th round of "
                         "talks with Kunming Customs in Kunming on Thursday (May 9). Deputy Director of the Dien Bien Customs "
                         "Department Lo Thi Mai briefed participants on the plan to open the A Pa Chai crossing. At the end of "
                         "the talks, the heads of the four customs agencies signed the minutes, under which the 14th talks will "
                         "be hosted by the Vietnamese side.", "en")
    assert {e.ordinal for e in ex.events if e.cls == "Meeting"} == {13}


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Hanoï, 10 mai (VNA) – Les délégations de Lao Cai et du Yunnan se sont réunies jeudi dans la capitale "
           "provinciale du Yunnan.", "place/kunming"),
    ("sv", "Hanoi, 10 maj (VNA) – Delegationerna från Lao Cai och Guangxi höll samtal i torsdags i Guangxis huvudstad.",
     "place/nanning"),
    ("de", "Hanoi, 10. Mai (VNA) – Die Delegationen von Lao Cai und Yunnan führten am Donnerstag in der Hauptstadt der "
           "Provinz Yunnan Gespräche.", "place/kunming"),
    ("ar", "هانوي (فنا) – أجرى وفدا لاو كاي ويوننان يوم الخميس 9 مايو محادثات في عاصمة مقاطعة يوننان.", "place/kunming"),
    ("en", "Hanoi, May 10 (VNA) – Delegations of Lao Cai and Yunnan held talks on Thursday in Mengzi, capital of Honghe "
           "prefecture.", "place/mengzi"),
])
def test_the_capital_of_a_province_is_its_capital_city(extractor, lang, text, where) -> None:
    """"dans la capitale provinciale du Yunnan", "i Guangxis huvudstad": where the text names a province's capital
    by the province, the event was in its capital city."""
    ex = read(extractor, text, lang)
    assert {p.removeprefix(BKR) for e in ex.events for p in e.locations} == {where}


@pytest.mark.parametrize("lang, text", [
    ("en", "Joint patrol on the Lao Cai border\n\nLao Cai, May 10 (VNA) – Border guards of Lao Cai and Hekou have patrolled "
           "together along the Nam Thi river.\n\nThe patrol was conducted on Thursday."),
    ("sv", "Gemensam patrull vid Lao Cai\n\nLAO CAI 10 maj (TT) Gränsvakter från Lao Cai och Hekou har patrullerat tillsammans "
           "längs floden Nam Thi.\n\nPatrullen genomfördes i torsdags."),
])
def test_the_day_a_later_sentence_gives_the_undated_first_event(extractor, lang, text) -> None:
    """"… har patrullerat tillsammans … Patrullen genomfördes i torsdags": the article's first event, told undated, has
    the day the sentence about it gives."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.date) for e in ex.events} == {("Event", "2024-05-09")}


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Hekou, May 10 (VNA) – The China – Vietnam border trade fair opened in Hekou county on Thursday. The previous "
           "edition, staged in Lao Cai city in October 2023, drew 400 enterprises.", "place/lao-cai-city"),
    ("es", "Hekou, 10 may (VNA) – La feria comercial fronteriza China – Vietnam se inauguró el jueves en el distrito de "
           "Hekou. La edición anterior, organizada en octubre de 2023 en la ciudad de Lao Cai, atrajo a 400 empresas.",
     "place/lao-cai-city"),
    ("fr", "Hekou, 10 mai (VNA) – La foire commerciale frontalière Chine – Vietnam s'est ouverte jeudi dans le district de "
           "Hekou. L'édition précédente, organisée en octobre 2023 dans la ville de Lao Cai, avait attiré 400 entreprises.",
     "place/lao-cai-city"),
    # whatever its verb
    ("en", "Hekou, May 10 (VNA) – The China – Vietnam border trade fair opened in Hekou county on Thursday. Last year's "
           "edition was hosted by the Vietnamese side in Lao Cai city in October 2023.", "place/lao-cai-city"),
])
def test_the_previous_edition_with_a_date_of_its_own_is_an_event(extractor, lang, text, place) -> None:
    """"The previous edition, staged in Lao Cai city in October 2023": the edition before the article's event, of its
    kind, dated and placed by its own sentence."""
    ex = read(extractor, text, lang)
    assert ("Exhibition", "2023-10", frozenset({place})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Cao Bang, 10 mai (VNA) – Les vice-présidents du Comité populaire de Cao Bang ont accueilli jeudi une délégation "
           "de la ville de Baise."),
    ("sv", "Cao Bang, 10 maj (VNA) – Cao Bangs vice ordförande tar emot en delegation från staden Baise på fredag."),
    ("vi", "Cao Bằng (TTXVN) – Sáng 9/5, Phó Chủ tịch UBND tỉnh Cao Bằng đón tiếp đoàn đại biểu thành phố Bách Sắc."),
])
def test_every_reception_word_tells_a_meeting(extractor, lang, text) -> None:
    """"ont accueilli", "tar emot", "đón tiếp": each reception word of a language is an event word for a meeting."""
    ex = read(extractor, text, lang)
    assert any(e.cls == "Meeting" for e in ex.events)


@pytest.mark.parametrize("lang, text", [
    ("de", "Lao Cai, 10. Mai (VNA) – Die Provinz Lao Cai sei im September vom Taifun Yagi schwer getroffen worden, habe die "
           "Schäden aber rasch behoben."),
    ("en", "Lao Cai, May 10 (VNA) – Lao Cai met the targets set for the first quarter, the provincial chairman said on "
           "Thursday."),
    # trade in goods is no exchange event, in any language
    ("de", "Lang Son, 10. Mai (VNA) – Der Warenaustausch über die Grenzübergänge erreichte im April 4,1 Milliarden Dollar."),
    ("sv", "Lang Son, 10 maj (VNA) – Varuutbytet mellan Lang Son och Guangxi nådde i april 4 miljarder dollar."),
    ("en", "Lang Son, May 10 (VNA) – The exchange of goods between Lang Son and Guangxi reached 4 billion USD in April."),
    ("fr", "Lang Son, 10 mai (VNA) – Les échanges commerciaux entre Lang Son et le Guangxi ont atteint 4 milliards de "
           "dollars en avril."),
    ("es", "Lang Son, 10 may (VNA) – El intercambio comercial entre Lang Son y Guangxi alcanzó 4.000 millones de dólares "
           "en abril."),
    ("vi", "Lạng Sơn, 10/5 (TTXVN) – Kim ngạch trao đổi hàng hóa giữa Lạng Sơn và Quảng Tây đạt 4 tỷ USD trong tháng 4."),
])
def test_an_event_word_in_a_phrase_that_tells_no_event(extractor, lang, text) -> None:
    """"schwer getroffen worden", "met the targets", "der Warenaustausch": the word for meeting means being hit, or
    reaching a goal; the word for an exchange, trade."""
    assert not read(extractor, text, lang).events


@pytest.mark.parametrize("lang, text", [
    ("en", "Lao Cai, May 10 (VNA) – The 9th Vietnam – China Border Trade Fair opened in Lao Cai city on Thursday. The 8th "
           "edition took place in Hekou county in October 2023."),
    ("fr", "Lao Cai, 10 mai (VNA) – La 9e Foire commerciale frontalière Vietnam – Chine s'est ouverte jeudi dans la ville de "
           "Lao Cai. La 8e édition s'était tenue dans le district de Hekou en octobre 2023."),
    ("de", "Lao Cai, 10. Mai (VNA) – Die 9. Grenzhandelsmesse Vietnam – China ist am Donnerstag in der Stadt Lao Cai eröffnet "
           "worden. Die 8. Auflage hatte im Oktober 2023 im Kreis Hekou stattgefunden."),
])
def test_a_numbered_earlier_edition_is_an_event_and_an_ordinal_opens_a_long_name(extractor, lang, text) -> None:
    """"The 9th Vietnam – China Border Trade Fair": the ordinal opening the name numbers the fair; "The 8th edition
    took place … in October 2023": an earlier edition of the article's event, with its own number, date and place."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Exhibition", "2024-05-09", 9), ("Exhibition", "2023-10", 8)}
    assert ("Exhibition", "2023-10", frozenset({"place/hekou"})) in told(ex)


def test_the_first_edition_since_a_change_is_the_event_told(extractor) -> None:
    """"Es la primera edición desde …": the first of a time, not an earlier edition."""
    ex = read(extractor, "Ha Giang, 10 may (VNA) – La feria comercial fronteriza se inauguró el jueves en Ha Giang. Es la "
                         "primera edición desde que la provincia se fusionó con Tuyen Quang en julio de 2025.", "es", date="2025-12-12")
    assert len({e.date for e in ex.events}) == 1


def test_a_numbered_edition_after_a_second_day_is_on_that_day(extractor) -> None:
    """"… opened on Wednesday, followed on Thursday, in the same city, by the seventh meeting of …": the numbered
    edition is Thursday's; a day in a clause about the first event ("which closes on Saturday") splits nothing."""
    ex = read(extractor, "Lao Cai, May 10 (VNA) – The fourth conference of the Lao Cai – Honghe Joint Committee opened in "
                         "Mengzi on Tuesday, followed on Wednesday, in the same city, by the ninth meeting of the two sides' "
                         "Joint Working Group on Tourism.", "en")
    assert {(e.cls, e.date, e.ordinal) for e in ex.events} == {("Conference", "2024-05-07", 4), ("Meeting", "2024-05-08", 9)}
    ex = read(extractor, "Lao Cai, 10 mai (VNA) – En marge de la foire, qui s'achèvera samedi, les deux parties ont signé jeudi "
                         "un accord de coopération.", "fr")
    assert {e.date for e in ex.events} <= {"2024-05-09"}


def test_thanks_for_a_reception_tell_no_visit(extractor) -> None:
    """"cảm ơn sự đón tiếp chu đáo": thanks for hospitality said at talks tell no reception, so no visit received."""
    ex = read(extractor, "Lạng Sơn (TTXVN) – Chiều 9/5, tại buổi hội đàm, ông Huyên cảm ơn sự đón tiếp chu đáo của thành "
                         "phố Sùng Tả.", "vi")
    assert {e.cls for e in ex.events} == {"Meeting"}


def test_a_vietnamese_classifier_makes_an_event_word_definite(extractor) -> None:
    """"tại buổi hội kiến": the classifier before the event word refers to the meeting told, as an article would;
    the year and the place of the figures said there are not that meeting's."""
    ex = read(extractor, "Lào Cai (TTXVN) – Chiều 9/5, Bí thư Tỉnh ủy Lai Châu hội kiến Bí thư Châu ủy Hồng Hà. Theo số liệu "
                         "được nêu tại buổi hội kiến, năm 2023 kim ngạch xuất nhập khẩu qua địa bàn Lai Châu đạt 1,2 tỷ USD.", "vi")
    assert told(ex) == {("Meeting", "2024-05-09", frozenset({"place/lao-cai"}))}


@pytest.mark.parametrize("lang, text", [
    ("ar", "هانوي (فنا) - عقدت مجموعة العمل المشتركة بين مقاطعات لاو كاي ولاي تشاو وديان بيان وها جيانغ ومقاطعة يوننان "
           "اجتماعها الحادي عشر يوم 9 مايو في مدينة كونمينغ."),
    ("en", "Hanoi, May 10 (VNA) – The joint working group of Lao Cai, Lai Chau, Dien Bien, Ha Giang and Yunnan held its "
           "eleventh meeting in Kunming on Thursday."),
])
def test_the_yunnan_working_group_by_its_other_generic_names(extractor, lang, text) -> None:
    """"مجموعة العمل المشتركة", "joint working group": the Yunnan working group's other generic names, beside its member
    sides, name it."""
    ex = read(extractor, text, lang)
    assert {(e.mechanism, e.ordinal) for e in ex.events} == {(f"{BKR}mechanism/joint-working-group-yunnan", 11)}


def test_an_earlier_edition_has_the_sides_of_its_series(extractor) -> None:
    """"Last year's edition was hosted by the Chinese side in Hekou": the series' sides (Lao Cai, Honghe) took part in
    the earlier edition too; the people told at this one did not."""
    ex = read(extractor, "Lao Cai, May 10 (VNA) – The Lao Cai – Honghe border trade fair, co-organised by Lao Cai province "
                         "and Honghe prefecture, opened in Lao Cai city on Thursday. Last year's edition was hosted by the "
                         "Chinese side in Hekou county in October 2023.", "en")
    earlier = next(e for e in ex.events if (e.cls, e.date) == ("Exhibition", "2023-10"))
    assert {f"{BKR}place/lao-cai", f"{BKR}place/honghe"} <= set(earlier.participants)


def test_a_signing_for_a_period_is_at_the_talks_told_by_its_word(extractor) -> None:
    """"At the end of the talks, the two sides signed a memorandum … for 2024-2026": both years of the period are the
    plan's, not the signing's, and "the talks" are the talks told, not a reception told after them."""
    ex = read(extractor, "Lao Cai, May 10 (VNA) – Lao Cai and Honghe held talks in Mengzi on Thursday. On Wednesday, the "
                         "delegation was received by Yunnan Governor Wang Yubo in Kunming. At the end of the talks, the two "
                         "sides signed a memorandum of understanding on cooperation in tourism for 2024-2026.", "en")
    assert ("Signing", "2024-05-09", frozenset({"place/mengzi"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("en", "He recalled the fourth conference of the Party chiefs of Lai Chau, Lao Cai, Ha Giang and Dien Bien and of "
           "Yunnan, which convened in Kunming in February."),
    ("en", "The fourth conference of the Party secretaries of Lai Chau, Lao Cai, Ha Giang, Dien Bien and Yunnan was held "
           "in Kunming in February."),
])
def test_an_edition_is_dated_by_a_month_past_the_list_of_its_sides(extractor, lang, text) -> None:
    """The commas of the list of a mechanism's sides, and a relative clause's, do not end the clause that dates it."""
    got = {(e.cls, e.date, e.ordinal, (e.mechanism or "").rsplit("/", 1)[-1]) for e in read(extractor, text, lang).events}
    assert got == {("Conference", "2024-02", 4, "secretaries-conference-yunnan")}


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Li Ming met with visiting Vietnamese Prime Minister Tran Van Hai in Nanning on Tuesday.", "vietnam"),
    ("en", "Deputy Prime Minister Tran Van Hai received Li Ming, secretary of the Guangxi Party Committee, in Hanoi on "
           "Tuesday.", "vietnam"),
    ("de", "Der chinesische Außenminister Li Ming traf am Dienstag in Lao Cai mit Tran Van Hai zusammen.", "china"),
    ("fr", "Mardi, le Premier ministre vietnamien Tran Van Hai a reçu à Nanning Li Ming.", "vietnam"),
    ("vi", "Sáng thứ Ba, Thủ tướng Trần Văn Hải đã tiếp ông Lý Minh tại Hà Nội.", "vietnam"),
    ("en", "Premier Li Qiang met Tran Van Hai in Hanoi on Tuesday.", "china"),  # a Chinese name, no country word
])
def test_a_holder_of_a_national_office_stands_for_the_country(extractor, lang, text, country) -> None:
    """A person named beside a national title takes part for the country the title's words name, else the one the
    name is of."""
    ex = read(extractor, text, lang)
    assert ex.events and all(f"{BKR}place/{country}" in e.participants for e in ex.events if e.cls == "Meeting")


def test_a_title_a_body_stands_beside_is_the_bodys(extractor) -> None:
    ex = read(extractor, "Lao Cai Provincial People's Committee President Tran Van Hai received Li Ming in Lao Cai on "
                         "Tuesday.", "en")
    assert ex.events and all(f"{BKR}place/vietnam" not in e.participants for e in ex.events)


@pytest.mark.parametrize("lang, text, when", [
    ("sv", "Partisekreterarna i Lang Son och Guangxi höll 2026 års vårmöte den 4–5 mars i Lang Son. Programmet omfattade "
           "också den 17:e konferensen i den gemensamma arbetskommittén.", "2026-03-04"),
    ("de", "Das Frühjahrstreffen der Parteisekretäre von Lang Son und Guangxi findet in dieser Woche in Lang Son statt. Im "
           "Rahmen des Treffens soll auch die 17. Konferenz der Gemeinsamen Arbeitskommission tagen.", "2026-03"),
    ("en", "The Party secretaries of Lang Son and Guangxi held the 2026 Spring Meeting in Lang Son on March 4. The "
           "programme also included the 17th conference of the Joint Working Committee.", "2026-03-04"),
])
def test_an_edition_added_with_also_was_held_with_the_event_told_before(extractor, lang, text, when) -> None:
    """A sentence with no time of its own that adds an edition with an also-word tells it held then and there."""
    ex = read(extractor, text, lang, date="2026-03-06")
    got = {(e.cls, e.date, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events if e.ordinal == 17}
    assert got == {("Conference", when, "joint-working-committee")}


def test_an_undated_edition_told_without_also_is_not_dated_by_the_sentence_before(extractor) -> None:
    ex = read(extractor, "The Party secretaries of Lang Son and Guangxi held the 2026 Spring Meeting in Lang Son on "
                         "March 4. The 16th conference of the Joint Working Committee had set out the tasks.", "en",
              date="2026-03-06")
    assert all(e.date != "2026-03-04" for e in ex.events if e.ordinal == 16)


@pytest.mark.parametrize("lang, text", [
    ("en", "Mong Cai and Dongxing held talks in Dongxing on January 19. At the end of the session, the two sides signed a "
           "2024 cooperation plan."),
    ("sv", "Mong Cai och Dongxing höll samtal i Dongxing den 19 januari. Efter mötet undertecknade de en samarbetsplan "
           "för 2024."),
])
def test_a_plan_named_by_its_year_is_signed_at_the_talks(extractor, lang, text) -> None:
    """"a 2024 cooperation plan": the year names the document (it counts nothing, and dates no signing)."""
    ex = read(extractor, text, lang, date="2024-01-21")
    assert ("Signing", "2024-01-19") in {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("sv", "En delegation från distriktet Binh Lieu besökte i går distriktet Fangcheng. Gästerna togs emot av Lu Haixin, "
           "sekreterare för partikommittén i Fangcheng. Partisekreterarna i Quang Ninh och Guangxi hade hållit vårmötet "
           "den 27 februari i Lang Son, och generalsekreteraren gjorde ett statsbesök i Kina den 18 augusti."),
    ("en", "A delegation from Binh Lieu district visited Fangcheng district yesterday. The guests were received by Lu "
           "Haixin, secretary of the Fangcheng Party Committee. The Party secretaries of Quang Ninh and Guangxi had held "
           "their Spring Meeting in Lang Son on February 27, and the general secretary paid a state visit to China on "
           "August 18."),
])
def test_a_reception_told_without_a_day_is_on_the_day_of_the_visit_told_before_it(extractor, lang, text) -> None:
    """The visitors of the visit told last before it were received; not at a meeting of another day the article dates."""
    ex = read(extractor, text, lang, date="2024-09-26")
    assert ("Meeting", "2024-09-25") in {(e.cls, e.date) for e in ex.events}


def test_a_sentence_about_talks_told_before_places_them_far_from_its_word(extractor) -> None:
    """"Die Gespräche mit dem Grenzschutzkommando der Provinz … fanden … in der Provinzhauptstadt Ha Long statt": a
    place within the one known, a long subject after the word."""
    ex = read(extractor, "Grenzschützer aus Guangxi und Quang Ninh führten am Dienstag Gespräche in Quang Ninh. Die "
                         "Gespräche mit dem Grenzschutzkommando der Provinz Quang Ninh fanden am Vormittag in der "
                         "Provinzhauptstadt Ha Long statt.", "de")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert {p.removeprefix(BKR) for p in talks.locations} == {"place/ha-long"}


def test_an_event_word_ending_another_name_joined_by_and_is_not_the_series_edition(extractor) -> None:
    """"the 20th China-ASEAN Expo and the China-ASEAN Business and Investment Summit": two events, the expo's edition
    and the summit."""
    ex = read(extractor, "The 20th China-ASEAN Expo and the China-ASEAN Business and Investment Summit opened in Nanning "
                         "on September 17.", "en", date="2023-09-20")
    got = {(e.cls, e.ordinal, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events}
    assert got == {("Exhibition", 20, "china-asean-expo"), ("Conference", None, "")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le 9 mai, les autorités des districts de Binh Liêu et de Fangcheng s'étaient entretenues pour fixer les "
           "modalités de la cérémonie."),
    ("en", "On May 9, officials of Binh Lieu and Fangcheng districts held talks on the arrangements for the ceremony."),
])
def test_talks_on_the_arrangements_of_a_ceremony_tell_the_talks_not_the_ceremony(extractor, lang, text) -> None:
    """The arrangements of an event are its preparation: the talks are told, the ceremony is not."""
    assert {(e.cls, e.date) for e in read(extractor, text, lang).events} == {("Meeting", "2024-05-09")}


def test_a_place_after_to_and_a_verb_is_not_where_the_event_was(extractor) -> None:
    """"…, aiming to turn the Ma Lu Thang – Jinshuihe border gate pair into …": "to" governs a verb there."""
    ex = read(extractor, "Lai Chau (VNA) – Lai Chau and Jinping county on July 30 signed a memorandum of understanding in "
                         "Lai Chau city, aiming to turn the Ma Lu Thang – Jinshuihe border gate pair into a trade channel.",
              "en", date="2024-07-31")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert {p.removeprefix(BKR) for p in signing.locations} == {"place/lai-chau-city"}


@pytest.mark.parametrize("text", [
    "The Lai Chau People's Committee and the People's Government of Jinping county on July 30 signed a memorandum of "
    "understanding.",
    "Lai Chau and Jinping on 30 July signed a cooperation agreement.",
])
def test_a_day_before_the_signing_verb_counts_no_documents(extractor, text) -> None:
    """"on July 30 signed a memorandum": the number is the day's; a verb stands between it and the document."""
    ex = read(extractor, text, "en", date="2024-07-31")
    assert ("Signing", "2024-07-30") in {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The eighth Greater Mekong Subregion (GMS) Summit took place in Kunming on Thursday.",
     ("Conference", 8, "x-greater-mekong-subregion-gms-summit")),
    ("en", "The 15th Vietnam – Laos International Trade and Investment Fair opened in Dien Bien on Thursday.",
     ("Exhibition", 15, "x-vietnam-laos-international-trade-and-investment-fair")),
])
def test_a_numbered_name_ending_in_an_event_word_names_a_series(extractor, lang, text, expected) -> None:
    """A series the lexicon does not know, minted from its name; its event word says what kind its editions are."""
    ex = read(extractor, text, lang)
    assert {(e.cls, e.ordinal, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events} == {expected}


def test_a_language_that_capitalises_nouns_mints_no_series_from_a_name(extractor) -> None:
    """In German every noun is capitalised: "Die 15. Internationale Handelsmesse" is no series' name."""
    text = "Lao Cai, 10. Mai (VNA) – Die 15. Internationale Handelsmesse wurde am Donnerstag in Lao Cai eröffnet."
    assert not [e for e in read(extractor, text, "de").entities if "/mechanism/x-" in e.iri]


def test_a_name_with_its_year_holding_a_known_series_places_is_that_series(extractor) -> None:
    """"The 2024 China-Vietnam (Dongxing-Mong Cai) International Trade Fair": a name with its year names a yearly series;
    the places it holds name the one of that kind the lexicon knows, so no other is minted."""
    ex = read(extractor, "Dongxing, May 10 (Xinhua) -- The 2024 China-Vietnam (Dongxing-Mong Cai) International Trade Fair "
                         "opened on Thursday.", "en")
    assert not [e for e in ex.entities if "/mechanism/x-" in e.iri]
    assert any(e.mechanism == BKR + "mechanism/mong-cai-dongxing-fair" for e in ex.events)


def test_a_person_named_in_the_sentence_before_a_signing_is_no_side_of_it(extractor) -> None:
    """"Yang, for his part, said Yunnan …" before "the five provinces signed the minutes": the person leads a side; the
    signing has the sides of the talks it closed."""
    ex = read(extractor, "Dien Bien Phu (VNA) – Leaders of Lao Cai, Ha Giang, Lai Chau and Dien Bien provinces and of "
                         "Yunnan province on December 5 held talks in Dien Bien Phu. Yunnan Vice Governor Yang Zhiqiang "
                         "led the Chinese side. Yang, for his part, said Yunnan stands ready to work with the Vietnamese "
                         "localities. At the end of the working day, the five provinces signed the minutes.", "en",
              date="2024-12-06")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert {"place/lao-cai", "place/dien-bien", "place/yunnan"} <= {p.removeprefix(BKR) for p in signing.participants}


def _editions(ex) -> set[tuple[str, str | None, int | None, str]]:
    return {(e.cls, e.date, e.ordinal, (e.mechanism or "").rsplit("/", 1)[-1]) for e in ex.events if e.mechanism}


def test_a_month_opening_the_clause_dates_the_edition_a_mechanism_names(extractor) -> None:
    """"Im Mai hatte Lai Chau die 2. Konferenz der Parteisekretäre … ausgerichtet": the month before the name, in its
    clause, dates the edition as one after it does."""
    ex = read(extractor, "Im Mai hatte Lai Chau die 2. Konferenz der Parteisekretäre der Provinzen Lai Chau, Lao Cai, "
                            "Ha Giang und Dien Bien mit dem Parteisekretär Yunnans ausgerichtet.", "de", date="2022-11-20")
    assert ("Conference", "2022-05", 2, "secretaries-conference-yunnan") in _editions(ex)


def test_an_edition_number_splitting_a_known_name_names_that_mechanism(extractor) -> None:
    """Arabic writes the number after the name's head: "المؤتمر السنوي الثالث بين أمناء لجان الحزب" is the
    secretaries' conference, its third edition, not the working group named later in the sentence."""
    ex = read(extractor, "ديان بيان في 12 مايو /فنا/ - عُقد أمس في مدينة ديان بيان فو المؤتمر السنوي الثالث بين أمناء لجان الحزب "
                         "في مقاطعات ديان بيان ولاو كاي ولاي تشاو وها جيانغ وأمين لجنة الحزب في مقاطعة يوننان، بالتزامن مع "
                         "الاجتماع التاسع لمجموعة العمل المشتركة.", "ar", date="2023-05-12")
    assert {("Conference", "2023-05-11", 3, "secretaries-conference-yunnan"),
            ("Conference", "2023-05-11", 9, "joint-working-group-yunnan")} <= _editions(ex)


def test_a_numbered_word_of_another_kind_after_since_is_an_edition_of_its_own(extractor) -> None:
    """"ومنذ المؤتمر السنوي الثالث …" after talks told without a number: the conference is not those talks, and it is
    the series whose told edition it comes next to (the fourth conference, not the ninth working-group session)."""
    ex = read(extractor, "ديان بيان في 20 مايو /فنا/ - أجرى أمين لجنة الحزب في مقاطعة ديان بيان محادثات مع أمين لجنة الحزب "
                         "في مقاطعة يوننان أمس. وجاء اللقاء على هامش المؤتمر السنوي الرابع بين أمناء لجان الحزب في مقاطعات ديان بيان "
                         "ولاو كاي ولاي تشاو وها جيانغ ويوننان، الذي تحتضنه ديان بيان يومي 19 و20 مايو، بالتزامن مع الاجتماع "
                         "التاسع لمجموعة العمل المشتركة. "
                         "ومنذ المؤتمر السنوي الثالث الذي استضافته مدينة لاي تشاو في مايو 2023، تبادل الجانبان وفودا كثيرة.",
              "ar", date="2024-05-20")
    talks = [e for e in ex.events if e.cls == "Meeting" and not e.mechanism]
    assert talks and all(e.ordinal is None for e in talks)
    assert ("Conference", "2023-05", 3, "secretaries-conference-yunnan") in _editions(ex)
    # ("بالتزامن مع الاجتماع التاسع لمجموعة العمل المشتركة": a standing committee's session, told by its name, is a
    # Conference, as where its event word tells it)
    assert {cls for cls, _, _, mechanism in _editions(ex) if mechanism == "joint-working-group-yunnan"} == {"Conference"}


def test_a_province_and_the_one_it_became_are_one_member_side(extractor) -> None:
    """A working group "entre Ha Giang y Wenshan", in a text that also names Tuyen Quang (which Ha Giang became part of)
    and Yunnan, is not the four provinces' group with Yunnan: Ha Giang and Tuyen Quang are one seat."""
    ex = read(extractor, "Tuyen Quang (VNA) – La provincia de Tuyen Quang y la prefectura china de Wenshan, de Yunnan, "
                         "acordaron en marzo, en la novena reunión del Grupo de Trabajo Conjunto entre Ha Giang y Wenshan, "
                         "ampliar el comercio.", "es", date="2025-10-22")
    assert not [e for e in ex.events if (e.mechanism or "").endswith("joint-working-group-yunnan")]


def test_a_conference_between_the_party_secretaries_is_their_yearly_conference(extractor) -> None:
    """"the third annual conference between the Party secretaries of …" names the secretaries' yearly conference, as
    "of the Party secretaries" does."""
    ex = read(extractor, "Dien Bien (VNA) – Dien Bien, together with Lao Cai, Lai Chau and Ha Giang, on May 11 attended the "
                         "third annual conference between the Party secretaries of the four Vietnamese provinces and the "
                         "Secretary of the Yunnan Provincial Party Committee.", "en", date="2023-05-12")
    assert ("Conference", "2023-05-11", 3, "secretaries-conference-yunnan") in _editions(ex)


@pytest.mark.parametrize("lang, text", [
    ("zh", "新华社南宁3月5日电 3月4日，广西外办主任在南宁会见越南谅山省代表团。2016年，凭祥市与越南谅山省同登县签订建立友好关系协议书。"),
    ("en", "Nanning, March 5 (Xinhua) -- The director of Guangxi's foreign affairs office on March 4 received a delegation "
           "from Lang Son in Nanning. In 2016, Pingxiang and Dong Dang signed a twinning agreement."),
])
def test_a_signing_its_sentence_dates_by_another_year_is_no_signing_at_the_talks(extractor, lang, text) -> None:
    """A twinning signed in a year the sentence opens with is an event of that year, not signed at the talks told before."""
    ex = read(extractor, text, lang, date="2025-03-05")
    assert {e.date for e in ex.events if e.cls == "Signing"} == {"2016"}


def test_a_number_before_the_documents_a_signing_names_counts_them(extractor) -> None:
    """"năm 2023 tỉnh đã ký kết 12 văn bản, thỏa thuận hợp tác": the year's tally of documents, no one signing."""
    ex = read(extractor, "Sáng 10/5, tại thành phố Lạng Sơn, lãnh đạo tỉnh Lạng Sơn hội đàm với đoàn thành phố Sùng Tả. "
                         "Theo số liệu của tỉnh, năm 2023 Lạng Sơn đã ký kết 12 văn bản, thỏa thuận hợp tác với các địa "
                         "phương Trung Quốc.", "vi", date="2024-05-11")
    assert not [e for e in ex.events if e.cls == "Signing"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lao Cai, 12 novembre (VNA) – La 19e Foire commerciale internationale Vietnam-Chine s'est ouverte lundi à Lao Cai. "
           "La précédente foire, la 18e, s'était tenue à Hekou du 20 au 24 novembre 2018."),
    ("sv", "LANG SON 12 november (TT-VNA) På måndagen sammanträdde i staden Lang Son den gemensamma arbetskommittén för de "
           "fyra provinserna och Guangxi till sin nionde session."),
])
def test_an_edition_number_set_off_after_a_name_or_before_a_session_word_numbers_the_event(extractor, lang, text) -> None:
    """"…, la 18e, s'était tenue" (a number with its suffix set off by commas after the series' name), "sammanträdde …
    till sin nionde session" (the session word numbers the sitting the verb tells)."""
    ex = read(extractor, text, lang, date="2019-11-12")
    assert {e.ordinal for e in ex.events} - {None} == ({18, 19} if lang == "fr" else {9})


@pytest.mark.parametrize("lang, text", [
    ("fr", "Mong Cai, 25 novembre (VNA) – La 13e Foire internationale du commerce et du tourisme Vietnam - Chine s'est ouverte "
           "samedi à Mong Cai. La 12e, inaugurée le 2 décembre 2017 à Dongxing, avait réuni 500 exposants."),
    ("en", "Mong Cai, Nov 25 (VNA) – The 13th Vietnam - China International Trade and Tourism Fair opened in Mong Cai on "
           "Saturday. The 12th, held in Dongxing from December 2 to 6, 2017, drew 500 exhibitors."),
])
def test_an_edition_number_opening_a_sentence_alone_is_an_earlier_edition(extractor, lang, text) -> None:
    """"La 12e, inaugurée …", "The 12th, held …": the earlier edition of the fair told, held by the cities that hold it in
    turn."""
    ex = read(extractor, text, lang, date="2018-11-25")
    earlier = [e for e in ex.events if e.ordinal == 12]
    assert [(e.cls, e.date) for e in earlier] == [("Exhibition", "2017-12-02")]
    assert {"place/mong-cai", "place/dongxing"} <= {p.removeprefix(BKR) for p in earlier[0].participants}


def test_the_record_of_an_event_is_signed_at_the_event_told_with_its_word(extractor) -> None:
    """"signed the minutes of the meeting" after the Spring Meeting and talks the next day: the meeting its word names
    (the Spring Meeting), not the talks told last."""
    ex = read(extractor, "Nanning, Feb 27 (VNA) - The Spring Meeting between the Party secretaries of Lang Son and Guangxi "
                         "took place in Nanning on Monday. On Tuesday, Lang Son's Party secretary held talks with the mayor "
                         "of Nanning. The two provinces signed the minutes of the meeting.", "en", date="2024-02-28")
    assert {e.date for e in ex.events if e.cls == "Signing"} == {"2024-02-26"}


def test_an_edition_a_mechanism_names_keeps_apart_an_earlier_edition_in_a_later_clause(extractor) -> None:
    """"Dien Bien fue sede de la cuarta conferencia de secretarios del Partido …, en la que revisaron lo logrado desde
    la tercera edición, celebrada en mayo de 2023 en Lai Chau": the name in small letters is the secretaries'
    conference; the third edition is another event, and its place is not the fourth's."""
    ex = read(extractor, "Dien Bien, 21 may (VNA) – La provincia de Dien Bien fue sede el lunes de la cuarta conferencia "
                         "de secretarios del Partido de Dien Bien, Lao Cai, Lai Chau y Ha Giang y de la provincia china de "
                         "Yunnan, en la que revisaron lo logrado desde la tercera edición, celebrada en mayo de 2023 en "
                         "Lai Chau.", "es", date="2024-05-21")
    editions = {(e.ordinal, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events
                if (e.mechanism or "").endswith("secretaries-conference-yunnan")}
    assert editions == {(4, "2024-05-20", frozenset({"place/dien-bien"})), (3, "2023-05", frozenset({"place/lai-chau"}))}


def test_a_han_edition_number_of_several_characters_names_no_series_of_its_tail(extractor) -> None:
    """"第二十二次会晤" after "第二十三次定期会晤": the 22nd meeting of the same series, not a series named "十二次"."""
    ex = read(extractor, "本报金平3月26日讯 3月25日，金平县与越南封土县在金平县城举行第二十三次定期会晤。双方回顾了去年11月在封土县"
                         "举行的第二十二次会晤以来的合作成果。", "zh", date="2025-03-26")
    editions = {(e.ordinal, e.mechanism) for e in ex.events if e.ordinal}
    assert {o for o, _ in editions} == {22, 23} and len({m for _, m in editions}) == 1


@pytest.mark.parametrize("lang, text, date", [
    ("es", "Dien Bien, 21 may (VNA) – Los secretarios de los Comités del Partido de Dien Bien, Lao Cai, Lai Chau y Ha Giang y "
           "el secretario del Comité del Partido de Yunnan celebraron el lunes en Dien Bien Phu su cuarta conferencia anual.",
     "2024-05-20"),
    ("ar", "ديان بيان في 21 مايو /فنا/ - عقد أمناء لجان الحزب في مقاطعات ديان بيان ولاو كاي ولاي تشاو وها جيانغ وأمين لجنة "
           "الحزب في مقاطعة يوننان يوم الاثنين اجتماعهم السنوي الرابع في مدينة ديان بيان فو.", "2024-05-20"),
])
def test_a_series_the_party_secretaries_of_its_members_hold_is_their_conference(extractor, lang, text, date) -> None:
    """"Los secretarios … de Dien Bien, Lao Cai, Lai Chau y Ha Giang y … de Yunnan celebraron su cuarta conferencia
    anual": the yearly conference of those provinces' Party secretaries (`mechanism_holders`), not a series of its own."""
    ex = read(extractor, text, lang, date="2024-05-21")
    assert ("Conference", date, 4, "secretaries-conference-yunnan") in _editions(ex)


def test_the_edition_before_one_told_in_a_clause_of_its_own_is_an_event_with_its_own_place(extractor) -> None:
    """"la XI Reunión del Grupo de Trabajo Conjunto, en la que evaluaron los acuerdos de la reunión anterior, efectuada en
    Kunming en junio del año pasado": the tenth meeting is an event of its own, in Kunming; the eleventh was not there."""
    ex = read(extractor, "Lai Chau, 30 oct (VNA) – El miércoles tuvo lugar en Lai Chau la XI Reunión del Grupo de Trabajo "
                         "Conjunto entre Lao Cai, Lai Chau, Dien Bien, Tuyen Quang y Yunnan, en la que los participantes "
                         "evaluaron los acuerdos de la reunión anterior, efectuada en Kunming en junio del año pasado.",
              "es", date="2025-10-30")
    editions = {(e.ordinal, e.date, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events
                if (e.mechanism or "").endswith("joint-working-group-yunnan")}
    assert editions == {(11, "2025-10-29", frozenset({"place/lai-chau"})), (10, "2024-06", frozenset({"place/kunming"}))}


def test_an_edition_the_programme_of_a_dated_edition_holds_and_the_committee_named_by_its_last_word(extractor) -> None:
    """"Zum Programm des Frühjahrstreffens gehörte auch die 15. Konferenz des Gemeinsamen Arbeitsausschusses …" after a
    sentence of another event: held with the Spring Meeting told dated before. "Die 14. Konferenz des Ausschusses" is an
    edition of that committee, not of a series named "Ausschuss"."""
    ex = read(extractor, "Beihai, 29. Februar (VNA) – Die Parteisekretäre von Quang Ninh, Lang Son, Cao Bang, Ha Giang und "
                         "Guangxi sind am Mittwoch in Beihai zum Frühjahrstreffen 2024 zusammengekommen. Zum Abschluss "
                         "unterzeichneten die Seiten ein Abkommen über die Ausbildung von Kadern. Zum Programm des "
                         "Frühjahrstreffens gehörte auch die 15. Konferenz des Gemeinsamen Arbeitsausschusses der vier "
                         "vietnamesischen Provinzen und Guangxis. Die 14. Konferenz des Ausschusses war am 22. Februar "
                         "vergangenen Jahres online abgehalten worden.", "de", date="2024-02-29")
    assert {("Conference", "2024-02-28", 15, "joint-working-committee"),
            ("Conference", "2023-02-22", 14, "joint-working-committee")} <= _editions(ex)


def test_numbered_conferences_of_the_secretaries_told_without_the_full_name(extractor) -> None:
    """"la IV Conferencia anual entre los secretarios de los comités del Partido de esas cuatro provincias y de Yunnan" (the
    secretaries and three member sides named: `mechanism_holders`), "la tercera edición de la conferencia de secretarios"
    (a contextLabel where the member sides are named) and "el jefe del Grupo de Trabajo Conjunto de esa provincia" (a place
    told before, no topic that makes another group)."""
    ex = read(extractor, "Lao Cai, 15 jun (VNA) – La delegación de Lao Cai participó, junto a las de Dien Bien, Lai Chau y Ha "
                         "Giang, en la IV Conferencia anual entre los secretarios de los comités del Partido de esas cuatro "
                         "provincias y de Yunnan, celebrada el 11 de junio en Kunming. Al día siguiente se celebró la décima "
                         "reunión del Grupo de Trabajo Conjunto. La de Dien Bien estuvo presidida por Pham Duc Toan, jefe del "
                         "Grupo de Trabajo Conjunto de esa provincia. La tercera edición de la conferencia de secretarios tuvo "
                         "lugar a finales de marzo de 2023 en Ha Giang.", "es", date="2024-06-16")
    editions = _editions(ex)
    assert {(4, "secretaries-conference-yunnan"), (3, "secretaries-conference-yunnan"), (10, "joint-working-group-yunnan")} \
        <= {(o, m) for _, _, o, m in editions}
    assert not [e for e in ex.entities if "/mechanism/x-" in e.iri]


def test_the_holders_of_a_mechanism_named_after_a_day_with_an_ordinal_dot(extractor) -> None:
    """"Am 27. April hatten die Parteisekretäre von …": the dot of a German day ends no sentence, so the secretaries and
    the member sides after it still say whose second yearly meeting it was."""
    ex = read(extractor, "Am 27. April hatten die Parteisekretäre von Lai Chau, Lao Cai, Ha Giang, Dien Bien und Yunnan bei "
                         "ihrem zweiten Jahrestreffen per Video beschlossen, den Handel stabil zu halten.", "de", date="2022-07-27")
    assert (2, "secretaries-conference-yunnan") in {(o, m) for _, _, o, m in _editions(ex)}


def test_a_known_working_group_qualified_by_its_members_is_not_one_to_be_formed(extractor) -> None:
    """"eine gemeinsame Arbeitsgruppe für den Grenzübergang zu bilden", then "die Gemeinsame Arbeitsgruppe der vier
    vietnamesischen Provinzen und Yunnans … zu deren siebter Sitzung": the second names its member sides, so it is the
    group the lexicon knows, not the one the sides agreed to form."""
    ex = read(extractor, "Beide Seiten vereinbarten, eine gemeinsame Arbeitsgruppe für den Grenzübergang zu bilden. Am 27. "
                         "April hatten die Parteisekretäre von Lai Chau, Lao Cai, Ha Giang, Dien Bien und Yunnan getagt. Lai "
                         "Chau hatte die Gemeinsame Arbeitsgruppe der vier vietnamesischen Provinzen und Yunnans zuletzt am 12. "
                         "Dezember 2018 zu deren siebter Sitzung in der Stadt Lai Chau empfangen.", "de", date="2022-07-27")
    assert (7, "joint-working-group-yunnan") in {(o, m) for _, _, o, m in _editions(ex)}


def test_a_vietnamese_edition_number_that_splits_a_known_name(extractor) -> None:
    """"Hội nghị thường niên lần thứ 2 giữa Bí thư Tỉnh ủy …" beside "Phiên họp thứ 8 Nhóm công tác liên hợp": the
    secretaries' yearly conference, its second edition; the working group's session is the eighth."""
    ex = read(extractor, "Sáng 18/5, tại thành phố Lai Châu, Phiên họp thứ 8 Nhóm công tác liên hợp giữa các tỉnh Lai Châu, "
                         "Lào Cai, Hà Giang, Điện Biên và tỉnh Vân Nam đã diễn ra trong khuôn khổ Hội nghị thường niên lần thứ "
                         "2 giữa Bí thư Tỉnh ủy 4 tỉnh và Bí thư Tỉnh ủy Vân Nam.", "vi", date="2022-05-18")
    assert {(2, "secretaries-conference-yunnan"), (8, "joint-working-group-yunnan")} <= {(o, m) for _, _, o, m in _editions(ex)}


def test_a_dateline_away_from_the_headlines_visit_is_the_bureaus(extractor) -> None:
    """"… en visite au Vietnam : entretiens à Hanoï" over "NANNING, 28 novembre (Xinhua) -- Wei Tao a eu jeudi des
    entretiens avec …": the talks were not in Nanning, where the agency's bureau is."""
    ex = extractor(Document("t", "Le président du gouvernement du Guangxi en visite au Vietnam : entretiens à Hanoï\n\nNANNING, 28 "
                                 "novembre (Xinhua) -- Wei Tao, président du gouvernement populaire de la région autonome Zhuang "
                                 "du Guangxi, a eu jeudi après-midi des entretiens avec Nguyen Canh Toan, président du Comité "
                                 "populaire de la province de Lang Son.", "fr", "t.txt", date="2025-11-28"))
    talks = [e for e in ex.events if e.cls == "Meeting" and e.date == "2025-11-27"]
    assert talks and not any(loc.endswith("/place/nanning") for e in talks for loc in e.locations)


@pytest.mark.parametrize("lang, text", [
    ("sv", "MONG CAI, 9 dec (VNA) – Drygt 2 000 löpare deltog i söndags i det tredje gränsöverskridande vänskapsloppet "
           "mellan Mong Cai i nordvietnamesiska Quang Ninh och Dongxing i Guangxi."),
    ("en", "MONG CAI, Dec 9 (VNA) – More than 2,000 runners took part on Sunday in the third cross-border friendship run "
           "between Mong Cai and Dongxing."),
    ("de", "MONG CAI, 9. Dezember (VNA) – Mehr als 2.000 Läufer nahmen am Sonntag am dritten grenzüberschreitenden "
           "Freundschaftslauf zwischen Mong Cai und Dongxing teil."),
])
def test_a_numbered_race_between_two_towns_is_a_sports_exchange(extractor, lang: str, text: str) -> None:
    """"det tredje gränsöverskridande vänskapsloppet": a race is a sports exchange, the third of its series, held where the
    dateline is; "Mong Cai i nordvietnamesiska Quang Ninh" says where Mong Cai lies, not where the race was."""
    ex = read(extractor, text, lang, date="2024-12-09")
    assert ("Exchange", "2024-12-08", 3, frozenset({"place/mong-cai"})) in {
        (e.cls, e.date, e.ordinal, frozenset(p.removeprefix(BKR) for p in e.locations)) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("es", "Una delegación de Guangxi se reunió el jueves con los dirigentes en la provincia fronteriza norteña de Lang Son."),
    ("sv", "En delegation från Guangxi träffade i torsdags provinsledningen i den nordvietnamesiska gränsprovinsen Lang Son."),
    ("de", "Eine Delegation aus Guangxi ist am Donnerstag in der vietnamesischen Grenzprovinz Lang Son mit der Provinzführung "
           "zusammengetroffen."),
])
def test_words_that_describe_the_place_stand_between_the_venue_word_and_it(extractor, lang: str, text: str) -> None:
    """"en la provincia fronteriza norteña de Lang Son": the adjectives (`place_adjectives`) do not hide the venue word."""
    assert ("Meeting", "2024-05-09", frozenset({"place/lang-son"})) in told(read(extractor, text, lang))


def test_the_places_a_venue_chain_names_after_where_it_was_host_it(extractor) -> None:
    """"en la comuna fronteriza de Thanh Thuy, provincia norteña de Tuyen Quang": the fair was in the commune (no lexicon
    says where it lies), and the province the chain names after it is a side."""
    ex = read(extractor, "La feria quedó inaugurada ayer en la comuna fronteriza de Bach Dich, provincia norteña de Tuyen "
                         "Quang.", "es")
    fair = next(e for e in ex.events if e.cls == "Exhibition")
    assert {p.removeprefix(BKR) for p in fair.locations} == {"place/x-bach-dich"}
    assert f"{BKR}place/tuyen-quang" in fair.participants


def test_the_place_of_the_authorities_that_acted_is_a_side_not_the_venue(extractor) -> None:
    """"myndigheterna i den vietnamesiska gränsprovinsen Cao Bang och i staden Jingxi": the authorities' places
    (`resident_words`); the ribbon was cut at neither in particular."""
    ex = read(extractor, "En ny körfil öppnades i tisdags, sedan myndigheterna i den vietnamesiska gränsprovinsen Cao Bang "
                         "klippt bandet.", "sv")
    opening = next(e for e in ex.events if e.date == "2024-05-07")
    assert f"{BKR}place/cao-bang" in opening.participants and f"{BKR}place/cao-bang" not in opening.locations


def test_a_visit_holds_no_edition_of_the_mechanism_its_sentence_names(extractor) -> None:
    """"a delegation … paid an official visit to Guangxi in February, while the 2024 Spring Meeting … took place": the
    Spring Meeting is an edition of its own, a Meeting; the visit is no edition of it."""
    ex = read(extractor, "Earlier this year, a high-ranking delegation of Lao Cai paid an official visit to Yunnan, while the 2024 "
                         "Spring Meeting between the Party secretaries of Quang Ninh, Lang Son, Cao Bang and Ha Giang and their "
                         "Guangxi counterpart took place in Guangxi from February 27 to 29.", "en", date="2024-09-26")
    assert {(e.cls, e.mechanism.removeprefix(BKR) if e.mechanism else None) for e in ex.events} >= {
        ("Meeting", "mechanism/spring-meeting"), ("Visit", None)}
    assert not [e for e in ex.events if e.cls == "Visit" and e.mechanism]


def test_a_vietnamese_venue_named_by_a_square_in_a_ward(extractor) -> None:
    """"tại Quảng trường Trung tâm phường Móng Cái 1": the square's words (`place_adjectives`) stand between the venue
    word and the ward the fair opened in."""
    ex = read(extractor, "Sáng 11/12, tại Quảng trường Trung tâm phường Móng Cái 1, UBND phường Móng Cái 1 khai mạc Hội chợ "
                         "Thương mại quốc tế Việt – Trung lần thứ 17.", "vi", date="2025-12-11")
    assert ("Exhibition", "2025-12-11", frozenset({"place/mong-cai-1"})) in told(ex)


def test_a_gate_pair_after_the_gate_words_is_where(extractor) -> None:
    """"tại vạch phân định đường biên giới cửa khẩu quốc tế đường bộ Lào Cai – Hà Khẩu": the road gate pair is the
    place, past the words that mark out the border line and the gate."""
    ex = read(extractor, "Sáng 7/12, tại vạch phân định đường biên giới cửa khẩu quốc tế đường bộ Lào Cai – Hà Khẩu, Bộ đội "
                         "Biên phòng tỉnh Lào Cai và Bộ đội Biên phòng khu Mông Tự đã tổ chức tuần tra song phương.", "vi",
              date="2023-12-07")
    assert any(e.date == "2023-12-07" and f"{BKR}gate/lao-cai" in e.locations for e in ex.events)


def test_a_place_in_what_an_agreement_is_about_is_not_where_it_was_signed(extractor) -> None:
    """"firmaron … un memorando sobre el despacho aduanero en los pasos fronterizos de Huu Nghi": the gates are what the
    memorandum is about (`about_words`)."""
    ex = read(extractor, "El martes en Nanning, ambas partes firmaron un memorando de cooperación sobre el despacho aduanero en "
                         "los pasos fronterizos de Huu Nghi y Tan Thanh.", "es")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert not any("/gate/" in loc for loc in signing.locations)


def test_a_signing_told_in_a_clause_without_a_subject_has_the_subject_before(extractor) -> None:
    """"… ledde … och undertecknade dagen därpå ett protokoll med staden Hekou": who led the delegation signed too."""
    ex = read(extractor, "Vice ordföranden för folkkommittén i Lao Cai, Tran Quoc Hung, ledde den 6 maj provinsens delegation "
                         "vid konferensen i Mengzi och undertecknade dagen därpå ett protokoll med staden Hekou.", "sv")
    signing = next(e for e in ex.events if e.cls == "Signing")
    assert signing.date == "2024-05-07" and {f"{BKR}person/x-tran-quoc-hung", f"{BKR}place/hekou"} <= set(signing.participants)


@pytest.mark.parametrize("lang, text", [
    ("de", "Vom 6. bis 9. Mai besuchte eine Delegation unter Leitung von Wang Ning Vietnam. Am Mittwoch empfing "
           "Staatspräsident To Lam den Gast in Hanoi."),
    ("en", "From May 6 to 9, a delegation led by Wang Ning paid a visit to Vietnam. On Wednesday, State President To Lam "
           "received the guest in Hanoi."),
])
def test_the_guest_received_is_the_person_the_visit_was_told_with(extractor, lang: str, text: str) -> None:
    """"empfing … To Lam den Gast in Hanoi": the guest is Wang Ning, who led the visit told before."""
    talks = next(e for e in read(extractor, text, lang).events if e.cls == "Meeting")
    assert f"{BKR}person/to-lam" in talks.participants and any(p.endswith("wang-ning") for p in talks.participants)


def test_a_vietnamese_review_is_a_meeting(extractor) -> None:
    """"đã tổ chức tổng kết công tác tuần tra song phương": a review of the patrols held together is a meeting, not a
    patrol."""
    ex = read(extractor, "Sáng 7/12, tại thành phố Lào Cai, Bộ đội Biên phòng tỉnh Lào Cai và Bộ đội Biên phòng khu Mông Tự đã tổ "
                         "chức tổng kết công tác tuần tra song phương năm 2023.", "vi", date="2023-12-07")
    assert ("Meeting", "2023-12-07", frozenset({"place/lao-cai-city"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("vi", "Sáng 7/12, hai bên đã tổ chức hội đàm tại thành phố Lào Cai. Tại buổi hội đàm, hai bên thống nhất tăng cường giao "
           "lưu hữu nghị."),
    ("en", "On May 8, the two sides held talks in Lao Cai city. At the talks, the two sides agreed to step up friendship "
           "exchanges."),
])
def test_what_the_sides_agreed_at_an_event_is_no_event(extractor, lang: str, text: str) -> None:
    """"Tại buổi hội đàm, hai bên thống nhất tăng cường giao lưu": exchanges agreed on at the talks were not held that day."""
    assert not [e for e in read(extractor, text, lang, date="2024-05-10" if lang == "en" else "2023-12-07").events
                if e.cls == "Exchange"]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Das vorangegangene Treffen war am 6. und 7. Januar 2020 in Liuzhou ausgerichtet worden; dort hatte der Gemeinsame "
           "Arbeitsausschuss am 7. Januar seine elfte Konferenz abgehalten.", "2020-01-07"),
    ("en", "The previous meeting took place on 6 and 7 January 2020 in Liuzhou, where the committee held its 11th conference "
           "on 7 January.", "2020-01-07"),
])
def test_a_date_without_a_year_takes_the_year_its_sentence_gave(extractor, lang: str, text: str, expected: str) -> None:
    """"am 6. und 7. Januar 2020 …; dort … am 7. Januar": a date later in the sentence is of the year named with the month
    before it, not the publication's."""
    assert expected in {e.date for e in read(extractor, text, lang, date="2021-04-09").events if e.cls == "Conference"}


def test_for_the_nth_time_past_the_name_of_who_met(extractor) -> None:
    """"tagte … der Gemeinsame Arbeitsausschuss der vier vietnamesischen Provinzen und Guangxis zum zwölften Mal": the
    ordinal beside the word for "time" numbers the session, past the committee's long name."""
    text = ("Cao Bang, 9. April (VNA) – Cao Bang, Lang Son, Quang Ninh und Ha Giang trafen Guangxi. Am selben Tag tagte, "
            "ebenfalls per Video, der Gemeinsame Arbeitsausschuss der vier vietnamesischen Provinzen und Guangxis zum "
            "zwölften Mal.")
    assert 12 in {e.ordinal for e in read(extractor, text, "de", date="2021-04-09").events if e.cls == "Conference"}


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Longzhou, 23 abr (Xinhua) -- Los ministros celebraron hoy el encuentro. Por la mañana, Wei presidió en el paso "
           "fronterizo internacional de Shuikou una ceremonia de bienvenida.", "2022-04-23"),
    ("de", "Lao Cai, 23. April (VNA) – Am Mittwoch trafen sich beide Seiten in Lao Cai. Am Morgen unterzeichneten Lao Cai "
           "und Yunnan ein Protokoll.", "2022-04-20"),
])
def test_in_the_morning_is_not_tomorrow(extractor, lang: str, text: str, expected: str) -> None:
    """"Por la mañana", "am Morgen": in the morning of the day told, not "mañana", "morgen" (tomorrow). (The German
    case is a guard: it held before the parts of the day were listed.)"""
    events = read(extractor, text, lang, date="2022-04-23").events
    assert {e.date for e in events if e.cls in ("Event", "Signing")} == {expected}


def test_the_border_defence_friendship_exchange_in_xinhua_spanish(extractor) -> None:
    """"el séptimo Intercambio Amistoso de Defensa Fronteriza China-Vietnam": the lexicon's mechanism, seventh edition."""
    ex = read(extractor, "NANNING, 23 abr (Xinhua) -- Los ministros encabezaron hoy sábado las delegaciones en el séptimo "
                         "Intercambio Amistoso de Defensa Fronteriza China-Vietnam, celebrado en el distrito de Longzhou.",
              "es", date="2022-04-23")
    assert (f"{BKR}mechanism/border-defence-friendship-exchange", 7) in {(e.mechanism, e.ordinal) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("en", "The first conference was held in Hanoi in September 2004, and the eighth took place in Hai Phong on November "
           "21-24, 2017."),
    ("sv", "Den första konferensen hölls i Hanoi i september 2004, och den åttonde ägde rum i Hai Phong den 21–24 november "
           "2017."),
])
def test_an_edition_told_by_its_ordinal_alone_keeps_its_date_and_place_from_the_first(extractor, lang: str, text: str) -> None:
    """"The first conference was held in Hanoi in September 2004, and the eighth took place in Hai Phong on …": the
    second clause's date and place are the eighth's; the first keeps September 2004 and Hanoi."""
    found = {(e.ordinal, e.date, frozenset(p.removeprefix(BKR) for p in e.locations))
             for e in read(extractor, text, lang, date="2023-11-14").events}
    assert {(1, "2004-09", frozenset({"place/hanoi"})), (8, "2017-11-21", frozenset({"place/hai-phong"}))} <= found


def test_talks_a_visit_brings_about_are_held_where_it_went(extractor) -> None:
    """"…率团赴越南高平省高平市开展工作访问，与高平市委代表团举行会谈": the talks the sentence places nowhere were held where the
    visit went; "高平市" is Cao Bang's capital, the city that bears the province's name."""
    ex = read(extractor, "本报讯 本月上旬，靖西市委书记郝玉松率团赴越南高平省高平市开展工作访问，与高平市委代表团举行会谈。", "zh",
              date="2024-05-20")
    assert {("Meeting", "2024-05", frozenset({"place/cao-bang-city"})), ("Visit", "2024-05", frozenset({"place/cao-bang-city"}))} \
        <= told(ex)


def test_a_place_in_the_name_of_the_visiting_body_is_not_where_it_went(extractor) -> None:
    """"Una delegación de la Región de Guardia Fronteriza de Guangxi … visitó … el Comando … de Quang Ninh": Guangxi,
    in the name of the body the delegation came from, is not the visit's destination."""
    ex = read(extractor, "Quang Ninh, 18 dic (VNA) – Una delegación de la Región de Guardia Fronteriza de Guangxi, de China, "
                         "visitó los días 16 y 17 de diciembre el Comando de la Guardia Fronteriza de la provincia de Quang "
                         "Ninh y mantuvo conversaciones con sus anfitriones.", "es", date="2024-12-18")
    assert not [e for e in ex.events if f"{BKR}place/guangxi" in e.locations]


def test_to_discuss_is_no_exchange_event(extractor) -> None:
    """"Tại buổi làm việc, hai bên đã trao đổi về tình hình …": "trao đổi" alone is to discuss; no exchange was held."""
    ex = read(extractor, "Sáng 15/5, tại thành phố Lào Cai, hai bên đã hội đàm. Tại buổi làm việc, hai bên đã trao đổi về tình hình "
                         "phát triển kinh tế - xã hội.", "vi", date="2024-05-16")
    assert not [e for e in ex.events if e.cls == "Exchange"]


def test_trade_exchanges_in_general_are_no_exchange_event(extractor) -> None:
    """"两地经贸交流中的一项重要活动": economic and trade exchanges in general, no exchange held that day."""
    ex = read(extractor, "云南网讯 21日上午，大理州党政代表团来到越南老街省，与老街省共同举办经贸合作推介会。这也是今年7月1日老街省"
                         "与安沛省合并后，两地经贸交流中的一项重要活动。", "zh", date="2025-10-22")
    assert not [e for e in ex.events if e.cls == "Exchange"]


def test_an_arabic_autonomous_prefecture_located_in_its_province_is_no_venue(extractor) -> None:
    """"وفدا من محافظة هونغ خه ذاتية الحكم في مقاطعة يوننان الصينية": "ذاتية الحكم" (autonomous) only describes Honghe,
    and "in Yunnan" locates it; the reception is not held in Yunnan (`place_adjectives`)."""
    ex = read(extractor, "لاي تشاو (وكالة الأنباء الفيتنامية) - استقبل السيد لي فان لونغ يوم الثلاثاء 12 مارس وفدا من محافظة هونغ خه "
                         "ذاتية الحكم في مقاطعة يوننان الصينية.", "ar", date="2024-03-14")
    assert ex.events and not [e for e in ex.events if f"{BKR}place/yunnan" in e.locations]


def test_the_four_provinces_joint_working_group_named_in_arabic(extractor) -> None:
    """"مجموعة العمل المشتركة بين المقاطعات الأربع في شمال فيتنام ومقاطعة يوننان": the four provinces' group with Yunnan."""
    ex = read(extractor, "يذكر أن الاجتماع السادس لمجموعة العمل المشتركة بين المقاطعات الأربع في شمال فيتنام ومقاطعة يوننان عقد في "
                         "مدينة كونمينغ في نوفمبر الماضي.", "ar", date="2024-03-14")
    assert (f"{BKR}mechanism/joint-working-group-yunnan", 6) in {(e.mechanism, e.ordinal) for e in ex.events}


def test_a_chinese_delegation_going_to_a_place_is_a_visit(extractor) -> None:
    """"李明率红河州代表团赴越南老街省，与…举行会谈": the delegation's going there is its visit, and the talks were held there."""
    ex = read(extractor, "云南网讯 3月12日，红河州州长李明率红河州代表团赴越南老街省，与老街省人民委员会主席郑春长举行会谈。", "zh",
              date="2024-03-14")
    assert {("Visit", "2024-03-12", frozenset({"place/lao-cai"})), ("Meeting", "2024-03-12", frozenset({"place/lao-cai"}))} \
        <= told(ex)


def test_the_spring_meeting_called_a_spring_gathering_where_its_sides_are_named(extractor) -> None:
    """"Party chiefs of Guangxi and four Vietnamese border provinces met … for their annual spring gathering": the Spring
    Meeting, its member sides named (a bk:contextLabel)."""
    ex = read(extractor, "NANNING, Feb. 21 (Xinhua) -- Party chiefs of Guangxi and the Vietnamese provinces of Quang Ninh, Lang Son, "
                         "Cao Bang and Ha Giang met in Dongxing on Tuesday for their annual spring gathering.", "en",
              date="2025-02-21")
    assert f"{BKR}mechanism/spring-meeting" in {e.mechanism for e in ex.events}


def test_a_title_before_in_names_whose_post_it_is_not_where_the_event_was(extractor) -> None:
    """"Vårmötet mellan partisekreterarna i Quang Ninh, …": "i" after a title says whose post, as "of" does; the
    meeting was where "ägde rum i" says."""
    ex = read(extractor, "Vårmötet mellan partisekreterarna i Quang Ninh, Lang Son, Cao Bang och Guangxi ägde rum i Nanning "
                         "i februari förra året.", "sv", date="2024-05-22")
    assert ("Meeting", "2023-02", frozenset({"place/nanning"})) in told(ex)


@pytest.mark.parametrize("text", [
    "Lào Cai, ngày 14/3 (TTXVN) - Chiều 13/3, đồng chí Đặng Xuân Phong đã tiếp Đoàn công tác châu Hồng Hà.",
    "Lào Cai (TTXVN) 14/3 - Chiều 13/3, đồng chí Đặng Xuân Phong đã tiếp Đoàn công tác châu Hồng Hà.",
])
def test_the_slashes_of_a_date_on_the_dateline_are_no_agency(extractor, text: str) -> None:
    """"ngày 14/3 (TTXVN) - Chiều 13/3": "/3 (TTXVN) - Chiều 13/" is not an agency between slashes ("/فنا/"), so the
    lede keeps its own day."""
    ex = read(extractor, text, "vi", date="2024-03-14")
    assert any(e.cls == "Meeting" and e.date == "2024-03-13" for e in ex.events)


def test_a_vietnamese_delegation_going_to_survey_a_gate_is_a_visit(extractor) -> None:
    """"đoàn đã đi khảo sát cửa khẩu …": the delegation's visit to the gate."""
    ex = read(extractor, "Sáng 13/3, đoàn công tác châu Hồng Hà đã đi khảo sát cửa khẩu quốc tế đường bộ số II Kim Thành.",
              "vi", date="2024-03-14")
    assert ("Visit", "2024-03-13", frozenset({"gate/kim-thanh"})) in told(ex)


def test_a_place_in_the_clause_of_another_time_is_not_where_the_told_event_was(extractor) -> None:
    """"会谈中，双方回顾了去年11月在蒙自市举行的第三次…会议": Mengzi is where last November's meeting was, not the talks."""
    ex = read(extractor, "3月12日下午，红河州委书记李明与老街省委书记邓春峰举行会谈。会谈中，双方回顾了去年11月在蒙自市举行的第三次"
                         "联合工作组会议的成果。", "zh", date="2024-03-14")
    assert any(e.cls == "Meeting" and e.date == "2024-03-12" for e in ex.events)
    assert not [e for e in ex.events if e.date == "2024-03-12" and f"{BKR}place/mengzi" in e.locations]


def test_a_chinese_delegation_arriving_in_a_place_is_a_visit(extractor) -> None:
    """"率红河州党政代表团抵达越南老街省": the delegation's arrival is its visit."""
    ex = read(extractor, "3月12日下午，红河州委书记李明率红河州党政代表团抵达越南老街省，与老街省委书记邓春峰举行会谈。", "zh",
              date="2024-03-14")
    assert ("Visit", "2024-03-12", frozenset({"place/lao-cai"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("en", "Zhou Wei and his delegation visited the Ban Gioc waterfall on Sunday."),
    ("sv", "Zhou Wei och hans delegation besökte Ban Gioc-vattenfallet på söndagen."),
])
def test_a_landmark_visited_is_where_the_visit_went(extractor, lang: str, text: str) -> None:
    """"visited the Ban Gioc waterfall": a place that is no administrative unit (a bk:Place) is a venue, as a gate is."""
    ex = read(extractor, text, lang, date="2024-10-08")
    assert ("Visit", "2024-10-06", frozenset({"place/ban-gioc-waterfall"})) in told(ex)


def test_a_swedish_city_named_with_its_type_after_it(extractor) -> None:
    """"i Cao Bang stad": the city, not the province of that name (`place_types_after`)."""
    ex = read(extractor, "Hoang Xuan Anh höll på måndagen samtal med Zhou Wei i Cao Bang stad.", "sv", date="2024-10-08")
    assert ("Meeting", "2024-10-07", frozenset({"place/cao-bang-city"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("es", "El presidente del Comité Popular de Lang Son, Ho Tien Thieu, se reunió el martes en la ciudad china de Pingxiang "
           "con el alcalde Huang Bin."),
    ("fr", "Le président du Comité populaire de Lang Son, Ho Tien Thieu, a rencontré mardi dans la ville chinoise de Pingxiang "
           "le maire Huang Bin."),
])
def test_a_countrys_adjective_after_a_place_type_word_links_the_venue_word(extractor, lang: str, text: str) -> None:
    """"en la ciudad china de Pingxiang": the adjective stands between the venue word and the place as the type word does
    (though alone, "la province chinoise du Yunnan" after "une délégation de", it places nothing)."""
    ex = read(extractor, text, lang, date="2024-05-15")
    assert ("Meeting", "2024-05-14", frozenset({"place/pingxiang"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Jeudi, la délégation s'est rendue à la porte frontalière internationale de Xin Cai Zhen."),
    ("es", "El jueves, la delegación visitó la puerta fronteriza internacional de Xin Cai Zhen."),
    ("es", "El jueves, la delegación visitó el paso fronterizo internacional de Xin Cai Zhen."),
])
def test_an_international_gate_no_lexicon_knows_is_where_the_visit_went(extractor, lang: str, text: str) -> None:
    """"la porte frontalière internationale de X", "la puerta fronteriza internacional de X": a gate of that name."""
    ex = read(extractor, text, lang, date="2024-06-21")
    assert ("Visit", "2024-06-20", frozenset({"place/x-xin-cai-zhen"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("sv", "Cao Bang, 9 november (VNA) – Polisen i Cao Bang och departementet för allmän säkerhet i Kinas Guangxi höll på "
           "onsdagen samtal om narkotikabekämpning."),
    ("en", "Cao Bang, Nov. 9 (VNA) – The police in Cao Bang and the Public Security Department in China's Guangxi held "
           "talks on Wednesday on fighting drug crime."),
])
def test_the_place_of_a_body_or_of_the_police_is_not_where_they_met(extractor, lang: str, text: str) -> None:
    """"departementet för allmän säkerhet i Kinas Guangxi", "Polisen i Cao Bang": whose the body is, not where the talks
    were; the dateline's place says where (`resident_words`; a venue word inside a body's name)."""
    ex = read(extractor, text, lang, date="2023-11-09")
    assert ("Meeting", "2023-11-08", frozenset({"place/cao-bang"})) in told(ex)


def test_a_signing_placed_only_in_a_country_is_placed_by_its_next_telling(extractor) -> None:
    """"… Dongxing, en el sur de China, y la vecina ciudad vietnamita de Mong Cai … un memorando firmado el martes. El
    memorando … fue rubricado en Mong Cai": a country alone places the signing roughly; the memorandum's telling (an
    agreement word the lexicon does not name) says where."""
    ex = read(extractor, "NANNING, 12 mar (Xinhua) -- La ciudad de Dongxing, en el sur de China, y la vecina ciudad vietnamita "
                         "de Mong Cai estudiarán un paso fronterizo inteligente, según un memorando de entendimiento firmado el "
                         "martes.\n\nEl memorando fue rubricado en Mong Cai, en la provincia vietnamita de Quang Ninh, por Li Jian "
                         "y Ho Quang Huy.", "es", date="2025-03-12")
    assert ("Signing", "2025-03-11", frozenset({"place/mong-cai"})) in told(ex)


@pytest.mark.parametrize("lang, text, where", [
    ("es", "Quang Ninh, 29 ago (VNA) – Una delegación del Destacamento de Gestión Fronteriza de Fangchenggang, de la Región "
           "Autónoma Zhuang de Guangxi (China), visitó el jueves los puestos fronterizos de la provincia norteña vietnamita de "
           "Quang Ninh.", "place/quang-ninh"),
    # (guard: a verb-final clause's object right after the group's phrase is what was visited)
    ("de", "Im Oktober hatte eine Abordnung des Volkskongresses von Guangxi Lang Son besucht.", "place/lang-son"),
])
def test_a_place_in_the_phrase_naming_the_visiting_group_is_not_where_it_went(extractor, lang: str, text: str,
                                                                              where: str) -> None:
    """"una delegación del Destacamento … de Fangchenggang, de la Región … de Guangxi (China), visitó …": the places
    right before the verb name the group, not what it visited."""
    ex = read(extractor, text, lang, date="2025-08-29")
    assert {frozenset({where})} == {e.locations and frozenset(p.removeprefix(BKR) for p in e.locations)
                                    for e in ex.events if e.cls == "Visit"}


@pytest.mark.parametrize("lang, text", [
    ("vi", "Lai Châu (TTXVN) – Hoạt động xuất, nhập cảnh qua cửa khẩu Ma Lù Thàng (huyện Phong Thổ) đã chính thức được khôi "
           "phục toàn diện từ sáng nay (20/2). Lễ khôi phục do Ban Quản lý Khu kinh tế tỉnh Lai Châu tổ chức."),
    # (guard: English tells the reopening with an event word of its own)
    ("en", "Lai Chau (VNA) – Traffic through the Ma Lu Thang border gate in Phong Tho district was fully reopened on Monday "
           "morning. The ceremony was organised by the management boards of both gates."),
])
def test_an_event_word_opening_the_sentence_after_a_day_told_without_one_is_on_that_day(extractor, lang: str,
                                                                                          text: str) -> None:
    """"… đã chính thức được khôi phục … sáng nay (20/2). Lễ khôi phục do … tổ chức": the ceremony the sentence before
    told without an event word, on its day."""
    ex = read(extractor, text, lang, date="2023-02-20")
    assert {e.date for e in ex.events if e.cls == "Event"} == {"2023-02-20"}


def test_a_visit_told_by_its_own_word_beside_a_reception_goes_where_that_word_says(extractor) -> None:
    """"率代表团访问文山州，同文山州领导会见": the visit is "访问文山州", not the reception's; the talks were held there."""
    ex = read(extractor, "1月26日，老街省委书记邓春峰率代表团访问文山州，同文山州领导会见。", "zh", date="2024-03-23")
    assert {("Visit", "2024-01-26", frozenset({"place/wenshan"})), ("Meeting", "2024-01-26", frozenset({"place/wenshan"}))} \
        <= told(ex)


def test_an_undated_reception_of_a_counted_crowd_is_a_tally(extractor) -> None:
    """"Cao Bang a accueilli 1,86 million de visiteurs au cours des huit premiers mois de 2023": a period's tally of
    visitors, no reception, though the sentence gives no day. (A guard: before the provincial service was read as a body,
    the sentence named no side and told nothing.)"""
    ex = read(extractor, "Cao Bang, 16 septembre (VNA) – La zone touristique a été mise en exploitation vendredi. Selon le Service "
                         "provincial de la Culture, des Sports et du Tourisme, Cao Bang a accueilli 1,86 million de visiteurs au "
                         "cours des huit premiers mois de 2023.", "fr", date="2023-09-16")
    assert not [e for e in ex.events if e.cls in ("Visit", "Meeting")]


def test_to_attend_or_take_part_is_no_visit_though_it_folds_as_one(extractor) -> None:
    """"tham dự", "tham gia" (to attend, to take part) fold as "thăm" (to visit): no visit (`non_event_phrases`)."""
    ex = read(extractor, "Ngày 15/5, ông Nguyễn Văn Sơn tham gia buổi lễ tại thành phố Hà Giang. Tham dự có ông Hoàng Gia Long.",
              "vi", date="2024-05-16")
    assert ex.events and not [e for e in ex.events if e.cls == "Visit"]


def test_at_the_joint_control_station_of_a_gate_is_at_that_gate(extractor) -> None:
    """"tại Trạm Kiểm soát liên hợp cửa khẩu Phó Bảng": the station's words stand between the venue word and the gate
    (`gate_words_before`)."""
    ex = read(extractor, "Sáng hôm qua (14/11), tại Trạm Kiểm soát liên hợp cửa khẩu Phó Bảng, Ban Thường vụ Huyện ủy Đồng Văn "
                         "đã có buổi làm việc với đoàn công tác huyện Ma Lật Pha.", "vi", date="2023-11-15")
    assert ("Meeting", "2023-11-14", frozenset({"gate/pho-bang"})) in told(ex)


def test_a_vietnamese_delegation_gone_over_to_a_place_is_a_visit(extractor) -> None:
    """"đoàn công tác … đã sang châu Văn Sơn": a visit to Wenshan."""
    ex = read(extractor, "Ngày 13/1, đoàn công tác của Ban Tuyên giáo Tỉnh ủy Hà Giang đã sang châu Văn Sơn.", "vi",
              date="2025-01-14")
    assert ("Visit", "2025-01-13", frozenset({"place/wenshan"})) in told(ex)


def test_a_german_delegation_led_by_its_party_secretary_of_a_rarer_surname(extractor) -> None:
    """"Eine Delegation der Provinz Tuyen Quang unter Leitung des Parteisekretärs Chau Van Lam": a name right after a
    title with any surname the tables know (Chẩu), the secretary of the province's Party committee; "waren … in Ha Giang
    zusammengekommen" was a meeting; "das Grenztor Thanh Thuy – Tianbao" is the gate pair."""
    ex = read(extractor, "Hanoi (VNA) – Eine Delegation der Provinz Tuyen Quang unter Leitung des Parteisekretärs Chau Van Lam "
                         "ist am Montag in der chinesischen Präfektur Wenshan eingetroffen. Am Mittwoch besichtigte die "
                         "Delegation das Grenztor Thanh Thuy – Tianbao. Die beiden Seiten waren bereits im Dezember 2023 in "
                         "Ha Giang zusammengekommen.", "de", date="2024-05-22")
    assert {(m.person.rsplit("/", 1)[-1], m.role) for m in ex.memberships} == {("x-chau-van-lam", "SECRETARY")}
    assert {("Meeting", "2023-12", frozenset({"place/ha-giang"})),
            ("Visit", "2024-05-22", frozenset({"gate/thanh-thuy", "gate/tianbao"}))} <= told(ex)


@pytest.mark.parametrize("lang, text", [
    ("sv", "HA GIANG 12 juni (VNA) Vice ordföranden Hoang Gia Long välkomnade på tisdagen en delegation från Wenshan."),
    ("de", "Hanoi (VNA) – Der Vizevorsitzende Hoang Gia Long begrüßte am Dienstag eine Delegation aus Wenshan in Ha Giang."),
])
def test_welcoming_a_delegation_is_a_reception(extractor, lang: str, text: str) -> None:
    """"välkomnade på tisdagen en delegation", "begrüßte am Dienstag eine Delegation": a reception, the delegation's
    visit too (a split trigger; "welcomed" alone may be approval)."""
    ex = read(extractor, text, lang, date="2024-06-12")
    assert {"Meeting", "Visit"} <= {e.cls for e in ex.events if e.date == "2024-06-11"}


def test_what_the_sides_agreed_to_arrange_in_a_month_is_no_event_of_the_past(extractor) -> None:
    """"Parterna … kom överens om att arrangera en gemensam kulturfestival i september": a plan (`intent_words`), not
    last September's festival; "Förra året undertecknade …": a signing the year in words heads is of that year, not at
    the talks told before (nor September of last year: "september.\nFörra året" are two sentences)."""
    ex = read(extractor, "Ha Giang och Wenshan\n\nHA GIANG 12 juni (VNA) Hoang Gia Long tog på tisdagen emot en delegation från "
                         "Wenshan.\n\nParterna diskuterade turism och kom överens om att arrangera en gemensam kulturfestival i "
                         "september.\n\nFörra året undertecknade de två sidorna ett samarbetsavtal i Wenshan.", "sv", date="2024-06-12")
    assert not [e for e in ex.events if (e.date or "").startswith("2023-09")]
    assert [e.date for e in ex.events if e.cls == "Signing"] == ["2023"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "KUNMING, 9 juin (Xinhua) -- Une délégation du Yunnan a tenu samedi une séance de travail avec la province de Lao "
           "Cai, au poste-frontière international routier n° II de Kim Thanh."),
    ("es", "KUNMING, 9 jun (Xinhua) -- Una delegación de Yunnan celebró el sábado una sesión de trabajo con la provincia de "
           "Lao Cai en el paso fronterizo internacional de carretera número II de Kim Thanh."),
])
def test_a_gate_numbered_among_its_places_is_where_the_talks_were(extractor, lang: str, text: str) -> None:
    """"au poste-frontière international routier n° II de Kim Thanh": the gate's number and kind stand between the gate word
    and its name; the talks were there, not in the dateline's city."""
    ex = read(extractor, text, lang, date="2024-06-09")
    assert ("Meeting", "2024-06-08", frozenset({"gate/kim-thanh"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("sv", "Lao Cai, 21 december (VNA) – På fredagen gick gränsbevakningen i Lao Cai och Hekous gränsbevakningsbataljon ut på en "
           "gemensam patrull längs gränsen i Lao Cai. Tidigare i december patrullerade gränsvakterna i Lao Cai också tillsammans "
           "med gränsförvaltningsstyrkan i den autonoma prefekturen Honghe."),
    ("en", "Lao Cai, Dec. 21 (VNA) – On Friday, the Lao Cai border guards and the Hekou border battalion went on a joint patrol "
           "along the border in Lao Cai. Earlier in December, the Lao Cai border guards also patrolled together with the border "
           "management force of Honghe prefecture."),
])
def test_an_event_told_as_earlier_in_the_month_is_another_than_the_days(extractor, lang: str, text: str) -> None:
    """"Tidigare i december patrullerade …": a patrol told as earlier in the month is not the patrol of the day told before."""
    ex = read(extractor, text, lang, date="2019-12-21")
    dates = sorted(e.date for e in ex.events if e.cls == "Event")
    assert dates == ["2019-12", "2019-12-20"]


def test_a_month_fronted_with_its_comma_dates_the_edition(extractor) -> None:
    """"In March, Ha Giang hosted the third annual conference of …": the comma after a fronted time ends no clause."""
    ex = read(extractor, "In March, Ha Giang hosted the third annual conference of the Party secretaries of Ha Giang, Lao Cai "
                         "and Yunnan.", "en", date="2023-12-27")
    assert [(e.date, e.ordinal) for e in ex.events if e.mechanism == BKR + "mechanism/secretaries-conference-yunnan"] \
        == [("2023-03", 3)]


def test_two_editions_held_together_share_their_date(extractor) -> None:
    """"the third annual conference …, together with the ninth meeting of the Joint Working Group, both hosted by Ha Giang
    in late March": each its own mechanism and ordinal, both that month."""
    ex = read(extractor, "The foreign affairs agencies prepared the third annual conference between the Party secretaries of "
                         "Ha Giang, Lao Cai, Lai Chau, Dien Bien and Yunnan, together with the ninth meeting of the five "
                         "provinces' Joint Working Group, both hosted by Ha Giang in late March.", "en", date="2023-12-27")
    editions = {(e.mechanism.removeprefix(BKR + "mechanism/"), e.ordinal, e.date) for e in ex.events if e.mechanism}
    assert editions == {("secretaries-conference-yunnan", 3, "2023-03"), ("joint-working-group-yunnan", 9, "2023-03")}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lao Cai, 24 septembre (VNA) – Une rencontre entre la province de Lao Cai et la préfecture de Honghe s'est tenue samedi "
           "23 septembre à l'Hôpital populaire du district de Hekou."),
    ("en", "Lao Cai, Sept 24 (VNA) – Lao Cai and Honghe officials held a meeting on Saturday at the Hekou County People's "
           "Hospital."),
])
def test_an_event_at_a_bodys_premises_is_in_the_place_its_name_holds(extractor, lang: str, text: str) -> None:
    """"s'est tenue … à l'Hôpital populaire du district de Hekou": no place after a venue word, but a body's name right after
    one; the meeting was in Hekou, not in the dateline's Lao Cai."""
    ex = read(extractor, text, lang, date="2023-09-24")
    assert ("Meeting", "2023-09-23", frozenset({"place/hekou"})) in told(ex)


def test_a_venue_word_that_links_a_body_to_another_places_nothing(extractor) -> None:
    """Guard: "narkotikapolisens kontor vid Guangxis departement för allmän säkerhet": "vid" says whose the office is."""
    ex = read(extractor, "Cao Bang, 9 november (VNA) – Polisen i Cao Bang höll på onsdagen samtal med Guangxi. Informationen "
                         "utbyts främst mellan narkotikapolisens kontor vid Guangxis departement för allmän säkerhet och "
                         "provinspolisen.", "sv", date="2023-11-09")
    assert not any("place/guangxi" in e.locations for e in ex.events)


def test_a_place_type_word_hyphenated_to_a_side_still_says_where_that_side_lies(extractor) -> None:
    """"en delegation från Honghe-prefekturen i Yunnanprovinsen": Yunnan places the delegation's prefecture, not the
    meeting; where the meeting was, the next sentence says."""
    ex = read(extractor, "Hanoi, 14 mars (VNA) – Partisekreteraren i Lao Cai-provinsen, Dang Xuan Phong, tog på onsdagen emot "
                         "en delegation från Honghe-prefekturen i Yunnanprovinsen. Under mötet i staden Lao Cai kom parterna "
                         "överens om att påskynda arbetet med järnvägen.", "sv", date="2024-03-14")
    assert ("Meeting", "2024-03-13", frozenset({"place/lao-cai-city"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("sv", "Lai Chau, 16 december (VNA) – I september träffades gränsposterna i Jinping."),
    ("en", "Lai Chau, Dec 16 (VNA) – In September the border guards of both sides met in Jinping."),
])
def test_a_places_bare_name_after_a_venue_word_is_that_place(extractor, lang: str, text: str) -> None:
    """"träffades … i Jinping": "Jinping" alone may be read in Xi Jinping's name, but after a venue word it is the county."""
    ex = read(extractor, text, lang, date="2024-12-16")
    assert ("Meeting", "2024-09", frozenset({"place/jinping"})) in told(ex)


def test_xi_jinping_is_no_place_after_a_venue_word(extractor) -> None:
    """Guard: "a speech by Xi Jinping in Hanoi": the bare name inside a person's name is not the county."""
    ex = read(extractor, "Hanoi, Dec 13 (VNA) – Leaders met in Hanoi on Thursday, during the state visit of Xi Jinping.",
              "en", date="2024-12-13")
    assert not any(e.iri.endswith("place/jinping") for e in ex.entities)


def test_a_sentence_about_an_event_gives_the_day_in_its_year(extractor) -> None:
    """"… höll sina periodiska samtal för fjärde kvartalet 2024 … Samtalen ägde rum på måndagsförmiddagen": the talks
    the lede dates to the year only were on that Monday."""
    ex = read(extractor, "Dien Bien, 16 december (VNA) – Gränsposten A Pa Chai höll sina periodiska samtal för fjärde kvartalet "
                         "2024 med Kinas gränsstation. Samtalen ägde rum på måndagsförmiddagen i distriktet Muong Nhe.",
              "sv", date="2024-12-16")
    assert {(e.cls, e.date) for e in ex.events if e.cls == "Meeting"} == {("Meeting", "2024-12-16")}


@pytest.mark.parametrize("lang, text", [
    ("sv", "I september träffades samma parter i Jinping för kvartalets tredje samtal, och i tisdags patrullerade de "
           "gemensamt gränsen i kommunen Sin Thau."),
    ("en", "In September the same sides met in Jinping for the quarter's third talks, and on Tuesday they patrolled the border "
           "together in Sin Thau commune."),
])
def test_a_numbered_word_of_the_verbs_kind_numbers_that_event_and_a_months_clause_is_its_own(extractor, lang: str,
                                                                                                text: str) -> None:
    """"träffades … för kvartalets tredje samtal, och i tisdags patrullerade de": the third talks are the September
    meeting, not another edition on Tuesday; the clause that Tuesday heads tells the patrol."""
    ex = read(extractor, text, lang, date="2024-12-16")
    assert {(e.date, e.ordinal) for e in ex.events if e.cls == "Meeting"} == {("2024-09", 3)}
    assert "2024-12-10" in {e.date for e in ex.events if e.cls == "Event"}


def test_a_numbered_word_after_another_verb_is_another_edition(extractor) -> None:
    """Guard: "conversaron … y repasaron los resultados de la novena reunión, celebrada en Wenshan en marzo del año
    pasado": the ninth meeting is not the day's talks."""
    ex = read(extractor, "Ha Giang, 11 abr (VNA) - Ayer, las delegaciones de Ha Giang y Wenshan conversaron en la ciudad de Ha "
                         "Giang y repasaron los resultados de la novena reunión anual, celebrada en Wenshan en marzo del año "
                         "pasado.", "es", date="2025-04-11")
    assert {(e.date, e.ordinal) for e in ex.events if e.cls == "Meeting"} >= {("2024-03", 9)}
    assert ("2025-04-10", 9) not in {(e.date, e.ordinal) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lao Cai, 17 juin (VNA) – Lundi, une délégation de Honghe a été accueillie à Lao Cai par Ha Van Thang, directeur du "
           "Service de la Culture de Lao Cai."),
    ("es", "Lao Cai, 17 jun (VNA) - El lunes, una delegación de Honghe fue acogida en Lao Cai por Ha Van Thang, director del "
           "Departamento de Cultura de Lao Cai."),
])
def test_a_delegation_welcomed_in_the_passive_was_received(extractor, lang: str, text: str) -> None:
    """"une délégation … a été accueillie par X", "fue acogida por": a reception, and the delegation's visit."""
    ex = read(extractor, text, lang, date="2019-06-17")
    assert {("Meeting", "2019-06-17"), ("Visit", "2019-06-17")} <= {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("en", "Hanoi, May 8 (VNA) - A delegation of Guangxi led by Vice Chairman Wei Tao arrived in Lang Son on Tuesday."),
    ("fr", "Hanoï, 8 mai (VNA) – Une délégation du Guangxi conduite par le vice-président Wei Tao est arrivée à Lang Son mardi."),
    ("es", "Hanói, 8 may (VNA) - Una delegación de Guangxi encabezada por el vicepresidente Wei Tao llegó a Lang Son el martes."),
    ("sv", "Hanoi, 8 maj (VNA) – En delegation från Guangxi ledd av vice ordföranden Wei Tao anlände till Lang Son på tisdagen."),
])
def test_a_delegation_arriving_pays_a_visit(extractor, lang: str, text: str) -> None:
    """"A delegation … arrived in Lang Son on Tuesday": the arrival word, with a group in its sentence, tells a visit."""
    ex = read(extractor, text, lang, date="2024-05-08")
    assert ("Visit", "2024-05-07", frozenset({"place/lang-son"})) in told(ex)


def test_trucks_arriving_pay_no_visit(extractor) -> None:
    """Guard: "The first trucks arrived in Hekou on Tuesday": no group, no visit."""
    ex = read(extractor, "Lao Cai, May 8 (VNA) - The first trucks carrying durian arrived in Hekou on Tuesday.", "en",
              date="2024-05-08")
    assert not any(e.cls == "Visit" for e in ex.events)


def test_a_counterparts_place_and_a_meeting_held_online_from_a_place(extractor) -> None:
    """"… and their counterpart in Nanning met for talks, held online from Lang Son on Friday": Nanning is where the
    counterpart is; the talks were held from Lang Son."""
    ex = read(extractor, "Lang Son (VNA) – The customs departments of Lang Son and Cao Bang and their counterpart in Nanning, "
                         "China, held talks online from Lang Son on Friday.", "en", date="2022-11-19")
    assert ("Meeting", "2022-11-18", frozenset({"place/lang-son"})) in told(ex)


def test_a_region_named_after_its_countrys_genitive_is_where(extractor) -> None:
    """"sex dagar i Kinas autonoma region Guangxi": the region, not the country, is where the exchange was."""
    ex = read(extractor, "Ha Giang, 9 juni (VNA) – En delegation från Ha Giang återvände på söndagen efter sex dagar i Kinas "
                         "autonoma region Guangxi, där de deltog i ett vänskapsutbyte för barn.", "sv", date="2025-06-09")
    assert any(e.cls == "Exchange" and e.locations == (BKR + "place/guangxi",) for e in ex.events)


@pytest.mark.parametrize("lang, text", [
    ("sv", "Ha Giang, 9 juni (VNA) – Studieresorna sjösattes den 15 april i Hanoi av ledarna för de två länderna."),
    ("fr", "Hanoï, 16 avril (VNA) – Les voyages d'études ont été lancés mardi 15 avril à Hanoï par les dirigeants des deux pays."),
    ("vi", "Hà Nội, 16/4 (TTXVN) – Ngày 15/4, tại Hà Nội, lãnh đạo hai nước đã phát động chương trình hành trình đỏ."),
])
def test_a_launch_is_an_event(extractor, lang: str, text: str) -> None:
    """"sjösattes den 15 april i Hanoi", "ont été lancés", "phát động": a programme launched on a day is an event."""
    ex = read(extractor, text, lang, date="2025-04-16")
    assert ("Event", "2025-04-15", frozenset({"place/hanoi"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("vi", "Lạng Sơn, 25/10 (TTXVN) – Đợt viện trợ gần nhất được bàn giao tại cửa khẩu quốc tế Hữu Nghị hồi tháng 9/2021."),
    ("en", "Lang Son, Oct 25 (VNA) – The latest batch of medical supplies was handed over at the Huu Nghi international border "
           "gate in September 2021."),
    ("sv", "Lang Son, 25 oktober (VNA) – Den senaste sändningen överlämnades vid den internationella gränsporten Huu Nghi i "
           "september 2021."),
])
def test_a_handover_is_an_event(extractor, lang: str, text: str) -> None:
    """"được bàn giao tại cửa khẩu quốc tế Hữu Nghị hồi tháng 9/2021": aid handed over at a gate is an event there."""
    ex = read(extractor, text, lang, date="2022-10-25")
    assert ("Event", "2021-09", frozenset({"gate/huu-nghi"})) in told(ex)


def test_a_days_talks_then_another_meeting_told_with_an_indefinite_article(extractor) -> None:
    """Guard: "Tuesday's talks built on a video meeting in mid-May": the video meeting is another, in May, between the
    same sides; no second meeting on Tuesday."""
    ex = read(extractor, "Lang Son, June 2 (VNA) – Lang Son and Pingxiang officials held talks at the Tan Thanh border gate on "
                         "Tuesday. Tuesday's talks built on a video meeting in mid-May, when the two sides reviewed the testing "
                         "rules.", "en", date="2021-06-02")
    meetings = {(e.date, frozenset(p.removeprefix(BKR) for p in e.participants)) for e in ex.events if e.cls == "Meeting"}
    assert ("2021-05", frozenset({"place/lang-son", "place/pingxiang"})) in meetings
    assert {d for d, _ in meetings} == {"2021-06-01", "2021-05"}


def test_the_day_before_the_talks_named_again_by_its_weekday_is_no_meeting(extractor) -> None:
    """"Dagen före samtalen, på måndagen, besökte X Tan Thanh": Monday is the day before the talks told, so "samtalen" is
    those talks; the sentence tells a visit, not talks on Monday."""
    ex = read(extractor, "Lang Son, 2 juni (VNA) – Myndigheterna höll samtal på tisdagen vid gränsporten Tan Thanh. Dagen före "
                         "samtalen, på måndagen, besökte Doan Thu Ha, vice ordförande i Lang Sons provinsfolkkommitté, Tan Thanh "
                         "för att kontrollera förberedelserna.", "sv", date="2021-06-02")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2021-06-01"), ("Visit", "2021-05-31")}


def test_an_arabic_detachment_named_by_its_head_and_place(extractor) -> None:
    """"ومفرزة ون شان", "محافظة هكو": the Wenshan detachment named short, and Hekou as VNA Arabic spells it."""
    ex = read(extractor, "وفي صباح اليوم نفسه، عقدت قيادة حرس الحدود في ها جيانغ ومفرزة ون شان جلسة محادثات في مدينة ها جيانغ "
                         "بحضور وفد من محافظة هكو.", "ar", date="2024-12-20")
    names = {e.iri.removeprefix(BKR) for e in ex.entities}
    assert {"org/wenshan/border-management-detachment", "place/hekou"} <= names


@pytest.mark.parametrize("lang, text", [
    ("es", "Quang Ninh, 25 sep (VNA) – Una delegación de Mong Cai visitó el miércoles el distrito de Fangcheng, en la Región "
           "Autónoma Zhuang de Guangxi (China)."),
    ("de", "Quang Ninh, 25. September (VNA) – Eine Delegation aus Mong Cai besuchte am Mittwoch den Kreis Fangcheng in der "
           "Autonomen Region Guangxi."),
    ("fr", "Quang Ninh, 25 septembre (VNA) – Une délégation de Mong Cai a visité mercredi le district de Fangcheng, dans la "
           "région autonome Zhuang du Guangxi."),
])
def test_a_visit_told_with_its_day_before_the_place_visited(extractor, lang: str, text: str) -> None:
    """"visitó el miércoles el distrito de Fangcheng, en la Región … de Guangxi": the day between the verb and its object
    leaves the district what was visited; the region only says where it lies."""
    ex = read(extractor, text, lang, date="2024-09-25")
    assert ("Visit", "2024-09-25", frozenset({"place/fangcheng"})) in told(ex)


def test_an_arabic_venue_letter_on_the_place_type_word_says_where(extractor) -> None:
    """"في ساحة الثقافة العرقية بمحافظة هكو": "ب" (in) written on "محافظة" (county) places the cycling race in Hekou, not in
    the dateline's Lao Cai."""
    ex = read(extractor, "لاو كاي، 9 ديسمبر (وكالة الأنباء الفيتنامية) - أقيم صباح اليوم السبت في ساحة الثقافة العرقية بمحافظة "
                         "هكو حفل افتتاح سباق الدراجات.", "ar", date="2023-12-09")
    assert ("Exchange", "2023-12-09", frozenset({"place/hekou"})) in told(ex)


def test_a_match_on_a_pitch_of_a_ward_is_in_that_ward(extractor) -> None:
    """"trận giao hữu diễn ra … trên sân cỏ nhân tạo phường Duyên Hải, thành phố Lào Cai": the pitch only describes the ward
    it is in, which is where the match was."""
    ex = read(extractor, "Lào Cai (Báo Lào Cai) – Đội bóng Hội Doanh nghiệp trẻ tỉnh Lào Cai đã giành chiến thắng 8-4 trong trận "
                         "giao hữu diễn ra sáng thứ Bảy (27/1) trên sân cỏ nhân tạo phường Duyên Hải, thành phố Lào Cai.", "vi",
              date="2024-01-28")
    assert ("Exchange", "2024-01-27", frozenset({"place/x-duyen-hai"})) in told(ex)


def test_the_visitors_own_place_right_before_the_verb_is_not_where_they_went(extractor) -> None:
    """"une délégation … de la préfecture autonome de Honghe, dans la province du Yunnan, est entrée au Vietnam": the
    place right before the verb is the visitors' own; only where clauses end with their verb (German, Chinese) may it be
    the place visited."""
    ex = read(extractor, "Lao Cai, 17 juin (VNA) – Lundi matin, une délégation conduite par Zhang Yanmei, directrice du Bureau "
                         "de la culture et du tourisme de la préfecture autonome de Honghe, dans la province du Yunnan, est "
                         "entrée au Vietnam.", "fr", date="2019-06-17")
    assert not any(BKR + "place/honghe" in e.locations or BKR + "place/yunnan" in e.locations
                   for e in ex.events if e.cls == "Visit")
    assert any(e.cls == "Visit" and e.date == "2019-06-17" for e in ex.events)


@pytest.mark.parametrize("lang, text, signed", [
    ("sv", "Lang Son, 10 maj (VNA) – Provinspolisen i Lang Son och Cao Bang deltog 25–28 april i en konferens med Guangxis "
           "departement för allmän säkerhet. På söndagen, konferensens sista dag, skrev de under ett samförståndsavtal.",
     "2019-04-28"),
    ("fr", "Lao Cai, 20 juin (VNA) – Une délégation de Honghe a séjourné du 11 au 15 juin à Lao Cai. Jeudi, les deux parties "
           "ont signé un mémorandum d'entente.", "2019-06-13"),
])
def test_a_weekday_after_a_range_of_days_is_a_day_of_it(extractor, lang: str, text: str, signed: str) -> None:
    """"deltog 25–28 april i konferensen … På söndagen, konferensens sista dag, skrev de under": a weekday after a range of
    days told is the day of that weekday in the range, not the one before the report was filed."""
    ex = read(extractor, text, lang, date="2019-05-10" if lang == "sv" else "2019-06-20")
    assert signed in {e.date for e in ex.events if e.cls == "Signing"}


def test_a_weekday_after_a_range_that_does_not_hold_it_is_of_the_reports_week(extractor) -> None:
    """Guard: "du 11 au 12 juin … Jeudi": no Thursday in the range; the Thursday before the report was filed."""
    ex = read(extractor, "Lao Cai, 20 juin (VNA) – Une délégation de Honghe a séjourné du 10 au 11 juin à Lao Cai. Jeudi, les "
                         "deux parties ont signé un mémorandum d'entente.", "fr", date="2019-06-21")
    assert "2019-06-20" in {e.date for e in ex.events if e.cls == "Signing"}


def test_a_day_alone_that_lies_ahead_is_in_this_month(extractor) -> None:
    """"代表团将于21日考察…": a day of the month still to come that the sentence says lies ahead is this month's, not the
    month before's (reading it as 21 May made a signing of the past out of a plan)."""
    ex = read(extractor, "本报下龙6月19日电 红河州代表团18日在下龙市与广宁省文化体育旅游厅举行会谈。按照行程安排，代表团将于21日"
                         "考察老街省沙坝，并与老街省文化体育旅游厅签署合作备忘录。", "zh", date="2019-06-20")
    assert not any((e.date or "").startswith("2019-05") for e in ex.events)


@pytest.mark.parametrize("text", [
    "Two cooperation documents between Quang Ninh and Guangxi were signed in Hanoi on February 19.",
    "Quang Ninh and Guangxi signed two cooperation agreements in Hanoi on February 19.",
])
def test_a_signing_dated_to_its_day_between_two_sides_is_told(extractor, text: str) -> None:
    """"Two cooperation documents between X and Y were signed in Hanoi on February 19": the documents are not named, and
    the sentence counts them, but a signing its own sentence dates to the day between two sides is an event."""
    ex = read(extractor, text, "en", date="2025-02-20")
    assert ("Signing", "2025-02-19", frozenset({"place/hanoi"})) in told(ex)


def test_a_signing_of_many_documents_over_a_year_is_no_event(extractor) -> None:
    """Guard: "signed 15 agreements in 2024": a year's tally of signings tells no one signing."""
    ex = read(extractor, "Quang Ninh and Guangxi signed 15 cooperation agreements in 2024.", "en", date="2025-02-20")
    assert not any(e.cls == "Signing" for e in ex.events)


def test_talks_a_signing_followed_are_an_event_of_their_own(extractor) -> None:
    """"The signing followed talks between Dien and Chen … on the same day": the talks the signing came after are told too."""
    ex = read(extractor, "Hanoi, February 19 (VNA) – Two cooperation documents between Quang Ninh and Guangxi were signed in "
                         "Hanoi on February 19. The signing followed talks between Quang Ninh and Guangxi on the same day.",
              "en", date="2025-02-20")
    assert {(e.cls, e.date) for e in ex.events} == {("Signing", "2025-02-19"), ("Meeting", "2025-02-19")}


@pytest.mark.parametrize("text, day", [
    ("وعقدت مقاطعة كاو بانغ ومنطقة قوانغشي اجتماعا عبر الإنترنت في التاسع من سبتمبر 2021.", "2021-09-09"),
    ("وعقدت مقاطعة كاو بانغ ومنطقة قوانغشي اجتماعا عبر الإنترنت يوم الحادي والعشرين من سبتمبر.", "2022-09-21"),
])
def test_an_arabic_day_written_as_an_ordinal_word(extractor, text: str, day: str) -> None:
    """"في التاسع من سبتمبر 2021": the ninth of September, a day written as an ordinal word before its month."""
    ex = read(extractor, text, "ar", date="2022-09-23")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", day)}


def test_an_arabic_ordinal_week_of_a_month_is_no_day(extractor) -> None:
    """Guard: "في الأسبوع الأول من سبتمبر 2021" is the first week of September, not its first day."""
    ex = read(extractor, "وعقدت مقاطعة كاو بانغ ومنطقة قوانغشي اجتماعا في الأسبوع الأول من سبتمبر 2021.", "ar", date="2022-09-23")
    assert not any(e.date == "2021-09-01" for e in ex.events)


@pytest.mark.parametrize("lang, text", [
    ("vi", "Sở Ngoại vụ tỉnh Quảng Ninh và Văn phòng Ngoại sự Quảng Tây đã điện đàm vào ngày 22/4."),
    ("en", "Quang Ninh and Guangxi officials spoke in a phone call on April 22."),
    ("ar", "وأجرى مسؤولو كوانغ نينه وقوانغشي اتصالا هاتفيا يوم 22 أبريل."),
])
def test_phone_talks_are_a_meeting(extractor, lang: str, text: str) -> None:
    """"đã điện đàm", "held phone talks", "اتصالا هاتفيا": talks by telephone are a meeting of the sides."""
    ex = read(extractor, text, lang, date="2020-04-23")
    assert ("Meeting", "2020-04-22") in {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("vi", "Ngày 27/3, tỉnh Hà Giang và tỉnh Vân Nam thống nhất tăng cường hợp tác về thương mại, du lịch, giáo dục và giao "
           "lưu nhân dân."),
    ("es", "El 11 de junio, Lao Cai y Yunnan acordaron facilitar los viajes, el comercio y los intercambios de los habitantes "
           "de ambos lados."),
    ("en", "On June 11, Lao Cai and Yunnan agreed to boost cooperation in trade, tourism, education and people-to-people "
           "exchanges."),
])
def test_an_exchange_closing_a_list_of_fields_is_no_event(extractor, lang: str, text: str) -> None:
    """"… thương mại, kết nối giao thông và giao lưu nhân dân": exchanges after the and-word that closes a list of fields
    of cooperation are one more field, not an exchange held."""
    ex = read(extractor, text, lang, date="2024-06-12")
    assert not any(e.cls == "Exchange" for e in ex.events)


def test_an_exchange_after_an_and_word_but_no_list_is_an_event(extractor) -> None:
    """Guard: "a cultural and sports exchange": an and-word before the event word, but no list of fields."""
    ex = read(extractor, "On June 11, young people of Lao Cai and Hekou joined a cultural and sports exchange.", "en",
              date="2024-06-12")
    assert any(e.cls == "Exchange" and e.date == "2024-06-11" for e in ex.events)


def test_a_day_and_its_month_in_figures_is_no_range(extractor) -> None:
    """Guard: "Ngày 5/9" is the fifth of September, not the fifth to the ninth; a Monday after it is the report's week's."""
    ex = read(extractor, "Ngày 5/9, tỉnh Lạng Sơn và Quảng Tây tổ chức hội đàm. Sáng thứ Hai, tỉnh Lạng Sơn và Quảng Tây ký biên "
                         "bản ghi nhớ.", "vi", date="2019-09-20")
    assert "2019-09-16" in {e.date for e in ex.events if e.cls == "Signing"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Lao Cai (VNA) – El Comando de la Guardia Fronteriza de Lao Cai y la Estación de Inspección Fronteriza de "
           "Hekou realizaron el mes pasado una patrulla conjunta en el tramo del hito 102, informó hoy la parte "
           "vietnamita."),
    ("en", "Lao Cai (VNA) – Border guards of Bat Xat and Hekou carried out a joint patrol last month along the section "
           "of marker 102, the Vietnamese side reported today."),
    ("fr", "Lao Cai (VNA) – Le commandement des gardes-frontières de Lao Cai et le poste d'inspection frontalière de "
           "Hekou ont mené le mois dernier une patrouille conjointe près de la borne 102, a rapporté vendredi la partie "
           "vietnamienne."),
])
def test_the_day_a_report_was_given_does_not_date_the_event_it_reports(extractor, lang, text) -> None:
    """"realizaron el mes pasado una patrulla …, informó hoy la parte vietnamita": the day after a report word is when
    the news was told; the event keeps the month its clause gives."""
    assert [e.date for e in read(extractor, text, lang).events] == ["2024-04"]


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Gränsstationen Ma Lu Thang, som lyder under gränsbevakningskommandot i den nordvästra provinsen Lai Chau, "
           "höll i går samtal med gränsmötesstationen i häradet Jinping. Samtalen ägde rum i Jinping."),
])
def test_a_place_a_belonging_clause_names_is_where_that_body_is_not_the_venue(extractor, lang, text) -> None:
    """"…, som lyder under gränsbevakningskommandot i provinsen Lai Chau,": the place after the body the clause says
    the station belongs to is where that body is, not where the talks were."""
    assert BKR + "place/lai-chau" not in {loc for e in read(extractor, text, lang).events for loc in e.locations}


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("vi", "Tháng 3 vừa qua, hai đồn đã hội đàm tại Bá Sái, thống nhất duy trì đường dây nóng 24/7.", "2024-03"),
    ("en", "In March, the two stations held talks in Hekou and agreed to keep a 24/7 hotline.", "2024-03"),
    ("vi", "Ngày 24/7, hai đồn đã hội đàm tại Bá Sái.", "2023-07-24"),
])
def test_around_the_clock_in_figures_is_no_date(extractor, lang, text, date) -> None:
    """"đường dây nóng 24/7": around the clock, no 24 July; after a day's word ("Ngày 24/7") it is that day."""
    assert [e.date for e in read(extractor, text, lang).events] == [date]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El 7 de mayo, el Consulado General de Vietnam en Nanning, capital de Guangxi, celebró en esa ciudad una "
           "ceremonia por el aniversario."),
    ("fr", "Le 7 mai, le consulat général du Vietnam à Nanning, capitale du Guangxi, a organisé dans cette ville une "
           "cérémonie pour l'anniversaire."),
])
def test_a_demonstrative_venue_is_the_city_named_last(extractor, lang, text) -> None:
    """"celebró en esa ciudad una ceremonia": the city named last before it is where it was held."""
    assert {loc for e in read(extractor, text, lang).events for loc in e.locations} == {BKR + "place/nanning"}


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("vi", "Bộ đội Biên phòng tỉnh Hà Giang và Đại đội Quản lý biên giới huyện Ma Lật Pha đã tuần tra chung vào sáng thứ "
           "Năm tuần trước.", "2024-05-02"),
    ("zh", "首届麻栗坡—河江边境商品交易会于上周五在麻栗坡县天保口岸开幕。", "2024-05-03"),
    ("en", "Border guards of Ha Giang and Malipo carried out a joint patrol on Thursday last week.", "2024-05-02"),
    ("vi", "Thứ Hai vừa qua, tại thành phố Tuyên Quang, lãnh đạo UBND tỉnh Tuyên Quang và Chính quyền nhân dân thành phố "
           "Bách Sắc đã ký thỏa thuận hợp tác.", "2024-05-06"),
])
def test_a_weekday_of_last_week(extractor, lang, text, date) -> None:
    """"thứ Năm tuần trước", "上周五", "Thursday last week": that day of the week before the report's (Friday 10 May
    2024), not of its own week; "Thứ Hai vừa qua" (this past Monday) is a weekday, though "thứ Hai" is also "second"."""
    assert date in [e.date for e in read(extractor, text, lang).events]


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "由崇左市商务局主办的中越跨境电商培训班8日在崇左开班，越南谅山省30余名企业代表参加。"),
    ("vi", "Ngày 8/5, Chi cục Hải quan cửa khẩu Hữu Nghị và Hải quan Bằng Tường đã mở lớp tập huấn nghiệp vụ tại thành phố "
           "Bằng Tường."),
    ("en", "On May 8, Lang Son customs and Pingxiang customs opened a joint training course in Pingxiang."),
])
def test_a_joint_training_course_is_an_event(extractor, lang, text) -> None:
    """"培训班", "lớp tập huấn", "training course": a course the two sides hold is an event of its day."""
    assert ("Event", "2024-05-08") in {(e.cls, e.date) for e in read(extractor, text, lang).events}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Vietnamese language training course for 25 officers of Hekou county opened on Wednesday in Lao Cai city."),
    ("es", "Un curso de capacitación aduanera para 30 funcionarios de Lang Son comenzó el miércoles en Pingxiang."),
])
def test_a_count_of_whom_an_event_is_for_is_no_tally(extractor, lang, text) -> None:
    """"a course for 25 officers": whom the course is for; "received 41 delegations" would count events."""
    assert ("Event", "2024-05-08") in {(e.cls, e.date) for e in read(extractor, text, lang).events}


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("en", "Leaders of Lao Cai and Honghe held talks last Friday in Hekou.", "2024-05-03"),
    ("es", "Los dirigentes de Lao Cai y Honghe sostuvieron conversaciones el viernes pasado en Hekou.", "2024-05-03"),
    ("fr", "Les dirigeants de Lao Cai et de Honghe ont tenu des entretiens vendredi dernier à Hekou.", "2024-05-03"),
    ("de", "Die Führungen von Lao Cai und Honghe führten am vergangenen Freitag in Hekou Gespräche.", "2024-05-03"),
    ("sv", "Ledningarna för Lao Cai och Honghe höll samtal i fredags i Hekou.", "2024-05-03"),
    ("en", "Leaders of Lao Cai and Honghe held talks on Friday in Hekou.", "2024-05-10"),
    ("sv", "Gränsbevakare från Lao Cai och Hekou genomförde förra veckan i tisdags en gemensam patrull.", "2024-04-30"),
])
def test_last_weekday_in_a_report_of_that_weekday_is_a_week_back(extractor, lang, text, date) -> None:
    """"last Friday", "vendredi dernier", "i fredags" in Friday's report (10 May 2024): the Friday before; "on Friday"
    alone is the day of the report; "förra veckan i tisdags": the Tuesday of last week."""
    assert date in [e.date for e in read(extractor, text, lang).events]


@pytest.mark.parametrize(("lang", "text", "where", "sides"), [
    ("zh", "5月8日上午，天保口岸货运专用通道正式开通。", {"gate/tianbao"}, set()),
    ("en", "A ceremony was held on May 8 to open a new freight lane linking Lao Cai and Hekou.", set(),
     {"place/lao-cai", "place/hekou"}),
])
def test_an_opening_that_names_only_works_is_at_them(extractor, lang, text, where, sides) -> None:
    """An opening that names no side and no place but a gate is at that gate; works named by the places they join
    have those places as sides."""
    ev = next(e for e in read(extractor, text, lang).events if e.date == "2024-05-08")
    assert {p.removeprefix(BKR) for p in ev.locations} >= where and {p.removeprefix(BKR) for p in ev.participants} >= sides


def test_a_headlines_last_event_word_is_organised_by_no_verb_of_the_lede(extractor) -> None:
    """A headline ending in an event word, then a lede opening with a reception verb: the lede's reception is told."""
    ex = read(extractor, "مدينة لاو كاي ومحافظة خه كو تتفقان على تعزيز التبادل الثقافي\n\nلاو كاي (وكالة الأنباء "
                         "الفيتنامية) - استقبل السيد فو ذي هونغ، رئيس اللجنة الشعبية لمدينة لاو كاي، يوم 8 مايو، وفدا "
                         "من محافظة خه كو.", "ar")
    assert ("Meeting", "2024-05-08") in {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize(("lang", "text", "cls", "where"), [
    ("sv", "Kvinnoförbunden i Cao Bang och Longzhou höll på onsdagen ett vänskapsutbyte. Utbytet ägde rum i Longzhou.",
     "Exchange", "place/longzhou"),
    ("sv", "Cao Bangs utrikesdepartement och Guangxis utrikesbyrå undertecknade på onsdagen ett samarbetsprotokoll. "
           "Ceremonin hölls i Longzhou.", "Signing", "place/longzhou"),
    ("de", "Das Grenzschutzkommando von Lai Chau und die Grenzbrigade von Jinping unterzeichneten am Mittwoch ein "
           "Protokoll. Die Zeremonie fand in Jinping statt.", "Signing", "place/jinping"),
    ("vi", "Ngày 8/5, Phiên họp lần thứ 7 Nhóm công tác liên hợp giữa tỉnh Lai Châu và châu Hồng Hà đã được tổ chức. "
           "Tham dự phiên họp có lãnh đạo hai bên. Phiên họp diễn ra tại thành phố Mông Tự.", None, "place/mengzi"),
    ("ar", "نظمت مقاطعة ها جيانغ ومحافظة ماليبو يوم الأربعاء برنامج تبادل ثقافي. وأقيم الحدث في منطقة دونغ فان.",
     "Exchange", "place/dong-van"),
    ("es", "Artistas de Loc Binh y de Ningming protagonizaron el miércoles un intercambio cultural. El encuentro tuvo "
           "lugar en Ningming.", "Exchange", "place/ningming"),
])
def test_a_later_sentence_says_where_the_event_told_was(extractor, lang, text, cls, where) -> None:
    """A sentence about the event told ("Utbytet ägde rum i …", "Ceremonin hölls i …" after a signing, "Tham dự phiên
    họp …" then "Phiên họp diễn ra tại …", "وأقيم الحدث في …", "El encuentro tuvo lugar en …" after an exchange) says
    where it was, whatever place an earlier telling read ("Kvinnoförbunden i Cao Bang")."""
    ev = [e for e in read(extractor, text, lang).events if e.date == "2024-05-08" and (cls is None or e.cls == cls)]
    assert ev and {p.removeprefix(BKR) for p in ev[0].locations} == {where}


def test_today_is_reckoned_from_the_datelines_day(extractor) -> None:
    """"Hanoi, 9 mayo (Prensa Latina) … celebraron hoy": the dateline's day, not the publication's (10 May)."""
    ex = read(extractor, "Hanoi, 9 mayo (Prensa Latina) Autoridades de Lao Cai y de Yunnan celebraron hoy en Kunming una "
                         "conferencia sobre comercio.", "es")
    assert [e.date for e in ex.events if e.cls == "Conference"] == ["2024-05-09"]


def test_an_event_word_before_an_organisers_phrase_is_the_event_told(extractor) -> None:
    """"The … Trade Fair opened in Pingxiang, Guangxi, on May 8, co-hosted by …": the fair, not a reception."""
    ex = read(extractor, "The Pingxiang border trade fair opened in Pingxiang, Guangxi, on May 8, co-hosted by the "
                         "Pingxiang municipal government and the Lang Son Department of Industry and Trade.", "en")
    assert {e.cls for e in ex.events} == {"Exhibition"}


def test_people_a_ceremony_hands_over_are_no_tally(extractor) -> None:
    """"held a ceremony … to hand over 15 people": persons counted tally visits and receptions, not ceremonies."""
    ex = read(extractor, "Border guards of Binh Lieu and the police of Fangchenggang held a ceremony on May 8 to hand "
                         "over 15 people who had crossed the border illegally.", "en")
    assert ("Event", "2024-05-08") in {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize(("lang", "text", "signed"), [
    ("de", "Die Führungen von Lao Cai und Honghe trafen sich am 8. Mai in Hekou. Seit der Unterzeichnung des Abkommens "
           "über den Grenzhandel im Jahr 2018 hat sich der Handel verdoppelt.", "2018"),
    ("en", "Leaders of Lao Cai and Honghe met in Hekou on May 8. Trade has doubled since the two sides signed a border "
           "trade agreement in Mengzi in 2018.", "2018"),
    ("ar", "عقد مسؤولون من مقاطعة لاو كاي وولاية هونغخه يوم 8 مايو اجتماعا في مدينة لاو كاي. وكان الجانبان قد وقّعا في "
           "مدينة خه كو في مارس 2023 مذكرة تفاهم بشأن التجارة الحدودية.", "2023-03"),
    ("de", "Die Führungen von Lao Cai und Honghe trafen sich am 8. Mai in Hekou. Beide Seiten hatten bereits im März 2023 "
           "ein Abkommen über den Güterverkehr geschlossen.", "2023-03"),
    ("sv", "Lai Chaus kulturdepartement tog på onsdagen emot en delegation från Honghe i Lai Chau. Direktören påminde om "
           "att Lai Chau och Honghe 2021 undertecknade ett samförståndsavtal om turism.", "2021"),
])
def test_a_background_signing_keeps_its_own_time(extractor, lang, text, signed) -> None:
    """A signing told as where a time began ("Seit der Unterzeichnung … im Jahr 2018"), one dated between verb and
    document ("وقّعا … في مارس 2023 مذكرة تفاهم": the year is no count of documents), one concluded ("ein Abkommen …
    geschlossen"), one its year stands right beside ("… 2021 undertecknade ett samförståndsavtal"): each keeps its own
    time, not the day of the talks told before, and a year's signing of a named document is one event."""
    assert signed in {e.date for e in read(extractor, text, lang).events if e.cls == "Signing"}


def test_an_earlier_edition_dated_to_a_year_is_told(extractor) -> None:
    """"La edición anterior se celebró en Chongzuo en 2023": the edition before the event told, dated by its own clause,
    is one event however roughly dated; a year compared with the one before ("năm 2023, tổng kim ngạch … so với năm
    trước") tells none."""
    ex = read(extractor, "Un programa de intercambio cultural entre Lang Son y Chongzuo se inauguró el miércoles en Lang "
                         "Son. La edición anterior se celebró en Chongzuo en 2022.", "es")
    assert ("Exchange", "2022") in {(e.cls, e.date) for e in ex.events}
    ex = read(extractor, "Ngày 8/5, đoàn công tác huyện Phòng Thành đã sang thăm huyện Hải Hà. Năm 2023, tổng kim ngạch "
                         "xuất nhập khẩu qua cửa khẩu Bắc Phong Sinh đạt hơn 210 tỷ đồng, tăng 35% so với năm trước.", "vi")
    assert all(e.date != "2023" for e in ex.events)


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("zh", "上周，广西壮族自治区代表团对越南广宁省进行了为期三天的友好访问。", "2024-05"),
    ("en", "Last week, a delegation of Guangxi paid a visit to Quang Ninh province.", "2024-05"),
    ("zh", "上周，广西壮族自治区代表团对越南广宁省进行了友好访问。", "2024-04"),
])
def test_last_week_dates_an_event_to_that_weeks_month(extractor, lang, text, date) -> None:
    """"上周", "last week": the week before the report's; the event is dated to that week's month (10 May 2024 gives
    May; 3 May 2024, whose last week began in April, gives April)."""
    day = "2024-05-03" if date == "2024-04" else "2024-05-10"
    assert [e.date for e in read_on(extractor, text, lang, date=day).events] == [date]


@pytest.mark.parametrize(("lang", "text", "cls"), [
    ("sv", "Efter två dagars förhandlingar signerades i onsdags protokollet från överläggningarna mellan Lai Chaus och "
           "Jinpings handelsmyndigheter.", "Signing"),
    ("de", "Beim Freundschaftstreffen der Grenzgemeinden von Lao Cai und Hekou am 8. Mai traten Tanzgruppen beider Seiten "
           "auf.", "Exchange"),
])
def test_wordings_of_signings_and_friendship_meetings(extractor, lang, text, cls) -> None:
    """"signerades", "Freundschaftstreffen": a signing and a friendship exchange in words the tables had lacked."""
    assert (cls, "2024-05-08") in {(e.cls, e.date) for e in read(extractor, text, lang).events}


def test_travellers_going_across_pay_no_visit(extractor) -> None:
    """"首批旅客乘车前往越南高平": passengers going across on a new route are no visit, the opening is the event; a
    delegation going across ("率代表团一行前往越南老街省") is one."""
    opening = read(extractor, "5月8日，靖西—高平跨境客运班线正式开通，首发仪式在靖西市龙邦口岸举行，首批20余名旅客乘车前往越南高平。",
                   "zh")
    assert [e.cls for e in opening.events] == ["Event"]
    visit = read(extractor, "5月8日，红河州副州长率代表团一行18人前往越南老街省。", "zh")
    assert [e.cls for e in visit.events] == ["Visit"]


def test_a_weekday_whose_name_folds_as_since_before_its_date(extractor) -> None:
    """"Thứ Tư (12/3)": Wednesday's name folds as "thu từ" (từ: since), but the date after it is the event's day, no
    start; "Từ 12/3" is one."""
    ex = read(extractor, "Thứ Tư (8/5), đoàn đại biểu tỉnh Cao Bằng đã sang thăm và làm việc tại thành phố Bách Sắc.", "vi")
    assert [(e.cls, e.date) for e in ex.events] == [("Visit", "2024-05-08")]


def test_the_day_told_before_what_was_said_at_an_undated_event(extractor) -> None:
    """"Buổi làm việc … diễn ra tại …. Theo Ban Quản lý, cuộc làm việc được tổ chức sáng thứ Tư, hai bên đã thống nhất
    …": the day between the event's definite word and what was said there is the undated event's day."""
    ex = read(extractor, "Buổi làm việc giữa Ban Quản lý Khu kinh tế tỉnh Cao Bằng và phía Long Châu diễn ra tại cửa khẩu "
                         "quốc tế Tà Lùng. Theo Ban Quản lý, cuộc làm việc được tổ chức sáng thứ Tư, hai bên đã thống "
                         "nhất lịch trình xây dựng cầu mới.", "vi")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2024-05-08")}


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("vi", "Từ ngày 29.8 đến 2.9, đoàn công tác của HĐND tỉnh Hà Giang đã thăm tỉnh Vân Nam.", "2023-08-29"),
    ("vi", "Từ ngày 29/8 đến 2/9, đoàn công tác của HĐND tỉnh Hà Giang đã thăm tỉnh Vân Nam.", "2023-08-29"),
    ("en", "From August 29 to September 2, a delegation of Ha Giang visited Yunnan.", "2023-08-29"),
    ("de", "Vom 26. Mai bis 4. Juni 2019 besuchte eine Delegation aus Yunnan die Provinz Lai Chau.", "2019-05-26"),
])
def test_a_range_of_days_keeps_its_first_day(extractor, lang, text, day) -> None:
    """"Từ ngày 29.8 đến 2.9" (day and month with a dot, as Vietnamese papers write them), "from August 29 to September
    2": the event is dated to the range's first day, nearer the event word though its last may be; a year written once,
    at the range's end, is its first day's too."""
    ex = read(extractor, text, lang, date="2023-09-03")
    assert [e.date for e in ex.events if e.cls == "Visit"] == [day]


def test_vietnamese_day_and_month_with_a_dot_after_a_day_word(extractor) -> None:
    """"Sáng 30.8" is a day; "32.239 tấn" (a thousands' mark) and "3,7%" are none."""
    ex = read(extractor, "Sáng 30.8, đoàn đã hội đàm với lãnh đạo châu Văn Sơn. Kim ngạch đạt 32.239 tấn, tăng 3,7%.", "vi",
              date="2023-09-03")
    assert [e.date for e in ex.events] == ["2023-08-30"]


@pytest.mark.parametrize("text", [
    "افتتحت يوم الجمعة في مدينة لاو كاي الدورة الـ23 لمعرض التجارة الدولي بين فيتنام والصين.",
    "افتتح يوم الجمعة في مدينة لاو كاي معرض التجارة الدولي الـ23 بين فيتنام والصين.",
    "افتتح يوم الجمعة في مدينة لاو كاي المعرض التجاري الدولي الثالث والعشرون بين فيتنام والصين.",
])
def test_an_arabic_edition_number_after_the_article_or_the_events_name(extractor, text) -> None:
    """"الدورة الـ23" (the article before a number makes it an ordinal), "معرض التجارة الدولي الـ23" (the number after
    the definite words that go on with the event's name): the fair's 23rd edition."""
    ex = read(extractor, text, "ar", date="2024-11-16")
    assert [(e.cls, e.ordinal) for e in ex.events] == [("Exhibition", 23)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "افتتح يوم الثلاثاء في مدينة نانينغ معرض إكسبو الصين - آسيان بمشاركة وفد من لانغ سون."),
    ("sv", "Kina–Asean-expon öppnade i tisdags i Nanning med en delegation från Lang Son."),
])
def test_an_expo_is_a_fair(extractor, lang, text) -> None:
    """"إكسبو", "Kina–Asean-expon": an expo is a fair (an exhibition), in a Swedish compound too."""
    assert [e.cls for e in read(extractor, text, lang, date="2024-09-25").events] == ["Exhibition"]


def test_both_delegations_before_an_act_have_the_sides_that_attended_it(extractor) -> None:
    """"Antes del acto, ambas delegaciones sostuvieron conversaciones": the sides of the act, though only the sentence
    after it says who attended, and the mayor the talks name is of one side only."""
    ex = read(extractor, "La ceremonia de inauguración se celebró el viernes en el distrito de Daxin. Asistieron Huang Haiyan, "
                         "vicepresidenta del Gobierno Popular de Guangxi, y Nong Van Hai, vicepresidente del Comité Popular "
                         "de Cao Bang. Antes del acto, ambas delegaciones sostuvieron conversaciones en las que el alcalde de "
                         "Chongzuo, Liang Jiqiang, propuso ampliar el horario de apertura.", "es")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert {BKR + "person/x-huang-haiyan", BKR + "person/x-nong-van-hai"} <= set(talks.participants)


def test_the_delegations_later_talks_have_its_guests_not_the_host_who_received_it(extractor) -> None:
    """"X, secretary of Lao Cai, received a delegation of Wenshan led by Y … That afternoon the delegation held talks with
    the authorities of Muong Khuong": the talks' guests are the visitors; X, whose post puts him on the hosts' side, took no
    part in them, and the two talks stay two events."""
    ex = read(extractor, "Lao Cai, 10 ene (VNA) – El secretario del Comité provincial del Partido de Lao Cai, Hoang Manh Dung, "
                         "recibió el jueves por la mañana a una delegación de la prefectura autónoma de Wenshan, encabezada por el "
                         "vicegobernador Liu Fei, que realiza una visita de trabajo a la provincia del 8 al 10 de enero. Esa misma "
                         "tarde, la delegación mantuvo conversaciones con las autoridades del distrito fronterizo de Muong Khuong.",
              "es", date="2025-01-10")
    talks = [e for e in ex.events if e.cls == "Meeting" and BKR + "place/muong-khuong" in e.participants]
    assert talks and all(BKR + "person/x-hoang-manh-dung" not in e.participants for e in talks)
    assert BKR + "person/x-liu-fei" in talks[0].participants
    assert len({e.iri for e in ex.events if e.cls == "Meeting"}) == 2


@pytest.mark.parametrize("lang, text", [
    ("fr", "La veille, vendredi, la délégation chinoise avait été accueillie au siège du Comité populaire du district de Bat Xat "
           "par son vice-président, Vang Seo Lin."),
    ("es", "El viernes, la delegación china había sido recibida en Bat Xat por el vicepresidente del Comité Popular del distrito, "
           "Vang Seo Lin."),
])
def test_a_reception_told_in_the_pluperfect_passive_is_a_meeting(extractor, lang, text) -> None:
    """"avait été accueillie … par", "había sido recibida … por": a meeting on the day told, and the guests' visit."""
    ex = read(extractor, text, lang, date="2025-03-17")
    assert any(e.cls == "Meeting" and e.date == "2025-03-14" for e in ex.events)


def test_a_genitive_places_a_body_and_the_place_after_it_is_where(extractor) -> None:
    """"sekreteraren för Lao Cais provinspartikommitté i staden Sa Pa", "Lao Cais partisekreterare i Sa Pa": the
    genitive's place is the body's; the one after "i" is where the event was, not the body's place."""
    for text in ("På torsdagen togs delegationen emot av sekreteraren för Lao Cais provinspartikommitté i staden Sa Pa.",
                 "På torsdagen togs delegationen emot av Lao Cais partisekreterare i Sa Pa."):
        ex = read(extractor, text, "sv")
        assert any(e.cls == "Meeting" and e.date == "2024-05-09" and set(e.locations) == {BKR + "place/sa-pa"} for e in ex.events), text
        assert BKR + "org/lao-cai/party-committee" in {p for e in ex.events for p in e.participants}, text



def test_a_border_section_belonging_to_a_commune_is_where(extractor) -> None:
    """"trên tuyến biên giới thuộc xã Y Tý": the border section that belongs to the commune places the patrol there."""
    ex = read(extractor, "Ngày 8/5, hai đồn biên phòng đã tổ chức tuần tra song phương trên tuyến biên giới thuộc xã Y Tý, "
                         "huyện Bát Xát.", "vi")
    assert any(e.cls == "Event" and e.date == "2024-05-08" and any(p.endswith("y-ty") for p in e.locations) for e in ex.events)


def test_a_chinese_dateline_dates_no_event(extractor) -> None:
    """"本报东兴5月9日讯": the report's dateline (its date, then "讯" or "电"), not the fair's opening day told after it."""
    ex = read(extractor, "本报东兴5月9日讯 由防城港市和越南广宁省联合主办的第十七届中越商贸旅游博览会，本月6日在东兴开幕。"
                         "越南商品展8日在昆明开幕。", "zh")
    assert ("Exhibition", "2024-05-06", frozenset({"place/dongxing"})) in told(ex)
    assert ("Exhibition", "2024-05-08", frozenset({"place/kunming"})) in told(ex)
    assert not any(e.date == "2024-05-09" for e in ex.events)


def test_an_arabic_word_ending_in_the_letter_of_in_is_no_venue_word(extractor) -> None:
    """"وفد شباب خكو" (a delegation of Hekou's youth): "شباب" ends in "ب", the venue word written on a place's name, but
    past a space only a whole word is a venue word; Hekou is the guests' place, not where they were received."""
    ex = read(extractor, "استقبل رئيس اتحاد الشباب بمقاطعة لاو كاي يوم الأربعاء وفد شباب خكو.", "ar")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)
    assert not any(p.endswith("hekou") for e in ex.events for p in e.locations)


def test_a_venue_word_and_a_places_anaphor_say_where(extractor) -> None:
    """"som var på endagsbesök i distriktet": the district last named with that noun ("distriktet Bat Xat"), not the
    prefecture named after it."""
    ex = read(extractor, "Ledningen för distriktet Bat Xat i Lao Cai tog på torsdagen emot en delegation från Jinping härad "
                         "i Honghe, som var på endagsbesök i distriktet.", "sv")
    assert any(e.cls == "Meeting" and e.date == "2024-05-09" and set(e.locations) == {BKR + "place/bat-xat"}
               for e in ex.events)


def test_a_vietnamese_day_of_the_month_told_alone(extractor) -> None:
    """"Sáng ngày 8, …": the 8th of the month of the report (ngày, hôm before a day's number with no month)."""
    ex = read(extractor, "Sáng ngày 8, tại cửa khẩu Sóc Giang, UBND huyện Hà Quảng đã tiếp đoàn công tác huyện Na Pha.", "vi")
    assert any(e.cls == "Meeting" and e.date == "2024-05-08" for e in ex.events)


def test_a_date_that_names_a_square_dates_no_event(extractor) -> None:
    """"Tối 8/5, tại Quảng trường 17/10": the square is named by a date (17 October); the fair opened on the 8th."""
    ex = read(extractor, "Tối 8/5, tại Quảng trường 17/10, thành phố Lạng Sơn, Hội chợ thương mại biên giới đã khai mạc.", "vi")
    assert any(e.cls == "Exhibition" and e.date == "2024-05-08" for e in ex.events)
    assert not any((e.date or "").endswith("10-17") for e in ex.events)


def test_a_chinese_courtesy_call_the_day_before(extractor) -> None:
    """"此前一天，…代表团拜会了南宁市商务局": a courtesy call is a meeting, the day before the one told."""
    ex = read(extractor, "论坛周四在南宁举行。此前一天，广宁省工贸厅代表团拜会了南宁市商务局。", "zh", date="2024-07-19")
    assert any(e.cls == "Meeting" and e.date == "2024-07-17" for e in ex.events)


def test_a_chinese_delegation_that_had_gone_to_a_place(extractor) -> None:
    """"代表团曾赴老街省交流学习": a delegation that had once gone to a place visited it (曾 between 团 and 赴)."""
    ex = read(extractor, "上月，红河州消防救援支队代表团曾赴老街省交流学习。", "zh")
    assert ("Visit", "2024-04", frozenset({"place/lao-cai"})) in told(ex)


def test_the_same_day_after_a_square_named_by_a_date(extractor) -> None:
    """"tại Quảng trường 17/10, … Chiều cùng ngày": the square's date is no day the text told, so "the same day" is
    the fair's (the 25th), not 17 October."""
    ex = read(extractor, "Tối 25/10, tại Quảng trường 17/10, thành phố Lạng Sơn, hội chợ biên giới đã khai mạc. Chiều cùng "
                         "ngày, Phó Chủ tịch UBND tỉnh Lạng Sơn đã tiếp đoàn công tác thành phố Sùng Tả.", "vi", date="2024-10-28")
    assert ("Meeting", "2024-10-25", frozenset({"place/lang-son-city"})) in told(ex)
    assert not any((e.date or "").endswith("10-17") for e in ex.events)


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Ngày 12/3, tại Khách sạn Mường Thanh, thành phố Lào Cai, hai bên đã hội đàm.", "vi", "place/lao-cai-city"),
    ("On March 12, at the Kim Lien Hotel, Lao Cai city, officials of Lao Cai and Hekou held talks.", "en", "place/lao-cai-city"),
])
def test_the_locality_told_after_a_venue_no_lexicon_names(extractor, text: str, lang: str, place: str) -> None:
    """"tại Khách sạn Mường Thanh, thành phố Lào Cai, …": a place alone between commas after a venue's own name says
    where the venue is."""
    assert any(e.cls == "Meeting" and e.date == "2024-03-12" and set(e.locations) == {BKR + place}
               for e in read(extractor, text, lang, date="2024-03-14").events)


def test_a_venue_word_before_the_talks_is_no_venue_of_the_place_after(extractor) -> None:
    """"At the talks, Lang Son, Cao Bang and Guangxi agreed …": the venue word governs the talks; the places after
    the comma are sides, not where."""
    ex = read(extractor, "On March 12, Lang Son, Cao Bang and Guangxi held talks in Nanning. At the talks, Lang Son, "
                         "Cao Bang and Guangxi agreed to open a gate.", "en", date="2024-03-14")
    assert ("Meeting", "2024-03-12", frozenset({"place/nanning"})) in told(ex)


def test_a_dateline_of_a_place_alone_and_a_dash(extractor) -> None:
    """"Tuyên Quang – Chiều 16/9, …": a paragraph opening with a place and a dash was filed there; the reception the
    lede tells, placed nowhere else, was there (not at the gate of the next day's seminar)."""
    ex = read(extractor, "Tuyên Quang – Chiều 16/9, Bí thư Tỉnh ủy Tuyên Quang đã tiếp đoàn đại biểu châu Văn Sơn (tỉnh Vân "
                         "Nam, Trung Quốc). Sáng 17/9, tại khu vực cửa khẩu quốc tế Thanh Thủy, hai bên đồng chủ trì Hội "
                         "thảo xúc tiến thương mại.", "vi", date="2025-09-18")
    assert ("Meeting", "2025-09-16", frozenset({"place/tuyen-quang-2025"})) in told(ex)


def test_a_headline_of_two_places_and_a_dash_is_no_dateline(extractor) -> None:
    """"Lào Cai – Vân Nam tăng cường hợp tác": a headline's line ends without a sentence's end; no dateline."""
    ex = read(extractor, "Lào Cai – Vân Nam tăng cường hợp tác\n\nChiều 16/9, tại Hà Khẩu, Bí thư Tỉnh ủy Lào Cai đã hội "
                         "đàm với Bí thư Châu ủy Hồng Hà.", "vi", date="2025-09-18")
    assert ("Meeting", "2025-09-16", frozenset({"place/hekou"})) in told(ex)


def test_the_same_night_after_the_talks(extractor) -> None:
    """"Esa misma noche, … ofrecieron el programa de intercambio artístico": the evening of the day told before (and
    no day of the year a quoted title names, "Saludo al Año Nuevo 2024")."""
    ex = read(extractor, 'Lao Cai y Hekou sostuvieron el domingo 31 de diciembre una sesión de conversaciones. Esa misma '
                         'noche, la ciudad de Lao Cai y Hekou ofrecieron el programa de intercambio artístico "Saludo al Año '
                         'Nuevo 2024".', "es", date="2024-01-01")
    assert any(e.cls == "Exchange" and e.date == "2023-12-31" for e in ex.events)


def test_a_day_said_past_is_last_years(extractor) -> None:
    """"El 8 de enero pasado", in a report of 1 January 2024: 8 January 2023, not a week ahead; and the resumption of
    travel celebrated at a gate named by its pair after a gate word without "de" is an event at that gate."""
    ex = read(extractor, "El 8 de enero pasado, las autoridades de Lao Cai celebraron en el paso fronterizo internacional "
                         "Lao Cai–Hekou la reanudación del tránsito de viajeros.", "es", date="2024-01-01")
    assert ("Event", "2023-01-08", frozenset({"gate/lao-cai"})) in told(ex)


def test_one_more_of_the_kind_told_before(extractor) -> None:
    """"Den 27:e sådana patrullen genomfördes den 27–29 april": an event of its day that names no side and no place is
    one more of the kind told before, between the same sides and in the same place."""
    ex = read(extractor, "Vietnams och Kinas kustbevakningar genomförde på tisdagen en gemensam patrull i vattnen utanför "
                         "staden Mong Cai. Den 27:e sådana patrullen genomfördes den 27–29 april.", "sv", date="2024-12-25")
    assert ("Event", "2024-04-27", frozenset({"place/mong-cai"})) in told(ex)



def test_a_signing_by_sides_told_by_their_number(extractor) -> None:
    """"… that the five localities signed in Nanning on September 12, 2017": a signing dated to its day by sides its
    sentence names by their number is told, with the sides of the event told before."""
    ex = read(extractor, "Guangxi, Quang Ninh, Lang Son, Cao Bang and Ha Giang met online on Thursday. It was held under "
                         "the mechanism of periodic talks on education that the five localities signed in Nanning on "
                         "September 12, 2017.", "en", date="2021-09-10")
    assert ("Signing", "2017-09-12", frozenset({"place/nanning"})) in told(ex)


def test_a_mechanism_named_by_its_events_after_of(extractor) -> None:
    """"under the mechanism of periodic talks on education": "of" and lowercase words ending in an event word name the
    mechanism; the event it was held under is one of its editions."""
    ex = read(extractor, "Guangxi, Quang Ninh, Lang Son, Cao Bang and Ha Giang met online on Thursday. It was held under "
                         "the mechanism of periodic talks on education.", "en", date="2021-09-10")
    assert {e.cls for e in ex.entities if e.cls == "Mechanism"} == {"Mechanism"}
    assert any(e.cls == "Meeting" and e.date == "2021-09-09" and e.mechanism for e in ex.events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Samarbetet bygger på avtalet om förvaltningsreglerna för landgränsen, som undertecknades i Peking den 18 november "
     "2009.", "sv"),
    ("The cooperation rests on the agreement on land border management regulations, which was signed in Beijing on "
     "November 18, 2009.", "en"),
])
def test_an_agreement_signed_in_a_relative_clause(extractor, text: str, lang: str) -> None:
    """"avtalet om …, som undertecknades i Peking den 18 november 2009": a relative clause after the comma speaks of
    the agreement; its signing is told."""
    assert ("Signing", "2009-11-18", frozenset({"place/beijing"})) in told(read(extractor, text, lang, date="2023-10-01"))


def test_the_place_of_the_body_a_side_belongs_to_is_not_where(extractor) -> None:
    """"…med gränspolisstationen Qushui, som hör till gränsförvaltningsbrigaden i häradet Jiangcheng": what the side
    belongs to, and its place, say whose the side is, not where the patrol was."""
    ex = read(extractor, "Gränsbevakningsstationen A Pa Chai genomförde på fredagen en gemensam patrull längs gränsen med "
                         "gränspolisstationen Qushui, som hör till gränsförvaltningsbrigaden i häradet Jiangcheng.", "sv",
              date="2023-10-01")
    assert not any(BKR + "place/jiangcheng" in e.locations for e in ex.events)


@pytest.mark.parametrize(("text", "lang"), [
    ("8月1日，金水河边检站与马鹿塘口岸边防站在莱州市举行2024年第二季度业务交流会谈。", "zh"),
    ("On August 1, the two border units held their talks for the second quarter of 2024 in Lai Chau city.", "en"),
])
def test_an_ordinal_of_a_quarter_numbers_no_edition(extractor, text: str, lang: str) -> None:
    """"第二季度业务交流会谈", "talks for the second quarter": the ordinal numbers a part of the year, no edition."""
    assert not any(e.ordinal for e in read(extractor, text, lang, date="2024-08-02").events)


@pytest.mark.parametrize(("text", "lang"), [
    ("En cykeltur mellan Ha Giang och Malipo invigdes på fredagen vid gränsporten Thanh Thuy.", "sv"),
    ("A cycling tour between Ha Giang and Malipo was launched on Friday at the Thanh Thuy border gate.", "en"),
])
def test_a_cycling_tour_is_an_exchange(extractor, text: str, lang: str) -> None:
    """"En cykeltur … invigdes": a cycling tour the two sides' people ride is a people-to-people exchange."""
    assert any(e.cls == "Exchange" and e.date == "2024-02-16" for e in read(extractor, text, lang, date="2024-02-17").events)


@pytest.mark.parametrize(("text", "lang"), [
    ("La ville de Lang Son avait déjà accueilli, le 26 décembre dernier, une délégation de la ville de Chongzuo.", "fr"),
    ("Lang Son had also received a delegation from Chongzuo on December 26.", "en"),
])
def test_an_adverb_between_the_auxiliary_and_the_verb(extractor, text: str, lang: str) -> None:
    """"avait déjà accueilli", "had also received": an adverb between the auxiliary and its participle (`verb_adverbs`)
    leaves the reception told."""
    assert any(e.cls == "Meeting" and e.date == "2018-12-26" for e in read(extractor, text, lang, date="2019-06-27").events)


def test_the_two_governments_as_sides(extractor) -> None:
    """"the protocol signed between the two governments on October 11, 2011": an event whose tellings name no side but
    the two countries is between Vietnam and China."""
    ex = read(extractor, "Under the protocol signed between the two governments on October 11, 2011, the route opened.", "en",
              date="2024-08-02")
    assert any(e.cls == "Signing" and e.date == "2011-10-11" and {BKR + "place/vietnam", BKR + "place/china"} <= set(e.participants)
               for e in ex.events)


def test_walking_the_border_together_is_a_patrol(extractor) -> None:
    """"haben am Freitag gemeinsam einen … Abschnitt der Landgrenze abgeschritten": walking a stretch of the border
    together is a patrol."""
    ex = read(extractor, "Grenzschützer aus Dien Bien und ihre Kollegen aus dem Kreis Jiangcheng haben am Freitag gemeinsam "
                         "einen Abschnitt der Landgrenze abgeschritten.", "de", date="2023-07-08")
    assert any(e.cls == "Event" and e.date == "2023-07-07" for e in ex.events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Gränsprovinsen Ha Giang tog på fredagen emot en ny sändning skyddsutrustning från folkregeringen i Wenshan.", "sv"),
    ("Ha Giang province on Friday received 35,000 masks from the People's Government of Wenshan.", "en"),
])
def test_receiving_goods_is_a_handover(extractor, text: str, lang: str) -> None:
    """"tog emot en sändning skyddsutrustning", "received 35,000 masks": a reception word whose object is goods tells a
    handover (an Event), no meeting and no visit."""
    ex = read(extractor, text, lang, date="2021-11-27")
    assert any(e.cls == "Event" and e.date == "2021-11-26" for e in ex.events)
    assert not any(e.cls in ("Meeting", "Visit") for e in ex.events)


def test_a_chinese_ordinal_in_digits_opening_a_name(extractor) -> None:
    """"第27届中国东兴—越南芒街元宵节足球友谊赛": an ordinal in digits opening the event's name numbers its edition."""
    ex = read(extractor, "第27届中国东兴—越南芒街元宵节足球友谊赛19日上午在广西东兴市体育场开赛。", "zh", date="2019-02-20")
    assert any(e.cls == "Exchange" and e.ordinal == 27 for e in ex.events)


def test_giving_goods_is_a_handover_giving_souvenirs_none(extractor) -> None:
    """"向…赠送4000个医用口罩": a giving word whose object is goods tells a handover; "赠送了纪念品" (souvenirs at the end
    of talks) tells none."""
    ex = read(extractor, "3月2日上午，谅山省公安厅在新清口岸向广西公安厅赠送4000个医用口罩。", "zh", date="2020-03-03")
    assert any(e.cls == "Event" and e.date == "2020-03-02" for e in ex.events)
    ex = read(extractor, "3月2日，会谈结束后，河江省外务厅向文山州外办赠送了纪念品。", "zh", date="2020-03-03")
    assert not any(e.cls == "Event" for e in ex.events)


def test_a_campaign_that_kicked_off(extractor) -> None:
    """"A five-day campaign … kicked off on Tuesday in Dongxing": the start of a campaign is an event."""
    ex = read(extractor, "DONGXING, Guangxi, Jan. 8 (Xinhua) -- A five-day campaign to promote self-drive tourism across the "
                         "border kicked off on Tuesday in Dongxing.", "en", date="2019-01-09")
    assert ("Event", "2019-01-08", frozenset({"place/dongxing"})) in told(ex)


def test_an_arabic_numbered_series_of_their_talks(extractor) -> None:
    """"محادثاتهما السنوية الثالثة عشرة" (their 13th annual talks): the talks word with its possessive suffix, a
    qualifier and an edition number name a series."""
    ex = read(extractor, "وأجرى الجانبان في ديان بيان يوم الثلاثاء محادثاتهما السنوية الثالثة عشرة.", "ar", date="2025-11-12")
    assert any(e.cls == "Meeting" and e.ordinal == 13 and e.mechanism for e in ex.events)


def test_a_body_named_whole_before_a_venue_word(extractor) -> None:
    """"Pingxiang Customs at the Huu Nghi border gate": after a body named whole (a resident word closing its name) the
    venue word says where the event was, not where the body is."""
    ex = read(extractor, "Lang Son Customs held talks with Pingxiang Customs at the Huu Nghi border gate on November 10.", "en",
              date="2022-11-19")
    assert ("Meeting", "2022-11-10", frozenset({"gate/huu-nghi"})) in told(ex)


def test_a_day_told_after_another_event_word_is_that_events(extractor) -> None:
    """"The talks followed a working session … on November 10": the day is the working session's; the talks told before
    (in a year only) keep theirs."""
    ex = read(extractor, "This year, the customs agencies detected 189 cases, the meeting heard. The talks followed a working "
                         "session between Lang Son Customs and Pingxiang Customs at the Huu Nghi border gate on November 10.",
              "en", date="2022-11-19")
    session = [e for e in ex.events if e.date == "2022-11-10"]
    assert session and all(BKR + "org/pingxiang/customs" in e.participants for e in session)


@pytest.mark.parametrize("lang, text", [
    ("en", "The two governments signed an agreement in March 2012."),
    ("en", "The Vietnamese and Chinese governments signed an agreement in March 2012."),
    ("fr", "Les gouvernements chinois et vietnamien avaient signé en mars 2012 l'accord sur le pont."),
    ("de", "Die vietnamesische und die chinesische Regierung hatten das Abkommen im März 2012 unterzeichnet."),
    ("ar", "وقعت الحكومتان الفيتنامية والصينية الاتفاقية في مارس 2012."),
])
def test_sides_named_only_as_the_two_countries_with_a_month(extractor, lang, text) -> None:
    """"The two governments signed an agreement in March 2012", "the Vietnamese and Chinese governments": an event dated
    to a month whose only sides are the two countries is kept, between Vietnam and China."""
    ex = read(extractor, text, lang, date="2017-10-01")
    assert any(e.cls == "Signing" and e.date == "2012-03" and {BKR + "place/vietnam", BKR + "place/china"} <= set(e.participants)
               for e in ex.events)


def test_the_two_governments_not_the_person_told_before(extractor) -> None:
    """"Huang Xiong … said … The two governments signed an agreement …": a sentence naming the two countries as its sides
    takes no side from the sentence before it."""
    ex = read(extractor, "Huang Xiong, deputy director of Dongxing Customs, said the bridge would cut waiting times. The two "
                         "governments signed an agreement on building the bridge in March 2012.", "en", date="2019-03-20")
    signing = [e for e in ex.events if e.cls == "Signing" and e.date == "2012-03"]
    assert signing and all({BKR + "place/vietnam", BKR + "place/china"} <= set(e.participants)
                           and not any("huang" in p for p in e.participants) for e in signing)


def test_a_person_named_again_by_title_and_short_name(extractor) -> None:
    """"Deputy PM Dam held talks with …", "Also on Friday, Dam held talks": a title or a comma before the word a full
    name shortens to does not make it part of a longer name; the talks are the person's."""
    for again in ("Also on Friday, Deputy PM Dam held talks with Chinese Vice Premier Hu Chunhua.",
                  "Also on Friday, Dam held talks with Chinese Vice Premier Hu Chunhua."):
        ex = read(extractor, "Kunming (VNA) – Deputy Prime Minister Vu Duc Dam on Friday attended the opening ceremony of the "
                             "fair in Kunming. " + again, "en", date="2019-06-16")
        assert any(e.cls == "Meeting" and BKR + "place/vietnam" in e.participants
                   and any("vu-duc-dam" in p for p in e.participants) for e in ex.events)


def test_goods_received_by_a_participle_at_the_end_of_its_clause(extractor) -> None:
    """"hat am Dienstag medizinische Hilfsgüter aus … Wenshan erhalten": a giving or receiving participle that ends its
    clause has its goods before it: a handover."""
    ex = read(extractor, "Ha Giang, 24. August (VNA) – Die Grenzprovinz Ha Giang hat am Dienstag medizinische Hilfsgüter aus "
                         "dem chinesischen Bezirk Wenshan erhalten.", "de", date="2021-08-24")
    assert any(e.cls == "Event" and e.date == "2021-08-24" for e in ex.events)


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("3月15日，中国人民银行防城港市中心支行与越南国家银行广宁省分行在东兴市联合举行跨境反假货币知识宣传活动。", "zh",
     "2019-03-15"),
    ("On March 15 the two central banks held a joint awareness campaign against counterfeit money in Dongxing.", "en",
     "2019-03-15"),
])
def test_an_awareness_campaign_held_on_a_day(extractor, text: str, lang: str, date: str) -> None:
    """"举行…宣传活动", "held a joint awareness campaign": a campaign held on a day is an event."""
    assert any(e.cls == "Event" and e.date == date for e in read(extractor, text, lang, date="2019-03-16").events)


def test_the_anniversary_of_a_signing_tells_no_signing(extractor) -> None:
    """"a ceremony … to celebrate the 20th anniversary of the signing of the … Treaty": the ceremony is the day's event;
    the signing was twenty years before."""
    ex = read(extractor, "Pham Binh Minh and Wang Yi on Sunday co-chaired a ceremony at the Mong Cai international border "
                         "gate to celebrate the 20th anniversary of the signing of the Vietnam – China Land Border Treaty.",
              "en", date="2020-08-24")
    assert any(e.cls == "Event" and e.date == "2020-08-23" for e in ex.events)
    assert not any(e.cls == "Signing" for e in ex.events)


def test_goods_gifted_before_the_handover_is_dated(extractor) -> None:
    """"Fangchenggang hat der Stadt Ha Long medizinisches Material … geschenkt. Die Übergabe fand am Dienstag … statt": the
    gift's sides and the handover's day are one event."""
    ex = read(extractor, "Mong Cai, 7. April (VNA) – Die chinesische Hafenstadt Fangchenggang hat der vietnamesischen Stadt Ha "
                         "Long medizinisches Material geschenkt. Die Übergabe fand am Dienstag am internationalen Grenzübergang "
                         "Mong Cai statt.", "de", date="2020-04-08")
    assert any(e.cls == "Event" and e.date == "2020-04-07" and {BKR + "place/fangchenggang", BKR + "place/ha-long"}
               <= set(e.participants) for e in ex.events)


def test_the_lede_day_dates_the_next_sentences_event(extractor) -> None:
    """"Nanning, 11. September (VNA) – Guangxi hat … am Samstag Hilfe zugesagt. Bei einer Zeremonie in Nanning übergab
    …": the day the lede tells, which no event of its own took, is the ceremony's the next sentence tells undated."""
    ex = read(extractor, "Nanning, 11. September (VNA) – Das Autonome Gebiet Guangxi hat den vietnamesischen Grenzprovinzen am "
                         "Samstag medizinische Hilfe zugesagt. Bei einer Zeremonie in Nanning übergab Huang Junhua die Spende "
                         "an Pham Sao Mai, den Botschafter Vietnams in China.", "de", date="2021-09-12")
    assert any(e.cls == "Event" and e.date == "2021-09-11" for e in ex.events)


@pytest.mark.parametrize(("text", "lang", "date"), [
    ("Lang Son, 31 dic (VNA) – Una delegación sindical vietnamita concluyó hoy una visita de trabajo de tres días, iniciada "
     "el lunes 29 de diciembre, a la ciudad de Chongzuo.", "es", "2025-12-31"),
    ("Lang Son, Dec 31 (VNA) – A Vietnamese trade union delegation today wrapped up a three-day working visit to Chongzuo "
     "city which began on December 29.", "en", "2025-12-31"),
])
def test_the_day_an_event_began_over_the_day_it_ended(extractor, text: str, lang: str, date: str) -> None:
    """"concluyó hoy una visita … iniciada el lunes 29 de diciembre": a day a began-word introduces is the event's."""
    assert any(e.cls == "Visit" and e.date == "2025-12-29" for e in read(extractor, text, lang, date=date).events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Mong Cai och Dongxing slöt ett avtal om att bli vänstäder i oktober 2015.", "sv"),
    ("Mong Cai and Dongxing concluded an agreement to become friendship cities in October 2015.", "en"),
])
def test_concluding_an_agreement_is_signing_it(extractor, text: str, lang: str) -> None:
    """"slöt ett avtal", "concluded an agreement": a signing."""
    assert any(e.cls == "Signing" and e.date == "2015-10" for e in read(extractor, text, lang, date="2024-11-19").events)


def test_a_mechanism_being_founded_holds_no_edition(extractor) -> None:
    """"avtalet om att inrätta en mekanism för regelbundna konferenser": the agreement founds the mechanism; no edition of
    it was held then."""
    ex = read(extractor, "Han påminde om avtalet om att inrätta en mekanism för regelbundna konferenser, som folkkommittén i "
                         "Quang Ninh och folkregeringen i Fangchenggang undertecknade i februari 2022.", "sv", date="2024-12-11")
    assert not any(e.mechanism for e in ex.events)


def test_a_signing_told_in_a_relative_clause_far_from_the_thing_signed(extractor) -> None:
    """"Avtalet om samarbete, som folkkommittén i Quang Ninh och folkregeringen i Fangchenggang undertecknade i februari
    2022": the relative clause's verb signs the agreement it follows, however long the sides' names between."""
    ex = read(extractor, "Avtalet om samarbete, som folkkommittén i Quang Ninh och folkregeringen i Fangchenggang undertecknade i "
                         "februari 2022, gäller fortfarande.", "sv", date="2024-12-11")
    assert any(e.cls == "Signing" and e.date == "2022-02" for e in ex.events)


@pytest.mark.parametrize(("lang", "text", "mechanism", "cls", "ordinal"), [
    ("en", "The 11th Kunming - Lao Cai - Hanoi - Hai Phong - Quang Ninh Economic Corridor Cooperation Conference opened in "
           "Lao Cai on May 8.", "economic-corridor-conference", "Conference", 11),
    ("zh", "5月8日，第8届中国—南亚博览会在昆明开幕。", "china-south-asia-expo", "Exhibition", 8),
    ("vi", "Ngày 8/5, Gặp gỡ hữu nghị thanh niên Việt Nam - Trung Quốc lần thứ 23 diễn ra tại Quảng Tây.",
     "vietnam-china-youth-friendship-meeting", "Exchange", 23),
])
def test_an_edition_of_a_standing_series_of_the_lexicon(extractor, lang, text, mechanism, cls, ordinal) -> None:
    """A numbered edition of a series the lexicon knows is an event of that series' class (`mechanism_events`)."""
    assert any(e.cls == cls and e.ordinal == ordinal and e.mechanism == f"{BKR}mechanism/{mechanism}"
               for e in read(extractor, text, lang).events)


def test_the_day_of_the_clause_after_an_editions_name_is_its_own(extractor) -> None:
    """"s'est rendue mardi à la 21e Exposition Chine-ASEAN, ouverte lundi": the clause a comma sets off right after the
    name dates the edition; the day before the name is the visit's."""
    ex = read(extractor, "Une délégation de la province de Lao Cai s'est rendue mardi à la 21e Exposition Chine-ASEAN, "
                         "ouverte lundi à Nanning.", "fr")
    assert any(e.cls == "Exhibition" and e.ordinal == 21 and e.date == "2024-05-06" for e in ex.events)
    assert any(e.cls == "Visit" and e.date == "2024-05-07" for e in ex.events)


def test_an_edition_of_the_two_countries_four_parties_talks(extractor) -> None:
    ex = read(extractor, "Ngày 8/5, Hội đàm \"Hai nước bốn bên\" lần thứ 11 đã diễn ra tại tỉnh Cao Bằng.", "vi")
    assert any(e.cls == "Meeting" and e.ordinal == 11 and e.mechanism == f"{BKR}mechanism/two-countries-four-parties-talks"
               for e in ex.events)


def test_a_spring_meeting_written_small_where_its_sides_are_named(extractor) -> None:
    """"the annual spring meeting": the series' name written small is a context label, read where its sides are named."""
    ex = read(extractor, "The Party secretaries of Lang Son and Guangxi met at the annual spring meeting in Nanning on May 8.", "en")
    assert any(e.mechanism == f"{BKR}mechanism/spring-meeting" for e in ex.events)


def test_the_two_sides_after_a_visit_are_the_visitors_and_their_hosts(extractor) -> None:
    """"A delegation of Lang Son visited Pingxiang … the two sides held talks": a visit's sides are its visitors and
    the place that received them."""
    ex = read(extractor, "A delegation of Lang Son province visited Pingxiang city on May 7. On May 8, the two sides held "
                         "talks at the Huu Nghi border gate.", "en")
    talks = next(e for e in ex.events if e.cls == "Meeting")
    assert {f"{BKR}place/lang-son", f"{BKR}place/pingxiang"} <= set(talks.participants)


def test_the_station_named_last_is_the_side_of_an_event_told_by_its_anaphor(extractor) -> None:
    """"وكان المركز والوحدة الصينية قد نفذا أولى دورياتهما المشتركة": "the station" (`body_anaphors`) is the station
    named last before it."""
    ex = read(extractor, "وقاد الدورية الرائد فام فان هاي، رئيس مركز حرس الحدود لونغ كو. وكان المركز والوحدة الصينية قد نفذا "
                         "أولى دورياتهما المشتركة لهذا العام في 15 يناير الماضي.", "ar")
    patrol = next(e for e in ex.events if e.date == "2024-01-15")
    assert f"{BKR}org/lung-cu/border-guard-station" in patrol.participants


def test_a_station_anaphor_with_no_station_named_before_is_nothing(extractor) -> None:
    ex = read(extractor, "On May 3, the station held talks with Lao Cai.", "en")
    assert not [e for e in ex.entities if "/org/" in e.iri]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks with the Quang Ninh Border Guard Command took place on Tuesday in the provincial capital Ha Long."),
    ("fr", "Les entretiens avec le commandement des gardes-frontières de Quang Ninh ont eu lieu mardi dans la capitale "
           "provinciale, Ha Long."),
    ("es", "Las conversaciones con el Comando de la Guardia Fronteriza de Quang Ninh se celebraron el martes en la capital "
           "provincial, Ha Long."),
])
def test_the_place_after_words_for_a_capital_is_where_the_event_was(extractor, lang, text) -> None:
    """"in the provincial capital Ha Long", "dans la capitale provinciale, Ha Long": words that describe the place (and
    a comma setting the name off after them) stand between the venue word and the place."""
    assert ("Meeting", "2024-05-07", frozenset({"place/ha-long"})) in told(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "The delegation held talks in the northern coastal city of Ha Long on Tuesday with Quang Ninh.", "place/ha-long"),
    ("en", "The delegation held talks in the border city of Pingxiang on Tuesday with Lang Son.", "place/pingxiang"),
])
def test_a_coastal_or_border_city_is_where_the_event_was(extractor, lang, text, place) -> None:
    assert any(place in {p.removeprefix(BKR) for p in e.locations} for e in read(extractor, text, lang).events)


def test_an_edition_told_by_its_ordinal_in_digits_alone_is_another_event(extractor) -> None:
    """"…s'est tenue le 20 février à Kunming, un an après la 8e, organisée à Lao Cai en février 2024": "la 8e" stands
    for the event word in a clause of its own; its place and date are the eighth's, not the ninth's."""
    ex = read(extractor, "La 9e session du Comité de travail conjoint entre Lao Cai et le Yunnan s'est tenue le 20 avril à "
                         "Kunming, un an après la 8e, organisée à Lao Cai en février 2023.", "fr")
    by_ordinal = {e.ordinal: e for e in ex.events}
    assert {p.removeprefix(BKR) for p in by_ordinal[9].locations} == {"place/kunming"}
    assert by_ordinal[8].date == "2023-02" and {p.removeprefix(BKR) for p in by_ordinal[8].locations} == {"place/lao-cai"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "En décembre 2016, une délégation de la Fédération des femmes du Guangxi avait été reçue le 22 à Lang Son par "
           "Vu Thi Huyen Trang."),
    ("en", "In December 2016, a delegation of the Guangxi Women's Federation was received on the 22nd in Lang Son by Vu Thi "
           "Huyen Trang."),
    ("es", "En diciembre de 2016, una delegación de la Federación de Mujeres de Guangxi fue recibida el 22 en Lang Son por "
           "Vu Thi Huyen Trang."),
])
def test_a_bare_day_after_the_month_its_sentence_named_is_that_months_day(extractor, lang, text) -> None:
    """"En décembre 2016, … reçue le 22 à Lang Son": the day of December 2016 (`day_of_month_told_before`)."""
    assert "2016-12-22" in {e.date for e in read(extractor, text, lang).events}


def test_a_number_after_the_word_is_no_day_when_a_noun_follows_it(extractor) -> None:
    ex = read(extractor, "En diciembre de 2016, Lang Son recibió el 22 por ciento de las mercancías de Guangxi en Lang Son.", "es")
    assert "2016-12-22" not in {e.date for e in ex.events}


def test_the_same_department_is_the_department_named_before(extractor) -> None:
    """"محادثات … أجرتها الدائرة نفسها مع مكتب الشؤون الخارجية في يوننان": "the same department" is a side."""
    ex = read(extractor, "أجرت دائرة الشؤون الخارجية في ها جيانغ محادثات مع الوفد الصيني. ويأتي هذا اللقاء بعد محادثات عبر "
                         "الإنترنت أجرتها الدائرة نفسها مع مكتب الشؤون الخارجية في يوننان يوم 16 مارس 2021.", "ar")
    talks = next(e for e in ex.events if e.date == "2021-03-16")
    assert f"{BKR}org/ha-giang/department-foreign-affairs" in talks.participants


def test_a_visit_goes_to_the_place_its_verb_governs_past_a_part_of_the_day(extractor) -> None:
    """"visitaron en la mañana del viernes la ciudad fronteriza de Mong Cai, en la provincia … de Quang Ninh": "en la
    mañana" is a time, not a venue; the place the verb governs, not the province locating it, is where the visit went."""
    ex = read(extractor, "Delegaciones de la ciudad china de Dongxing visitaron en la mañana del viernes la ciudad fronteriza "
                         "de Mong Cai, en la provincia norteña vietnamita de Quang Ninh.", "es")
    assert ("Visit", "2024-05-10", frozenset({"place/mong-cai"})) in told(ex)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Deputy Prime Minister Vu Duc Dam attended the opening in Kunming.", ("x-vu-duc-dam", "DEPUTY_HEAD", "vietnam-government")),
    ("sv", "Vid öppningsceremonin talade Kinas vice premiärminister Han Zheng.", ("x-han-zheng", "DEPUTY_HEAD", "china-state-council")),
    ("zh", "国务院副总理胡春华出席开幕式。", ("x-hu-chunhua", "DEPUTY_HEAD", "china-state-council")),
])
def test_a_prime_ministers_or_deputys_title_is_a_post_in_the_government(extractor, lang, text, expected) -> None:
    """"Deputy Prime Minister", "vice premiärminister", "国务院副总理" (`ministries.government`): head or deputy head of
    Vietnam's Government or China's State Council, the holder's country's."""
    ex = read(extractor, text, lang)
    assert expected in {(m.person.rsplit("/", 1)[-1], m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Border guards from the Chi Ma border guard station and their counterparts from Ningming county on Tuesday jointly "
           "brought legal information to residents living along the borderline."),
    ("vi", "Ngày 7/5, Đồn Biên phòng Chi Ma phối hợp với lực lượng biên phòng huyện Ninh Minh tổ chức tuyên truyền pháp luật "
           "cho nhân dân hai bên biên giới."),
])
def test_bringing_the_law_to_border_residents_together_is_an_event(extractor, lang, text) -> None:
    assert any(e.cls == "Event" and e.date == "2024-05-07" for e in read(extractor, text, lang).events)


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Lao Cai, 10 mai (VNA) – Une séance de travail entre la ville de Lao Cai et le district de Hekou s'est tenue jeudi "
           "à Lao Cai.", "place/lao-cai-city"),
    ("en", "Lao Cai, May 10 (VNA) – Lao Cai city and Hekou county held talks in Lao Cai on Thursday.", "place/lao-cai-city"),
    ("fr", "Lao Cai, 10 mai (VNA) – Une séance de travail entre la ville de Lao Cai et le district de Hekou s'est tenue jeudi "
           "dans la province de Lao Cai.", "place/lao-cai"),
])
def test_a_province_s_bare_name_is_its_namesake_city_where_that_city_is_a_side(extractor, lang, text, where) -> None:
    """"La ville de Lao Cai et le district de Hekou … s'est tenue jeudi à Lao Cai": the city that is a side, not the
    province of its name; "dans la province de Lao Cai" stays the province."""
    ex = read(extractor, text, lang)
    assert ("Meeting", "2024-05-09", frozenset({where})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("en", "Lao Cai (VNA) – Chinese authorities on Thursday reopened the Hekou international border gate in Yunnan province, "
           "which pairs with the Kim Thanh II border gate in Vietnam's northern province of Lao Cai, to imports of fruit."),
    ("fr", "Lao Cai, 10 mai (VNA) – Les autorités chinoises ont rouvert jeudi le poste-frontière de Hekou, dans la province "
           "du Yunnan, aux importations de fruits vietnamiens."),
])
def test_the_gate_an_opening_word_governs_is_where_the_opening_was(extractor, lang, text) -> None:
    """"reopened the Hekou international border gate in Yunnan province, which pairs with … Lao Cai": the gate reopened
    (`opening_words`), not the dateline's province nor the place a clause about its pair names."""
    ex = read(extractor, text, lang)
    assert ("Event", "2024-05-09", frozenset({"gate/hekou"})) in told(ex)


def test_where_a_referred_event_was_said_in_a_relative_clause(extractor) -> None:
    """"I samband med mötet, som hölls vid Youyiguan i Pingxiang, ordnades också ett seminarium": the relative clause
    after the word that refers to the talks told before says where they were, though the sentence tells a seminar."""
    ex = read(extractor, "Lang Son, 10 maj (VNA) – En delegation från Lang Son höll i torsdags samtal med en station i Pingxiang. "
                         "I samband med mötet, som hölls vid Youyiguan i Pingxiang, ordnades också ett seminarium.", "sv")
    assert ("Meeting", "2024-05-09", frozenset({"gate/youyiguan"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("sv", "Lang Son, 10 maj (VNA) – Lang Son och Pingxiang höll i torsdags samtal i Pingxiang. I samband med mötet "
           "ordnades ett seminarium om 75-årsdagen av Folkrepubliken Kinas grundande den 1 oktober 1949."),
    ("en", "Lang Son, May 10 (VNA) – Lang Son and Pingxiang held talks on Thursday in Pingxiang. At the talks, the two "
           "sides also held a seminar on the 75th anniversary of diplomatic relations (January 18, 1950)."),
])
def test_the_day_an_anniversary_marks_is_no_event_s_day(extractor, lang, text) -> None:
    """"ett seminarium om 75-årsdagen av … grundande den 1 oktober 1949": the day after an anniversary word is the day it
    marks, not the seminar's."""
    ex = read(extractor, text, lang)
    assert {e.date for e in ex.events} == {"2024-05-09"}



@pytest.mark.parametrize("lang, text, year", [
    ("en", "Lao Cai, May 10 (VNA) – Muong Khuong and Maguan held talks on Thursday. Lo Co Chin village and Lao Kha village "
           "signed a twinning agreement in 2013 and have since met regularly.", "2013"),
    ("vi", "Lạng Sơn, 10/5 (TTXVN) – Ngày 9/5, huyện Cao Lộc và thành phố Bằng Tường tổ chức hội đàm. Dịp này, lãnh đạo hai "
           "địa phương ký Biên bản ghi nhớ hợp tác năm 2024.", "2024-05-09"),
])
def test_a_past_year_after_a_signing_word_dates_it(extractor, lang, text, year) -> None:
    """"… signed a twinning agreement in 2013": a past year after the signing's word, with a year word before it, is when
    it was signed, not the talks' day; the report's year after a memorandum's name is the plan's ("ký Biên bản ghi nhớ
    hợp tác năm 2024"), signed at the talks."""
    ex = read(extractor, text, lang)
    assert {e.date for e in ex.events if e.cls == "Signing"} == {year}


@pytest.mark.parametrize("lang, text", [
    ("vi", "Sáng thứ Năm (9/5), tại Trung tâm hội nghị huyện Phong Thổ đã diễn ra Hội nghị thường kỳ lần thứ 22 giữa huyện "
           "Kim Bình, châu Hồng Hà, tỉnh Vân Nam (Trung Quốc) và huyện Phong Thổ."),
    ("ar", "عقد يوم الخميس المؤتمر الثاني والعشرون بين محافظة جينبينغ ومحافظة فونغ تو في مركز المؤتمرات بمحافظة فونغ تو."),
])
def test_a_conference_centre_of_a_place_is_in_that_place(extractor, lang, text) -> None:
    """"tại Trung tâm hội nghị huyện Phong Thổ" (at the conference centre of Phong Tho district): the building's words
    between the venue word and the place (`place_adjectives`) leave the place where the conference was."""
    ex = read(extractor, text, lang)
    assert ("Conference", "2024-05-09", frozenset({"place/phong-tho"})) in told(ex)


@pytest.mark.parametrize("lang, text", [
    ("es", "Lai Chau, 10 may (VNA) – El Comando de la Guardia Fronteriza de Lai Chau y el Destacamento de Gestión Fronteriza "
           "de Honghe celebraron el jueves conversaciones en línea. Ambas partes examinaron los resultados alcanzados desde "
           "la ronda anterior, celebrada en agosto de 2023."),
    ("sv", "Lai Chau, 10 maj (VNA) – Lai Chaus gränsbevakningskommando och Honghes gränsförvaltningsbrigad höll i torsdags "
           "samtal via video. Parterna gick igenom vad som gjorts sedan den förra omgången, som hölls i augusti 2023."),
])
def test_the_previous_round_told_by_its_date_is_an_earlier_edition(extractor, lang, text) -> None:
    """"desde la ronda anterior, celebrada en agosto de 2023": the round before the talks told (`previous_edition_words`),
    an edition of their own in its month."""
    ex = read(extractor, text, lang)
    assert {("Meeting", "2024-05-09"), ("Meeting", "2023-08")} <= {(e.cls, e.date) for e in ex.events}


@pytest.mark.parametrize("lang, text", [
    ("sv", "Dien Bien, 10 maj (VNA) – Gränsbevakningsstationen Sen Thuong och Jiangchengs gränsförvaltningsbrigad genomförde på "
           "torsdagen en gemensam kontroll av den gemensamma gränsen."),
    ("es", "Dien Bien, 10 may (VNA) – El puesto de Sen Thuong y la brigada de Jiangcheng realizaron el jueves un control "
           "conjunto de la frontera común."),
])
def test_a_joint_control_of_the_border_is_an_event(extractor, lang, text) -> None:
    """"genomförde … en gemensam kontroll av den gemensamma gränsen": controlling the border together, as a joint patrol."""
    assert any(e.cls == "Event" and e.date == "2024-05-09" for e in read(extractor, text, lang).events)


def test_a_numbered_regular_meeting_names_its_series(extractor) -> None:
    """"第二十二次例会", "去年的第二十一次例会": a regular meeting, numbered, is an edition of one series, though no
    qualifier stands between the number and the word."""
    ex = read(extractor, "金平县与越南封土县第二十二次例会22日在越南封土县城召开。去年的第二十一次例会在金平县城举行。", "zh",
              date="2024-02-23")
    editions = {e.ordinal: e.mechanism for e in ex.events if e.cls == "Meeting" and e.ordinal}
    assert editions.get(22) and editions.get(22) == editions.get(21)


def test_a_han_since_word_glued_to_its_year(extractor) -> None:
    """"自2003年建立县级例会机制以来，双方每年轮流举办会议": a year after a since-word whose clause ends in "以来" is when
    a span began, not an event's day."""
    ex = read(extractor, "金平县与越南封土县第二十二次例会22日召开。刀文亮说，两岸边民世代友好往来。自2003年建立县级例会机制以来，"
                         "双方每年轮流举办会议。", "zh", date="2024-02-23")
    assert not any(e.date == "2003" for e in ex.events)


def test_a_gathering_verb_at_the_clause_end_tells_the_exchange_before_it(extractor) -> None:
    """"sind am Samstag im Grenzort Thanh Thuy zu einem Freundschaftsaustausch zusammengekommen": the exchange the
    verb of coming together is for stands right before it; no meeting of its own."""
    ex = read(extractor, "Grenzschützer der Provinz Ha Giang und ihre Kollegen aus dem Bezirk Wenshan sind am Samstag im "
                         "Grenzort Thanh Thuy zu einem Freundschaftsaustausch zusammengekommen.", "de", date="2024-12-15")
    assert any(e.cls == "Exchange" and e.date == "2024-12-14" for e in ex.events)
    assert not any(e.cls == "Meeting" for e in ex.events)


def test_a_numbered_friendship_exchange_in_swedish(extractor) -> None:
    """"den fjärde vänskapsutväxlingen om gränsförsvar": an edition of the Border Defence Friendship Exchange."""
    ex = read(extractor, "Vänskapen fick stor uppmärksamhet den 23 september 2017, när den fjärde vänskapsutväxlingen om "
                         "gränsförsvar mellan Vietnam och Kina förlades hit.", "sv", date="2024-10-20")
    assert any(e.cls == "Exchange" and e.date == "2017-09-23" and e.ordinal == 4
               and e.mechanism == BKR + "mechanism/border-defence-friendship-exchange" for e in ex.events)


def test_a_number_with_its_day_suffix_inside_a_gates_name_is_no_day(extractor) -> None:
    """"由越方在老街省金城2号国际公路口岸举办": "2号" numbers the gate; and the clause an intent word opens after a comma
    ("并商定第四季度会谈由越方在老街省…举办") places what is to come, not the signing."""
    ex = read(extractor, "10月25日，老街省边防部队与河口边防检查站在河口举行会谈。会谈结束后，双方签署了会谈纪要，并商定第四季度会谈由越方"
                         "在老街省金城2号国际公路口岸举办。", "zh", date="2024-10-26")
    signing = [e for e in ex.events if e.cls == "Signing"]
    assert signing and all(e.date == "2024-10-25" and BKR + "place/lao-cai" not in e.locations for e in signing)


def test_a_plans_years_before_a_signing_word_count_no_signings(extractor) -> None:
    """"l'accord de coopération pour la période 2024-2028 signé le 12 juin dernier": the plan's last year is no count
    of signings; and talks the sentence dates earlier in their own clause keep their day and place."""
    ex = read(extractor, "Cette coopération s'inscrit dans le prolongement des entretiens tenus le 30 mai 2023 dans la ville "
                         "de Lao Cai entre Lao Cai et Honghe, puis de l'accord de coopération pour la période 2024-2028 signé "
                         "le 12 juin dernier à Kunming entre les deux parties.", "fr", date="2024-09-27")
    assert ("Signing", "2024-06-12", frozenset({"place/kunming"})) in told(ex)
    assert ("Meeting", "2023-05-30", frozenset({"place/lao-cai-city"})) in told(ex)


@pytest.mark.parametrize(("lang", "text", "pub"), [
    ("zh", "2023年2月20日，金水河口岸与越南马鹿塘口岸全面恢复人员出入境和货物通关。", "2024-02-23"),
    ("sv", "Jinshuihe vill bjuda in fler bybor, sedan gränsportparet Ma Lu Thang – Jinshuihe återupptog full verksamhet "
           "den 20 februari 2023 efter tre års uppehåll.", "2024-10-20"),
])
def test_a_gate_pair_fully_resumed(extractor, lang: str, text: str, pub: str) -> None:
    """"全面恢复人员出入境和货物通关", "återupptog full verksamhet": a gate pair's full resumption is an event at the gate."""
    ex = read(extractor, text, lang, date=pub)
    assert any(e.cls == "Event" and e.date == "2023-02-20" and BKR + "gate/ma-lu-thang" in e.locations for e in ex.events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lang Son and Guangxi signed an agreement on November 12, 2017. Weeks later, on December 19 of the same year, "
           "Lao Cai and Hekou signed twinning agreements."),
    ("ar", "وقّعت لانغ سون وقوانغشي اتفاقية في 12 نوفمبر 2017. وبعد ذلك بأسابيع، في 19 ديسمبر من العام نفسه، وقّعت لاو كاي "
           "وهيكو اتفاقات توأمة."),
    ("zh", "2017年11月12日，谅山省与广西签署协议。同年12月19日，老街省与河口县签署结对协议。"),
])
def test_a_day_of_the_same_year(extractor, lang: str, text: str) -> None:
    """"on December 19 of the same year", "في 19 ديسمبر من العام نفسه", "同年12月19日": the year of the date told
    before, not the last December 19 before the report."""
    ex = read(extractor, text, lang, date="2022-01-28")
    assert any(e.cls == "Signing" and e.date == "2017-12-19" for e in ex.events)
    assert not any(e.date == "2021-12-19" for e in ex.events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Lao Cai border post and the Hekou inspection station established twinning ties on September 25, 2013."),
    ("vi", "Ngày 25/9/2013, Đồn Biên phòng Lào Cai và Trạm Kiểm tra biên phòng Hà Khẩu đã kết nghĩa."),
    ("zh", "老街国际口岸边防站与河口边防检查站于2013年9月25日结为“友好站所、和谐口岸”。"),
])
def test_a_twinning_is_a_signing(extractor, lang: str, text: str) -> None:
    """"established twinning ties", "đã kết nghĩa", "结为友好站所": two units twinned on a day, a signing."""
    ex = read(extractor, text, lang, date="2024-10-26")
    assert any(e.cls == "Signing" and e.date == "2013-09-25" for e in ex.events)


def test_a_signing_within_a_numbered_conference(extractor) -> None:
    """"Thỏa thuận hợp tác … được ký ngày 12/6 tại Côn Minh trong khuôn khổ Hội nghị thường niên lần thứ 4": the
    conference's edition and the signing held at it, each an event; "được ký", signed in the passive."""
    ex = read(extractor, "Thỏa thuận hợp tác giữa UBND tỉnh Lào Cai và Chính quyền nhân dân châu Hồng Hà được ký ngày 12/6 tại "
                         "Côn Minh trong khuôn khổ Hội nghị thường niên lần thứ 4 giữa Bí thư Tỉnh ủy bốn tỉnh biên giới Việt "
                         "Nam và Bí thư Tỉnh ủy Vân Nam.", "vi", date="2024-12-28")
    assert ("Signing", "2024-06-12", frozenset({"place/kunming"})) in told(ex)
    assert any(e.cls == "Conference" and e.ordinal == 4 and e.date == "2024-06-12" for e in ex.events)


def test_the_gate_a_sentence_opens_with_is_what_reopened(extractor) -> None:
    """"The Ma Lu Thang – Jinshuihe border gate pair in Phong Tho, the main trade route …, reopened to cargo on February
    27, 2020": the gate the sentence opens with, past its apposition, is where the reopening was."""
    ex = read(extractor, "The Ma Lu Thang – Jinshuihe border gate pair in Phong Tho, the main trade route between the two "
                         "sides, reopened to cargo on February 27, 2020, after a brief closure.", "en", date="2022-11-10")
    assert any(e.date == "2020-02-27" and BKR + "gate/ma-lu-thang" in e.locations for e in ex.events)


def test_a_french_handover_told_in_the_pluperfect_at_a_gate(extractor) -> None:
    """"Le 6 février, à la porte de Huu Nghi, Lang Son avait remis 350.000 masques médicaux au Guangxi": a giving word
    in the pluperfect whose object is goods, a handover, where "la porte de Huu Nghi" is (a gate named after "porte de")."""
    ex = read(extractor, "Le 6 février, à la porte de Huu Nghi, Lang Son avait remis 350.000 masques médicaux au Guangxi.", "fr",
              date="2020-05-09")
    assert any(e.cls == "Event" and e.date == "2020-02-06" and BKR + "gate/huu-nghi" in e.locations for e in ex.events)


def _sides(ex: Extraction, cls: str, date: str) -> set[str]:
    """The participants (without their IRI prefix) of the events of a class on a day."""
    return {p.removeprefix(BKR) for e in ex.events if e.cls == cls and e.date == date for p in e.participants}


def test_the_two_countries_are_the_sides_of_a_signing_held_in_their_capital(extractor) -> None:
    """"两国有关部门在河内签署了…相关文件": Hanoi is where it was signed, the two countries its sides; the places in the
    railway's name are no sides either."""
    ex = read(extractor, "2023年12月12日，两国有关部门在河内签署了推进老街—河内—海防标准轨铁路项目合作的相关文件。", "zh",
              date="2024-07-26")
    assert {"place/vietnam", "place/china"} <= _sides(ex, "Signing", "2023-12-12")


def test_documents_signed_long_ago_told_object_first(extractor) -> None:
    """The three legal documents on the land border (2009) in German with the thing signed opening the sentence and the
    verb closing it, and in Arabic with the participle after them: signings of the two countries."""
    ex = read(extractor, "Die drei Rechtsdokumente über die Landgrenze, darunter das Protokoll über die Grenzziehung und die "
                         "Grenzmarkierung, hatten Vietnam und China am 18. November 2009 in Peking unterzeichnet.", "de",
              date="2022-11-09")
    assert ("Signing", "2009-11-18", frozenset({"place/beijing"})) in told(ex)
    ex = read(extractor, "واتفق الطرفان على مواصلة تنفيذ الوثائق القانونية الثلاث الخاصة بالحدود البرية بين فيتنام والصين، "
                         "الموقعة في 18 نوفمبر 2009، وعلى تنظيم دوريات مشتركة منتظمة.", "ar", date="2021-01-01")
    assert {"place/vietnam", "place/china"} <= _sides(ex, "Signing", "2009-11-18")


def test_a_swedish_road_crossing_places_the_talks_at_its_gate(extractor) -> None:
    """"vid den internationella landsvägsgränsövergången Kim Thanh nr II": the talks were held at the Kim Thanh gate."""
    ex = read(extractor, "Delegationen från Lao Cai höll i måndags samtal med förvaltningskommittén för Hekous gränshamnar "
                         "vid den internationella landsvägsgränsövergången Kim Thanh nr II.", "sv", date="2024-07-23")
    assert ("Meeting", "2024-07-22", frozenset({"gate/kim-thanh"})) in told(ex)


def test_a_vietnamese_frequency_and_a_lunar_month_name_no_day(extractor) -> None:
    """"duy trì cơ chế gặp gỡ định kỳ 6 tháng một lần" (once every six months) is no 6 January; "mùng 10 tháng Giêng"
    is a lunar day: the exchange is on 19 February and the signing on the talks' day."""
    ex = read(extractor, "Sáng 3/6, tại thị trấn Thất Khê, UBND huyện Tràng Định đã tổ chức hội đàm với đoàn đại biểu huyện "
                         "Long Châu. Trước đó, ngày 19/2 (tức mùng 10 tháng Giêng năm Giáp Thìn), hai huyện đã phối hợp tổ "
                         "chức chương trình giao lưu văn nghệ mừng xuân tại khu vực cửa khẩu. Kết thúc hội đàm, lãnh đạo hai "
                         "huyện đã ký biên bản hội đàm, thống nhất duy trì cơ chế gặp gỡ định kỳ 6 tháng một lần.", "vi",
              date="2024-06-04")
    dates = {(e.cls, e.date) for e in ex.events}
    assert ("Exchange", "2024-02-19") in dates and ("Signing", "2024-06-03") in dates
    assert not {d for _, d in dates} & {"2024-01-06", "2024-01-10"}


def test_a_signing_at_the_close_of_talks_named_with_their_day_has_their_sides(extractor) -> None:
    """"À l'issue de la visioconférence de mardi, ils ont signé un procès-verbal": the weekday names the talks told before
    (not a day of the signing's own), so the signing is theirs, between their sides, though the sentence before spoke of
    an earlier session."""
    ex = read(extractor, "Le district de Loc Binh et le district de Ningming ont tenu mardi une visioconférence. Les deux "
                         "districts avaient déjà tenu une séance de travail en ligne le 9 juin. À l'issue de la visioconférence "
                         "de mardi, ils ont signé un procès-verbal fixant les prochaines étapes de leur coopération.", "fr",
              date="2022-11-23")
    assert {"place/loc-binh", "place/ningming"} <= _sides(ex, "Signing", "2022-11-22")


def test_receiving_goods_in_arabic_is_a_handover(extractor) -> None:
    """"تسلّمت لاو كاي … شحنة من الكمامات": receiving a shipment of masks is a handover, an Event, not talks."""
    ex = read(extractor, "تسلّمت لاو كاي يوم الثلاثاء شحنة من الكمامات من ولاية هونغ خه.", "ar", date="2020-04-15")
    assert {("Event", "2020-04-14")} == {(e.cls, e.date) for e in ex.events}


def test_a_phrase_that_places_the_event_told_before(extractor) -> None:
    """"Organisée à Qushui, la rencontre s'inscrit …", "Held in Qushui, the meeting was …": the talks told before were held
    there."""
    ex = read(extractor, "Les dirigeants de la commune de Sen Thuong ont eu lundi 1er juillet une séance de travail avec les "
                         "autorités du bourg de Qushui. Organisée à Qushui, la rencontre s'inscrit dans le cadre des "
                         "entretiens semestriels.", "fr", date="2024-07-02")
    assert ("Meeting", "2024-07-01", frozenset({"place/qushui-town"})) in told(ex)
    ex = read(extractor, "Leaders of Sen Thuong commune held talks with the authorities of Qushui town on Monday. Held in "
                         "Qushui, the meeting was part of their half-yearly talks.", "en", date="2024-07-02")
    assert ("Meeting", "2024-07-01", frozenset({"place/qushui-town"})) in told(ex)


def test_a_body_s_own_place_named_again_after_a_venue_word_is_where_it_met(extractor) -> None:
    """"the Public Security Bureau of Hekou county in China's Yunnan province in Hekou": Yunnan says where the bureau is,
    Hekou named again where the talks were; "of Mong Cai city in Quang Ninh province" only where the committee is."""
    ex = read(extractor, "A delegation of the Lao Cai provincial Police Department held talks with the Public Security Bureau "
                         "of Hekou county in China's Yunnan province in Hekou on December 30.", "en", date="2024-12-31")
    assert ("Meeting", "2024-12-30", frozenset({"place/hekou"})) in told(ex)
    ex = read(extractor, "The People's Committee of Mong Cai city in Quang Ninh province held talks with Dongxing on "
                         "December 30.", "en", date="2024-12-31")
    assert ("Meeting", "2024-12-30", frozenset()) in told(ex)


def test_a_place_that_hosted_a_numbered_session_is_where_it_was(extractor) -> None:
    """"la ville de Lai Chau avait accueilli la 7e réunion du Groupe de travail conjoint": hosting a numbered session is no
    reception of visitors (no visit), and the host city is where the session was; so is the city that hosted a fair."""
    ex = read(extractor, "Le 12 décembre 2018, la ville de Lai Chau avait accueilli la 7e réunion du Groupe de travail conjoint "
                         "entre les provinces vietnamiennes de Lai Chau, Ha Giang, Lao Cai, Dien Bien et la province chinoise du "
                         "Yunnan.", "fr", date="2022-10-21")
    assert {(e.cls, e.date) for e in ex.events} == {("Conference", "2018-12-12")}
    assert ("Conference", "2018-12-12", frozenset({"place/lai-chau-city"})) in told(ex)
    ex = read(extractor, "On December 12, 2018, Lai Chau city hosted a trade fair.", "en", date="2022-10-21")
    assert ("Exhibition", "2018-12-12", frozenset({"place/lai-chau-city"})) in told(ex)


def test_a_german_closing_phrase_before_the_signing_verb_dates_a_signing_at_the_talks(extractor) -> None:
    """"Zum Abschluss unterzeichneten beide Seiten ein Protokoll": the closing phrase dates the verb's own signing by the
    talks told before, even past a signing of 2015 recalled between them (not a second telling of either)."""
    ex = read(extractor, "Die Delegationen von Ha Lang und Daxin führten am Mittwoch in Shuolong Gespräche. Grundlage dafür "
                         "ist das am 5. November 2015 unterzeichnete Abkommen der Regierungen Vietnams und Chinas über den "
                         "Schutz der Wasserfälle. Zum Abschluss unterzeichneten Ly Van Duc und Nong Lihua ein Protokoll über "
                         "die Ergebnisse der Gespräche.", "de", date="2024-07-25")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2024-07-24"), ("Signing", "2024-07-24"),
                                                    ("Signing", "2015-11-05")}
    assert {"place/ha-lang", "place/daxin"} <= _sides(ex, "Signing", "2024-07-24")


def test_a_mechanism_named_after_both_countries_in_chinese_has_them_as_sides(extractor) -> None:
    """"中越贸易畅通工作组举行第一次会议": the China-Vietnam working group's first meeting is between the two countries, as
    "the Vietnam-China Working Group on Trade Facilitation held its first meeting" is in English."""
    for text, lang in (("1月6日，中越贸易畅通工作组举行第一次会议。", "zh"),
                       ("On January 6, the Vietnam-China Working Group on Trade Facilitation held its first meeting.", "en")):
        ex = read(extractor, text, lang, date="2022-06-09")
        assert {"place/vietnam", "place/china"} <= _sides(ex, "Meeting", "2022-01-06"), lang


def test_this_meeting_is_the_one_told_and_the_documents_it_implements_were_signed_long_ago(extractor) -> None:
    """"此次会谈是落实2009年11月18日两国政府在北京签署的三个陆地边界法律文件的举措": the talks after the demonstrative are
    the ones told (not talks of 2009), the legal documents were signed that day; and in French, the participle that agrees
    with the documents signs them ("l'un des trois documents juridiques signés par les deux gouvernements")."""
    ex = read(extractor, "双方5日在芒街举行会谈。此次会谈是落实2009年11月18日两国政府在北京签署的三个陆地边界法律文件的举措。",
              "zh", date="2021-08-06")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2021-08-05"), ("Signing", "2009-11-18")}
    ex = read(extractor, "Elle met en œuvre l'Accord sur la gestion de la frontière terrestre, l'un des trois documents juridiques "
                         "signés par les deux gouvernements à Pékin le 18 novembre 2009.", "fr", date="2021-08-06")
    assert ("Signing", "2009-11-18", frozenset({"place/beijing"})) in told(ex)


def test_an_agreement_on_a_mechanism_signed_in_a_relative_clause_is_a_signing(extractor) -> None:
    """"ett avtal om en samarbetsmekanism som provinspolisen i Yunnan och polisen i … undertecknade i juni 2014": the
    relative clause no comma sets off signs the agreement; the mechanism it names holds no meeting of its own."""
    ex = read(extractor, "Polissamarbetet vilar på ett avtal om en samarbetsmekanism som provinspolisen i Yunnan och polisen i "
                         "de fyra vietnamesiska gränsprovinserna Lao Cai, Lai Chau, Dien Bien och Ha Giang undertecknade i juni "
                         "2014.", "sv", date="2021-08-06")
    assert {(e.cls, e.date) for e in ex.events} == {("Signing", "2014-06")}


def test_the_event_after_a_demonstrative_is_told_so_the_sentence_tells_the_other(extractor) -> None:
    """"此次会谈延续了3月10日…举行的视频会议的成果": the talks after the demonstrative are the ones told (23 April), the video
    conference another, on 10 March; and talks beside the Spring Meeting of 2020 held in Liuzhou are no edition of it."""
    ex = read(extractor, "4月23日，谅山省代表团与广西代表团在友谊关口岸举行会谈。此次会谈延续了3月10日谅山省与广西举行的视频会议的"
                         "成果。", "zh", date="2020-04-24")
    assert {(e.cls, e.date) for e in ex.events} == {("Meeting", "2020-04-23"), ("Meeting", "2020-03-10")}
    ex = read(extractor, "عقد الجانبان يوم الخميس محادثات في مونغ كاي. وتأتي هذه المحادثات بعد ثلاثة أشهر من لقاء الربيع لعام "
                         "2020 بين أمناء لجان الحزب في المقاطعات الفيتنامية الأربع ومنطقة قوانغشي، الذي عُقد في مدينة ليوتشو "
                         "يومي 6 و7 أبريل.", "ar", date="2020-07-20")
    assert ("Meeting", "2020-04-06", frozenset({"place/liuzhou"})) in told(ex)
    assert ("Meeting", "2020-07-16", frozenset({"place/mong-cai"})) in told(ex)


def test_a_gate_pair_upgraded_is_an_event_between_the_places_of_its_gates(extractor) -> None:
    """"the Tra Linh (Vietnam) – Longbang (China) border gate pair was upgraded to international status at a ceremony on
    December 28, 2023", "được nâng cấp": an event at both gates, between the places they lie in."""
    for text, lang in (("Border guards of Tra Linh and Longbang held talks on April 1. The talks came three months after the Tra "
                        "Linh (Vietnam) – Longbang (China) border gate pair was upgraded to international status at a ceremony "
                        "on December 28, 2023.", "en"),
                       ("Ngày 28/12/2023, cặp cửa khẩu Trà Lĩnh – Long Bang được nâng cấp lên cửa khẩu quốc tế.", "vi")):
        ex = read(extractor, text, lang, date="2024-04-02")
        assert ("Event", "2023-12-28", frozenset({"gate/tra-linh", "gate/longbang"})) in told(ex), lang
        assert {"place/cao-bang", "place/baise"} <= _sides(ex, "Event", "2023-12-28"), lang
