"""Border gates named as pairs and places named beside a body, in sentences written for these tests
(not taken from the seeds, the development or the tuning set)."""
from __future__ import annotations

from functools import partial

import pytest

from borderkg.model import Document
from cases import BKR, read as read_on

read = partial(read_on, date="2024-05-02")


@pytest.mark.parametrize(("lang", "text", "gate", "label"), [
    ("de", "Über den Grenzübergang Mong Cai – Dongxing reisten im Mai mehr Touristen ein.", "gate/mong-cai",
     "Grenzübergang Mong Cai – Dongxing"),
    ("en", "Fruit trucks queued for hours at the Lao Cai – Hekou international border gate last week.", "gate/hekou",
     "Lao Cai – Hekou"),
    ("vi", "Hàng hóa qua cặp cửa khẩu Thanh Thủy (Việt Nam) – Thiên Bảo (Trung Quốc) tăng mạnh.", "gate/thanh-thuy",
     "cửa khẩu Thanh Thủy – Thiên Bảo"),
    ("fr", "Les camions empruntent désormais le point de passage Ban Vuoc-Basa chaque matin.", "gate/ban-vuoc",
     "Ban Vuoc-Basa"),
    ("vi", "Xe tải nối đuôi nhau qua lối mở Bản Vược – Bá Sái từ sáng sớm.", "gate/ban-vuoc", "Bản Vược – Bá Sái"),
])
def test_gate_named_with_the_gate_facing_it_carries_the_pair(extractor, lang, text, gate, label) -> None:
    """"Grenzübergang Mong Cai – Dongxing", "Ban Vuoc-Basa": a gate and the gate facing it, joined by a
    dash, name one crossing; the gate named first (or the one a gate word follows) carries the pair."""
    ex = read(extractor, text, lang)
    labels = {text for e in ex.entities if e.iri == BKR + gate for text, _ in e.labels}
    assert label in labels


def test_two_gates_joined_by_a_dash_give_the_pair_once(extractor) -> None:
    """"cửa khẩu Trà Lĩnh – Long Bang": the pair is the first gate's label only; the second keeps its own name."""
    ex = read(extractor, "Xe qua lại cặp cửa khẩu Trà Lĩnh – Long Bang đã tăng gấp đôi.", "vi")
    labelled = {e.iri.removeprefix(BKR) for e in ex.entities if e.cls == "BorderGate" and e.labels}
    assert labelled == {"gate/tra-linh"}


def test_a_dash_after_a_gate_without_its_counterpart_is_no_pair(extractor) -> None:
    """"Lao Cai – Hanoi": a gate's namesake joined to a place that faces no gate of it is no pair."""
    ex = read(extractor, "Hàng qua cửa khẩu Lào Cai – Hà Nội được vận chuyển bằng đường sắt.", "vi")
    assert not any(e.cls == "BorderGate" and e.labels for e in ex.entities)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("vi", "Đoàn công tác đã hội đàm định kỳ tại Bá Sái vào tháng trước.", "place/basa"),
    ("fr", "Un nouveau pont relie désormais Basa, dans le district de Hekou, à la rive vietnamienne.", "place/basa"),
])
def test_basa_bare_is_the_place_not_its_port(extractor, lang, text, place) -> None:
    """"Bá Sái", "Basa" bare name the place on the Red River; its port is named with a gate word."""
    ex = read(extractor, text, lang)
    assert BKR + place in {e.iri for e in ex.entities}
    assert not any(e.cls == "BorderGate" for e in ex.entities)


def test_context_name_after_a_head_ending_in_link_words(extractor) -> None:
    """"Chi đội Quản lý biên giới Hồng Hà": the head itself ends in words that may link a name ("biên
    giới"), and the bare name after it is still the place of the body."""
    ex = read(extractor, "Cán bộ Chi đội Quản lý biên giới Hồng Hà đã sang thăm đồn.", "vi")
    assert BKR + "place/honghe" in {e.iri for e in ex.entities}


@pytest.mark.parametrize(("lang", "text", "iri", "mention"), [
    ("sv", "Kapten Do Van Long, chef för gränsbevakningsstationen Khanh Khe, tog emot gästerna från provinsen Lang Son.",
     "org/lang-son/border-guard-station-khanh-khe", "gränsbevakningsstationen Khanh Khe"),
    ("de", "Major Do Van Long von der Grenzschutzstation Khanh Khe empfing die Gäste aus der Provinz Lang Son.",
     "org/lang-son/border-guard-station-khanh-khe", "Grenzschutzstation Khanh Khe"),
])
def test_post_named_after_a_locality_no_lexicon_knows(extractor, lang, text, iri, mention) -> None:
    """"gränsbevakningsstationen Khanh Khe": a border post takes the name of the locality it guards,
    capitalised words by its head, and is no person of that name."""
    ex = read(extractor, text, lang)
    assert mention in {e.mention.text for e in ex.entities if e.iri == BKR + iri}
    assert not any(e.cls == "Person" and e.mention.text == "Khanh Khe" for e in ex.entities)


@pytest.mark.parametrize(("text", "iri"), [
    ("Chefen för handelsdepartementet i provinsen Yunnan talade först.", "org/yunnan/department-commerce"),
    ("En delegation från gränsinspektionsstationen i Hekou kom på besök.", "org/hekou/border-inspection-station"),
    ("Ordföranden för förvaltningsstyrelsen för gränszonen Hekou talade.", "org/hekou/management-board-hekou"),
])
def test_swedish_bodies_in_the_definite_form(extractor, text, iri) -> None:
    """"handelsdepartementet", "gränsinspektionsstationen", "förvaltningsstyrelsen": the definite
    forms name the bodies as the bare ones do."""
    assert BKR + iri in {e.iri for e in read(extractor, text, "sv").entities}


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("fr", "Les camions évitent désormais le pont de Ho Kieu aux heures de pointe.", "pont de Ho Kieu"),
    ("es", "Los camiones ya no cruzan el puente de Ho Kieu por la mañana.", "puente de Ho Kieu"),
])
def test_bridge_named_through_an_of_word(extractor, lang, text, mention) -> None:
    """"pont de Ho Kieu": a bridge's name may follow its word through "de"."""
    ex = read(extractor, text, lang)
    assert mention in {e.mention.text for e in ex.entities if e.cls == "Infrastructure"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le maire a reçu le vice-président du gouvernement populaire de la préfecture autonome hani et yi de Honghe."),
    ("es", "La alcaldesa recibió al vicepresidente del Gobierno Popular de la prefectura autónoma hani y yi de Honghe."),
])
def test_prefecture_named_with_its_peoples(extractor, lang, text) -> None:
    """"préfecture autonome hani et yi de Honghe": the peoples between the level and the name; the
    government is Honghe's."""
    ex = read(extractor, text, lang)
    assert BKR + "org/honghe/peoples-government" in {e.iri for e in ex.entities}


@pytest.mark.parametrize(("text", "iri", "mention"), [
    ("Officials of the Cao Bang Border Gate Economic Zone Management Board briefed the guests.",
     "org/cao-bang/management-board-cao-bang", "Cao Bang Border Gate Economic Zone Management Board"),
    ("Leaders of the Mong Cai Border Gate Economic Zone Management Board also attended.",
     "org/mong-cai/management-board-mong-cai", "Mong Cai Border Gate Economic Zone Management Board"),
])
def test_english_board_named_after_the_place_before_it(extractor, text, iri, mention) -> None:
    """"the Mong Cai Border Gate Economic Zone Management Board": the board of the zone of the place
    before it; neither the zone nor a "Mong Cai Border Gate" is told apart from it."""
    ex = read(extractor, text, "en")
    assert mention in {e.mention.text for e in ex.entities if e.iri == BKR + iri}
    assert not any(e.cls in ("Project", "BorderGate") for e in ex.entities)


def test_bodies_listed_share_the_place_after_the_last(extractor) -> None:
    """"Đảng ủy, HĐND, UBND xã Phong Niên": the bodies listed before the last are that commune's too,
    and "UBND xã" later is the commune's committee, not the province's."""
    ex = read(extractor, "Ngày 3/5, Đảng ủy, HĐND, UBND xã Phong Niên (tỉnh Lào Cai) đã tiếp đoàn. Ông Lò Văn Dũng, "
                         "Chủ tịch UBND xã, phát biểu.", "vi")
    iris = {e.iri.removeprefix(BKR) for e in ex.entities if e.cls in ("PartyCommittee", "PeoplesCommittee", "Organization")}
    assert {"org/x-phong-nien/party-committee", "org/x-phong-nien/peoples-council", "org/x-phong-nien/peoples-committee"} <= iris
    assert not any(i.startswith("org/lao-cai") for i in iris)


@pytest.mark.parametrize(("lang", "text", "kept", "not_there"), [
    ("en", "The governor flew to the port city of Beihai and then to Nanning.", "place/beihai", "Infrastructure"),
    ("en", "Ships now sail from Beihai to Cai Lan port twice a week.", "infra/cai-lan-port", "Person"),
    ("zh", "越来越多的游客乘船游览下龙湾。", "place/ha-long-bay", "City"),
])
def test_words_around_a_name_that_name_no_other_thing(extractor, lang, text, kept, not_there) -> None:
    """"the port city of Beihai" is a city, not a port of it; "Cai Lan port" is a port, not a person
    Cai Lan; "下龙湾" (Ha Long Bay) is the bay, not a mention of the city it is named after."""
    ex = read(extractor, text, lang)
    assert BKR + kept in {e.iri for e in ex.entities}
    assert not any(e.cls == not_there for e in ex.entities)


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("fr", "Les districts de Phong Tho et Jinping ont tenu leur cinquième rencontre conjointe, à Phong Tho.",
     {"rencontre conjointe"}),
    ("es", "Lai Chau y Honghe repasaron la séptima conferencia anual de cooperación, celebrada en Mengzi.",
     {"conferencia anual de cooperación"}),
    ("ar", "عقدت مقاطعة لاي تشاو ومحافظة هونغخه اجتماعهما الدوري الثالث في مدينة لاي تشاو، وسيعقد الاجتماع الدوري الرابع في منغتسي.",
     {"اجتماعهما الدوري", "الاجتماع الدوري"}),
])
def test_numbered_and_qualified_talks_name_one_series(extractor, lang, text, names) -> None:
    """"la cinquième rencontre conjointe", "اجتماعهما الدوري الثالث … الاجتماع الدوري الرابع": talks with an
    edition number and a qualifier are a standing series, one per qualifier in a document."""
    ex = read(extractor, text, lang)
    series = {e.mention.text: e.iri for e in ex.entities if e.cls == "Mechanism"}
    assert names <= set(series)
    assert len({series[n] for n in names}) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Celebraron su quinta reunión anual sobre la gestión de la frontera común."),
    ("fr", "La deuxième réunion conjointe du groupe de travail a eu lieu à Hekou."),
    ("fr", "La troisième conférence organisée par les deux villes a réuni 300 personnes."),
])
def test_a_clause_after_numbered_talks_is_no_qualifier(extractor, lang, text) -> None:
    """"sobre la gestión", "du groupe de travail", "organisée par": the words after the talks go on with
    a topic, a body or a clause; they name no series of their own."""
    ex = read(extractor, text, lang)
    assert not any(e.cls == "Mechanism" and e.mention.text.split()[0].lower() in ("reunión", "réunion", "conférence")
                   for e in ex.entities)


def test_communes_listed_after_a_plural_type_word(extractor) -> None:
    """"des communes frontalières de Pa Tan et de Leng Su Sin": each name after the plural type word is a commune."""
    ex = read(extractor, "Les chefs des communes frontalières de Pa Tan et de Leng Su Sin étaient présents.", "fr")
    assert {"Pa Tan", "Leng Su Sin"} <= {e.mention.text for e in ex.entities if e.cls == "Commune"}


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("es", "Pidió acelerar la zona de cooperación económica fronteriza Khanh Khe - Co Sau este año.",
     "zona de cooperación económica fronteriza Khanh Khe - Co Sau"),
    ("fr", "Ils veulent lancer la zone de coopération économique frontalière Sam Pun - Tianpeng l'an prochain.",
     "zone de coopération économique frontalière Sam Pun - Tianpeng"),
])
def test_zone_named_after_a_pair_of_names(extractor, lang, text, mention) -> None:
    """"zona de cooperación económica fronteriza Khanh Khe - Co Sau": a zone named after two names joined by a
    dash, whether or not the lexicon knows them as places."""
    ex = read(extractor, text, lang)
    assert mention in {e.mention.text for e in ex.entities if e.cls == "Project"}


def test_a_district_merged_away_names_its_gate(extractor) -> None:
    """"Tra Linh" in 2024: the district was merged into Trung Khanh in 2020; the name now names the gate."""
    ex = read(extractor, "Mỗi ngày có khoảng 300 xe hàng qua Trà Lĩnh sang Long Bang.", "vi")
    assert BKR + "gate/tra-linh" in {e.iri for e in ex.entities}
    assert BKR + "place/tra-linh" not in {e.iri for e in ex.entities}


def test_a_place_only_re_levelled_keeps_its_name(extractor) -> None:
    """"Mong Cai" after July 2025: the city was dissolved but its name lives on in its wards; it is no gate."""
    ex = extractor(Document("case", "Hàng nghìn du khách đã đến Móng Cái trong dịp lễ.", "vi", "case.txt", date="2025-09-02"))
    assert not any(e.cls == "BorderGate" for e in ex.entities)


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("sv", "Lang Son vill att lastbilarna ska använda den särskilda godsvägen vid gränsmärkena 1101–1102.",
     "särskilda godsvägen"),
    ("de", "In Lang Son fahren die Lastwagen auf der Sonderstraße für den Güterverkehr zum Grenzstein 1101.",
     "Sonderstraße für den Güterverkehr"),
    ("zh", "谅山省表示，双方将加快建设货运专用通道，提升通关效率。", "货运专用通道"),
])
def test_freight_road_named_by_its_words_alone(extractor, lang, text, mention) -> None:
    """"den särskilda godsvägen", "货运专用通道": a dedicated freight road is one where no place or name follows
    its words (the province's), and in Han script what follows it is no name."""
    ex = read(extractor, text, lang)
    assert mention in {e.mention.text for e in ex.entities if e.cls == "Infrastructure"}


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "واقترح تسهيل عبور الشاحنات عبر بوابة هيكو الحدودية خلال موسم الفاكهة."),
    ("zh", "今年以来，经河口口岸出入境的旅客持续增长。"),
])
def test_the_place_a_gate_is_named_after_is_no_mention(extractor, lang, text) -> None:
    """"بوابة هيكو الحدودية", "河口口岸" (Hekou port): the county inside the gate's name is no place the text
    speaks of."""
    iris = {e.iri for e in read(extractor, text, lang).entities}
    assert BKR + "gate/hekou" in iris
    assert BKR + "place/hekou" not in iris


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("vi", "Đại diện Đồn Công an biên phòng Thạc Long đã dự buổi gặp mặt.", "org/shuolong/border-police-station"),
    ("fr", "Des agents de la station d'inspection frontalière d'entrée et de sortie de Pingxiang étaient présents.",
     "org/pingxiang/border-inspection-station"),
])
def test_station_names_in_their_full_form(extractor, lang, text, iri) -> None:
    """"Đồn Công an biên phòng", "station d'inspection frontalière d'entrée et de sortie": the full forms
    of a border police post and of an entry-exit inspection station, with their place after them."""
    assert BKR + iri in {e.iri for e in read(extractor, text, lang).entities}


@pytest.mark.parametrize(("lang", "text", "iri", "mention"), [
    ("fr", "Des agents de Quang Ninh et du poste de garde-frontière du port international de Mong Cai ont patrouillé.",
     "org/mong-cai/border-guard-station", "poste de garde-frontière du port international de Mong Cai"),
    ("vi", "Đại diện Chi cục Hải quan cửa khẩu Hữu Nghị cho biết lượng xe tăng mạnh.",
     "org/huu-nghi/customs", "Chi cục Hải quan cửa khẩu Hữu Nghị"),
])
def test_bodies_of_a_gate_named_with_its_gate_word(extractor, lang, text, iri, mention) -> None:
    """"du port international de Mong Cai" is the gate, not a port, and the post is the gate's; "Chi cục Hải
    quan" (a customs branch) is named whole."""
    ex = read(extractor, text, lang)
    assert mention in {e.mention.text for e in ex.entities if e.iri == BKR + iri}
    assert not any(e.cls == "Infrastructure" for e in ex.entities)


def test_two_bodies_joined_by_and_keep_their_own_places(extractor) -> None:
    """"اللجنة الشعبية الإقليمية والحكومة الشعبية لمنطقة قوانغشي": two bodies joined by "and" are often
    the two sides; only a list with commas shares the place after its last body."""
    ex = extractor(Document("case", "لانغ سون (وكالة الأنباء الفيتنامية) - وقعت اللجنة الشعبية الإقليمية والحكومة الشعبية "
                                    "لمنطقة قوانغشي اتفاقية إطارية.", "ar", "case.txt", date="2024-05-02"))
    committees = {e.iri.removeprefix(BKR) for e in ex.entities if e.cls == "PeoplesCommittee"}
    assert "org/guangxi/peoples-committee" not in committees


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("de", "Der Eisenbahngrenzübergang Lao Cai – Hekou wurde wieder geöffnet.", "gate/lao-cai"),
    ("en", "Trains crossed the Lao Cai international railway border gate.", "gate/lao-cai"),
    ("es", "Los camiones cruzaron el paso internacional de Mong Cai.", "gate/mong-cai"),
])
def test_railway_and_international_crossings_named_by_their_place(extractor, lang: str, text: str, iri: str) -> None:
    """More gate words ("Eisenbahngrenzübergang", "international railway border gate", "paso internacional de"): the
    gate of the place named beside them."""
    ex = extractor(Document("g", text, lang, "g.txt", date="2024-05-02"))
    assert f"https://w3id.org/borderkg/id/{iri}" in {e.iri for e in ex.entities}
