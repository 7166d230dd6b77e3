"""Entities named by a type word and a place, in sentences written for these tests (not taken
from the seeds, the development or the tuning set): border-guard stations, missions seated in a
city, friendship associations, and Han-script places no lexicon knows."""
from __future__ import annotations

from functools import partial

import pytest

from borderkg.extract import RuleExtractor
from cases import BKR, mentioned, read as read_on

read = partial(read_on, date="2024-05-02")


@pytest.mark.parametrize(("lang", "text", "iri", "mention"), [
    ("vi", "Cán bộ Đồn Biên phòng cửa khẩu Ma Lù Thàng đã tuần tra.", "org/ma-lu-thang/border-guard-station",
     "Đồn Biên phòng cửa khẩu Ma Lù Thàng"),
    ("en", "Officers of the Chi Ma Border Guard Station patrolled the line.", "org/chi-ma/border-guard-station",
     "Chi Ma Border Guard Station"),
    ("de", "Beamte der Grenzstation Ma Lu Thang gingen Streife.", "org/ma-lu-thang/border-guard-station",
     "Grenzstation Ma Lu Thang"),
    ("sv", "Gränsstationen Chi Ma patrullerade gränsen.", "org/chi-ma/border-guard-station", "Gränsstationen Chi Ma"),
    ("fr", "Le poste de garde-frontière de Chi Ma a patrouillé.", "org/chi-ma/border-guard-station",
     "poste de garde-frontière de Chi Ma"),
    ("es", "La Estación de Guardia Fronteriza de Chi Ma patrulló la zona.", "org/chi-ma/border-guard-station",
     "Estación de Guardia Fronteriza de Chi Ma"),
    ("ar", "قام مركز حرس الحدود في ما لو ثانغ بدورية.", "org/ma-lu-thang/border-guard-station",
     "مركز حرس الحدود في ما لو ثانغ"),
])
def test_border_guard_station_named_by_its_gate(extractor: RuleExtractor, lang: str, text: str, iri: str,
                                                mention: str) -> None:
    assert mention in mentioned(read(extractor, text, lang)).get(iri, set())


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("vi", "Đại diện Tổng Lãnh sự quán Việt Nam tại Nam Ninh đã phát biểu.", "Tổng Lãnh sự quán Việt Nam tại Nam Ninh"),
    ("en", "A diplomat of the Consulate General of Vietnam in Nanning spoke.", "Consulate General of Vietnam in Nanning"),
    ("fr", "Un diplomate du Consulat général du Vietnam à Nanning a parlé.", "Consulat général du Vietnam à Nanning"),
    ("sv", "En diplomat från Vietnams generalkonsulat i Nanning talade.", "Vietnams generalkonsulat i Nanning"),
    ("zh", "越南驻南宁总领事馆官员出席了活动。", "越南驻南宁总领事馆"),
    ("ar", "تحدث ممثل القنصلية العامة الفيتنامية في نانينغ.", "القنصلية العامة الفيتنامية في نانينغ"),
])
def test_mission_named_with_its_country_and_city(extractor: RuleExtractor, lang: str, text: str, mention: str) -> None:
    """A mission sits in the city after the seat word, not in the article's home province."""
    assert mention in mentioned(read(extractor, text, lang)).get("org/nanning/consulate-general", set())


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("zh", "广西壮族自治区人民对外友好协会代表出席。", "org/guangxi/friendship-association"),
    ("en", "The Guangxi People's Association for Friendship with Foreign Countries sent a group.",
     "org/guangxi/friendship-association"),
])
def test_friendship_association_of_a_province(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    assert iri in mentioned(read(extractor, text, lang))


def test_han_place_after_a_known_place_is_read_and_read_again(extractor: RuleExtractor) -> None:
    """"越南老街省沙巴县" reads 沙巴 as a county; "沙巴镇" is then its town and "沙巴县人民委员会" its body,
    wherever they stand."""
    ex = read(extractor, "云南省绿春县与越南老街省沙巴县举行会谈。会谈在沙巴县城沙巴镇举行，沙巴县人民委员会主席出席。", "zh")
    found = mentioned(ex)
    district = next(iri for iri, texts in found.items() if "沙巴县" in texts)
    assert district.startswith("place/")
    assert any("沙巴镇" in texts for iri, texts in found.items() if iri != district)
    assert "沙巴县人民委员会" in found.get(f"org/{district.rsplit('/', 1)[-1]}/peoples-committee", set())


@pytest.mark.parametrize("text", [
    "双方就口岸通关便利化交换意见。",   # a clause, not a gate's name
    "两国在边境城市举办了活动。",       # "city", not a city's name
    "越通社报道，会谈顺利举行。",       # a news agency
    "该县设有公路口岸和铁路口岸。",     # kinds of port
])
def test_han_type_words_that_name_no_place(extractor: RuleExtractor, text: str) -> None:
    assert not [e for e in read(extractor, text, "zh").entities if e.iri.startswith(BKR + "place/x-")]


@pytest.mark.parametrize(("lang", "text", "mention", "cls"), [
    ("vi", "Người dân bản Sảng Ma Sáo và thôn Na Lang đã giao lưu.", "Sảng Ma Sáo", "Commune"),
    ("sv", "Vänskapsband knöts mellan byn Pa Lang och grannbyn.", "Pa Lang", "Commune"),  # "Pa" is no "på"
    ("vi", "Đoàn đã thăm xã Ma Ly Pho của huyện Phong Thổ.", "Ma Ly Pho", "Commune"),  # "Pho" is no "phó"
])
def test_villages_and_name_words_written_otherwise(extractor: RuleExtractor, lang: str, text: str, mention: str,
                                                   cls: str) -> None:
    assert any(e.mention.text == mention and e.cls == cls for e in read(extractor, text, lang).entities)


def test_minutes_of_a_conference_are_no_village(extractor: RuleExtractor) -> None:
    """"Biên bản Hội nghị": "bản" is a village word only where it stands alone."""
    ex = read(extractor, "Hai bên đã ký Biên bản Hội nghị lần thứ tư.", "vi")
    assert not [e for e in ex.entities if e.cls == "Commune"]


def test_honorific_before_a_title_names_no_one(extractor: RuleExtractor) -> None:
    ex = read(extractor, "Phát biểu tại buổi tiếp, đồng chí Bí thư Tỉnh ủy cảm ơn đoàn.", "vi")
    assert not [e for e in ex.entities if e.cls == "Person"]


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("es", "Asistió el cónsul general de Vietnam en Nanning.", "cónsul general de Vietnam en Nanning"),
    ("zh", "越南驻南宁总领事出席活动。", "越南驻南宁总领事"),
])
def test_consul_general_names_the_mission(extractor: RuleExtractor, lang: str, text: str, mention: str) -> None:
    assert mention in mentioned(read(extractor, text, lang)).get("org/nanning/consulate-general", set())


def test_the_region_means_the_place_introduced_so(extractor: RuleExtractor) -> None:
    """"des Autonomen Gebiets" alone is the region the text introduced as "des Autonomen Gebiets Guangxi",
    though another province was named after it."""
    text = ("Der Sekretär des Parteikomitees des Autonomen Gebiets Guangxi traf Vertreter der Provinz Cao Bang. "
            "Der Vorsitzende der Volksregierung des Autonomen Gebiets sprach danach.")
    assert "org/guangxi/peoples-government" in mentioned(read(extractor, text, "de"))


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("es", "Se habló de la Zona Económica Fronteriza Hoanh Mo – Dong Van.", "Zona Económica Fronteriza Hoanh Mo – Dong Van"),
    ("zh", "双方同意推进芒街—东兴跨境经济合作区建设。", "芒街—东兴跨境经济合作区"),
    ("de", "Beide Seiten sprachen über die gemeinsame Arbeitsgruppe für den Grenzhandel.",
     "gemeinsame Arbeitsgruppe für den Grenzhandel"),
])
def test_zones_and_working_groups_named_in_full(extractor: RuleExtractor, lang: str, text: str, mention: str) -> None:
    assert any(e.mention.text == mention for e in read(extractor, text, lang).entities)


def test_han_company_named_back_to_where_names_begin(extractor: RuleExtractor) -> None:
    ex = read(extractor, "出席活动的老街华茂进出口有限公司经理表示欢迎。", "zh")
    assert any(e.cls == "Company" and e.mention.text == "老街华茂进出口有限公司" for e in ex.entities)
    assert not [e for e in read(extractor, "两国公司积极参与。", "zh").entities if e.cls == "Company"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("sv", "Samtalen leddes av Be Van Khoa och Zhou Lanfang, vice ordförande i folkkommittén i Lao Cai respektive "
           "i folkregeringen i Hekou.", "Be Van Khoa"),
    ("en", "The talks were chaired by Be Van Khoa and Zhou Lanfang, vice chairmen of the two sides' committees.",
     "Be Van Khoa"),
])
def test_first_of_two_names_sharing_a_title_after_a_clause_word(extractor, lang, text, name) -> None:
    """"led by A and B, vice chairmen …": A is the capitalised words before "and", without the
    clause's own words before them, even when its surname is not among the usual ones."""
    found = {e.mention.text for e in read(extractor, text, lang).entities if e.cls == "Person"}
    assert name in found


def test_surname_that_is_also_an_article(extractor) -> None:
    """"…, Le Van Khoa, a présidé": "Le" opens a name when the words read as a Vietnamese name."""
    ex = read(extractor, "Ha Giang, 4 mai (VNA) – Le vice-président du Comité populaire provincial, Le Van Khoa, a "
                         "présidé la réunion.", "fr")
    assert "Le Van Khoa" in {e.mention.text for e in ex.entities if e.cls == "Person"}


def test_a_body_placed_anew_leaves_no_guessed_body(extractor) -> None:
    """"الحكومة الشعبية للمنطقة" in an article from Lao Cai: the body is the region's government;
    the article's province, guessed first, does not stay as a second body."""
    ex = read(extractor, "لاو كاي (فيتنام بلس) - استقبلت مقاطعة لاو كاي أمس وفداً من منطقة قوانغشي ذاتية الحكم لقومية "
                         "تشوانغ. وشارك في المحادثات تشانغ لي مينغ، نائب رئيس الحكومة الشعبية للمنطقة.", "ar")
    bodies = {iri for iri, _ in mentioned(ex).items() if iri.startswith("org/")}
    assert bodies == {"org/guangxi/peoples-government"}


def test_agreement_signed_after_the_subject(extractor) -> None:
    """"Am Ende unterzeichneten die Vorsitzenden beider Seiten ein gemeinsames Protokoll": the thing
    signed may stand past the verb's subject, with no punctuation between."""
    ex = read(extractor, "Hekou, 6. Mai (VNA) – Am Ende der Gespräche unterzeichneten die Vorsitzenden beider Seiten ein "
                         "gemeinsames Protokoll.", "de")
    assert any(e.cls == "Agreement" and "Protokoll" in e.mention.text for e in ex.entities)


def test_two_things_signed_are_two_agreements(extractor) -> None:
    """"firmaron el acta de la reunión y un memorando sobre …": the and-word and the article end the
    first agreement's name; the memorandum is an agreement of its own."""
    ex = read(extractor, "Hekou, 6 may (VNA) – Al final, ambas partes firmaron el acta de la reunión y un memorando "
                         "sobre el comercio fronterizo.", "es")
    signed = {e.mention.text for e in ex.entities if e.cls == "Agreement"}
    assert "acta de la reunión" in signed
    assert any(t.startswith("memorando sobre") for t in signed)


@pytest.mark.parametrize("signed", ["بروتوكولاً للتعاون الجمركي", "اتفاقاً بشأن النقل عبر الحدود"])
def test_arabic_head_in_the_indefinite_accusative(extractor, signed: str) -> None:
    """"وقّع الطرفان بروتوكولاً …": the object of the verb takes the accusative's alif."""
    ex = read(extractor, f"هانوي - وقّع الطرفان في ختام الاجتماع {signed}.", "ar")
    assert signed in {e.mention.text for e in ex.entities if e.cls == "Agreement"}


@pytest.mark.parametrize(("lang", "text", "signed"), [
    ("fr", "Au terme des entretiens, un procès-verbal des discussions a été signé par les deux chefs de délégation.",
     "procès-verbal des discussions"),
    ("en", "At the end of the session a memorandum on border tourism was signed by the two delegation heads.",
     "memorandum on border tourism"),
    ("es", "Al cierre, un acuerdo de cooperación aduanera fue firmado por ambas partes.", "acuerdo de cooperación aduanera"),
])
def test_agreement_signed_in_the_passive_ends_before_the_auxiliary(extractor, lang: str, text: str, signed: str) -> None:
    """"… a été signé", "… was signed": the auxiliary before the participle is not part of the name."""
    assert signed in {e.mention.text for e in read(extractor, text, lang).entities if e.cls == "Agreement"}


def test_a_headline_phrase_ends_at_the_line_break(extractor) -> None:
    """A headline's last noun phrase does not run on into the dateline on the next line."""
    ex = read(extractor, "Lao Cai y Hekou firmaron un memorando sobre el comercio\n\nLao Cai, 6 may (VNA) – Las dos "
                         "partes firmaron ayer el documento.", "es")
    assert "memorando sobre el comercio" in {e.mention.text for e in ex.entities if e.cls == "Agreement"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("vi", "Lào Cai (TTXVN) - Chiều 5/5, hai thôn bản Lũng Pô và Bá Sái đã ký văn bản kết nghĩa trước sự chứng kiến "
           "của lãnh đạo hai huyện.", "văn bản kết nghĩa"),
    ("ar", "وفي الختام، وقعت اللجنة الشعبية لمقاطعة لاو كاي والحكومة الشعبية لمحافظة هونغخه ذاتية الحكم مذكرة تفاهم "
           "بشأن التجارة الحدودية.", "مذكرة تفاهم"),
])
def test_twinning_document_and_memorandum_signed_by_long_named_sides(extractor, lang, text, name) -> None:
    """"ký văn bản kết nghĩa" (a twinning document); "وقعت <two bodies' long names> مذكرة تفاهم":
    the thing signed stands past a long subject, with no punctuation between."""
    ex = read(extractor, text, lang)
    assert any(e.cls == "Agreement" and e.mention.text.startswith(name) for e in ex.entities)


def test_clearance_point_named_with_its_type_word(extractor) -> None:
    """"điểm thông quan Bản Vai": a clearance point no lexicon knows, named after its type word, is a
    border gate."""
    ex = read(extractor, "Hai bên thống nhất đề xuất mở điểm thông quan Bản Vai để thông quan hàng hóa.", "vi")
    assert any(e.cls == "BorderGate" and e.mention.text == "Bản Vai" for e in ex.entities)


def test_arabic_place_named_after_its_type_word(extractor) -> None:
    """"بلدية فونغ نام": with no capitals, the words after a place-type word that read as Vietnamese
    syllables name a place; "the bridge in <it>" is where a bridge told before stands, no new bridge."""
    ex = read(extractor, "وأقيم الحفل عند مدخل الجسر في بلدية فونغ نام بمقاطعة لانغ سون.", "ar")
    assert any(e.cls == "Commune" and e.mention.text == "فونغ نام" for e in ex.entities)
    assert not any(e.cls == "Infrastructure" for e in ex.entities)


def test_a_working_groups_topic_runs_over_a_pair_of_places_with_their_countries(extractor) -> None:
    """"… para la gestión del par de pasos fronterizos Lao Cai (Vietnam) – Hekou (China)": the pair is
    part of the group's name, brackets and all."""
    ex = read(extractor, "El 8 de mayo se celebró la IV reunión del Grupo de Trabajo Conjunto para la gestión del par de "
                         "pasos fronterizos Lao Cai (Vietnam) – Hekou (China) en la ciudad de Lao Cai.", "es")
    assert "Grupo de Trabajo Conjunto para la gestión del par de pasos fronterizos Lao Cai (Vietnam) – Hekou (China)" \
        in {e.mention.text for e in ex.entities if e.cls == "Mechanism"}


@pytest.mark.parametrize(("lang", "text", "gate", "mention"), [
    ("en", "Lorries queued for hours at the Mong Cai – Dongxing border gates before the holiday.",
     "gate/dongxing", "Dongxing"),
    ("es", "Los camiones esperan en los pasos fronterizos de Youyiguan y Hekou desde el alba.",
     "gate/hekou", "Hekou"),
    ("de", "Die Händler fuhren über die Grenzübergänge Tianbao und Dongxing nach Hause.",
     "gate/dongxing", "Dongxing"),
    ("ar", "ناقش الجانبان تطوير بوابة شين مان للتجارة الزراعية.", "gate/xin-man", "شين مان"),
])
def test_place_name_beside_a_gate_word_is_the_gate_named_after_it(extractor, lang, text, gate, mention) -> None:
    """A gate word the lexicon does not pair with this name ("pasos fronterizos de … y Hekou", "border
    gates" after "Dongxing"): the name is the gate the lexicon labels with another gate word, not the
    city or district of the same name."""
    found = mentioned(read(extractor, text, lang))
    assert mention in found.get(gate, set())
    assert not any(iri.startswith("place/") and mention in texts for iri, texts in found.items())


@pytest.mark.parametrize(("lang", "text", "body"), [
    ("en", "A Lang Son delegation toured the new bridge, and their border guards compared patrol records.",
     "border guards"),
    ("es", "Cao Bang presentó el plan del puente; la guardia fronteriza de ambos países revisará los accesos.",
     "guardia fronteriza"),
    ("zh", "谅山省代表团考察了新桥，中越双方海关介绍了通关安排。", "海关"),
])
def test_body_word_of_both_countries_is_no_one_provinces_body(extractor, lang, text, body) -> None:
    """"their border guards", "de ambos países", "双方海关": the bodies of both countries, not a body of
    the province the article is about."""
    ex = read(extractor, text, lang)
    assert not any(e.mention.text.endswith(body) for e in ex.entities if e.cls in ("Department", "Organization"))


@pytest.mark.parametrize("text", [
    "河口县签约合作项目25个，签约总额31亿元。",
    "展会期间举行了项目集中签约仪式，双方企业代表出席。",
])
def test_counted_projects_and_project_ceremony_name_no_project(extractor, text) -> None:
    """"项目25个" counts projects; "项目集中签约仪式" is a ceremony about projects: neither names one."""
    assert not any(e.cls == "Project" for e in read(extractor, text, "zh").entities)


def test_verb_after_a_plural_title_is_no_chinese_name(extractor) -> None:
    """"代表齐聚一堂": the representatives gathered; "齐" is a surname, but "齐聚" is a verb."""
    ex = read(extractor, "当晚，两省政府和企业的代表齐聚一堂，共商边境旅游合作。", "zh")
    assert not any(e.cls == "Person" for e in ex.entities)


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Li Wei, sekreterare för Kinas kommunistiska partis kommitté i staden Baise, tog emot gästerna."),
    ("ar", "استقبل أمين لجنة الحزب الشيوعي الصيني في مدينة بايسه الوفد الضيف."),
])
def test_party_named_only_inside_its_committee_is_part_of_that_name(extractor, lang, text) -> None:
    """"Kinas kommunistiska partis kommitté i staden Baise": the committee is the body spoken of; the
    party inside its name is no entity of its own."""
    ex = read(extractor, text, lang)
    assert any(e.cls == "PartyCommittee" for e in ex.entities)
    assert not any(e.iri.endswith("org/communist-party-of-china") for e in ex.entities)


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("en", "Twenty officials from Lang Son will study at the Chongzuo Cadre Academy next year.",
     "org/chongzuo/cadre-academy"),
    ("fr", "Les stagiaires suivront des cours à l'École professionnelle de Pingxiang dès septembre.",
     "org/pingxiang/school"),
    ("es", "Quince jóvenes de Cao Bang estudian en la Escuela Profesional de Baise.", "org/baise/school"),
    ("zh", "崇左干部学院今年为谅山省培训了30名干部。", "org/chongzuo/cadre-academy"),
    ("ar", "يدرس عشرة طلاب من لانغ سون في مدرسة دونغشينغ المهنية.", "org/dongxing/school"),
])
def test_school_of_a_place_is_a_body_of_that_place(extractor, lang, text, iri) -> None:
    """"the Chongzuo Cadre Academy", "École professionnelle de Pingxiang", "مدرسة دونغشينغ": a school the
    text places is an organisation of that place."""
    assert iri in mentioned(read(extractor, text, lang))


def test_school_the_text_does_not_place_is_no_body(extractor) -> None:
    """"the vocational school" with no place: not a body of the province the article is about."""
    ex = read(extractor, "Lang Son sent forty students abroad; the vocational school will take more next year.", "en")
    assert not any(e.iri.endswith("/school") for e in ex.entities)


def test_bridge_that_is_the_crossing_is_a_gate_and_infrastructure(extractor) -> None:
    """"cầu Bắc Luân II" is a bridge and the border crossing on it: its node is read as both classes,
    so a question about bridges and one about border gates both find it."""
    from borderkg.assemble import assemble
    from rdflib import URIRef
    from rdflib.namespace import RDF

    ex = read(extractor, "Xe du lịch tự lái của Quảng Tây sẽ qua cầu Bắc Luân II vào Móng Cái từ tháng sau.", "vi")
    node = next(e.iri for e in ex.entities if e.mention.text == "cầu Bắc Luân II")
    graph = assemble([ex], resources=extractor.resources)
    types = {str(t).rsplit("#", 1)[-1] for _, _, t, _ in graph.quads((URIRef(node), RDF.type, None, None))}
    assert {"BorderGate", "Infrastructure"} <= types


def test_german_genitive_of_a_name_is_the_name(extractor) -> None:
    """"die nördlichste Provinz Vietnams", "des Volkskomitees Lang Sons": German writes a name's
    genitive with a bare -s; the name is still mentioned."""
    found = mentioned(read(extractor, "Die Gäste aus Yunnan besuchten am Montag die nördlichste Provinz Vietnams.", "de"))
    assert "place/vietnam" in found


def test_project_of_the_articles_province_is_named_after_it_in_english(extractor) -> None:
    """"el geoparque" in an article about Cao Bang: the project is Cao Bang's, and its English name says
    so ("Cao Bang geopark"), as a body's English name does."""
    ex = read(extractor, "La delegación de Baise llegó a Cao Bang el lunes y recorrió el geoparque con guías locales.", "es")
    labels = {label for e in ex.entities if e.cls == "Project" for label in e.labels}
    assert ("Cao Bang geopark", "en") in labels


def test_kind_of_port_is_no_port_name(extractor) -> None:
    """"通商口岸" (a port open to trade) and "开放口岸" are kinds of port, not a port named 通商 or 开放."""
    ex = read(extractor, "双方同意推动该通道升格为通商口岸，并加快建设新的开放口岸。", "zh")
    assert not any(e.cls == "BorderGate" for e in ex.entities)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "VIETRADE and the China Council for the Promotion of International Trade will run the buyers' forum."),
    ("zh", "论坛由中国国际贸易促进委员会和越南工贸部贸易促进局联合主办。"),
])
def test_national_trade_promotion_bodies_are_known(extractor, lang, text) -> None:
    """The two countries' trade promotion bodies that co-organise the border fairs are lexicon bodies."""
    found = mentioned(read(extractor, text, lang))
    assert {"org/ccpit", "org/vietnam-trade-promotion-agency"} <= set(found)


@pytest.mark.parametrize(("lang", "text", "gate"), [
    ("es", "Las exportaciones por el puerto de Hekou crecieron en octubre.", "Hekou"),
    ("de", "Über den Hafen Hekou liefen im Oktober mehr Lastwagen.", "Hekou"),
    ("fr", "Les échanges par le port de Hekou ont augmenté.", "Hekou"),
])
def test_border_port_named_by_a_gate_is_that_gate(extractor: RuleExtractor, lang: str, text: str, gate: str) -> None:
    """"Port" before a border gate's name is the gate (a 口岸), not a port of its own."""
    found = read(extractor, text, lang)
    assert [e.mention.text for e in found.entities if e.cls == "BorderGate"] == [gate]
    assert not [e for e in found.entities if e.cls == "Infrastructure"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los contenedores salen por el puerto de Hai Phong."),
    ("de", "Die Container gehen über den Hafen Hai Phong."),
])
def test_sea_port_stays_a_port(extractor: RuleExtractor, lang: str, text: str) -> None:
    found = read(extractor, text, lang)
    assert [e.iri.removeprefix(BKR) for e in found.entities if e.cls == "Infrastructure"] == ["infra/port-hai-phong"]


@pytest.mark.parametrize("lang, text, inner, outer", [
    ("en", "On May 8 the two sides met at the Ma Lu Thang border gate, in Si Lo Lau commune, Phong Tho district.",
     "gate/ma-lu-thang", "place/x-si-lo-lau"),
    ("en", "On May 8 the two sides met at the Ma Lu Thang border gate, in Si Lo Lau commune, Phong Tho district.",
     "place/x-si-lo-lau", "place/phong-tho"),
    ("vi", "Ngày 8/5, tại xã Nậm Xe, huyện Phong Thổ, hai bên đã hội đàm.", "place/x-nam-xe", "place/phong-tho"),
    ("fr", "Le 8 mai, les deux parties se sont réunies dans la commune d'Ô Quy Hồ, district de Phong Tho.",
     "place/x-o-quy-ho", "place/phong-tho"),
])
def test_a_place_named_right_before_a_larger_one_lies_in_it(extractor: RuleExtractor, lang: str, text: str,
                                                            inner: str, outer: str) -> None:
    """"at X, in Y commune, Z district": the text says where a place no lexicon knows lies."""
    ex = read(extractor, text, lang)
    links = {(e.iri.removeprefix(BKR), p, o.removeprefix(BKR)) for e in ex.entities for p, o in e.links}
    assert (inner, "locatedIn", outer) in links


def test_places_in_a_list_do_not_lie_in_one_another(extractor: RuleExtractor) -> None:
    """"Hekou county, Lao Cai province": a list of places the lexicon puts apart is no chain."""
    ex = read(extractor, "Delegations came from Hekou county, Lao Cai province and Wenshan.", "en")
    assert not any(p == "locatedIn" and e.iri.endswith("/hekou") for e in ex.entities for p, o in e.links)


@pytest.mark.parametrize("lang, text, mention", [
    ("vi", "Ngày 8/5, đoàn đã làm việc tại thị trấn Sìn Hồ.", "Sìn Hồ"),
    ("en", "On May 8, the delegation visited Sin Ho town.", "Sin Ho"),
    ("zh", "5月8日，代表团在勐拉镇举行会谈。", "勐拉镇"),
])
def test_a_town_no_lexicon_knows_is_a_town(extractor: RuleExtractor, lang: str, text: str, mention: str) -> None:
    ex = read(extractor, text, lang)
    assert any(e.cls == "Town" and mention in ex.document.text[e.mention.start:e.mention.end] for e in ex.entities)


@pytest.mark.parametrize("text, town, county", [
    ("5月8日，双方在绿春县城大兴镇举行会谈。", "x-daxing-town", "luchun"),
    ("5月8日，双方在金平县的勐拉镇举行会谈。", "x-mengla-town", "jinping"),
])
def test_a_han_town_after_its_county_and_a_link_word(extractor: RuleExtractor, text: str, town: str, county: str) -> None:
    """"绿春县城大兴镇": the county, its seat word 城, then the town's name (not "城大兴")."""
    ex = read(extractor, text, "zh")
    links = {(e.iri.removeprefix(BKR), p, o.removeprefix(BKR)) for e in ex.entities for p, o in e.links}
    assert (f"place/{town}", "locatedIn", f"place/{county}") in links


@pytest.mark.parametrize("lang, text, gate", [
    ("vi", "Ngày 28/4, huyện Thạch An và huyện Long Châu tổ chức lễ khai thông tại khu vực cửa khẩu Nà Lạn.",
     "place/x-na-lan"),
    ("en", "On April 28, Thach An and Longzhou held a ceremony at the Na Lan border gate.", "place/x-na-lan"),
    ("de", "Am 28. April kamen Lao Cai und Honghe am Grenzübergang Na Lan zusammen.", "place/x-na-lan"),
])
def test_a_border_gate_no_lexicon_knows_named_with_a_gate_word(extractor: RuleExtractor, lang: str, text: str,
                                                              gate: str) -> None:
    ex = read(extractor, text, lang)
    assert any(e.cls == "BorderGate" and e.iri.removeprefix(BKR) == gate for e in ex.entities)
    assert any(gate in {p.removeprefix(BKR) for p in e.locations} for e in ex.events)
    assert not any(gate in {p.removeprefix(BKR) for p in e.participants} for e in ex.events)


def test_a_han_working_group_named_by_its_topic(extractor: RuleExtractor) -> None:
    """"口岸合作工作组": the topic before a working group's generic name, not only before 联合工作组."""
    ex = read(extractor, "4月28日，双方在河口举行了旅游合作工作组第三次会议。", "zh")
    assert any(e.cls == "Mechanism" and ex.document.text[e.mention.start:e.mention.end] == "旅游合作工作组"
               for e in ex.entities)


def test_where_a_place_lies_follows_mentions_added_later(extractor: RuleExtractor) -> None:
    """A place minted from the text and asked about before its mention with a parent was added lies in that parent."""
    from borderkg.extract.entities import Context, Found
    from borderkg.text import fold

    text = "Pa Nam Cum commune, in Phong Tho district"
    ctx = Context(fold(text), text, extractor.languages["en"], extractor.resources.entries, extractor.resources.common)
    commune = f"{BKR}place/x-pa-nam-cum"
    ctx.found.append(Found(0, 10, commune, "Commune"))
    assert ctx.ancestors(commune) == set()
    ctx.found.append(Found(0, 18, commune, "Commune", links=(("locatedIn", f"{BKR}place/phong-tho"),)))
    assert f"{BKR}place/phong-tho" in ctx.ancestors(commune)
    assert f"{BKR}place/lai-chau" in ctx.ancestors(commune)


@pytest.mark.parametrize(("date", "expected"), [("2024-05-10", {"place/lao-cai", "place/tuyen-quang"}),
                                                 ("2025-09-10", {"place/lao-cai-2025", "place/tuyen-quang-2025"})])
def test_a_merged_province_in_a_word_order_no_old_label_has_is_the_one_of_its_date(extractor, date, expected) -> None:
    """"provinsen Lao Cai" before July 2025 is the old province, which bore the name the merged one kept."""
    ex = read_on(extractor, "Delegationen besökte provinsen Lao Cai och provinsen Tuyen Quang.", "sv", date=date)
    assert {e.iri.removeprefix(BKR) for e in ex.entities} == expected


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("en", "The Vietnamese Embassy in China sent a representative.", "org/vietnam-embassy-in-china"),
    ("sv", "En företrädare för Kinas ambassad i Hanoi deltog.", "org/china-embassy-in-vietnam"),
    ("de", "Ein Vertreter der Botschaft Vietnams in China nahm teil.", "org/vietnam-embassy-in-china"),
    ("zh", "中国驻越南大使馆代表出席。", "org/china-embassy-in-vietnam"),
    ("ar", "وقعت وزارة الدفاع الوطني الفيتنامية الاتفاق.", "org/vietnam-ministry-of-national-defence"),
    ("fr", "Le ministère chinois de la Défense nationale a envoyé une délégation.", "org/china-ministry-of-national-defence"),
])
def test_embassies_and_defence_ministries_of_both_countries(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    """The two countries' embassies in each other and their defence ministries, as each language names them."""
    assert iri in mentioned(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("de", "Tags darauf kam die Delegation mit dem Ständigen Ausschuss des Volkskongresses von Yunnan zusammen.",
     "org/yunnan/peoples-congress-standing-committee"),
    ("en", "The Standing Committee of the People's Congress of Chongzuo city sent a delegation.",
     "org/chongzuo/peoples-congress-standing-committee"),
    ("es", "El Comité Permanente de la Asamblea Popular de Yunnan recibió a la delegación.",
     "org/yunnan/peoples-congress-standing-committee"),
    ("sv", "Yunnans folkkongressens ständiga utskott tog emot delegationen.", "org/yunnan/peoples-congress-standing-committee"),
])
def test_standing_committee_of_a_peoples_congress_in_every_language(extractor: RuleExtractor, lang: str, text: str,
                                                                    iri: str) -> None:
    """The standing committee of a province's or city's people's congress, as each language names it."""
    assert iri in mentioned(read(extractor, text, lang))


def test_a_gate_named_with_its_kind_of_road(extractor: RuleExtractor) -> None:
    """"the Kim Thanh international road border gate No. II": the gate words may say what crosses there."""
    assert "gate/kim-thanh" in mentioned(read(extractor, "Trucks crossed the Kim Thanh international road border gate No. II.", "en"))


@pytest.mark.parametrize(("text", "iri"), [
    ("وحضر رئيس اللجنة الشعبية لبلدية دونغ دانغ.", "org/dong-dang/peoples-committee"),
    ("واستقبل نائب حاكم ولاية هونغخه الوفد.", "org/honghe/peoples-government"),
])
def test_an_arabic_body_of_a_commune_or_prefecture(extractor: RuleExtractor, text: str, iri: str) -> None:
    """"اللجنة الشعبية لبلدية …", "حاكم ولاية …": the commune's and the prefecture's words join a body to its place."""
    assert iri in mentioned(read(extractor, text, "ar"))


@pytest.mark.parametrize("lang, text", [
    ("sv", "Kommunerna Pa Tan, Nam Ke och Leng Su Sin undertecknade i går ett avtal. Senare träffades ledarna i Nam Ke."),
    ("es", "Las comunas de Pa Tan, Nam Ke y Leng Su Sin firmaron ayer un acuerdo. Después los dirigentes se reunieron en "
           "Nam Ke."),
    ("de", "Die Gemeinden Pa Tan, Nam Ke und Leng Su Sin unterzeichneten gestern ein Abkommen. Später trafen sich die "
           "Leiter in Nam Ke."),
])
def test_every_name_a_plural_place_type_lists_is_a_place_and_so_where_it_is_named_again(extractor: RuleExtractor,
                                                                                        lang: str, text: str) -> None:
    """"Kommunerna Pa Tan, Nam Ke och Leng Su Sin": each name of the list is a commune (the type word may open the
    sentence); "i Nam Ke" later is the same commune."""
    ex = read(extractor, text, lang)
    communes = [e for e in ex.entities if e.cls == "Commune"]
    assert {e.iri.removeprefix(BKR) for e in communes} == {"place/x-pa-tan", "place/x-nam-ke", "place/x-leng-su-sin"}
    assert sum(e.iri.endswith("x-nam-ke") for e in communes) == 2


@pytest.mark.parametrize("lang, text", [
    ("sv", "Distrikten Bat Xat, Pa Tan och Muong Khuong höll i går överläggningar med häradet Hekou."),
    ("en", "The districts of Bat Xat, Pa Tan and Muong Khuong held talks with Hekou county yesterday."),
    ("fr", "Les districts de Bat Xat, de Pa Tan et de Muong Khuong ont tenu hier des entretiens avec le xian de Hekou."),
])
def test_a_list_a_known_place_opens_goes_on_with_places_of_the_type(extractor: RuleExtractor, lang: str, text: str) -> None:
    """"distrikten Bat Xat, Pa Tan och Muong Khuong": the known district heading the list does not end it; the unknown
    name after it is a district too."""
    ex = read(extractor, text, lang)
    districts = {e.iri.removeprefix(BKR) for e in ex.entities if e.cls == "District"}
    assert {"place/bat-xat", "place/x-pa-tan", "place/muong-khuong"} <= districts


@pytest.mark.parametrize("text, expected", [
    ("Leaders of Pa Tan and Nam Ke communes met their Chinese counterparts.", {"place/x-pa-tan", "place/x-nam-ke"}),
    ("Officials of Sin Chai, Pa Tan and Nam Ke communes met their Chinese counterparts.",
     {"place/x-sin-chai", "place/x-pa-tan", "place/x-nam-ke"}),
    # a known place in the list is skipped over, not its end
    ("Officials of Pa Tan, Bat Xat and Nam Ke districts met their Chinese counterparts.",
     {"place/x-pa-tan", "place/x-nam-ke"}),
])
def test_every_name_before_a_plural_place_type_after_them_is_of_the_type(extractor: RuleExtractor, text: str,
                                                                         expected: set[str]) -> None:
    """"Pa Tan and Nam Ke communes": the plural type word after the list makes each name of it a place of the type, not
    only the last."""
    ex = read(extractor, text, "en")
    assert expected <= {e.iri.removeprefix(BKR) for e in ex.entities if e.cls in ("Commune", "District")}


def test_lai_chau_city_where_a_venue_word_or_its_body_settles_the_name(extractor: RuleExtractor) -> None:
    """"在莱州市举办", "莱州市人民委员会": Lai Chau city (a venue word right before the name in Han script, or the body
    of the city after it); "山东省莱州市" is Laizhou in Shandong, no Vietnamese place."""
    for text in ("文化节于20日在莱州市开幕。", "莱州市人民委员会主席出席了开幕式。"):
        assert "place/lai-chau-city" in {e.iri.removeprefix(BKR) for e in read(extractor, text, "zh").entities}
    assert not {"place/lai-chau-city", "place/lai-chau"} & {
        e.iri.removeprefix(BKR) for e in read(extractor, "山东省莱州市举办展会。", "zh").entities}


def test_chinese_provinces_named_bare_in_a_list_of_provinces(extractor: RuleExtractor) -> None:
    """"越南河江、老街、莱州、奠边四省": Lai Chau and Dien Bien without 省, listed beside provinces, are those provinces
    (莱州 alone is also a city in Shandong)."""
    ex = read(extractor, "云南省与越南河江、老街、莱州、奠边四省省委书记年度会晤在河江举行。", "zh")
    assert {"place/lai-chau", "place/dien-bien"} <= {e.iri.removeprefix(BKR) for e in ex.entities}
    assert "place/lai-chau" not in {e.iri.removeprefix(BKR) for e in read(extractor, "山东省莱州市举办展会。", "zh").entities}


@pytest.mark.parametrize("lang, text, iri", [
    ("ar", "افتُتح المعرض يوم الجمعة في مدينة لاوكاي.", "place/lao-cai-city"),
    ("ar", "وصل الوفد إلى لاوكاي يوم الجمعة.", "place/lao-cai"),
    ("en", "The delegation arrived in Laocai on Friday.", "place/lao-cai"),
    ("fr", "La délégation est arrivée vendredi à Halong.", "place/ha-long"),
])
def test_a_places_syllables_written_as_one_word(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    """"لاوكاي", "Laocai", "Halong": wires write a Vietnamese place's syllables together; it is the same place."""
    assert iri in mentioned(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A delegation held talks on Tuesday in the city of Lang Son."),
    ("fr", "Une délégation a tenu mardi des entretiens dans la ville vietnamienne de Lang Son."),
    ("de", "Die Delegation traf sich am Dienstag in der vietnamesischen Stadt Lang Son."),
    ("es", "La delegación sostuvo conversaciones el martes en la ciudad vietnamita de Lang Son."),
])
def test_a_city_word_beside_a_provinces_name_names_its_capital(extractor, lang, text) -> None:
    """"the city of Lang Son", "la ville vietnamienne de Lang Son": the city that bears the province's name. (German is a
    guard: the lexicon's label "Stadt Lang Son" already named it.)"""
    assert f"{BKR}place/lang-son-city" in {e.iri for e in read(extractor, text, lang, date="2024-03-06").entities}


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("fr", "Les deux parties ont eu mercredi des entretiens dans la ville chinoise de Wenshan.", "place/wenshan-city"),
    ("en", "The two sides held talks on Wednesday in the border town of Hekou.", "place/hekou"),
])
def test_a_city_word_beside_a_prefectures_name_names_its_namesake_city(extractor, lang, text, iri) -> None:
    """"la ville chinoise de Wenshan": the prefecture's namesake city; a county with no city of its name stays the county."""
    assert f"{BKR}{iri}" in {e.iri for e in read(extractor, text, lang, date="2024-12-12").entities}


def test_a_bare_name_in_the_genitive_before_a_body_or_a_title_is_that_place(extractor) -> None:
    """"Jinpings folkregering", "Jinpings häradschef": a body's head or a title after the genitive's ending settles the
    bare name Jinping as the county."""
    found = read(extractor, "Lai Chau, 8 mars (VNA) – Mötet leddes av Ha Trong Hai och Jinpings häradschef Zhang Wei.", "sv",
                 date="2024-03-08").entities
    assert f"{BKR}place/jinping" in {e.iri for e in found}


@pytest.mark.parametrize("lang, text", [
    ("en", "The Vietnam Coast Guard and the China Coast Guard patrolled the Gulf of Tonkin together on Tuesday."),
    ("vi", "Ngày 24/12, Cảnh sát biển Việt Nam và Hải cảnh Trung Quốc đã tuần tra chung trên Vịnh Bắc Bộ."),
    ("fr", "Mardi, les garde-côtes vietnamiens et les garde-côtes chinois ont patrouillé ensemble dans le golfe du Tonkin."),
])
def test_the_two_coast_guards(extractor, lang: str, text: str) -> None:
    """"the Vietnam Coast Guard and the China Coast Guard": the two national coast guards that patrol the gulf together."""
    found = {e.iri for e in read(extractor, text, lang, date="2024-12-24").entities}
    assert {f"{BKR}org/vietnam-coast-guard", f"{BKR}org/china-coast-guard"} <= found


@pytest.mark.parametrize("lang, text, expected", [
    ("vi", "Đội bóng Hội Doanh nghiệp trẻ tỉnh Lào Cai thắng đội bóng của Hiệp hội Doanh nhân thanh niên châu Hồng Hà.",
     {"org/lao-cai/young-entrepreneurs-association", "org/honghe/young-entrepreneurs-association"}),
    ("en", "The Lao Cai Business Association and the Yunnan Business Association signed a framework agreement.",
     {"org/lao-cai/business-association", "org/yunnan/business-association"}),
    ("sv", "Lao Cai-provinsens företagarförening och Yunnans företagarförening undertecknade ett ramavtal.",
     {"org/lao-cai/business-association", "org/yunnan/business-association"}),
])
def test_business_and_young_entrepreneurs_associations_of_a_place(extractor, lang: str, text: str, expected: set[str]) -> None:
    """"Hội Doanh nghiệp trẻ tỉnh Lào Cai", "Yunnans företagarförening": a place's business associations are bodies of it."""
    found = {e.iri.removeprefix(BKR) for e in read(extractor, text, lang, date="2024-01-27").entities}
    assert expected <= found


@pytest.mark.parametrize("text", [
    "وحضر الاجتماع السيد هوانغ فان مينه ونغوين ثي هوا.",
    "واستقبل نائبا رئيس اللجنة الشعبية لمقاطعة لاي تشاو هوانغ فان مينه ونغوين ثي هوا الوفد الصيني.",
])
def test_arabic_names_an_and_joins_to_a_person_found(extractor: RuleExtractor, text: str) -> None:
    """"هوانغ فان مينه ونغوين ثي هوا": a name the "and"-word glued to its first word joins to a name read is a name."""
    found = {e.mention.text for e in read(extractor, text, "ar").entities if e.cls == "Person"}
    assert {"هوانغ فان مينه", "نغوين ثي هوا"} <= found


@pytest.mark.parametrize(("text", "names"), [
    ("出席开幕式的越南嘉宾阮文明、黄氏兰分别为老街省人民委员会主席和副主席。", {"阮文明", "黄氏兰"}),
    ("会谈由阮德勇主持。", {"阮德勇"}),
    ("越方代表陈氏秋河在会上发言。", {"陈氏秋河"}),
])
def test_han_vietnamese_names_with_no_title(extractor: RuleExtractor, text: str, names: set[str]) -> None:
    """"阮文明", "黄氏兰": a surname only Vietnamese names have, or the middle name 氏, marks a name with no title
    before it; its given name runs to the pause or the word that stops a name."""
    found = {e.mention.text for e in read(extractor, text, "zh").entities if e.cls == "Person"}
    assert names <= found


@pytest.mark.parametrize("verb", ["作主旨讲话", "代表云南省委致辞", "对代表团表示欢迎", "向代表团介绍情况", "希望双方加强合作",
                                  "感谢越方的支持", "充分肯定合作成果", "首先对代表团表示欢迎", "回顾了合作"])
def test_a_chinese_name_of_two_characters_ends_before_the_verb_after_it(extractor: RuleExtractor, verb: str) -> None:
    """"云南省委书记王宁作主旨讲话": the name is 王宁; the verb phrase after it (a stop word) is no given name."""
    found = {e.mention.text for e in read(extractor, f"云南省委书记王宁{verb}。", "zh").entities if e.cls == "Person"}
    assert found == {"王宁"}


def test_an_arabic_name_after_an_honorific_holding_a_gates_name_further_in(extractor: RuleExtractor) -> None:
    """"السيدة يانغ لي هوا": after an honorific, a name, though its last words are a gate's name ("لي هوا", Ly Hoa)."""
    ex = read(extractor, "وحضر مدير إدارة الخارجية بمقاطعة ها جيانغ السيد فو مانه كوونغ ونائبة مدير مكتب الشؤون الخارجية في ولاية "
                         "ونشان السيدة يانغ لي هوا.", "ar")
    assert {"فو مانه كوونغ", "يانغ لي هوا"} <= {e.mention.text for e in ex.entities if e.cls == "Person"}
    assert not any(e.cls == "BorderGate" for e in ex.entities)
    held = {m.person for m in ex.memberships}
    assert len(held) == 2


@pytest.mark.parametrize(("text", "iri"), [
    ("قال شيوي مين، مدير مكتب الشؤون الخارجية لحكومة مقاطعة يوننان، إن التعاون سيتعزز.", "person/x-xu-min"),
    ("وحضر الاجتماع يوي هونغ، نائبة رئيس حكومة مدينة بوير.", "person/x-yu-hong"),
])
def test_an_arabic_name_with_the_pinyin_u_after_x_or_y(extractor: RuleExtractor, text: str, iri: str) -> None:
    """"شيوي" (Xu), "يوي" (Yu): after j, q, x and y the pinyin u is ü, which Arabic writes يو or يوي."""
    assert BKR + iri in {e.iri for e in read(extractor, text, "ar").entities}


@pytest.mark.parametrize(("text", "lang", "iri"), [
    # another place in brackets: a fair of its own, minted from its whole name
    ("Hội chợ Thương mại quốc tế Việt – Trung (Lạng Sơn) năm 2024 khai mạc ngày 12/11 tại thành phố Lạng Sơn.", "vi",
     "mechanism/x-hoi-cho-thuong-mai-quoc-te-viet-trung-lang-son"),
    # the place one of its names holds: that series
    ("Hội chợ Thương mại quốc tế Việt – Trung (Lào Cai) năm 2024 khai mạc ngày 12/11 tại thành phố Lào Cai.", "vi",
     "mechanism/lao-cai-hekou-fair"),
    # a place another series of fairs is named by: that series
    ("La XVI Feria Internacional de Comercio Vietnam-China (Mong Cai) se inauguró el 7 de diciembre.", "es",
     "mechanism/mong-cai-dongxing-fair"),
])
def test_a_series_name_with_a_place_in_brackets(extractor: RuleExtractor, text: str, lang: str, iri: str) -> None:
    """"Hội chợ Thương mại quốc tế Việt – Trung (Lạng Sơn)": the bracketed place says whose fair it is."""
    mechanisms = {e.iri for e in read(extractor, text, lang).entities if e.cls == "Mechanism"}
    assert mechanisms == {BKR + iri}


@pytest.mark.parametrize(("text", "lang", "iris"), [
    ("Las autoridades aduaneras de la provincia norteña vietnamita de Lang Son y de Youyiguan celebraron el martes la "
     "séptima reunión.", "es", {"org/lang-son/customs", "org/youyiguan/customs"}),
    ("Les autorités douanières de Lao Cai et de Hekou se sont réunies jeudi.", "fr",
     {"org/lao-cai/customs", "org/hekou/customs"}),
])
def test_bodies_named_once_in_the_plural_for_each_place(extractor: RuleExtractor, text: str, lang: str, iris: set[str]) -> None:
    """"las autoridades aduaneras de … Lang Son y de Youyiguan": one plural head for the places listed after it names
    each place's body of that kind."""
    assert {BKR + i for i in iris} <= {e.iri for e in read(extractor, text, lang).entities}


@pytest.mark.parametrize(("text", "iris"), [
    # "and" after the head word joins another body: two bodies, not one whose topic runs on
    ("The talks followed a working session between Lang Son Customs and Pingxiang Customs.",
     {"org/lang-son/customs", "org/pingxiang/customs"}),
    # the place right before the head word is the body's; "in Yunnan" says where that place lies
    ("A similar mechanism links Lao Cai with Kunming Customs in Yunnan.", {"org/kunming/customs"}),
])
def test_a_customs_office_named_by_its_place(extractor: RuleExtractor, text: str, iris: set[str]) -> None:
    """"Lang Son Customs" is the Lang Son Customs Department (`whole` in common.toml), the same body by either name."""
    customs = {e.iri for e in read(extractor, text, "en").entities if e.cls == "Department"}
    assert customs == {BKR + i for i in iris}


@pytest.mark.parametrize(("text", "lang", "iri"), [
    ("Il a participé mercredi à Dali au Forum de coopération des collectivités locales Lancang-Mékong 2025.", "fr",
     "mechanism/x-forum-de-cooperation-des-collectivites-locales-lancang-mekong"),
    ("He attended the 2025 Lancang-Mekong Local Government Cooperation Forum in Dali on Wednesday.", "en",
     "mechanism/x-lancang-mekong-local-government-cooperation-forum"),
])
def test_a_name_with_its_year_names_a_yearly_series(extractor: RuleExtractor, text: str, lang: str, iri: str) -> None:
    """"au Forum de coopération … Lancang-Mékong 2025", "the 2025 … Cooperation Forum": a name of several words an event
    word opens or closes, with a year beside it, names the series (without the year) that year's event belongs to."""
    ex = read(extractor, text, lang)
    assert BKR + iri in {e.iri for e in ex.entities if e.cls == "Mechanism"}
    assert any(e.mechanism == BKR + iri for e in ex.events)


def test_a_series_named_before_its_edition_number(extractor: RuleExtractor) -> None:
    """"Hội nghị giao ban lần thứ 19": where the number follows the name, the event word and its topic before "lần thứ"
    name the series."""
    ex = read(extractor, "Chiều thứ Ba (14/9), Hội nghị giao ban lần thứ 19 giữa sáu huyện biên giới đã diễn ra.", "vi")
    assert any(e.mechanism == BKR + "mechanism/x-hoi-nghi-giao-ban" and e.ordinal == 19 for e in ex.events)


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("de", "Die vietnamesische Küstenwache patrouillierte im Golf.", "org/vietnam-coast-guard"),
    ("de", "Schiffe der chinesische Küstenwache lagen im Hafen.", "org/china-coast-guard"),
])
def test_body_named_after_an_adjective_written_small(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    assert iri in mentioned(read(extractor, text, lang))


def test_place_written_small_is_still_no_name(extractor: RuleExtractor) -> None:
    assert "place/qiubei" not in mentioned(read(extractor, "Lực lượng tại cửa khẩu Bắc Phong Sinh tuần tra.", "vi"))


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("sv", "Hekous gränsbevakningsbataljon patrullerade.", "org/hekou/border-guard-battalion"),
    ("sv", "Gränsförvaltningskompaniet i häradet Jiangcheng patrullerade.", "org/jiangcheng/border-guard-company"),
    ("de", "Die Grenzverwaltungskompanie Jiangcheng patrouillierte.", "org/jiangcheng/border-guard-company"),
    ("es", "El Batallón de Guardia Fronteriza de Hekou patrulló.", "org/hekou/border-guard-battalion"),
    ("zh", "河口边防营和金平边境管理中队联合巡逻。", "org/jinping/border-guard-company"),
    ("vi", "Tiểu đoàn Biên phòng Hà Khẩu tuần tra.", "org/hekou/border-guard-battalion"),
    ("fr", "Le sous-groupe de gestion des frontières de Honghe a patrouillé.", "org/honghe/border-management-detachment"),
    ("es", "El Equipo de Gestión Fronteriza de Pu'er patrulló.", "org/puer/border-management-detachment"),
])
def test_border_companies_battalions_and_units_of_a_place(extractor: RuleExtractor, lang: str, text: str,
                                                           iri: str) -> None:
    assert iri in mentioned(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("es", "La Federación Provincial del Trabajo de Lang Son firmó un acuerdo.", "org/lang-son/labour-federation"),
    ("zh", "崇左市总工会与防城港市红十字会签署协议。", "org/fangchenggang/red-cross"),
    ("vi", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh đã ký kết.", "org/quang-ninh/disease-control-center"),
    ("en", "The Lao Cai Radio and Television Station reported.", "org/lao-cai/radio-television"),
    ("vi", "Hội Cựu chiến binh tỉnh Cao Bằng đã tiếp đoàn.", "org/cao-bang/veterans-association"),
    ("zh", "云南省人民政府口岸办公室负责人出席。", "org/yunnan/port-office"),
    ("sv", "Yunnans folkförbund för vänskap med utlandet tog emot en delegation.", "org/yunnan/friendship-association"),
])
def test_mass_organisations_and_services_of_a_place(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    assert iri in mentioned(read(extractor, text, lang))


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("en", "Officers of the Vietnam People's Army and the People's Liberation Army met.", "org/peoples-liberation-army"),
    ("vi", "Lãnh đạo Bộ Công an đã làm việc với tỉnh Lạng Sơn.", "org/vietnam-ministry-of-public-security"),
    ("sv", "Det vietnamesiska byggministeriet har godkänt projektet.", "org/vietnam-ministry-of-construction"),
    ("zh", "海关总署与越南海关总局签署合作文件。", "org/china-general-administration-of-customs"),
])
def test_national_bodies_of_either_country(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    assert iri in mentioned(read(extractor, text, lang))


def test_mentions_by_start_follow_the_list_sorted_in_place_or_changed(extractor: RuleExtractor) -> None:
    """The index behind `found_between` and `indexed` is rebuilt when the list of mentions was sorted in place or had
    an item replaced, not only when it grew (a stale one gave a clause the mentions of another sentence)."""
    from borderkg.extract.entities import Context, Found
    from borderkg.extract.spans import StartIndex
    from borderkg.text import fold

    text = "Quang Ninh and Guangxi met. Lao Cai shares a border of 200 km."
    ctx = Context(fold(text), text, extractor.languages["en"], extractor.resources.entries, extractor.resources.common)
    late, early = Found(28, 35, f"{BKR}place/lao-cai", "Province"), Found(0, 10, f"{BKR}place/quang-ninh", "Province")
    ctx.found.extend([late, early])
    assert ctx.found_between(20, 40) == [late]
    assert ctx.indexed("by start test", StartIndex).between(20, 40) == [late]
    ctx.found.sort(key=lambda f: f.start)
    assert ctx.found_between(20, 40) == [late]
    assert ctx.indexed("by start test", StartIndex).between(20, 40) == [late]
    moved = Found(15, 22, f"{BKR}place/guangxi", "Province")
    ctx.found[0] = moved
    assert ctx.found_between(0, 27) == [moved]
    assert ctx.indexed("by start test", StartIndex).between(0, 27) == [moved]


@pytest.mark.parametrize(("lang", "text", "iri"), [
    ("fr", "Les habitants respectent l'Accord sur le règlement de gestion de la frontière terrestre Vietnam-Chine.",
     "agreement/land-border-management-agreement"),
    ("es", "Ambos gobiernos firmaron el acuerdo sobre protección y aprovechamiento conjunto de los recursos turísticos de "
           "la cascada.", "agreement/ban-gioc-detian-tourism-agreement"),
])
def test_named_agreements_between_the_two_states(extractor: RuleExtractor, lang: str, text: str, iri: str) -> None:
    assert iri in mentioned(read(extractor, text, lang))


def test_swedish_provincial_departments_written_as_one_word_and_health_commissions_by_what_they_cover(extractor) -> None:
    found = mentioned(read(extractor, "Ha Giangs provinsdepartement för kultur, idrott och turism och Guangxis hälso- och "
                                      "sjukvårdskommission undertecknade ett avtal.", "sv"))
    assert {"org/ha-giang/department-culture-sports-tourism", "org/guangxi/health-commission"} <= set(found)


def test_a_provinces_national_assembly_delegation_is_a_body_and_no_mention_of_the_assembly(extractor: RuleExtractor) -> None:
    ex = read(extractor, "Đoàn đại biểu Quốc hội tỉnh Hà Giang do Trưởng đoàn Đặng Quốc Khánh dẫn đầu đã làm việc tại "
                         "Vân Nam.", "vi")
    found = mentioned(ex)
    assert "org/ha-giang/na-delegation" in found and "org/vietnam-national-assembly" not in found


@pytest.mark.parametrize(("name", "iri"), [("陈青敏", "person/x-tran-thanh-man"), ("黄文廉", "person/x-hoang-van-liem"),
                                         ("阮德议", "person/x-nguyen-duc-nghi")])
def test_a_han_written_vietnamese_given_name_read_by_its_own_syllable(extractor: RuleExtractor, name: str, iri: str) -> None:
    """"陈青敏": 敏 is Mẫn, a given name's syllable (`vi-name-syllables.tsv`), not a syllable that merely sounds alike."""
    assert iri in mentioned(read(extractor, f"越南国会主席{name}会见了代表团。", "zh"))


def test_the_autonomous_prefecture_of_honghe_in_arabic_is_no_county(extractor) -> None:
    """"محافظة هونغخه ذاتية الحكم لقوميتي هاني ويي", "محافظة هونغخه": the prefecture, as Arabic news call it; the county
    (红河县) is rarely in border news."""
    for text in ("زار الوفد محافظة هونغخه ذاتية الحكم لقوميتي هاني ويي في مقاطعة يونان.", "زار الوفد محافظة هونغخه."):
        iris = {e.iri.removeprefix(BKR) for e in read(extractor, text, "ar").entities}
        assert "place/honghe" in iris and "place/honghe-county" not in iris


@pytest.mark.parametrize("text, places", [
    ("عقدت بلديتا هوانه مو ودونغ فان مؤتمرا عبر الإنترنت.", {"Commune"}),
    ("التقى وفدا مدينتي لاو كاي ولاي تشاو في الحدود.", {"City"}),
])
def test_arabic_dual_type_word_types_both_names_of_its_pair(extractor, text: str, places: set[str]) -> None:
    """"بلديتا هوانه مو ودونغ فان" (the two communes of Hoanh Mo and Dong Van), "مدينتي لاو كاي ولاي تشاو" (the two
    cities): the dual's type is the type of both names, so Dong Van is no district and Lai Chau no province."""
    ex = read(extractor, text, "ar")
    assert {e.cls for e in ex.entities if "/place/" in e.iri} == places
    assert len({e.iri for e in ex.entities if "/place/" in e.iri}) == 2


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Sin Thau commune signed an agreement on Tuesday.", "agreement"),
    ("fr", "La commune de Sin Thau a signé un accord mardi 30 avril.", "accord"),
    ("ar", "وقعت بلدية سين ثاو اتفاقية يوم الثلاثاء 30 أبريل.", "اتفاقية"),
    ("es", "Ambas partes firmaron el programa de cooperación para el período 2025-2030.", "programa de cooperación para el período 2025-2030"),
])
def test_a_day_ends_an_agreement_s_name_and_a_year_may_be_part_of_it(extractor, lang: str, text: str, name: str) -> None:
    """"signed an agreement on Tuesday": the day is when, not part of what was signed; "el programa … para el período
    2025-2030" keeps its years."""
    assert [e.mention.text for e in read(extractor, text, lang).entities if e.cls == "Agreement"] == [name]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le bourg de Qushui et la commune de Sin Thau ont signé un accord."),
    ("zh", "曲水镇与越南新寨社签署友好协议。"),
    ("ar", "وقعت بلدة تشوشوي وبلدية سين ثاو اتفاقية."),
])
def test_qushui_town_is_one_place_in_every_script(extractor, lang: str, text: str) -> None:
    """Qushui (曲水镇, Khúc Thủy), the Jiangcheng town facing Sin Thau: one lexicon place whatever the script."""
    assert f"{BKR}place/qushui-town" in {e.iri for e in read(extractor, text, lang).entities}


def test_the_bac_luan_i_gate_is_the_mong_cai_international_gate(extractor) -> None:
    """"Cửa khẩu quốc tế Bắc Luân I": the Mong Cai international border gate, on the first Bac Luan bridge."""
    ex = read(extractor, "Ngày 10/6, tại Cửa khẩu quốc tế Bắc Luân I, hai đồn biên phòng đã hội đàm.", "vi")
    assert f"{BKR}gate/mong-cai" in {e.iri for e in ex.entities}


@pytest.mark.parametrize(("lang", "text", "iri", "mention"), [
    ("ar", "التقى الجانبان بوفد محطة التفتيش الحدودي للدخول والخروج في هيكو.", None,
     "محطة التفتيش الحدودي للدخول والخروج في هيكو"),
    ("de", "Das Kommando der Grenzschutztruppe und die Generaldirektion des Zolls unterzeichneten eine Regelung.",
     "org/vietnam-border-guard", "Kommando der Grenzschutztruppe"),
    ("de", "Das Kommando der Grenzschutztruppe und die Generaldirektion des Zolls unterzeichneten eine Regelung.",
     "org/vietnam-customs", "Generaldirektion des Zolls"),
    ("fr", "Les deux délégations ont tenu leurs entretiens à Lai Chau-ville.", "place/lai-chau-city", "Lai Chau"),
    ("vi", "Đoàn đại biểu các huyện Bát Xát, Mường Khương, Bảo Thắng đã hội đàm.", "place/bao-thang", "Bảo Thắng"),
])
def test_bodies_and_places_named_in_news_wordings(extractor: RuleExtractor, lang: str, text: str, iri: str | None,
                                                  mention: str) -> None:
    """An inspection station "for entry and exit" named whole in Arabic; Vietnam's Border Guard High Command and General
    Department of Customs in German; "Lai Chau-ville", the city; Bao Thang district in a list of districts."""
    found = mentioned(read(extractor, text, lang))
    assert any(mention in name for key, names in found.items() if iri is None or key == iri for name in names)


def test_villages_named_after_a_plural_type_word_in_swedish(extractor: RuleExtractor) -> None:
    """"Byarna Po To i … Lai Chau och Gejie": the villages' type word in the plural names the first a commune."""
    found = mentioned(read(extractor, "Byarna Po To i den nordvietnamesiska provinsen Lai Chau och Gejie i Kinas "
                                      "Yunnanprovins samlades i lördags.", "sv"))
    assert "Po To" in found.get("place/x-po-to", set())


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "عقدت بلديتا هوانه مو ودونغ فان التابعتان لمحافظة بينه ليو مؤتمراً عبر الإنترنت."),
    ("de", "Grenzschützer sind am Samstag im Grenzort Hoanh Mo zusammengekommen."),
])
def test_a_commune_type_word_before_a_gates_name_is_the_commune_it_lies_in(extractor: RuleExtractor, lang: str,
                                                                          text: str) -> None:
    """"بلديتا هوانه مو", "im Grenzort Hoanh Mo": the commune the lexicon places the Hoanh Mo gate in, which bears its
    name, not a commune minted anew."""
    found = mentioned(read(extractor, text, lang))
    assert "place/hoanh-mo-commune" in found and not any(key.startswith("place/x-hoanh-mo") for key in found)


@pytest.mark.parametrize("name", ["Vuong Trinh Quoc", "Luu Van Binh", "Ta Thi Hoa", "Lai Van Long"])
def test_less_frequent_vietnamese_surnames_open_a_name_in_any_language(extractor, name: str) -> None:
    """"ledd av styrelsens chef Vuong Trinh Quoc": Vương, Lưu, Tạ and Lại are surnames usual enough to open a name outside
    English too (the Swedish reading had kept "Trinh Quoc" only)."""
    ex = read(extractor, f"Delegationen leddes av {name}.", "sv")
    assert [lbl for e in ex.entities if e.cls == "Person" for lbl, _ in e.labels[:1]] == [name]
