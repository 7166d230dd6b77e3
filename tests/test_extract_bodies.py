"""Bodies no table names whole, read from a head word of their kind with what they do and their place,
and the posts held in them, in sentences written for these tests (not taken from the seeds, the
development or the tuning set)."""
from __future__ import annotations

from functools import partial

import pytest

from borderkg.extract import RuleExtractor
from borderkg.model import Extraction
from cases import BKR, read as read_on

read = partial(read_on, date="2024-05-02")


def bodies(ex: Extraction) -> dict[str, tuple[str, set[str]]]:
    """IRI (without the namespace) of each organisation -> its class and the texts it is mentioned by."""
    out: dict[str, tuple[str, set[str]]] = {}
    for e in ex.entities:
        if "/org/" in e.iri:
            out.setdefault(e.iri.removeprefix(BKR + "org/"), (e.cls, set()))[1].add(e.mention.text)
    return out


def posts(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(m.person.rsplit("/", 1)[-1], m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships}


@pytest.mark.parametrize(("lang", "text", "iri", "cls", "mention"), [
    ("en", "Nguyen Thi Lan, director of the Lao Cai Department of Natural Resources and Environment, spoke at the event.",
     "lao-cai/body-department-natural-resources-environment", "Department",
     "Lao Cai Department of Natural Resources and Environment"),
    ("en", "The Hekou Fire and Rescue Brigade sent two engines to the bridge.", "hekou/body-brigade-fire-rescue",
     "Organization", "Hekou Fire and Rescue Brigade"),
    ("en", "The Lao Cai Department of Finance and the Hekou bureau met on Monday.", "lao-cai/body-department-finance",
     "Department", "Lao Cai Department of Finance"),
    ("de", "Der Direktor des Amtes für Finanzen der Provinz Ha Giang, Tran Van Long, sprach zuerst.",
     "ha-giang/body-department-finanzen", "Department", "Amtes für Finanzen der Provinz Ha Giang"),
    ("es", "En la reunión habló Luo Ping, director de la Comisión de Desarrollo y Reforma de Baise.",
     "baise/body-commission-desarrollo-reforma", "Department", "Comisión de Desarrollo y Reforma de Baise"),
    ("fr", "Wang Lei, directeur adjoint du Bureau des forêts de la ville de Pingxiang, a pris la parole.",
     "pingxiang/body-bureau-forets", "Department", "Bureau des forêts de la ville de Pingxiang"),
    ("sv", "Li Ming, chef för brandbrigaden i Pingxiang, talade först.", "pingxiang/body-brigade-brand", "Organization",
     "brandbrigaden i Pingxiang"),
    ("sv", "Avtalet skrevs under av byrån för jordbruk, skog och fiske i Pingxiang.",
     "pingxiang/body-bureau-jordbruk-skog-fiske", "Department", "byrån för jordbruk, skog och fiske i Pingxiang"),
    ("ar", "وقعت جامعة ونشان اتفاقية مع الجانب الفيتنامي.", "wenshan/body-university", "Organization", "جامعة ونشان"),
    ("vi", "Ông Nguyễn Văn Nam, Giám đốc Sở Tài chính tỉnh Hà Giang, phát biểu tại hội nghị.",
     "ha-giang/body-department-tai-chinh", "Department", "Sở Tài chính tỉnh Hà Giang"),
    ("vi", "Bà Hoàng Thị Lan, Phó Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn, cho biết.",
     "lang-son/body-hospital-da-khoa", "Organization", "Bệnh viện Đa khoa tỉnh Lạng Sơn"),
])
def test_body_named_by_its_head_word_and_place(extractor, lang: str, text: str, iri: str, cls: str, mention: str) -> None:
    """A department, bureau, commission, brigade, hospital or university no table names whole is a
    body of its place: a Department under a province or city, an Organization for the others."""
    found = bodies(read(extractor, text, lang))
    assert iri in found and found[iri][0] == cls and mention in found[iri][1]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Nguyen Thi Lan, director of the Lao Cai Department of Natural Resources and Environment, spoke at the event.",
     ("x-nguyen-thi-lan", "DIRECTOR", "lao-cai/body-department-natural-resources-environment")),
    ("de", "Der Direktor des Amtes für Finanzen der Provinz Ha Giang, Tran Van Long, sprach zuerst.",
     ("x-tran-van-long", "DIRECTOR", "ha-giang/body-department-finanzen")),
    ("fr", "Wang Lei, directeur adjoint du Bureau des forêts de la ville de Pingxiang, a pris la parole.",
     ("x-wang-lei", "DEPUTY_DIRECTOR", "pingxiang/body-bureau-forets")),
    ("sv", "Li Ming, chef för brandbrigaden i Pingxiang, talade först.", ("x-li-ming", "HEAD", "pingxiang/body-brigade-brand")),
    ("en", "The drill was led by Li Ming, captain of the Hekou Fire and Rescue Brigade.",
     ("x-li-ming", "HEAD", "hekou/body-brigade-fire-rescue")),
])
def test_post_in_a_body_named_by_its_head_word(extractor, lang: str, text: str, expected: tuple) -> None:
    """"director of the X Department of ...": a post in the body; a brigade's chief or captain is its HEAD."""
    assert expected in posts(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("es", "Habló el director del Subdepartamento de Aduanas de Cao Bang, y Aduanas de Cao Bang firmó.",
     "Subdepartamento de Aduanas de Cao Bang"),
])
def test_the_last_head_word_says_the_kind(extractor, lang: str, text: str, mention: str) -> None:
    """"Subdepartamento de Aduanas de Cao Bang" is Cao Bang's customs department (`whole`), one body with "Aduanas de
    Cao Bang"."""
    found = bodies(read(extractor, text, lang))
    assert found["cao-bang/customs"][1] == {mention, "Aduanas de Cao Bang"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La mise en service de la ligne de Lao Cai est prévue pour mai."),
    ("en", "Officials said the department in Lao Cai was ready."),
    ("en", "He thanked the Department of Labour, Invalids and Social Affairs, and Lao Cai for their help."),
    ("ar", "وأشاد بدور لجنة الحزب وسلطات مدينة لاو كاي."),
    ("vi", "Ban chỉ đạo phía Việt Nam đã họp tại Lào Cai để chuẩn bị cho lễ hội."),
])
def test_no_body_from_a_common_noun_or_past_a_closed_list(extractor, lang: str, text: str) -> None:
    """A head word in lower case where bodies are capitalised is a common noun; a name's list ends at
    its "and"-word, and a head word the tables know ("لجنة الحزب") is left to them; "Ban" alone is as
    often an event's steering board as a standing body."""
    assert not [k for k in bodies(read(extractor, text, lang)) if "/body-" in k]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Envoys of Malipo county came on Monday. Tran Thi Ha, Secretary of the Party Committee of Bat Xat district, "
           "welcomed a group led by Malipo's Party chief Li Wenhua at the gate.",
     ("x-li-wenhua", "SECRETARY", "malipo/party-committee")),
])
def test_title_after_a_place_in_the_genitive_has_its_holder_after_it(extractor, lang: str, text: str, expected: tuple) -> None:
    """"Malipo's Party chief Li Wenhua": the genitive names the body, the name after the title holds the
    post; not the body of that kind told last ("the Party Committee of Bat Xat district")."""
    assert expected in posts(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "expected", "participant"), [
    ("sv", "Länets jordbruksdepartement och byrån för jordbruk, skog och fiske i Pingxiang höll överläggningar i Lao Cai i går. "
           "Avtalet undertecknades av Li Ming, biträdande chef för den kinesiska byrån.",
     ("x-li-ming", "DEPUTY_DIRECTOR", "pingxiang/body-bureau-jordbruk-skog-fiske"), "pingxiang/body-bureau-jordbruk-skog-fiske"),
])
def test_title_of_a_body_told_by_its_noun_after_an_adjective(extractor, lang: str, text: str, expected: tuple,
                                                             participant: str) -> None:
    """"biträdande chef för den kinesiska byrån": the noun after its adjective names the body told before,
    whose earlier mention still takes part in the talks its sentence tells."""
    ex = read(extractor, text, lang)
    assert expected in posts(ex)
    assert any(BKR + "org/" + participant in e.participants for e in ex.events)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Major Lo Van Binh, befälhavare för Lai Chau-provinsens gränsbevakning, talade först.",
     ("x-lo-van-binh", "HEAD", "lai-chau/border-guard-command")),
    ("de", "Die Gouverneurin von Cao Bang, Be Thi Lan, sprach zuerst.", ("x-be-thi-lan", "CHAIR", "cao-bang/peoples-committee")),
])
def test_title_and_head_word_forms(extractor, lang: str, text: str, expected: tuple) -> None:
    """"gränsbevakning" without its article and "Gouverneurin" (a woman governor) are read as their other forms."""
    assert expected in posts(read(extractor, text, lang))


@pytest.mark.parametrize(("text", "iri", "mention", "expected"), [
    ("金平县应急管理局局长罗建在会上表示，双方将加强合作。", "jinping/body-bureau-", "金平县应急管理局", ("x-luo-jian", "DIRECTOR")),
    ("东兴市消防救援大队队长苏建介绍了情况。", "dongxing/body-brigade-", "东兴市消防救援大队", ("x-su-jian", "HEAD")),
    ("红河学院和云南大学的学生参加。", "yunnan/body-university", "云南大学", None),
])
def test_han_body_runs_back_from_its_head_word_to_its_place(extractor, text: str, iri: str, mention: str,
                                                            expected: tuple | None) -> None:
    """"金平县应急管理局": without spaces, a body's name runs back from its head word to its place; "局长"
    after it is its director's title."""
    ex = read(extractor, text, "zh")
    found = [k for k, (_, mentions) in bodies(ex).items() if k.startswith(iri) and mention in mentions]
    assert found
    if expected is not None:
        assert (*expected, found[0]) in posts(ex)


@pytest.mark.parametrize("text", ["越南当局和中方签署了协议。", "形成了河口县新格局。"])
def test_han_head_word_with_one_character_before_it_is_no_body(extractor, text: str) -> None:
    """"当局" (authorities), "格局" (pattern): a one-character head word needs two characters of topic."""
    assert not [k for k in bodies(read(extractor, text, "zh")) if "/body-" in k]


def people(ex: Extraction) -> set[str]:
    return {e.mention.text for e in ex.entities if e.cls == "Person"}


@pytest.mark.parametrize(("text", "name", "post"), [
    ("وقال مدير جمارك مقاطعة كاو بانغ، نونغ فان هاي، إن الصادرات ارتفعت.", "نونغ فان هاي", None),
    ("واستقبل الوفد نائب رئيس اللجنة الشعبية لمقاطعة لانغ سون، هوانغ فان داو، في المدينة.", "هوانغ فان داو",
     ("VICE_CHAIR", "lang-son/peoples-committee")),
])
def test_arabic_name_set_off_after_a_title(extractor, text: str, name: str, post: tuple | None) -> None:
    """"نائب رئيس اللجنة الشعبية لمقاطعة لانغ سون، هوانغ فان داو،": a name set off by commas after a title and
    its body is the title's holder."""
    ex = read(extractor, text, "ar")
    assert name in people(ex)
    if post is not None:
        assert any(role == post[0] and org == post[1] for _, role, org in posts(ex))


def test_arabic_name_holding_a_place_name_past_its_surname(extractor) -> None:
    """"ما لي هوا، نائبة حاكم": a surname, then words the lexicon reads as a place ("لي هوا"), right before a
    comma and a title, are one name."""
    ex = read(extractor, "وكانت ما لي هوا، نائبة حاكم ولاية ونشان، قد زارت المدينة.", "ar")
    assert "ما لي هوا" in people(ex)
    assert not [e for e in ex.entities if e.mention.text == "لي هوا"]


def test_respectively_leaves_names_with_their_own_titles_and_a_chain_places_a_body_of_no_level(extractor) -> None:
    """"lần lượt là A, Bí thư Huyện ủy X và B, Phó Bí thư Thị ủy, Thị trưởng thành phố Y": each name has its
    own titles, so "respectively" pairs nothing; "Thị ủy" says no level, and the chain names Y."""
    text = ("Sáng 5/6, huyện Bát Xát (tỉnh Lào Cai) hội đàm với thành phố Bằng Tường. Dẫn đầu hai đoàn lần lượt là "
            "ông Hoàng Văn Sơn, Bí thư Huyện ủy Bát Xát và ông Lý Minh Hải, Phó Bí thư Thị ủy, Thị trưởng thành phố Bằng Tường.")
    found = posts(read(extractor, text, "vi"))
    assert ("x-ly-minh-hai", "DEPUTY_SECRETARY", "pingxiang/party-committee") in found
    assert ("x-ly-minh-hai", "HEAD", "pingxiang/peoples-government") in found
    assert ("x-hoang-van-son", "SECRETARY", "bat-xat/party-committee") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Lo Van Hai, chef för gränsbevakningsstationen Ma Lu Thang, talade först.",
     ("x-lo-van-hai", "HEAD", "ma-lu-thang/border-guard-station")),
    ("en", "Lo Van Hai, director of the Ma Lu Thang Border Guard Station, spoke first.",
     ("x-lo-van-hai", "HEAD", "ma-lu-thang/border-guard-station")),
])
def test_border_guard_unit_is_led_by_its_head(extractor, lang: str, text: str, expected: tuple) -> None:
    """"chef för gränsbevakningsstationen": a border guard unit's chief is its HEAD (commander), not a director."""
    assert expected in posts(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Lao Cais handelsdepartement och byrån för handel i Hekou höll möten. Avtalet undertecknades av "
           "departementets direktör Tran Van Hai.", ("x-tran-van-hai", "DIRECTOR", "lao-cai/department-commerce")),
    ("en", "The Lao Cai Department of Finance and the Hekou bureau met. The department's director Tran Van Hai spoke.",
     ("x-tran-van-hai", "DIRECTOR", "lao-cai/body-department-finance")),
])
def test_title_after_a_body_noun_in_the_genitive(extractor, lang: str, text: str, expected: tuple) -> None:
    """"departementets direktör X", "the department's director X": the noun in the genitive names the body
    told before whose name ends a word with it ("handelsdepartement")."""
    assert expected in posts(read(extractor, text, lang))


@pytest.mark.parametrize(("text", "name"), [
    ("Vice chairmen Tran Van Nam and Lo Thi Thuy headed the delegations of Lai Chau and Dien Bien.", "Lo Thi Thuy"),
    ("Officials Nguyen Van Long and Sung A Lenh joined the patrol near the marker.", "Sung A Lenh"),
    ("Delegates Hoang Van Hai and Vang Van Dung spoke at the meeting in the district.", "Vang Van Dung"),
])
def test_usual_surnames_of_the_border_peoples_open_a_name(extractor, text: str, name: str) -> None:
    """Lò, Giàng, Sùng, Vàng, Thào, Lầu: surnames of the Thai and Hmong officials of the border provinces,
    as usual there as Nông, open a name wherever it stands."""
    assert name in {e.mention.text for e in read(extractor, text, "en").entities if e.cls == "Person"}


def test_han_words_for_the_region_before_a_body_or_title_stand_for_the_region_named(extractor) -> None:
    """"自治区党委", "自治区副主席", "自治区政府主席": "the autonomous region" before a body or a head's title is
    the place named before whose own name holds those words (广西壮族自治区), not the article's province."""
    text = "越南老街省与中国广西壮族自治区举行会谈。出席会谈的有自治区党委书记刘明，自治区副主席王强，自治区政府主席陈新。"
    found = posts(read(extractor, text, "zh"))
    assert {("x-liu-ming", "SECRETARY", "guangxi/party-committee"), ("x-wang-qiang", "VICE_CHAIR", "guangxi/peoples-government"),
            ("x-chen-xin", "CHAIR", "guangxi/peoples-government")} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Das Amt für Bauwesen der Provinz Cao Bang legte den Plan vor. Anwesend war auch der Direktor des Amtes für "
           "Bauwesen, Be Van Tuan, sowie Vertreter der Zollbehörde.",
     {("x-be-van-tuan", "DIRECTOR", "cao-bang/body-department-bauwesen")}),
    ("en", "The Cao Bang Department of Construction drew up the plan. Also present was the director of the "
           "Department of Construction, Be Van Tuan.",
     {("x-be-van-tuan", "DIRECTOR", "cao-bang/body-department-construction")}),
])
def test_body_named_again_without_its_place(extractor, lang, text, expected) -> None:
    """"des Amtes für Bauwesen" after "das Amt für Bauwesen der Provinz Cao Bang": the head word and what the
    body does name the body read before, and the title before them is a post in it; the name set off after
    that title is an item of a list, and "Vertreter der Zollbehörde" after it is no post of that name's."""
    assert posts(read(extractor, text, lang)) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Dien Bien Economic Zone Management Board and the People's Government of Mengla county signed a "
           "memorandum on Friday.", {"dien-bien/management-board-dien-bien", "mengla/peoples-government"}),
    ("fr", "Le Comité de gestion de la zone économique de Lao Cai et le Gouvernement populaire du district de Hekou ont "
           "signé un mémorandum vendredi.", {"lao-cai/management-board-lao-cai", "hekou/peoples-government"}),
])
def test_a_named_body_ends_before_another_body_joined_by_and(extractor, lang: str, text: str, expected: set) -> None:
    """"the X Management Board and the People's Government of Y": two bodies, each of its own place; a place before
    the head, with a few capitalised words between ("Dien Bien Economic Zone"), names it."""
    assert expected <= set(bodies(read(extractor, text, lang)))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Wei Ming, chairman of the Standing Committee of the Guangxi Regional People's Congress, spoke.",
     ("x-wei-ming", "CHAIR", "guangxi/peoples-congress-standing-committee")),
    ("en", "Wei Ming, secretary of the Yunnan Provincial Committee of the Communist Party of China, spoke.",
     ("x-wei-ming", "SECRETARY", "yunnan/party-committee")),
    ("sv", "Wei Ming, ordförande för ständiga utskottet i Yunnans folkkongress, talade.",
     ("x-wei-ming", "CHAIR", "yunnan/peoples-congress-standing-committee")),
])
def test_a_body_named_around_its_place(extractor, lang: str, text: str, expected: tuple) -> None:
    """"the Standing Committee of the Guangxi Regional People's Congress": the place inside the body's name."""
    assert expected in posts(read(extractor, text, lang))


def test_a_standing_committee_of_a_party_committee_is_no_congress_body(extractor) -> None:
    ex = read(extractor, "Tran Van Hai, member of the Standing Committee of the Lao Cai Provincial Party Committee, spoke.",
              "en")
    assert not any("peoples-congress" in iri for iri in bodies(ex))


def test_compound_offices_of_one_province_are_two_bodies(extractor: RuleExtractor) -> None:
    """"Gesundheitsamt", "Bildungsamt" (`body_suffixes`): what each does is its compound's first part, so one
    province's health office and its education office are two bodies, whatever case the compound is in."""
    found = bodies(read(extractor, "Das Gesundheitsamt der Provinz Ha Giang und das Bildungsamt der Provinz Ha Giang "
                                   "unterzeichneten ein Abkommen. Der Direktor des Gesundheitsamts der Provinz Ha Giang "
                                   "sprach.", "de"))
    assert {"ha-giang/body-department-gesundheits", "ha-giang/body-department-bildungs"} <= set(found)


@pytest.mark.parametrize(("lang", "text", "iri", "mention"), [
    ("vi", "Trung tâm Y tế thành phố Móng Cái tổ chức hội đàm với Trung tâm Y tế huyện Bát Xát.",
     "mong-cai/medical-center", "Trung tâm Y tế thành phố Móng Cái"),
    ("en", "The Mong Cai Medical Centre held talks with the Dongxing People's Hospital.", "mong-cai/medical-center",
     "Mong Cai Medical Centre"),
    ("zh", "芒街市卫生中心与东兴市卫生院举行会谈。", "dongxing/medical-center", "东兴市卫生院"),
])
def test_a_medical_centre_is_a_body_of_its_place(extractor, lang: str, text: str, iri: str, mention: str) -> None:
    found = bodies(read(extractor, text, lang))
    assert iri in found and found[iri][0] == "Organization" and mention in found[iri][1]


@pytest.mark.parametrize(("text", "iri"), [
    ("中国云南金水河出入境边防检查站与越方举行会谈。", "jinshuihe/border-inspection-station"),
    ("天保边检站与河口边检站举行会谈。", "tianbao/border-inspection-station"),
])
def test_a_chinese_port_bare_name_before_its_station(extractor, text: str, iri: str) -> None:
    """"金水河出入境边防检查站", "天保边检站": a port's bare name (a context label: "清水" is also clear water) beside a body's
    head word is the port's, and names its station."""
    assert iri in bodies(read(extractor, text, "zh"))


def test_a_port_named_right_after_its_word_is_not_named_by_places_later(extractor) -> None:
    """"cảng Hòn Gai và Trung tâm Y tế thành phố Móng Cái tổ chức hội đàm": the name right after the word is the
    port's; Mong Cai, after another body's word and an event's, is no place the port joins."""
    ex = read(extractor, "Chi cục Hải quan cửa khẩu cảng Hòn Gai và Trung tâm Y tế thành phố Móng Cái tổ chức hội đàm.", "vi")
    infra = {e.iri.removeprefix(BKR): e.mention.text for e in ex.entities if "/infra/" in e.iri}
    assert infra == {"infra/port-x-hon-gai": "cảng Hòn Gai"}


@pytest.mark.parametrize(("text", "name", "post"), [
    ("تسلمها السفير الصيني شيونغ بو في هانوي.", "شيونغ بو", None),
    ("قامت نائبة وزير الخارجية الفيتنامي نغوين مينه هانغ بزيارة إلى قوانغشي.", "نغوين مينه هانغ",
     ("x-nguyen-minh-hang", "DEPUTY_HEAD", "vietnam-ministry-of-foreign-affairs")),
    ("وضم المقدمين لي هونغ تاو وتشو وين بين، رئيسي المحطتين.", "تشو وين بين", None),
])
def test_arabic_name_after_a_country_adjective_or_a_plural_rank(extractor, text: str, name: str, post: tuple | None) -> None:
    """"السفير الصيني شيونغ بو", "نائبة وزير الخارجية الفيتنامي نغوين مينه هانغ": the country's adjective after an honorific
    or a minister's title is no part of the name after it; "المقدمين" (lieutenant colonels, genitive) lists names."""
    ex = read(extractor, text, "ar")
    assert name in people(ex)
    if post is not None:
        assert post in posts(ex)


def test_han_places_listed_before_a_head_share_it(extractor) -> None:
    """"越南老街省、奠边省、河江省海关局和海防市海关局": each place listed with "、" before the last one's head word has that
    kind of body of its own."""
    found = bodies(read(extractor, "越南老街省、奠边省、河江省海关局和海防市海关局与中国昆明海关举行会晤。", "zh"))
    assert {"lao-cai/customs", "dien-bien/customs", "ha-giang/customs", "hai-phong/customs"} <= set(found)


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("en", "The talks were held with the Baise Border Management Squadron.", "baise/border-management-detachment"),
    ("fr", "Les pourparlers ont eu lieu avec l'escadron de gestion frontalière de Baise.", "baise/border-management-detachment"),
])
def test_a_border_management_squadron_is_a_detachment(extractor, lang: str, text: str, iri: str) -> None:
    assert iri in bodies(read(extractor, text, lang))


def test_a_station_named_after_a_gate_with_its_gate_words_between(extractor) -> None:
    """"poste de garde-frontière de la porte frontalière internationale de Tra Linh": a gate's words between a station's
    head and its gate's name may be long."""
    assert "tra-linh/border-guard-station" in bodies(read(
        extractor, "Le poste de garde-frontière de la porte frontalière internationale de Tra Linh a tenu des pourparlers.", "fr"))


@pytest.mark.parametrize("text", [
    "Lao Cai held talks with Kunming Customs on Thursday.",
    "Lao Cai held talks with the Nanning Customs on 5 May.",
])
def test_a_time_after_a_body_s_head_ends_its_name(extractor, text: str) -> None:
    """"talks with Kunming Customs on Thursday": "on" joins a topic to a name ("Committee on Foreign Affairs"), not a time."""
    named = {mention for _, mentions in bodies(read(extractor, text, "en")).values() for mention in mentions}
    assert any(mention.endswith("Customs") for mention in named)
    assert not any(" on " in mention for mention in named)


@pytest.mark.parametrize("text", [
    "En delegation från departementet för utrikesfrågor i den vietnamesiska gränsprovinsen Ha Giang höll samtal i Wenshan.",
    "Do Quoc Huong, direktör för Ha Giangs departement för utrikesfrågor, ledde delegationen.",
])
def test_a_body_reaches_its_place_past_a_country_adjective_and_a_place_word(extractor, text: str) -> None:
    """"departementet för utrikesfrågor i den vietnamesiska gränsprovinsen Ha Giang": the country's adjective before a
    place word and the place word ("gränsprovinsen", `place_adjectives`) link the body to its place, which is then no
    venue; "departement för utrikesfrågor" is the department of foreign affairs."""
    assert "ha-giang/department-foreign-affairs" in bodies(read(extractor, text, "sv"))
