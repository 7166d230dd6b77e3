"""Posts of people no lexicon knows, one mechanism per test, in several languages: sentences
written for these tests (not taken from the seeds, the development set or the tuning set)."""
from __future__ import annotations

import pytest

from borderkg.extract import RuleExtractor
from borderkg.model import Document, Extraction
from borderkg.resources import load_resources

BKR = "https://w3id.org/borderkg/id/"


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor(load_resources())


def posts(extractor: RuleExtractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    ex: Extraction = extractor(Document("case", text, lang, "case.txt", date="2024-05-14"))
    return {(m.person.rsplit("/", 1)[-1], m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Abordnung wurde von Nguyen Van Hung geleitet, Vorsitzender des Volkskomitees der Provinz Lao Cai.",
     ("x-nguyen-van-hung", "CHAIR", "lao-cai/peoples-committee")),
    ("de", "Die Gäste führte Tran Thi Lan an, Sekretärin des Parteikomitees der Provinz Cao Bang.",
     ("x-tran-thi-lan", "SECRETARY", "cao-bang/party-committee")),
    ("sv", "Pham Van Duc, som också är ordförande i folkkommittén i Lang Son, talade först.",
     ("x-pham-van-duc", "CHAIR", "lang-son/peoples-committee")),
])
def test_title_after_the_end_of_the_names_clause(extractor, lang, text, expected) -> None:
    """Words that close the name's clause ("geleitet", "an") or open a relative clause ("som också
    är") may stand between a name and the title set off after it."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Hoang Van Binh ist zugleich Vorsitzender des Volksrates der Provinz Cao Bang.",
     ("x-hoang-van-binh", "CHAIR", "cao-bang/peoples-council")),
    ("en", "Do Thi Hoa is also vice chairwoman of the Lang Son provincial People's Committee.",
     ("x-do-thi-hoa", "VICE_CHAIR", "lang-son/peoples-committee")),
    ("fr", "Vu Minh Tuan est également secrétaire du Comité provincial du Parti de Lai Chau.",
     ("x-vu-minh-tuan", "SECRETARY", "lai-chau/party-committee")),
    ("vi", "Ông Lò Văn Sơn hiện là Chủ tịch UBND tỉnh Điện Biên.",
     ("x-lo-van-son", "CHAIR", "dien-bien/peoples-committee")),
])
def test_title_said_of_the_name_by_a_copula(extractor, lang, text, expected) -> None:
    """A present-tense copula between a name and its title, with no comma ("X ist zugleich …", "X hiện là …")."""
    assert expected in posts(extractor, text, lang)


def test_names_in_turn_after_a_participle_with_a_dative_plural_title(extractor) -> None:
    """"vertreten von A und B, den … Sekretären … von X beziehungsweise Y; …": the dative plural is a title, the word
    after the participle no break, and the semicolon ends what the word in turn pairs."""
    got = posts(extractor, "Die Provinzen wurden von Hoang Van Binh und Lo Thi Mai vertreten, den stellvertretenden "
                "Sekretären der Parteikomitees der Provinzen Lai Chau beziehungsweise Dien Bien; Binh ist zugleich Vorsitzender "
                "des Volksrates von Lai Chau.", "de")
    assert {("x-hoang-van-binh", "DEPUTY_SECRETARY", "lai-chau/party-committee"),
            ("x-lo-thi-mai", "DEPUTY_SECRETARY", "dien-bien/party-committee")} <= got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lao Cai's newly appointed Party Secretary Do Van Hung met the guests.",
     ("x-do-van-hung", "SECRETARY", "lao-cai/party-committee")),
    ("sv", "Cao Bangs nyvalde partisekreterare Be Thi Lan tog emot gästerna.",
     ("x-be-thi-lan", "SECRETARY", "cao-bang/party-committee")),
])
def test_words_of_the_holders_time_between_a_genitive_and_a_title(extractor, lang, text, expected) -> None:
    """"X's newly appointed Party Secretary", "Y:s nyvalde partisekreterare": the post is the place's body's."""
    assert expected in posts(extractor, text, lang)


def test_a_level_in_a_title_names_the_place_of_that_level_told_last(extractor) -> None:
    """"county Party Secretary X" after a county was named: that county's committee, not the province's told before;
    "Muong Khuong District Party Secretary Y": the district's name before the title is the title's."""
    got = posts(extractor, "Ha Giang's Party Secretary Nguyen Manh Dung received a delegation from Malipo County, headed "
                "by county Party Secretary Yang Hua. Muong Khuong District Party Secretary Lo Van Tien also attended.", "en")
    assert {("x-yang-hua", "SECRETARY", "malipo/party-committee"),
            ("x-lo-van-tien", "SECRETARY", "muong-khuong/party-committee")} <= got


def test_the_place_of_the_body_in_brackets_before_the_name(extractor) -> None:
    """"Bí thư Thị ủy thành phố Đông Hưng (Quảng Tây, Trung Quốc) Lâm Hải Ba": the name after the bracket holds the
    title, not the name listed before it."""
    got = posts(extractor, "Bí thư Thành ủy Móng Cái Hoàng Văn Nam và Bí thư Thị ủy thành phố Đông Hưng (Quảng Tây, "
                "Trung Quốc) Trần Quốc Vĩ đã hội đàm.", "vi")
    assert ("x-hoang-van-nam", "SECRETARY", "mong-cai/party-committee") in got
    # (the Chinese secretary's name is read from its Sino-Vietnamese form: whatever its IRI, it holds Dongxing's post)
    assert any(role == "SECRETARY" and org == "dongxing/party-committee" and who != "x-hoang-van-nam" for who, role, org in got)


def test_an_arabic_body_told_as_its_places_own_in_a_title_chain(extractor) -> None:
    """"نائب أمين لجنة الحزب في محافظة ها لانغ ورئيس لجنتها الشعبية": "its People's Committee" is the committee of the
    place the chain named, not of the province told before."""
    got = posts(extractor, "وصل وفد من منطقة قوانغشي. وحضر الحفل السيد هوانغ فان نام، نائب أمين لجنة الحزب في محافظة "
                "ها لانغ ورئيس لجنتها الشعبية.", "ar")
    assert {("x-hoang-van-nam", "DEPUTY_SECRETARY", "ha-lang/party-committee"),
            ("x-hoang-van-nam", "CHAIR", "ha-lang/peoples-committee")} <= got


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Also present were Napo county Party Secretary Lu Hai and his counterpart from Ha Quang district, Ma Van Dieu."),
    ("fr", "Étaient présents M. Lu Hai, secrétaire du Comité du Parti du district de Napo, et son homologue de Ha Quang, "
           "M. Ma Van Dieu."),
])
def test_a_counterpart_of_a_place_holds_the_post_told_before_there(extractor, lang, text) -> None:
    """"and his counterpart from Ha Quang, Y": Y holds the post of the name told before, in Ha Quang's body of that kind."""
    got = posts(extractor, text, lang)
    assert {("x-lu-hai", "SECRETARY", "napo/party-committee"), ("x-ma-van-dieu", "SECRETARY", "ha-quang/party-committee")} <= got


def test_a_past_copula_tells_no_post(extractor) -> None:
    """"X was chairman": a former post, not one held now."""
    assert not posts(extractor, "Do Thi Hoa was vice chairwoman of the Lang Son provincial People's Committee.", "en")


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("de", "Anwesend waren der Vorsitzende des Volkskomitees der Provinz Lao Cai, Nguyen Van Hung, der Direktor der "
           "Abteilung für Industrie und Handel der Provinz, Le Minh Quang, und weitere Gäste.",
     ("x-nguyen-van-hung", "CHAIR", "lao-cai/peoples-committee"),
     ("x-le-minh-quang", "DIRECTOR", "lao-cai/department-industry-trade")),
    ("en", "Present were the chairman of the People's Committee of Lao Cai province, Nguyen Van Hung, the director "
           "of the Department of Industry and Trade of the province, Le Minh Quang, and other guests.",
     ("x-nguyen-van-hung", "CHAIR", "lao-cai/peoples-committee"),
     ("x-le-minh-quang", "DIRECTOR", "lao-cai/department-industry-trade")),
])
def test_an_article_opens_the_next_names_title(extractor, lang, text, first, second) -> None:
    """"A, der Direktor der Abteilung …, B": the article makes the title B's, not the second of A's."""
    found = posts(extractor, text, lang)
    assert {first, second} <= found
    assert (first[0], second[1], second[2]) not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Cùng đi có các ông Trần Văn Hải và Lê Thị Hoa, lần lượt là Giám đốc Sở Ngoại vụ và Giám đốc Sở Công Thương "
           "tỉnh Lào Cai, cùng đại diện các sở, ngành.",
     {("x-tran-van-hai", "DIRECTOR", "lao-cai/department-foreign-affairs"),
      ("x-le-thi-hoa", "DIRECTOR", "lao-cai/department-industry-trade")}),
    ("de", "Gastgeber waren Nguyen Van Hung und Tran Thi Lan, Vorsitzender des Volkskomitees der Provinz Lao Cai "
           "beziehungsweise Sekretärin des Parteikomitees der Provinz Cao Bang, sowie ein Vertreter der Zollbehörde.",
     {("x-nguyen-van-hung", "CHAIR", "lao-cai/peoples-committee"),
      ("x-tran-thi-lan", "SECRETARY", "cao-bang/party-committee")}),
])
def test_distributive_list_of_names_then_their_titles(extractor, lang, text, expected) -> None:
    """The names listed together before "respectively" take, in order, as many titles as there are
    names, whatever other titles the sentence holds."""
    assert expected <= posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Även Lao Cais provinsordförande Nguyen Van Hung deltog.", ("x-nguyen-van-hung", "CHAIR", "lao-cai/peoples-committee")),
    ("sv", "Hekous häradschef Li Jianguo höll ett tal.", ("x-li-jianguo", "HEAD", "hekou/peoples-government")),
    ("en", "Hekou's party chief Li Jianguo welcomed the guests.", ("x-li-jianguo", "SECRETARY", "hekou/party-committee")),
])
def test_place_in_the_genitive_before_a_title(extractor, lang, text, expected) -> None:
    """"Hekous häradschef X", "Hekou's party chief X": the place before the title is its body's."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), [
    ("de", "Lao Cai, 14. Mai (VNA) – In Hekou sprachen Wang Lei und Zhao Min, Sekretär des Parteikomitees des Kreises Hekou beziehungsweise "
           "Leiterin der Volksregierung des Kreises.",
     ("x-zhao-min", "HEAD", "hekou/peoples-government"), "lao-cai/peoples-government"),
    ("vi", "Lào Cai (TTXVN) – Dự buổi làm việc có bà Trần Thị Hoa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Bát Xát.",
     ("x-tran-thi-hoa", "DEPUTY_SECRETARY", "bat-xat/party-committee"), "lao-cai/party-committee"),
])
def test_body_whose_place_the_words_around_it_tell(extractor, lang, text, expected, wrong) -> None:
    """A body with no place's name ("Volksregierung des Kreises", "Huyện ủy") is not the article's
    province's when the words around it say it is a county's."""
    found = posts(extractor, text, lang)
    assert expected in found
    assert (expected[0], expected[1], wrong) not in found


def test_body_named_before_a_title_that_names_its_kind(extractor) -> None:
    """"đoàn Chi đội … do Thượng tá X, Chi đội trưởng, dẫn đầu": the body of the title's kind named
    last before it."""
    text = ("Đoàn công tác Chi đội Quản lý biên giới do Thượng tá Vương Kiến Minh, Chi đội trưởng, "
            "dẫn đầu đã sang thăm tỉnh Lào Cai.")
    found = posts(extractor, text, "vi")
    assert {(person, role) for person, role, org in found if org.endswith("/border-management-detachment")} == \
        {("x-vuong-kien-minh", "HEAD")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Oberstleutnant Tran Van Binh, stellvertretender Kommandeur des Grenzschutzkommandos der Provinz Lao Cai, "
           "nahm teil.", ("x-tran-van-binh", "DEPUTY_HEAD", "lao-cai/border-guard-command")),
    ("en", "The talks were attended by Colonel Tran Van Binh, commander of the Lao Cai Provincial Border Guard Command.",
     ("x-tran-van-binh", "HEAD", "lao-cai/border-guard-command")),
])
def test_military_rank_before_a_name(extractor, lang, text, expected) -> None:
    """A rank ("Oberstleutnant", "Colonel") opens a name as an honorific does."""
    assert expected in posts(extractor, text, lang)


def test_chinese_name_ends_before_a_verb(extractor) -> None:
    """"…副主席陈氏兰分别致辞": the name is 陈氏兰, not 陈氏兰分."""
    found = posts(extractor, "河口县副县长张丽、老街市人民委员会副主席陈氏兰分别致辞。", "zh")
    assert ("x-tran-thi-lan", "VICE_CHAIR", "lao-cai-city/peoples-committee") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Lào Cai (TTXVN) – Phó Chủ tịch UBND tỉnh Lào Cai Trần Văn Hải và Phó Chủ tịch Chính quyền nhân dân "
           "châu Hồng Hà Lý Minh đồng chủ trì hội đàm.",
     {("x-tran-van-hai", "VICE_CHAIR", "lao-cai/peoples-committee"), ("x-ly-minh", "VICE_CHAIR", "honghe/peoples-government")}),
    ("en", "Tran Van Hai, chairman of the Lao Cai Provincial People's Committee, and Vice Governor of Yunnan Province "
           "Li Ming attended.",
     {("x-tran-van-hai", "CHAIR", "lao-cai/peoples-committee"), ("x-li-ming", "VICE_CHAIR", "yunnan/peoples-government")}),
])
def test_name_right_after_the_next_titles_body_is_that_titles(extractor, lang, text, expected) -> None:
    """"A và Phó Chủ tịch … Lý Minh": the title after "and" is the name's that follows its body
    with no comma, not a second title of A."""
    assert posts(extractor, text, lang) == expected


def test_chinese_bare_body_in_a_title_chain(extractor) -> None:
    """"芒街市委副书记、市人民委员会主席阮文海": "the city's People's Committee" is the chain's city's."""
    found = posts(extractor, "芒街市委副书记、市人民委员会主席阮文海致辞。", "zh")
    assert found == {("x-nguyen-van-hai", "DEPUTY_SECRETARY", "mong-cai/party-committee"),
                     ("x-nguyen-van-hai", "CHAIR", "mong-cai/peoples-committee")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Among the guests was the consul general of Vietnam in Kunming, Tran Van Khoa, who spoke briefly.",
     ("x-tran-van-khoa", "HEAD", "kunming/consulate-general")),
    ("es", "Asistieron a la firma Tran Thi Nga, cónsul general de Vietnam en Nanning, y empresarios de ambos lados.",
     ("x-tran-thi-nga", "HEAD", "nanning/consulate-general")),
    ("vi", "Dự lễ khánh thành có Tổng Lãnh sự Việt Nam tại Nam Ninh Phạm Văn Quý cùng đại diện doanh nghiệp.",
     ("x-pham-van-quy", "HEAD", "nanning/consulate-general")),
])
def test_consul_whose_title_names_the_consulate(extractor, lang, text, expected) -> None:
    """"consul general of Vietnam in Kunming": entities read the consulate from the title's words;
    the title inside that name is still the person's post in it."""
    assert expected in posts(extractor, text, lang)


def test_german_compound_party_secretaries_listed_with_their_provinces(extractor) -> None:
    """"die Provinzparteisekretäre A und B, die jeweils die Provinzen X und Y vertraten": a plural
    compound title, then the names, then as many places: the n-th name is the n-th place's secretary."""
    found = posts(extractor, "Am Tisch saßen die Provinzparteisekretäre Tran Van Khoa und Pham Thi Nga, die jeweils "
                             "die Provinzen Lao Cai und Cao Bang vertraten.", "de")
    assert {("x-tran-van-khoa", "SECRETARY", "lao-cai/party-committee"),
            ("x-pham-thi-nga", "SECRETARY", "cao-bang/party-committee")} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Intervino después la jefa adjunta del Gobierno Popular del distrito de Hekou, Zhou Lanfang, que pidió "
           "más vuelos.", ("x-zhou-lanfang", "VICE_CHAIR", "hekou/peoples-government")),
    ("fr", "La vice-gouverneure du Yunnan, Mme Zhou Lanfang, a salué les progrès du chantier.",
     ("x-zhou-lanfang", "VICE_CHAIR", "yunnan/peoples-government")),
])
def test_feminine_titles(extractor, lang, text, expected) -> None:
    """A woman's title ("jefa adjunta", "vice-gouverneure") is a post as the man's is."""
    assert expected in posts(extractor, text, lang)


def test_swedish_member_of_a_body(extractor) -> None:
    """"ledamot av partikommittén i X": "av" links a title to its body as "i" and "för" do."""
    found = posts(extractor, "Zhou Lanfang, ledamot av partikommittén i Hekou, tog emot gästerna vid bron.", "sv")
    assert ("x-zhou-lanfang", "MEMBER", "hekou/party-committee") in found


def posts_by_name(extractor: RuleExtractor, text: str, lang: str) -> set[tuple[str, str, str]]:
    """(the person's name as written, role, organisation) of each post."""
    ex: Extraction = extractor(Document("case", text, lang, "case.txt", date="2024-05-14"))
    names = {e.iri: e.mention.text for e in ex.entities if e.cls == "Person"}
    return {(names[m.person], m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships}


def test_arabic_name_without_honorific_before_its_title(extractor) -> None:
    """"برئاسة فام فان هاي، أمين لجنة الحزب": with no honorific and no capitals, the words before
    the comma that read as a Vietnamese or Chinese name are the title holder."""
    found = posts_by_name(extractor, "استقبل الجانب الصيني يوم الأربعاء وفداً من مقاطعة لاو كاي برئاسة فام فان هاي، "
                                     "أمين لجنة الحزب في المقاطعة.", "ar")
    assert ("فام فان هاي", "SECRETARY", "lao-cai/party-committee") in found


def test_the_region_is_the_place_named_a_region(extractor) -> None:
    """"لجنة الحزب في المنطقة" after Guangxi ("منطقة …") and then a province: "the region" is the
    place of that level whose name says "region", not the province named last."""
    found = posts_by_name(extractor, "زار وفد من منطقة قوانغشي ذاتية الحكم لقومية تشوانغ مقاطعة لاو كاي أمس. وشارك في "
                                     "المحادثات تشانغ لي مينغ، عضو اللجنة الدائمة للجنة الحزب في المنطقة ونائب رئيس "
                                     "الحكومة الشعبية للمنطقة.", "ar")
    assert found == {("تشانغ لي مينغ", "MEMBER", "guangxi/party-committee"),
                     ("تشانغ لي مينغ", "VICE_CHAIR", "guangxi/peoples-government")}


def test_arabic_dual_honorific_and_names_with_the_and_word_written_on(extractor) -> None:
    """"السيدان A وB، title X وtitle Y على التوالي": the dual honorific lists two names, the second
    with "و" written on it; each holds its own title, not both."""
    found = posts_by_name(extractor, "وفي الختام ألقى السيدان فام فان هاي وتشانغ لي مينغ، نائب رئيس اللجنة الشعبية "
                                     "لمقاطعة لاو كاي ونائب حاكم مقاطعة يوننان على التوالي، كلمتين.", "ar")
    assert found == {("فام فان هاي", "VICE_CHAIR", "lao-cai/peoples-committee"),
                     ("تشانغ لي مينغ", "VICE_CHAIR", "yunnan/peoples-government")}


def test_vietnamese_body_named_at_length_before_its_place(extractor) -> None:
    """"Ủy ban Quản lý Khu thí điểm hợp tác kinh tế qua biên giới Hà Khẩu": a management committee whose name runs over
    many words to its place is that place's board, and its deputy chairman holds a post there."""
    ex = extractor(Document("t", "Tiêu đề\nÔng Trương Minh, Phó Chủ nhiệm Ủy ban Quản lý Khu thí điểm hợp tác kinh tế "
                                 "qua biên giới Hà Khẩu, phát biểu tại hội đàm.", "vi", "t.txt", date="2019-08-20"))
    assert {(m.role, m.organization.rsplit("/", 1)[-1]) for m in ex.memberships} == {("DEPUTY_HEAD", "management-board-hekou")}


def test_arabic_list_of_full_names_with_the_and_word_written_on(extractor) -> None:
    """"السادة A وB وC، أمناء لجان الحزب في مقاطعات X وY وZ على التوالي": past a full name of three words, "و" written on
    the next word starts the next name; each holds the post in its province."""
    found = posts_by_name(extractor, "وشارك في اللقاء السادة دانغ شوان فونغ وهاو آ لينه وجيانغ آ ماي، أمناء لجان الحزب في "
                                     "مقاطعات لاو كاي وها جيانغ ولاي تشاو على التوالي.", "ar")
    assert found == {("دانغ شوان فونغ", "SECRETARY", "lao-cai/party-committee"),
                     ("هاو آ لينه", "SECRETARY", "ha-giang/party-committee"),
                     ("جيانغ آ ماي", "SECRETARY", "lai-chau/party-committee")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lao Cai's Department of Industry and Trade expects exports to grow this year, its director Tran Van Khoa "
           "told reporters.", ("x-tran-van-khoa", "DIRECTOR", "lao-cai/department-industry-trade")),
    ("fr", "Hanoï, 2 mai (VNA) – Le président du Comité populaire de la province de Ha Giang a reçu une délégation de la "
           "préfecture de Wenshan, de la province chinoise du Yunnan, conduite par son vice-gouverneur, M. Zhou Lanfang.",
     ("x-zhou-lanfang", "VICE_CHAIR", "wenshan/peoples-government")),
    ("sv", "Förra veckan kom en delegation från Dongxing, ledd av stadens partisekreterare Zhou Lanfang, till Mong Cai.",
     ("x-zhou-lanfang", "SECRETARY", "dongxing/party-committee")),
])
def test_title_after_a_possessive_or_a_places_anaphor(extractor, lang, text, expected) -> None:
    """"its director X", "son vice-gouverneur, M. X", "stadens partisekreterare X": the body was told
    before the title: the body named last, or the body of the place told last (the narrower one when
    the wider only locates it)."""
    assert expected in posts(extractor, text, lang)


def test_capitalised_title_right_after_a_place(extractor) -> None:
    """"Wenshan Vice Governor Zhou Lanfang": a capitalised title right after a place's name is that
    place's, as "Wenshan's" would make it."""
    found = posts(extractor, "The fair opened on Friday. Wenshan Vice Governor Zhou Lanfang said trade had doubled.", "en")
    assert found == {("x-zhou-lanfang", "VICE_CHAIR", "wenshan/peoples-government")}


def test_chinese_name_ending_in_an_and_word_before_a_pause(extractor) -> None:
    """"…副主席陈文和、…": 和 right before "、" joins nothing; it is the name's last character."""
    found = posts(extractor, "河口县县长李明、越南老街省人民委员会副主席陈文和、老街市人民委员会主席出席了开幕式。", "zh")
    assert ("x-tran-van-hoa", "VICE_CHAIR", "lao-cai/peoples-committee") in found


def test_member_of_the_party_central_committee_in_short(extractor) -> None:
    """"Ủy viên Trung ương Đảng": the short name of the Party's Central Committee."""
    found = posts(extractor, "Đồng chí Trần Văn Khoa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang, phát biểu chỉ đạo "
                             "hội nghị.", "vi")
    assert found == {("x-tran-van-khoa", "MEMBER", "cpv-central-committee"),
                     ("x-tran-van-khoa", "SECRETARY", "ha-giang/party-committee")}


def test_chinese_title_chain_through_a_body_no_table_knows(extractor) -> None:
    """"高平省人民委员会副主席、论坛筹委会主任黎文海": the second title's body (a forum's preparatory
    committee) is in no table; the first title is still the name's."""
    found = posts(extractor, "高平省人民委员会副主席、论坛筹委会主任黎文海出席。", "zh")
    assert ("x-le-van-hai", "VICE_CHAIR", "cao-bang/peoples-committee") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Honghe Border Management Detachment sent officers to the ceremony. Colonel Zhou Lanfang, head of the "
           "detachment, laid a wreath.", ("x-zhou-lanfang", "HEAD", "honghe/border-management-detachment")),
    ("es", "El Destacamento de Gestión Fronteriza de Hekou envió oficiales. Asistió el coronel Zhou Lanfang, jefe del "
           "destacamento chino.", ("x-zhou-lanfang", "HEAD", "hekou/border-management-detachment")),
])
def test_title_of_a_body_named_before_by_its_common_noun(extractor, lang, text, expected) -> None:
    """"head of the detachment", "jefe del destacamento chino": the body named last before whose name
    holds that noun."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Talks were held with Malipo county. Li Wenhua, Party Secretary of the county, spoke first.",
     ("x-li-wenhua", "SECRETARY", "malipo/party-committee")),
    ("en", "Envoys of Malipo county arrived on Monday. The county's Party Secretary Li Wenhua thanked the hosts.",
     ("x-li-wenhua", "SECRETARY", "malipo/party-committee")),
    ("sv", "Gäster från länet Malipo kom i går. Länets partisekreterare Li Wenhua tackade värdarna.",
     ("x-li-wenhua", "SECRETARY", "malipo/party-committee")),
])
def test_title_that_names_its_body_of_the_place_named_before(extractor, lang, text, expected) -> None:
    """"Party Secretary of the county", "the county's Party Secretary", "länets partisekreterare": a
    title that names its kind of body, with "the county" for its place, is a post in the body of the
    county the text named last."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("وحضرت اللقاء السيدة تران ثي ماي، نائبة عمدة مدينة لاو كاي.", ("x-tran-thi-mai", "VICE_CHAIR", "lao-cai-city/peoples-committee")),
    ("وألقت السيدة هوانغ ثي نغا، نائبة قائد حرس الحدود بمقاطعة لاي تشاو، كلمة.",
     ("x-hoang-thi-nga", "DEPUTY_HEAD", "lai-chau/border-guard-command")),
])
def test_arabic_feminine_titles(extractor, text: str, expected: tuple) -> None:
    """"نائبة عمدة", "نائبة قائد": a woman's title is the feminine of the man's."""
    assert expected in posts(extractor, text, "ar")


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Leiter, Direktor des Verkehrsamts der Provinz Cao Bang, Be Van Tuan, sprach zuerst.",
     ("x-be-van-tuan", "DIRECTOR", "cao-bang/department-transport")),
    ("Es unterschrieb die Direktorin der Handelsbehörde der Stadt Dongxing, Liang Meiling.",
     ("x-liang-meiling", "DIRECTOR", "dongxing/department-commerce")),
])
def test_german_office_and_authority_compounds(extractor, text: str, expected: tuple) -> None:
    """"Verkehrsamt", "Handelsbehörde": a German body may be named by a compound with -amt or -behörde."""
    assert expected in posts(extractor, text, "de")


def test_french_service_is_a_provincial_department(extractor) -> None:
    """"directeur du Service des Transports de Cao Bang": "Service" renders a province's department (sở)."""
    text = "Y a pris part Be Van Tuan, directeur du Service des Transports de Cao Bang."
    assert ("x-be-van-tuan", "DIRECTOR", "cao-bang/department-transport") in posts(extractor, text, "fr")


def test_arabic_plural_honorific_lists_names_joined_only_by_the_written_on_and_word(extractor) -> None:
    """"السادة A وB وC" with no comma: each name ends where the names tables end it, and the next,
    with "و" written on it, is listed too, so each holds the title of its place in turn."""
    found = posts_by_name(extractor, "وحضر الاجتماع نواب رؤساء اللجان الشعبية لمقاطعات لاو كاي ولاي تشاو وديان بيان، "
                                     "وهم على التوالي السادة دانغ فان تام ولي ثي هوا وفام كوك بينه.", "ar")
    assert found == {("دانغ فان تام", "VICE_CHAIR", "lao-cai/peoples-committee"),
                     ("لي ثي هوا", "VICE_CHAIR", "lai-chau/peoples-committee"),
                     ("فام كوك بينه", "VICE_CHAIR", "dien-bien/peoples-committee")}


def people_named(extractor: RuleExtractor, text: str, lang: str) -> set[str]:
    """The people's names as written."""
    ex: Extraction = extractor(Document("case", text, lang, "case.txt", date="2024-05-14"))
    return {e.mention.text for e in ex.entities if e.cls == "Person"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Ont pris la parole Nguyen Van An, Le Minh Tuan et Pham Thi Lan, directeurs des services provinciaux.",
     "Le Minh Tuan"),
    ("sv", "Talare var Nguyen Van An, Tong Minh Duc respektive Pham Thi Lan från de tre distrikten.", "Tong Minh Duc"),
    ("en", "Speeches came from Nguyen Van An, Tong Minh Duc and Pham Thi Lan, all of the district.", "Tong Minh Duc"),
])
def test_a_name_listed_between_names(extractor, lang, text, name) -> None:
    """A name between two others in a list is a name even when it opens with an article-like "Le"
    (the surname Lê) or with a rarer surname ("Tong"): its place in the list says so."""
    assert name in people_named(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Provinserna Lao Cai, Lai Chau och Dien Bien sände delegationer till mässan. De leddes av vice "
           "ordförandena för folkkommittéerna i de tre provinserna, Nguyen Van An, Tran Thi Binh respektive Pham Van Cuong."),
    ("fr", "Les délégations de Lao Cai, Lai Chau et Dien Bien étaient menées respectivement par Nguyen Van An, Tran Thi "
           "Binh et Pham Van Cuong, vice-présidents des Comités populaires de ces provinces."),
])
def test_respectively_with_the_places_listed_apart_from_the_title(extractor, lang, text) -> None:
    """"vice chairmen of the committees of these (three) provinces, A, B and C respectively": the
    places are the last ones listed together, as many as the names, in the sentence or before it."""
    assert {("x-nguyen-van-an", "VICE_CHAIR", "lao-cai/peoples-committee"),
            ("x-tran-thi-binh", "VICE_CHAIR", "lai-chau/peoples-committee"),
            ("x-pham-van-cuong", "VICE_CHAIR", "dien-bien/peoples-committee")} <= posts(extractor, text, lang)


def test_german_central_committee_in_the_genitive(extractor) -> None:
    """"Mitglied des Zentralkomitees der …": the committee named in the genitive is still the
    Central Committee, and the titles after it in the chain stay the person's."""
    found = posts(extractor, "Die Gäste begrüßte Hoang Van Duc, Mitglied des Zentralkomitees der Kommunistischen "
                             "Partei Vietnams und Sekretär des Parteikomitees der Provinz Ha Giang, am Montag.", "de")
    assert {("x-hoang-van-duc", "MEMBER", "cpv-central-committee"),
            ("x-hoang-van-duc", "SECRETARY", "ha-giang/party-committee")} <= found


def test_a_title_whose_body_is_implied_goes_to_the_name_after_it(extractor) -> None:
    """"A và Huyện trưởng huyện X B": a title whose body is only implied (the county's government)
    with a name right after it is that name's, not a second title of the name before the "and"."""
    found = posts_by_name(extractor, "Cuối buổi làm việc, Chủ tịch UBND huyện Bát Xát Nguyễn Văn Tùng và Huyện trưởng "
                                     "huyện Hà Khẩu Lý Kiến Quốc đã ký biên bản ghi nhớ.", "vi")
    assert found == {("Nguyễn Văn Tùng", "CHAIR", "bat-xat/peoples-committee"),
                     ("Lý Kiến Quốc", "HEAD", "hekou/peoples-government")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officers from the Border Guard Command of Ha Giang province joined the drill, led by its commander Nguyen Van Hai."),
    ("sv", "I övningen deltog soldater från gränsbevakningskommandot i provinsen Ha Giang under ledning av dess "
           "befälhavare, överste Nguyen Van Hai."),
])
def test_its_head_is_the_head_of_the_body_just_named(extractor, lang, text) -> None:
    """"the border guard command of X, led by its commander Y": the possessive speaks of the body
    named last before it in the sentence, not of the government of the place inside its name."""
    assert posts(extractor, text, lang) == {("x-nguyen-van-hai", "HEAD", "ha-giang/border-guard-command")}


def test_arabic_title_then_the_bodys_common_noun_then_the_name(extractor) -> None:
    """"مدير الدائرة A ومديرة المكتب B": a title, a definite common noun for a body told before and a
    name with no honorific: the name is a person's, holding that title in the body whose name holds
    the noun (the department of agriculture, a kind the tables know since stop 35; the bureau one they do not)."""
    found = posts_by_name(extractor, "وفي ختام الزيارة، وقّعت دائرة الزراعة في مقاطعة لاو كاي ومكتب التجارة في محافظة "
                                     "هونغخه اتفاقية تعاون، ووقّعها مدير الدائرة تران فان هاي ومديرة المكتب وانغ لي مينغ.",
                          "ar")
    assert {(name, role, org.split("/")[0], org.split("/")[1].split("-")[1]) for name, role, org in found} == {
        ("تران فان هاي", "DIRECTOR", "lao-cai", "agriculture"), ("وانغ لي مينغ", "DIRECTOR", "honghe", "bureau")}


def test_swedish_compound_title_names_its_body_by_its_first_part(extractor) -> None:
    """"brigadchefen X": a title ending a compound whose first part is the noun a body told before
    ends in ("gränsförvaltningsbrigaden") is a post in that body; a first part that only opens the
    body's name ("distrikts-" of "distriktspartikommittén") names no body."""
    assert posts(extractor, "Till övningen kom även gränsförvaltningsbrigaden i Pingxiang, och på plats fanns "
                            "brigadchefen Zhou Lanfang.", "sv") == {("x-zhou-lanfang", "HEAD", "pingxiang/border-management-detachment")}
    assert not posts(extractor, "Distriktspartikommittén i Pingxiang bjöd in, och på plats fanns distriktschefen "
                                "Zhou Lanfang.", "sv") - {("x-zhou-lanfang", "HEAD", "pingxiang/peoples-government")}


def test_a_head_that_says_its_level_places_the_body_in_the_city_of_that_name(extractor) -> None:
    """"Bí thư Thành ủy Lạng Sơn": "Thành ủy" is a city's party committee, so "Lạng Sơn" is the city
    within the province of that name; "Tỉnh ủy" in the same chain stays the province's."""
    found = posts(extractor, "Tiếp đoàn có đồng chí Hoàng Văn Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Lạng Sơn.",
                  "vi")
    assert found == {("x-hoang-van-son", "SECRETARY", "lang-son-city/party-committee"),
                     ("x-hoang-van-son", "MEMBER", "lang-son/party-committee")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The guests were led by Zhou Lanfang, mayor of Pingxiang and chairman of the Pingxiang Municipal People's "
           "Government.", ("x-zhou-lanfang", "HEAD", "pingxiang/peoples-government")),
    ("ar", "وترأس الوفد السيد تشو لان فانغ، عمدة مدينة بينغشيانغ ورئيس الحكومة الشعبية لمدينة بينغشيانغ.",
     None),
])
def test_two_titles_for_one_bodys_top_office_are_one_post(extractor, lang, text, expected) -> None:
    """"mayor of X and chairman of X's government": one body has one top office, whatever two titles
    name it; the title told first stands."""
    found = posts(extractor, text, lang)
    assert len(found) == 1
    if expected is not None:
        assert found == {expected}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Vu Thi Mai, Be Thi Hoa et Chu Van Thang, respectivement vice-présidents des comités populaires des "
           "provinces de Lai Chau, de Ha Giang et de Lao Cai, ont pris la parole."),
    ("en", "Vu Thi Mai, Be Thi Hoa and Chu Van Thang, respectively vice chairmen of the People's Committees of "
           "Lai Chau, Ha Giang and Lao Cai, spoke."),
])
def test_rarer_surnames_closing_a_list_before_respectively_are_names(extractor, lang, text) -> None:
    """The names listed last before "respectively" ("Be Thi Hoa et Chu Van Thang, respectivement") are
    read as names, however rare their surnames, like those between two names: each holds its title."""
    found = posts(extractor, text, lang)
    assert {p for p, _, _ in found} >= {"x-be-thi-hoa", "x-chu-van-thang"}
    assert ("x-chu-van-thang", "VICE_CHAIR", "lao-cai/peoples-committee") in found


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("en", "Dao Van Son and Hoang Thi Hanh, chairmen of the People's Committees of Na Khe commune and Phin Ho commune "
           "respectively, signed the minutes.", ("x-na-khe", "x-phin-ho")),
    ("en", "Dao Van Son and Hoang Thi Hanh, chairmen of the People's Committees of Na Khe and Phin Ho communes "
           "respectively, signed the minutes.", ("x-na-khe", "x-phin-ho")),
    ("fr", "Dao Van Son et Hoang Thi Hanh, respectivement présidents des comités populaires des communes de Na Khe et de "
           "Phin Ho, ont signé le procès-verbal.", ("x-na-khe", "x-phin-ho")),
])
def test_respectively_with_bodies_in_the_plural_of_places_no_lexicon_knows(extractor, lang, text, places) -> None:
    """"chairmen of the People's Committees of A and B communes respectively": the plural names the bodies' kind,
    where the places' country, which would tell whose government it is, is unknown."""
    found = posts(extractor, text, lang)
    assert {("x-dao-van-son", "CHAIR", f"{places[0]}/peoples-committee"),
            ("x-hoang-thi-hanh", "CHAIR", f"{places[1]}/peoples-committee")} <= found


@pytest.mark.parametrize(("text", "role", "kind"), [
    ("I delegationen ingick även Dao Van Son och Hoang Thi Hanh, biträdande chefer för provinspolisen i Lai Chau "
     "respektive Ha Giang, samt Lo Van Pao, chef för provinspolisen i Dien Bien.", "DEPUTY_DIRECTOR",
     "department-public-security"),
    ("I delegationen ingick även Dao Van Son och Hoang Thi Hanh, biträdande direktörer för departementet för industri "
     "och handel i Lai Chau respektive Ha Giang.", "DEPUTY_DIRECTOR", "department-industry-trade"),
])
def test_respectively_between_the_places_of_one_bodys_name(extractor, text, role, kind) -> None:
    """"biträdande chefer för provinspolisen i Lai Chau respektive Ha Giang": the body is named once, with the first
    place; the place after the word in turn has a body of that kind too, and the second name holds the post there (not
    in the body the next title names)."""
    found = posts(extractor, text, "sv")
    assert {("x-dao-van-son", role, f"lai-chau/{kind}"), ("x-hoang-thi-hanh", role, f"ha-giang/{kind}")} <= found
    assert ("x-hoang-thi-hanh", role, f"dien-bien/{kind}") not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Lai Chau wurde durch Dao Van Son, den ständigen stellvertretenden Sekretär des Parteikomitees der Provinz Lai "
           "Chau, vertreten.", ("x-dao-van-son", "DEPUTY_SECRETARY", "lai-chau/party-committee")),
    ("de", "Die Gäste wurden von Trieu Van Son empfangen worden, stellvertretender Sekretär des Parteikomitees der Provinz "
           "Ha Giang.", ("x-trieu-van-son", "DEPUTY_SECRETARY", "ha-giang/party-committee")),
])
def test_a_deputys_modifier_before_any_title_and_a_participle_with_its_auxiliary(extractor, lang, text, expected) -> None:
    """"den ständigen stellvertretenden Sekretär": a deputy's modifier before a title the table lists without it is the
    deputy's post, not the head's; "von X empfangen worden, Titel" sets the title off after the passive's auxiliary;
    Triệu, a usual surname in the northern border provinces, opens a name."""
    found = posts(extractor, text, lang)
    assert expected in found
    assert (expected[0], "SECRETARY", expected[2]) not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Asistieron Dao Van Son y Hoang Thi Hanh, directores de los departamentos de Aduanas de Lai Chau y Cao Bang, "
           "respectivamente."),
    ("fr", "Dao Van Son et Hoang Thi Hanh, respectivement directeurs des départements des douanes de Lai Chau et de Cao "
           "Bang, étaient présents."),
])
def test_respectively_with_a_plural_body_of_known_places(extractor, lang, text) -> None:
    """"directores de los departamentos de Aduanas de A y B, respectivamente": the plural says each place's body is its
    customs, not its government."""
    assert {("x-dao-van-son", "DIRECTOR", "lai-chau/customs"), ("x-hoang-thi-hanh", "DIRECTOR", "cao-bang/customs")} \
        <= posts(extractor, text, lang)


def test_a_director_of_a_list_of_places_heads_no_government(extractor) -> None:
    """"stellvertretende Direktoren der Polizei der Provinz Quang Ninh beziehungsweise Cao Bang": where no body is read,
    a director's title in turn does not make the names chairs of the places' governments."""
    found = posts(extractor, "Anwesend waren Dao Van Son und Hoang Thi Hanh, stellvertretende Direktoren der Polizei der "
                             "Provinz Quang Ninh beziehungsweise Cao Bang.", "de")
    assert not {o for _, _, o in found} & {"quang-ninh/peoples-committee", "cao-bang/peoples-committee"}


@pytest.mark.parametrize(("text", "expected"), [
    ("越南老街省人民委员会主席阮文和5日下午会见了代表团。", ("x-nguyen-van-hoa", "CHAIR", "lao-cai/peoples-committee")),
    ("东兴市市长李健又通过视频与芒街市领导会晤。", ("x-li-jian", "HEAD", "dongxing/peoples-government")),
])
def test_a_chinese_name_before_a_date_or_an_adverb(extractor, text, expected) -> None:
    """"阮文和5日下午": 和 before a date's figures is the name's last character, not "and"; "李健又通过": 又 (again)
    ends the name."""
    assert expected in posts(extractor, text, "zh")


def test_a_plural_government_word_leaves_each_known_place_its_countrys_government(extractor) -> None:
    """"vice chairmen of the People's Committees of A and B and of Guangxi": a place whose country is known has its
    country's government, whatever the plural before the list calls it."""
    found = posts(extractor, "Dao Van Son, Hoang Thi Hanh and Wei Ping, vice chairmen of the People's Committees of "
                             "Lai Chau, Ha Giang and Guangxi respectively, attended.", "en")
    assert ("x-wei-ping", "VICE_CHAIR", "guangxi/peoples-government") in found
    assert ("x-hoang-thi-hanh", "VICE_CHAIR", "ha-giang/peoples-committee") in found


def test_one_title_before_a_list_of_bodies_and_one_of_names_respectively(extractor) -> None:
    """"Heads of X and Y, A and B, respectively": one plural title, then the bodies, then the names in
    the same order; each name heads the body told in its place."""
    found = posts(extractor, "Heads of the Ha Giang Department of Transport and the Wenshan Prefecture Bureau of "
                             "Commerce, Dang Van Toan and Luo Ping, respectively, spoke on the new road.", "en")
    assert {(p, r) for p, r, _ in found} == {("x-dang-van-toan", "HEAD"), ("x-luo-ping", "HEAD")}
    bodies = {p: o for p, _, o in found}
    assert bodies["x-dang-van-toan"].startswith("ha-giang/") and bodies["x-luo-ping"].startswith("wenshan/")


def test_swedish_standing_in_title_is_a_deputys(extractor) -> None:
    """"ställföreträdande chef för X" is X's deputy chief, not its chief: a unit's deputy head."""
    found = posts(extractor, "Patrullen leddes av Zhao Ming, ställföreträdande chef för Pingxiangs "
                             "gränsförvaltningsavdelning.", "sv")
    assert {(p, r) for p, r, _ in found} == {("x-zhao-ming", "DEPUTY_HEAD")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Partisekreteraren Chen Hua från partikommittén i staden Dongxing tog emot gästerna.",
     ("x-chen-hua", "SECRETARY", "dongxing/party-committee")),
    ("en", "Party secretary Nong Van Kien from the Cao Bang Provincial Party Committee also spoke.",
     ("x-nong-van-kien", "SECRETARY", "cao-bang/party-committee")),
])
def test_title_then_name_then_the_body_the_person_comes_from(extractor, lang, text, expected) -> None:
    """"partisekreteraren X från partikommittén i Y": a title before a name names no body; the body after
    the name, through an origin word, is the one whose title it is."""
    assert expected in posts(extractor, text, lang)


def test_chinese_commander_of_a_command_heads_it(extractor) -> None:
    """"指挥部副指挥长": the deputy commander of a command is its deputy head."""
    found = posts(extractor, "会上，老街省边防部队指挥部副指挥长黄文明介绍了情况。", "zh")
    assert {(r, o) for _, r, o in found} == {("DEPUTY_HEAD", "lao-cai/border-guard-command")}


def test_a_vietnamese_name_in_han_script_reads_its_given_name_as_names_do(extractor) -> None:
    """强 reads càng in Unihan, but Vietnamese names write Cường with it: 阮强 is Nguyễn Cường."""
    found = posts(extractor, "会上，老街省边防部队指挥部副指挥长黎明强介绍了情况。", "zh")
    assert {p for p, _, _ in found} == {"x-le-minh-cuong"}


def test_spanish_nationality_between_place_type_and_name_keeps_the_body_placed(extractor) -> None:
    """"del Comité Popular de la provincia vietnamita de Lai Chau": the nationality adjective does not
    cut the body from its place."""
    found = posts(extractor, "Hablaron Wang Lei, vicepresidente del Gobierno Popular de Yunnan, y Giang Van Sinh, "
                             "presidente del Comité Popular de la provincia vietnamita de Lai Chau.", "es")
    assert ("x-giang-van-sinh", "CHAIR", "lai-chau/peoples-committee") in found


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("es", "Intervinieron Vu Van Toan, vicepresidente del Comité Popular de Lang Son.", "x-vu-van-toan"),
    ("fr", "Assistait Zhou Min, vice-président du gouvernement populaire du Guangxi.", "x-zhou-min"),
])
def test_a_sentence_opening_verb_is_no_part_of_the_name_after_it(extractor, lang, text, person) -> None:
    """"Intervinieron Vu Van Toan, vicepresidente …": the capitalised verb that opens the sentence is
    no name syllable; the name is the words after it."""
    assert {p for p, _, _ in posts(extractor, text, lang)} == {person}


def test_french_vice_chef_is_a_deputy_head(extractor) -> None:
    """"vice-chef du gouvernement populaire de X": the deputy of the head, not the head ("chef"); of a People's
    Government, VICE_CHAIR (CONTRACT.md)."""
    found = posts(extractor, "Était présent Li Hong, vice-chef du gouvernement populaire du district de Malipo.", "fr")
    assert {(p, r) for p, r, _ in found} == {("x-li-hong", "VICE_CHAIR")}


def test_arabic_title_body_then_name_without_a_comma(extractor) -> None:
    """"رئيس اللجنة الشعبية لمقاطعة لاي تشاو فام فان هونغ اليوم": in Arabic, a name may follow the
    title's body with no comma; the words the names tables read as a name there are its holder."""
    found = posts(extractor, "وزار رئيس اللجنة الشعبية لمقاطعة لاي تشاو فام فان هونغ اليوم المعبر الحدودي.", "ar")
    assert {(r, o) for _, r, o in found} == {("CHAIR", "lai-chau/peoples-committee")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Đồng chí Hà Văn Khiêm, Phó Bí thư Thường trực Tỉnh ủy Lào Cai, phát biểu tại buổi gặp.",
     ("x-ha-van-khiem", "DEPUTY_SECRETARY", "lao-cai/party-committee")),
    ("vi", "Đồng chí Trương Văn Bình, Ủy viên Thường vụ Tỉnh ủy Cao Bằng, dự buổi làm việc.",
     ("x-truong-van-binh", "MEMBER", "cao-bang/party-committee")),
    ("sv", "Med på mötet var Chen Xiaomin, vice sekreterare i partikommittén i provinsen Yunnan.",
     ("x-chen-xiaomin", "DEPUTY_SECRETARY", "yunnan/party-committee")),
])
def test_standing_and_vice_forms_of_party_titles(extractor, lang, text, expected) -> None:
    """"Phó Bí thư Thường trực" (the standing deputy secretary), "Ủy viên Thường vụ" (a Standing
    Committee member, "Ban" left out) and "vice sekreterare" hold the plain title's post."""
    assert expected in posts(extractor, text, lang)


def test_a_level_adjective_between_title_and_body(extractor) -> None:
    """"Director of the provincial Department of …": "of the" and a level's adjective (three link
    words) still join a title to the body after it."""
    found = posts(extractor, "The delegation visited Lao Cai province on Monday. Present was Nguyen Thu Trang, "
                             "Director of the provincial Department of Foreign Affairs.", "en")
    assert found == {("x-nguyen-thu-trang", "DIRECTOR", "lao-cai/department-foreign-affairs")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hoang Van Minh, member of the National Assembly and Secretary of the Cao Bang Provincial Party Committee, "
           "spoke first.", ("x-hoang-van-minh", "SECRETARY", "cao-bang/party-committee")),
    ("fr", "Hoang Van Minh, membre de l'Assemblée nationale et secrétaire du Comité du Parti de la province de Cao Bang, "
           "a pris la parole.", ("x-hoang-van-minh", "SECRETARY", "cao-bang/party-committee")),
])
def test_a_title_whose_body_is_unread_joins_the_next_by_and(extractor, lang, text, expected) -> None:
    """"member of <a body no table knows> and Secretary of …": the chain goes on at the "and" that a
    title follows, not only at a comma."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "En présence du vice-président du Comité populaire de la province de Ha Giang, Hoang Van Son, du secrétaire "
           "du Comité du Parti de la ville de Hekou, Wu Jianmin, et d'autres invités.",
     {("x-hoang-van-son", "VICE_CHAIR", "ha-giang/peoples-committee"), ("x-wu-jianmin", "SECRETARY", "hekou/party-committee")}),
    ("es", "Asistieron la presidenta del Comité Popular de la provincia de Lai Chau, Lo Thi Mai, y el acto contó con "
           "la presencia del secretario del Comité del Partido de la ciudad de Hekou, Wu Jianmin.",
     {("x-lo-thi-mai", "CHAIR", "lai-chau/peoples-committee"), ("x-wu-jianmin", "SECRETARY", "hekou/party-committee")}),
])
def test_a_preposition_with_its_article_opens_another_persons_title(extractor, lang, text, expected) -> None:
    """"X, du secrétaire du Comité …, Y": "du" is "de" and an article, which opens the next item of a
    list, a title of the name after it, not a title of X's."""
    assert posts(extractor, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Était présent Ly Van Thanh, vice-président du Comité populaire de la province de Ha Giang.",
     ("x-ly-van-thanh", "VICE_CHAIR", "ha-giang/peoples-committee")),
    ("en", "Also attending was Ly Van Hung, member of the Standing Committee of the Cao Bang Provincial Party Committee.",
     ("x-ly-van-hung", "MEMBER", "cao-bang/party-committee")),
])
def test_a_name_that_opens_with_a_gates_name(extractor, lang, text, expected) -> None:
    """"Ly Van Thanh": a gate's name ("Ly Van") that opens a longer name of surname and name
    syllables is part of the person's name, who holds the title after it."""
    assert expected in posts(extractor, text, lang)


def test_a_district_named_like_a_person_stays_a_place(extractor) -> None:
    """"Hoàng Su Phì" reads as surname and name syllables, but the place's whole name is no person's."""
    ex = extractor(Document("case", "Đoàn đã thăm huyện Hoàng Su Phì và Xín Mần.", "vi", "case.txt", date="2024-05-14"))
    assert not [e for e in ex.entities if e.cls == "Person"]


def test_german_nationality_with_compass_point_before_the_place_type(extractor) -> None:
    """"des Volkskomitees der nordvietnamesischen Grenzprovinz Ha Giang, X": a nationality adjective (with
    its compass point) between the article and the place type still links the body to the place, and
    the title to the name after it."""
    found = posts(extractor, "Die Vorsitzende des Volkskomitees der nordvietnamesischen Grenzprovinz Ha Giang, Tran Thi Hoa, "
                             "empfing die Gäste.", "de")
    assert found == {("x-tran-thi-hoa", "CHAIR", "ha-giang/peoples-committee")}


def test_a_bare_body_is_the_one_its_sentence_placed_before(extractor) -> None:
    """"… i partikommittén i häradet Malipo, och … vice sekreterare i partikommittén": a body named
    bare, with no place, is of the place its sentence gave the same kind of body before, not the
    article's province."""
    found = posts(extractor, "Provinsen Lai Chau tog emot en delegation från Yunnan. Mötet leddes av Zhou Ping, "
                             "sekreterare i partikommittén i häradet Malipo, och av Wu Lei, tillika vice sekreterare "
                             "i partikommittén.", "sv")
    assert ("x-wu-lei", "DEPUTY_SECRETARY", "malipo/party-committee") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Zhao Mingyuan, who is also a member of the Standing Committee of the Yunnan Provincial Party Committee, "
           "spoke first.", ("x-zhao-mingyuan", "MEMBER", "yunnan/party-committee")),
    ("fr", "Zhao Mingyuan, qui est également secrétaire du Comité du Parti de la ville de Hekou, a pris la parole.",
     ("x-zhao-mingyuan", "SECRETARY", "hekou/party-committee")),
])
def test_a_relative_clause_between_name_and_title(extractor, lang, text, expected) -> None:
    """"X, who is also a member of …", "X, qui est également secrétaire du …": the relative clause's
    opening words stand between the name and its title."""
    assert expected in posts(extractor, text, lang)


def test_a_short_name_set_off_before_a_title_is_the_full_names_holder(extractor) -> None:
    """"Zhao, who is also a member of …": the surname of a full name told before, set off by a comma
    before a title, names the same person, who holds that title too."""
    found = posts(extractor, "Nguyen Van Binh met Zhao Mingyuan, Secretary of the Hekou County Party Committee. Zhao, who is "
                             "also a member of the Standing Committee of the Honghe Prefecture Party Committee, spoke "
                             "of trade.", "en")
    assert ("x-zhao-mingyuan", "MEMBER", "honghe/party-committee") in found


def test_dam_is_a_vietnamese_surname(extractor) -> None:
    """"Dam Van Tien et Li Hua, respectivement …": Đàm, a usual surname in the northern border
    provinces, opens a name wherever the sentence puts it, so its distributive title reaches it."""
    found = posts(extractor, "La réunion a été coprésidée par Dam Van Tien et Li Hua, respectivement directeur du "
                             "Service des transports de Lang Son et chef adjoint du district de Pingxiang.", "fr")
    assert ("x-dam-van-tien", "DIRECTOR", "lang-son/department-transport") in found


def test_a_name_the_text_gave_a_place_is_no_person(extractor) -> None:
    """"xã Đàm Thủy … Đồn Biên phòng Đàm Thủy": the commune's name after a body is the commune's, though
    it reads as surname and name syllable."""
    ex = extractor(Document("case", "Hôm qua, xã Đàm Thủy đã ký kết nghĩa với trấn Thạc Long, với sự chứng kiến của Đồn Biên "
                                    "phòng Đàm Thủy.", "vi", "case.txt", date="2024-05-14"))
    assert not [e for e in ex.entities if e.cls == "Person"]


def test_french_border_guard_command_with_garde_unchanged(extractor) -> None:
    """"Commandement des garde-frontières de X": the compound written with "garde" unchanged names the
    border guard command as "gardes-frontières" does."""
    found = posts(extractor, "Le colonel Vi Van Long, commandant du Commandement des garde-frontières de Lang Son, "
                             "a salué la coopération.", "fr")
    assert found == {("x-vi-van-long", "HEAD", "lang-son/border-guard-command")}


def test_arabic_guo_written_with_qaf_and_closing_ha(extractor) -> None:
    """"تشاو قوه مينغ" (Zhao Guoming): the Arabic press writes pinyin g with ق and closes a final o with ه;
    the name is read, and holds the title after it."""
    found = posts(extractor, "وحضر تشاو قوه مينغ، سكرتير لجنة الحزب في محافظة نينغمينغ.", "ar")
    assert {(r, o) for _, r, o in found} == {("SECRETARY", "ningming/party-committee")}


def test_a_chinese_sentence_end_stops_a_names_title_chain(extractor) -> None:
    """"…县委书记王建华，有关负责人陪同。\\n李明代表州委…": a chain of titles after a name stops at "。";
    the next sentence's "代表" (on behalf of) is no post of that name's."""
    found = posts(extractor, "河口县委书记王建华，州外事办有关负责人陪同。\n\n李明代表红河州委对客人表示欢迎。", "zh")
    assert found == {("x-wang-jianhua", "SECRETARY", "hekou/party-committee")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tiếp đoàn có Thiếu tá Lưu Văn Khánh, Trạm trưởng Trạm Kiểm tra biên phòng trấn Thiên Bảo.",
     ("HEAD", "tianbao-town/border-inspection-station")),
    ("Dẫn đầu đoàn là ông Đào Chí Cường, Trấn trưởng trấn Thiên Bảo.", ("HEAD", "tianbao-town/peoples-government")),
])
def test_vietnamese_heads_of_a_station_and_of_a_chinese_town(extractor, text, expected) -> None:
    """"Trạm trưởng" heads a (border inspection) station, "Trấn trưởng" a Chinese town's government."""
    assert {(r, o) for _, r, o in posts(extractor, text, "vi")} == {expected}


def test_respectively_where_each_name_has_its_own_apposition(extractor) -> None:
    """"lần lượt do A, Chính trị viên …, và B, Trạm trưởng …": each name is set off with words of its own
    (a title no table knows included), so no title is dealt out to the names in turn (here, the chairs of
    the commune and the district named before)."""
    found = posts(extractor, "Hai đơn vị gặp nhau tại xã Thanh Thủy, huyện Vị Xuyên. Hai tổ tuần tra lần lượt do Đại úy "
                             "Lò Văn Hùng, Chính trị viên Đồn Biên phòng Thanh Thủy và Thiếu tá Lưu Văn Khánh, Trạm "
                             "trưởng Trạm Kiểm tra biên phòng Thiên Bảo chỉ huy, đã đi dọc biên giới.", "vi")
    assert not {(r, o) for _, r, o in found} & {("CHAIR", "thanh-thuy-commune/peoples-committee"),
                                                  ("CHAIR", "vi-xuyen/peoples-committee")}


def test_the_commune_after_a_bare_body_places_the_titles_chain(extractor) -> None:
    """"Phó Bí thư Đảng ủy, Chủ tịch UBND xã": "xã" is the commune named before, and the bare Party
    Committee earlier in the chain is that commune's too."""
    found = posts(extractor, "Đoàn được xã Thanh Thủy (tỉnh Tuyên Quang) đón tiếp. Dự buổi làm việc có bà Nông Thị Hà, "
                             "Phó Bí thư Đảng ủy, Chủ tịch UBND xã.", "vi")
    assert found == {("x-nong-thi-ha", "DEPUTY_SECRETARY", "thanh-thuy-commune/party-committee"),
                     ("x-nong-thi-ha", "CHAIR", "thanh-thuy-commune/peoples-committee")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The talks were chaired by Zhou Lin, Deputy Director General of the Department of Commerce of Yunnan "
           "Province.", ("DEPUTY_DIRECTOR", "yunnan/department-commerce")),
    ("sv", "Med på mötet var Zhou Lin, biträdande direktör för handelsdepartementet i provinsen Yunnan.",
     ("DEPUTY_DIRECTOR", "yunnan/department-commerce")),
    ("sv", "Han åtföljdes av Zhou Lin, direktör för jordbruksdepartementet i provinsen Yunnan.",
     ("DIRECTOR", "yunnan/department-agriculture")),
])
def test_department_titles_and_the_definite_forms_of_departments(extractor, lang, text, expected) -> None:
    """"Deputy Director General" (副厅长) directs a Chinese provincial department; Swedish names a
    department in the definite form after "för" ("handelsdepartementet")."""
    assert {(r, o) for _, r, o in posts(extractor, text, lang)} == {expected}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Était présent Wang Li, vice-président du gouvernement populaire de la préfecture autonome zhuang et miao "
           "de Wenshan.", ("VICE_CHAIR", "wenshan/peoples-government")),
    ("es", "Asistió Wang Li, vicegobernador de la prefectura autónoma hani y yi de Honghe.",
     ("VICE_CHAIR", "honghe/peoples-government")),
])
def test_autonomous_place_named_with_its_peoples(extractor, lang, text, expected) -> None:
    """"la préfecture autonome zhuang et miao de Wenshan": the peoples in the full name do not part the
    government from its place."""
    assert {(r, o) for _, r, o in posts(extractor, text, lang)} == {expected}


def test_respectively_with_one_title_and_the_bodies_named_after_it(extractor) -> None:
    """"A y B, directores, respectivamente, del Departamento … de X y de la Oficina … de Y": the one title
    is each name's in the body named in the same place, not in the government of the place."""
    found = posts(extractor, "Acudieron Pham Van Long y Zhao Ming, directores, respectivamente, del Departamento de "
                             "Relaciones Exteriores de Lao Cai y de la Oficina de Asuntos Exteriores de Honghe.", "es")
    assert {(r, o) for _, r, o in found} == {("DIRECTOR", "lao-cai/department-foreign-affairs"),
                                             ("DIRECTOR", "honghe/foreign-affairs-office")}


def test_german_title_in_a_relative_clause_after_the_verbs_particle(extractor) -> None:
    """"traf … mit X zusammen, der als Bürgermeister die Volksregierung der Stadt Y leitet": past the
    particle that closes the name's clause and the relative pronoun with "als", the title is X's, and
    the body it leads follows as the verb's object ("die")."""
    found = posts(extractor, "Am Dienstag kam die Abordnung mit Li Hongwei zusammen, der als Bürgermeister die "
                             "Volksregierung der Stadt Pingxiang leitet.", "de")
    assert found == {("x-li-hongwei", "HEAD", "pingxiang/peoples-government")}


def test_station_named_after_a_place_no_lexicon_knows(extractor) -> None:
    """"chef för gränsbevakningsstationen Na Khuong": a station bears the name of its commune; the name
    right after the head word is the station's, not a person's, and the title is in that station."""
    ex = extractor(Document("case", "Gruppen leddes av major Tran Van Khoa, chef för gränsbevakningsstationen Na Khuong, "
                                    "som lyder under provinsen Quang Ninh.", "sv", "case.txt", date="2024-05-14"))
    assert [e for e in ex.entities if e.cls == "Person"] and all("khuong" not in e.iri for e in ex.entities if e.cls == "Person")
    assert {(m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships} \
        == {("HEAD", "quang-ninh/border-guard-station-na-khuong")}


def test_french_the_region_and_the_vietnamese_province(extractor) -> None:
    """"du gouvernement populaire de la région": the region named before; "du Comité populaire de la
    province vietnamienne de Lang Son": the country's adjective does not part the body from its place,
    so "de la province" is no anaphor of the last province told (Guangxi)."""
    found = posts(extractor, "La délégation de la région autonome Zhuang du Guangxi est arrivée lundi. La séance était "
                             "présidée par Lu Xinshe, vice-président du gouvernement populaire de la région, et par Hoang "
                             "Van Nghiem, vice-président du Comité populaire de la province vietnamienne de Lang Son.", "fr")
    assert {(r, o) for _, r, o in found} == {("VICE_CHAIR", "guangxi/peoples-government"),
                                             ("VICE_CHAIR", "lang-son/peoples-committee")}


def test_arabic_the_province_between_a_body_and_its_holders_name(extractor) -> None:
    """"نائب رئيس اللجنة الشعبية للمقاطعة فام فان هاي": "للمقاطعة" (of the province, in the definite) is the
    province named before and opens no place's name; the name after it holds the title."""
    ex = extractor(Document("case", "وصل وفد من مقاطعة لاي تشاو برئاسة نائب رئيس اللجنة الشعبية للمقاطعة فام فان هاي إلى "
                                    "مدينة كونمينغ.", "ar", "case.txt", date="2024-05-14"))
    assert not [e for e in ex.entities if e.iri.startswith(BKR + "place/x-")]
    assert {(m.role, m.organization.removeprefix(BKR + "org/")) for m in ex.memberships} \
        == {("VICE_CHAIR", "lai-chau/peoples-committee")}


def test_arabic_body_of_a_district_with_the_preposition_glued_on(extractor) -> None:
    """"رئيس اللجنة الشعبية لمحافظة ها كوانغ": "لمحافظة" (of the district, "ل" glued on) links the
    committee to its district as "لمقاطعة" does to a province."""
    found = posts(extractor, "وحضر اللقاء السيد نونغ فان هاي، رئيس اللجنة الشعبية لمحافظة ها كوانغ.", "ar")
    assert {(r, o) for _, r, o in found} == {("CHAIR", "ha-quang/peoples-committee")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Delegation leitete Oberstleutnant Nguyen Van Thanh, stellvertretender Kommandeur des Grenzschutzes der Provinz "
     "Lao Cai.", ("x-nguyen-van-thanh", "DEPUTY_HEAD", "lao-cai/border-guard-command")),
    ("Tran Van Nam, Direktor des Zollamtes der Provinz Lang Son, eröffnete die Sitzung.",
     ("x-tran-van-nam", "DIRECTOR", "lang-son/customs")),
])
def test_a_german_body_in_the_genitive(extractor, text, expected) -> None:
    """"des Grenzschutzes", "des Zollamtes": masculine and neuter heads take -es or -s after "des"."""
    assert expected in posts(extractor, text, "de")


def test_the_region_named_by_its_type_word_alone_is_the_one_the_report_was_filed_from(extractor) -> None:
    """"本报南宁…讯 …自治区党委副书记韦韬": no region named yet (the headline names Lang Son, a province), "the
    autonomous region" is the one Nanning lies in, Guangxi; and its secretary's name is read in Chinese."""
    text = ("韦韬会见越南谅山省人民委员会主席阮景全\n\n本报南宁5月14日讯 昨天下午，自治区党委副书记韦韬在南宁会见了越南谅山省"
            "人民委员会主席阮景全。")
    assert ("x-wei-tao", "DEPUTY_SECRETARY", "guangxi/party-committee") in posts(extractor, text, "zh")


@pytest.mark.parametrize(("text", "expected"), [
    ("Vice borgmästaren i Dongxing, Li Hua, deltog.", ("x-li-hua", "VICE_CHAIR", "dongxing/peoples-government")),
    ("Ordföranden för Lao Cais folkkommitté, Nguyen Van Anh, tog emot delegationen.",
     ("x-nguyen-van-anh", "CHAIR", "lao-cai/peoples-committee")),
    ("Befälhavaren för gränsbevakningen i Lai Chau, överste Tran Van Binh, ledde delegationen.",
     ("x-tran-van-binh", "HEAD", "lai-chau/border-guard-command")),
])
def test_a_swedish_title_in_the_definite_before_a_name_set_off(extractor, text, expected) -> None:
    """"Vice borgmästaren i Dongxing, Li Hua, …": the definite title, its body, then the name between commas."""
    assert expected in posts(extractor, text, "sv")


def test_an_arabic_title_and_its_place_then_a_chinese_name_with_no_comma(extractor) -> None:
    """"نائب حاكم مقاطعة يوننان لي مينغ": the vice governor's body is named by the title and the province after it; the
    words that follow, read as a Chinese name, are its holder."""
    assert ("x-li-ming", "VICE_CHAIR", "yunnan/peoples-government") \
        in posts(extractor, "وحضر اللقاء نائب حاكم مقاطعة يوننان لي مينغ والوفد المرافق له.", "ar")


@pytest.mark.parametrize("text", ["东兴市委书记王林表示，双方合作成果丰硕。", "东兴市委书记王林出席。"])
def test_a_two_character_verb_before_a_pause_ends_a_han_name(extractor, text) -> None:
    """"王林表示，", "王林出席。": only a one-character stop word before a pause may end a name ("黎海和、")."""
    assert ("x-wang-lin", "SECRETARY", "dongxing/party-committee") in posts(extractor, text, "zh")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Vizevorsitzenden des Volkskomitees der Provinz Cao Bang, Nong Van Tuan und Hoang Thi Hoa, eröffneten die Messe.",
     {("x-nong-van-tuan", "VICE_CHAIR", "cao-bang/peoples-committee"), ("x-hoang-thi-hoa", "VICE_CHAIR", "cao-bang/peoples-committee")}),
    ("en", "Nong Van Tuan and Hoang Thi Hoa, vice chairmen of the Cao Bang Provincial People's Committee, opened the fair.",
     {("x-nong-van-tuan", "VICE_CHAIR", "cao-bang/peoples-committee"), ("x-hoang-thi-hoa", "VICE_CHAIR", "cao-bang/peoples-committee")}),
])
def test_names_listed_together_share_the_title(extractor, lang, text, expected) -> None:
    """"Vizevorsitzende des X, A und B", "A and B, vice chairmen of X": each listed name holds the title."""
    assert expected <= posts(extractor, text, lang)


def test_a_name_titled_elsewhere_does_not_share_the_next_names_title(extractor) -> None:
    """"A and B, head of X" where A's own title was told before: the title is B's only."""
    text = ("Nong Van Tuan, Chairman of the Cao Bang Provincial People's Committee, opened the fair. Nong Van Tuan and "
            "Li Jianguo, head of the Longzhou county People's Government, signed a memorandum.")
    assert ("x-nong-van-tuan", "HEAD", "longzhou/peoples-government") not in posts(extractor, text, "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Abordnung aus Cao Bang wurde von Be Van Tuan geleitet, Vorsitzender des Volkskomitees der Provinz Cao Bang.",
     ("x-be-van-tuan", "CHAIR", "cao-bang/peoples-committee")),
])
def test_surnames_of_the_border_provinces_open_a_name(extractor, lang, text, expected) -> None:
    """Bế, Vi, Lục, Hầu: surnames usual in the northern border provinces open a name wherever it stands."""
    assert expected in posts(extractor, text, lang)


def test_border_provinces_surnames_read_as_names(extractor) -> None:
    ex = extractor(Document("case", "Vi Van Thang talade, och Luc Thi Nga höll med.", "sv", "case.txt", date="2024-05-14"))
    assert {e.mention.text for e in ex.entities if e.cls == "Person"} == {"Vi Van Thang", "Luc Thi Nga"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der stellvertretende Sekretär des Parteikomitees der Provinz Yunnan und Vorsitzende der Volksregierung der "
           "Provinz, Wang Jianmin, eröffnete am Montag die Messe.",
     {("x-wang-jianmin", "DEPUTY_SECRETARY", "yunnan/party-committee"), ("x-wang-jianmin", "CHAIR", "yunnan/peoples-government")}),
    ("en", "Member of the Party Central Committee, Secretary of the Ha Giang Provincial Party Committee and Chairman of the "
           "provincial People's Council Tran Van Khoa opened the fair on Monday.",
     {("x-tran-van-khoa", "MEMBER", "cpv-central-committee"), ("x-tran-van-khoa", "SECRETARY", "ha-giang/party-committee"),
      ("x-tran-van-khoa", "CHAIR", "ha-giang/peoples-council")}),
])
def test_titles_joined_before_one_name_are_all_its(extractor, lang, text, expected) -> None:
    """Titles joined by commas and "and"-words before one name (no article opening another) are all that name's."""
    assert posts(extractor, text, lang) == expected


def test_german_title_after_a_closing_participle(extractor) -> None:
    """"hat … eine Delegation unter Leitung von X empfangen, Mitglied …": the participle closes X's clause."""
    text = ("Der Gouverneur hat am Montag eine Delegation unter Leitung von Nong Van Tuan empfangen, Sekretär des "
            "Parteikomitees der Provinz Cao Bang.")
    assert ("x-nong-van-tuan", "SECRETARY", "cao-bang/party-committee") in posts(extractor, text, "de")


def test_english_place_before_a_small_title_and_a_name(extractor) -> None:
    """"Pingxiang vice-mayor Lu Hongmei": the place as a noun before a title written small, then a name."""
    found = posts(extractor, "The talks were joined by Pingxiang vice-mayor Lu Hongmei on Friday.", "en")
    assert ("x-lu-hongmei", "VICE_CHAIR", "pingxiang/peoples-government") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "El alcalde de Hekou, Li Wen, recibió al vicealcalde de la ciudad china de Pingxiang, Lu Hongmei.",
     ("x-lu-hongmei", "VICE_CHAIR", "pingxiang/peoples-government")),
    ("fr", "Le maire de Hekou, Li Wen, a reçu le vice-maire de la ville chinoise de Pingxiang, M. Lu Hongmei.",
     ("x-lu-hongmei", "VICE_CHAIR", "pingxiang/peoples-government")),
])
def test_head_title_and_its_place_with_an_adjective_between(extractor, lang, text, expected) -> None:
    """"vicealcalde de la ciudad china de X": an adjective between the title and its place, not "the city" told before."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Der Bürgermeister von Hekou, Zhang Wei, und seine Stellvertreterin Lu Hongmei besuchten am Montag Lao Cai.",
     ("x-lu-hongmei", "VICE_CHAIR", "hekou/peoples-government")),
    ("zh", "越南谅山省人民委员会主席阮文明和副主席黄氏兰出席会议。",
     ("x-hoang-thi-lan", "VICE_CHAIR", "lang-son/peoples-committee")),
])
def test_title_or_deputy_told_beside_a_named_post(extractor, lang, text, expected) -> None:
    """"X und seine Stellvertreterin Y", "主席X和副主席Y": the post is in the body of the post the name before holds."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lao Cai will work with the Hekou County People's Government, whose deputy county head Lu Hongmei came on Friday.",
     ("x-lu-hongmei", "VICE_CHAIR", "hekou/peoples-government")),
    ("fr", "Lao Cai coopérera avec le gouvernement populaire de Hekou, dont le vice-maire M. Lu Hongmei est venu vendredi.",
     ("x-lu-hongmei", "VICE_CHAIR", "hekou/peoples-government")),
])
def test_title_after_a_relative_possessive_is_in_the_body_just_named(extractor, lang, text, expected) -> None:
    """"…, whose vice mayor X", "…, dont le vice-maire X": the body named just before."""
    assert expected in posts(extractor, text, lang)


def test_dai_surname_opens_a_chinese_name(extractor) -> None:
    """刀 (Dao) of Yunnan's Dai: "Dao Jinlong" reads as a Chinese name."""
    ex = extractor(Document("case", "The talks were attended by Dao Jinlong on Friday.", "en", "case.txt", date="2024-05-14"))
    assert {e.mention.text for e in ex.entities if e.cls == "Person"} == {"Dao Jinlong"}


def test_german_respektive_pairs_names_and_places(extractor) -> None:
    """"respektive" is German too: "A, B und C …, Vizevorsitzende der Volkskomitees der Provinzen X, Y respektive Z"."""
    text = ("Am Treffen nahmen Nong Van Tuan und Hoang Thi Hoa teil, Vizevorsitzende der Volkskomitees der Provinzen "
            "Cao Bang respektive Ha Giang.")
    assert posts(extractor, text, "de") == {("x-nong-van-tuan", "VICE_CHAIR", "cao-bang/peoples-committee"),
                                            ("x-hoang-thi-hoa", "VICE_CHAIR", "ha-giang/peoples-committee")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Er wurde vom Vizegouverneur Guangxis, Wang Jianmin, empfangen.",
     {("x-wang-jianmin", "VICE_CHAIR", "guangxi/peoples-government")}),
    ("fr", "Les vice-présidents du Comité populaire de la province de Cao Bang, MM. Nong Van Tuan et Hoang Van Hai, "
           "ont ouvert la foire.",
     {("x-nong-van-tuan", "VICE_CHAIR", "cao-bang/peoples-committee"), ("x-hoang-van-hai", "VICE_CHAIR", "cao-bang/peoples-committee")}),
])
def test_name_set_off_after_a_genitive_place_or_a_plural_honorific(extractor, lang, text, expected) -> None:
    """"Vizegouverneur Guangxis, X": the genitive ending is no word between; "…, MM. X et Y": a plural honorific."""
    assert expected <= posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The fair was opened by Nong Van Tuan (Secretary of the Cao Bang Provincial Party Committee) on Monday.",
     ("x-nong-van-tuan", "SECRETARY", "cao-bang/party-committee")),
    ("fr", "La foire a été ouverte lundi par M. Li Wen (maire de Hekou) et d'autres invités.",
     ("x-li-wen", "HEAD", "hekou/peoples-government")),
])
def test_title_in_brackets_after_the_name(extractor, lang, text, expected) -> None:
    """"X (Secretary of …)": a title in brackets right after a name is that name's."""
    assert expected in posts(extractor, text, lang)


def test_chinese_names_listed_after_a_titled_one(extractor) -> None:
    """"副州长王平、李红15日…": the names listed after a titled one hold the title too."""
    found = posts(extractor, "红河州副州长王平、李红15日在河口会见了越南客人。", "zh")
    assert {("x-wang-ping", "VICE_CHAIR", "honghe/peoples-government"),
            ("x-li-hong", "VICE_CHAIR", "honghe/peoples-government")} <= found


def test_chinese_places_listed_before_the_title_of_listed_names(extractor) -> None:
    """"谅山省、高平省人民委员会副主席A、B分别…": the n-th place's body for the n-th name."""
    found = posts(extractor, "越南谅山省、高平省人民委员会副主席阮文明、黄氏兰分别率团出席。", "zh")
    assert found == {("x-nguyen-van-minh", "VICE_CHAIR", "lang-son/peoples-committee"),
                     ("x-hoang-thi-lan", "VICE_CHAIR", "cao-bang/peoples-committee")}


def test_chinese_customs_house_head(extractor) -> None:
    """关长, 副关长: a customs house's head and deputy head."""
    found = posts(extractor, "东兴海关关长王平在口岸会见了越南客人。", "zh")
    assert ("x-wang-ping", "HEAD", "dongxing/customs") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Anwesend war der Leiter des Amtes für Industrie und Handel der Provinz Cao Bang, Nong Van Tuan.",
     ("x-nong-van-tuan", "HEAD", "cao-bang/department-industry-trade")),
    ("de", "Anwesend war der Kommandeur der Grenzschutztruppe der Provinz Cao Bang, Oberst Nong Van Tuan.",
     ("x-nong-van-tuan", "HEAD", "cao-bang/border-guard-command")),
    ("fr", "Étaient présents M. Nong Van Tuan, directeur de la Police de la province de Cao Bang, et d'autres invités.",
     ("x-nong-van-tuan", "DIRECTOR", "cao-bang/department-public-security")),
    ("fr", "Étaient présents M. Nong Van Tuan, directeur du Service provincial des affaires étrangères de Cao Bang, et d'autres invités.",
     ("x-nong-van-tuan", "DIRECTOR", "cao-bang/department-foreign-affairs")),
    ("sv", "Mötet leddes av Nong Van Tuan, direktör för polisen i provinsen Cao Bang.",
     ("x-nong-van-tuan", "DIRECTOR", "cao-bang/department-public-security")),
])
def test_provincial_departments_and_forces_named_in_full(extractor, lang, text, expected) -> None:
    """Departments and forces as each language names them ("Amt für Industrie und Handel", "Police de la province")."""
    assert expected in posts(extractor, text, lang)


def test_swedish_definite_title_speaks_of_the_place_named_last(extractor) -> None:
    """"… från folkregeringen i häradet Hekou, ledd av häradschefen X": the county's head."""
    text = "Lao Cai tog emot en delegation från folkregeringen i häradet Hekou, ledd av häradschefen Wang Jianmin."
    assert ("x-wang-jianmin", "HEAD", "hekou/peoples-government") in posts(extractor, text, "sv")


def test_distributive_word_before_the_last_name(extractor) -> None:
    """"Ordförandena för X och för Y, A respektive B": the marker stands before the last name of the list."""
    text = "Ordförandena för folkkommittén i Cao Bang och för folkregeringen i Guangxi, Nong Van Tuan respektive Wang Jianmin, talade."
    assert posts(extractor, text, "sv") == {("x-nong-van-tuan", "CHAIR", "cao-bang/peoples-committee"),
                                            ("x-wang-jianmin", "CHAIR", "guangxi/peoples-government")}


def test_consulate_named_bare_is_the_one_named_with_its_seat(extractor) -> None:
    """"generalkonsulatet" after "Vietnams generalkonsulat i Kunming": that consulate, not one in the article's province."""
    text = ("Lao Cai (VNA) – Vietnams generalkonsulat i Kunming ordnade mötet. Generalkonsulatet ska förmedla kontakter.")
    ex = extractor(Document("case", text, "sv", "case.txt", date="2024-05-14"))
    assert {e.iri.removeprefix(BKR + "org/") for e in ex.entities if e.cls == "Organization"} == {"kunming/consulate-general"}


def test_swedish_weak_form_of_the_standing_vice_chair(extractor) -> None:
    """"folkkommitténs ständige vice ordförande X": the weak adjective after a genitive."""
    text = "Lang Son (VNA) – Mötet hölls hos folkkommittén i Lang Son och leddes av folkkommitténs ständige vice ordförande Nong Van Tuan."
    assert ("x-nong-van-tuan", "VICE_CHAIR", "lang-son/peoples-committee") in posts(extractor, text, "sv")


@pytest.mark.parametrize(("text", "expected"), [
    ("وحضر السيد نونغ فان توان، مدير إدارة الجمارك في مقاطعة كاو بانغ.",
     {("x-nong-van-tuan", "DIRECTOR", "cao-bang/customs")}),
    ("زار لاو كاي وفد من الحكومة الشعبية لمدينة بوير، برئاسة نائبي عمدة المدينة السيد تشانغ وي والسيد وانغ لين.",
     {("x-zhang-wei", "VICE_CHAIR", "puer/peoples-government"), ("x-wang-lin", "VICE_CHAIR", "puer/peoples-government")}),
    ("التقى السيد نونغ فان توان وفدا من القنصلية العامة لفيتنام في كونمينغ برئاسة القنصلة العامة السيدة هوانغ ثي لان.",
     {("x-hoang-thi-lan", "HEAD", "kunming/consulate-general")}),
    ("استقبل السيد نونغ فان توان وفدا من لجنة الحزب في محافظة ها كوانغ بمقاطعة كاو بانغ، برئاسة أمين لجنة الحزب في "
     "المحافظة السيد هوانغ فان هاي، وبمشاركة رئيس اللجنة الشعبية للمحافظة السيد لي فان مينه.",
     {("x-hoang-van-hai", "SECRETARY", "ha-quang/party-committee")}),
])
def test_arabic_titles_bodies_and_listed_names(extractor, text, expected) -> None:
    """"إدارة الجمارك"; the dual "نائبي عمدة" before two names, the second after "والسيد"; a consul general's
    title alone is the consulate's named before; "في المحافظة" then an honorific before the name; "، وبمشاركة"
    opens another person's item, not the chain of the name before."""
    found = posts(extractor, text, "ar")
    assert expected <= found
    assert not any(p == "x-hoang-van-hai" and r == "CHAIR" for p, r, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Cùng dự có Sở Công Thương tỉnh Cao Bằng, do ông Nông Văn Tuấn làm Giám đốc.",
     {("x-nong-van-tuan", "DIRECTOR", "cao-bang/department-industry-trade")}),
    ("Ngày 3/4, các ông Nông Văn Tuấn và Lương Văn Hải, lần lượt là Chủ tịch UBND các huyện Hà Quảng và Quảng Hòa của "
     "tỉnh Cao Bằng, đã hội đàm với ông Lý Minh, Huyện trưởng Chính quyền nhân dân huyện Long Châu.",
     {("x-nong-van-tuan", "CHAIR", "ha-quang/peoples-committee"), ("x-luong-van-hai", "CHAIR", "quang-hoa/peoples-committee")}),
    ("Đoàn do đồng chí Nông Văn Tuấn, Bí thư Huyện ủy Hà Quảng, làm Trưởng đoàn và ông Hoàng Văn Hải, Phó Chủ tịch UBND "
     "huyện Hà Quảng, làm Phó Trưởng đoàn.",
     {("x-nong-van-tuan", "SECRETARY", "ha-quang/party-committee"), ("x-hoang-van-hai", "VICE_CHAIR", "ha-quang/peoples-committee")}),
    ("Đoàn do đồng chí Lam Chí Hoa, Trưởng Ban Tuyên truyền Đảng ủy Khu tự trị dân tộc Choang Quảng Tây, dẫn đầu.",
     {("x-lan-zhihua", "HEAD", "guangxi/department-propaganda")}),
])
def test_vietnamese_serving_distributed_and_chained_titles(extractor, text, expected) -> None:
    """"do ông X làm Giám đốc": the body named before; "lần lượt là Chủ tịch UBND các huyện A và B của tỉnh C, …
    Huyện trưởng … huyện D": the places before the next title, without the one locating them; a chain's title
    without a body does not run past another name to the next comma; "Ban Tuyên truyền Đảng ủy Khu tự trị"."""
    found = posts(extractor, text, "vi")
    assert expected <= found
    assert not any(p == "x-nong-van-tuan" and r == "VICE_CHAIR" for p, r, _ in found)


def test_title_told_beside_after_the_names_own_title(extractor) -> None:
    """"X, guvernör för Y, och vice guvernören Z": the bare title after the first name's own title is Y's too."""
    text = "Gästerna togs emot av Wang Jianmin, guvernör för Wenshan, och vice guvernören Li Hong."
    assert ("x-li-hong", "VICE_CHAIR", "wenshan/peoples-government") in posts(extractor, text, "sv")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Nong Van Tuan, director del Departamento de Industria y Comercio de Cao Bang, llegó con el subdirector del "
           "departamento, Hoang Van Hai.",
     ("x-hoang-van-hai", "DEPUTY_DIRECTOR", "cao-bang/department-industry-trade")),
])
def test_name_set_off_after_a_title_and_its_bodys_common_noun(extractor, lang, text, expected) -> None:
    """"el subdirector del departamento, X": the name set off after the noun that names the body told before."""
    assert expected in posts(extractor, text, lang)


def test_arabic_name_then_title_and_the_bodys_definite_noun(extractor) -> None:
    """"X، نائبة مدير الدائرة": the department told before, named by its definite noun after the title."""
    text = ("التقى السيد نونغ فان توان، مدير دائرة الخارجية في مقاطعة كاو بانغ، وفدا صينيا. وحضرت اللقاء السيدة هوانغ ثي لان، "
            "نائبة مدير الدائرة.")
    found = posts(extractor, text, "ar")
    director = next(o for p, r, o in found if p == "x-nong-van-tuan")
    assert ("x-hoang-thi-lan", "DEPUTY_DIRECTOR", director) in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le secrétaire du Comité du Parti du district de Longzhou (Guangxi, Chine), M. Wang Jianmin, a reçu la délégation.",
     ("x-wang-jianmin", "SECRETARY", "longzhou/party-committee")),
    ("fr", "Cao Bang (VNA) – Le secrétaire du Comité du Parti de la commune de Dam Thuy, M. Nong Van Tuan, et M. Be Van Hai, "
           "président du Comité populaire de la commune, étaient présents.",
     ("x-be-van-hai", "CHAIR", "x-dam-thuy/peoples-committee")),
])
def test_place_in_brackets_before_the_name_and_the_commune(extractor, lang, text, expected) -> None:
    """"du district de X (Guangxi, Chine), M. Y": the brackets locate the place; "de la commune": the commune named before."""
    assert expected in posts(extractor, text, lang)


def test_chinese_city_repeated_alone_before_its_government(extractor) -> None:
    """"文山市委常委、市人民政府副市长X": "市" alone is the city named before."""
    found = posts(extractor, "河江省(新华社)云南省文山市委常委、市人民政府副市长王平会见了越南客人。", "zh")
    assert ("x-wang-ping", "VICE_CHAIR", "wenshan-city/peoples-government") in found


def test_member_of_the_cpv_central_committee_in_chinese(extractor) -> None:
    """"越南共产党中央委员": a member of the CPV's Central Committee, not of the Party as a whole."""
    found = posts(extractor, "广西党委书记会见了越南共产党中央委员、高平省委书记阮文明一行。", "zh")
    assert ("x-nguyen-van-minh", "MEMBER", "cpv-central-committee") in found


def test_hmong_given_names_read_as_names(extractor) -> None:
    """Páo, Lử: given names of the H'Mông of the border districts end the name ("Giang Seo Pao" was "Giang Seo")."""
    ex = extractor(Document("case", "The talks were attended by Giang Seo Pao on Friday.", "en", "case.txt", date="2024-05-14"))
    assert {e.mention.text for e in ex.entities if e.cls == "Person"} == {"Giang Seo Pao"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "越南高平省海关局局长阮文明在茶岭口岸会见了中方代表。", ("x-nguyen-van-minh", "DIRECTOR", "cao-bang/customs")),
    ("es", "Cao Bang (VNA) – El coronel Nong Van Tuan, comisario político del Comando de la Guardia Fronteriza de la provincia de "
           "Cao Bang, recibió a la delegación.",
     ("x-nong-van-tuan", "REPRESENTATIVE", "cao-bang/border-guard-command")),
])
def test_customs_department_and_political_commissar(extractor, lang, text, expected) -> None:
    """"海关局局长": a Vietnamese province's customs department's director; "comisario político": no code fits
    better than REPRESENTATIVE, and no government is read from it."""
    assert expected in posts(extractor, text, lang)


def test_arabic_name_after_an_honorific_over_a_gates_name(extractor) -> None:
    """"السيد لي فان هونغ": after an honorific, a name, though "لي فان" spells the Ly Van gate."""
    found = posts(extractor, "وحضر السيد لي فان هونغ، رئيس اللجنة الشعبية لمقاطعة كاو بانغ، الاجتماع.", "ar")
    assert any(r == "CHAIR" and o == "cao-bang/peoples-committee" for _, r, o in found)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "云南省委书记、省人大常委会主任王平会见了越南客人。", ("x-wang-ping", "CHAIR", "yunnan/peoples-congress-standing-committee")),
    ("fr", "M. Wang Ping, vice-président du Comité permanent de l'Assemblée populaire de la province du Yunnan, a reçu la délégation.",
     ("x-wang-ping", "VICE_CHAIR", "yunnan/peoples-congress-standing-committee")),
    ("vi", "Đoàn do ông Vương Bình, Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân tỉnh Vân Nam, dẫn đầu.",
     ("x-wang-ping", "CHAIR", "yunnan/peoples-congress-standing-committee")),
])
def test_standing_committee_of_a_peoples_congress(extractor, lang, text, expected) -> None:
    """人大常委会, "Comité permanent de l'Assemblée populaire", "Ủy ban Thường vụ Đại hội đại biểu nhân dân": a body
    of its own; its 主任 / "Chủ nhiệm" is its chairman."""
    assert expected in posts(extractor, text, lang)


def test_arabic_name_syllable_that_folds_as_a_stop_word(extractor) -> None:
    """"آن" (An) folds as "أن" (that), which ends a name; written with its madda it is part of the name."""
    ex = extractor(Document("case", "وحضر السيد لونغ دوك آن الاجتماع. وقال السيد نونغ فان توان أن الجانبين اتفقا.", "ar",
                            "case.txt", date="2024-05-14"))
    assert {e.mention.text for e in ex.entities if e.cls == "Person"} == {"لونغ دوك آن", "نونغ فان توان"}


def test_swedish_deputy_compound_title_of_a_body_whose_name_opens_with_its_noun(extractor) -> None:
    """"den biträdande tulldirektören X" after "tullmyndigheten i Y": the deputy director of that body; but
    "Fangchengs distriktschef X" is no post in a "distriktspartikommittén" named before."""
    text = ("Nong Van Tuan, direktör för tullmyndigheten i Lang Son, talade. Den biträdande tulldirektören Hoang Thi Lan "
            "utsågs till kontaktperson.")
    found = posts(extractor, text, "sv")
    director = next(o for p, r, o in found if p == "x-nong-van-tuan")
    assert ("x-hoang-thi-lan", "DEPUTY_DIRECTOR", director) in found
    text = ("Delegationen leddes av Nguyen Van Minh, sekreterare för distriktspartikommittén i Hai Ha. Gästerna anfördes av "
            "Fangchengs distriktschef Lu Wei.")
    assert not any(p == "x-lu-wei" and o == "hai-ha/party-committee" for p, _, o in posts(extractor, text, "sv"))


def test_the_province_is_not_the_one_told_in_brackets(extractor) -> None:
    """"…châu Văn Sơn (tỉnh Vân Nam, Trung Quốc)… Phó Chủ tịch HĐND tỉnh": the province the text tells of, not the
    one an aside in brackets named to locate a place."""
    text = ("Lào Cai (TTXVN) – Chiều 14/1, Chủ tịch HĐND tỉnh Lào Cai đã tiếp đoàn công tác châu Văn Sơn (tỉnh Vân Nam, "
            "Trung Quốc). Cùng tiếp đoàn có đồng chí Nông Thị Lan, Phó Chủ tịch HĐND tỉnh.")
    assert ("x-nong-thi-lan", "VICE_CHAIR", "lao-cai/peoples-council") in posts(extractor, text, "vi")


@pytest.mark.parametrize(("text", "expected"), [
    ("وترأس الجانب الفيتنامي السيد هوانغ فان نام مدير إدارة الشؤون الخارجية في كاو بانغ.",
     {("DIRECTOR", "cao-bang/department-foreign-affairs")}),
    ("ومن الجانب الصيني حضرت السيدة لي مينغ مديرة مكتب الشؤون الخارجية في قوانغشي.",
     {("DIRECTOR", "guangxi/foreign-affairs-office")}),
])
def test_an_arabic_title_right_after_a_name_without_a_comma(extractor, text, expected) -> None:
    """"السيد X مدير Y": in Arabic an apposition needs no comma; the title right after the name is that name's."""
    assert {(role, org) for _, role, org in posts(extractor, text, "ar")} == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Delegation aus Baise beriet am Montag mit dem Amt für Auswärtige Angelegenheiten der Provinz Cao Bang. "
           "Empfangen wurde sie von der Direktorin des Amtes, Nong Thi Lan.", {("DIRECTOR", "cao-bang/department-foreign-affairs")}),
    ("de", "Die Delegation aus Baise beriet am Montag mit dem Amt für Auswärtige Angelegenheiten der Provinz Cao Bang. "
           "Der Direktor des Amts, Hoang Van Nam, sagte zu, die Vorschläge zu prüfen.", {("DIRECTOR", "cao-bang/department-foreign-affairs")}),
])
def test_a_german_body_named_again_by_its_noun_in_the_genitive(extractor, lang, text, expected) -> None:
    """"der Direktor des Amtes, X": the noun, capitalised as every German noun and with its case ending, names the
    body told before ("Amt für Auswärtige Angelegenheiten")."""
    assert {(role, org) for _, role, org in posts(extractor, text, lang)} == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Participó el puesto de guardia fronteriza de Ta Lung. El capitán Hoang Van Duc, jefe del puesto de Ta Lung, "
           "informó de los resultados."),
    ("sv", "Från vietnamesisk sida deltog gränsbevakningsstationen i Ta Lung. Kapten Hoang Van Duc, chef för stationen i "
           "Ta Lung, redogjorde för resultaten."),
])
def test_a_body_named_again_by_its_noun_and_its_place(extractor, lang, text) -> None:
    """"jefe del puesto de Ta Lung", "chef för stationen i Ta Lung": the noun (the last part of a compound in Swedish)
    and the place the body's name holds name the body told before."""
    assert {(role, org) for _, role, org in posts(extractor, text, lang)} == {("HEAD", "ta-lung/border-guard-station")}


def test_arabic_dual_titles_bodies_and_places_respectively(extractor) -> None:
    """"أمينا لجنتي الحزب في محافظتي A وB على التوالي": the dual of the title, the body and the place type; two
    secretaries, one of each district's committee, in order."""
    text = "وترأس الجانب الفيتنامي السيد لي فان آنه والسيد تران فان هاي، أمينا لجنتي الحزب في محافظتي بينه ليو وهاي ها على التوالي."
    got = {(org, role) for _, role, org in posts(extractor, text, "ar")}
    assert {("binh-lieu/party-committee", "SECRETARY"), ("hai-ha/party-committee", "SECRETARY")} <= got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Wei Ming met the delegation on Tuesday. Wei, also chairman of the Standing Committee of the Guangxi Regional "
           "People's Congress, said the two sides were close.", ("x-wei-ming", "CHAIR", "guangxi/peoples-congress-standing-committee")),
    ("en", "Tran Van Hai received the guests on Tuesday. Hai, also secretary of the Lao Cai Provincial Party Committee, "
           "welcomed them.", ("x-tran-van-hai", "SECRETARY", "lao-cai/party-committee")),
])
def test_a_name_said_again_by_its_short_form_holds_the_posts_told_with_it(extractor, lang, text, expected) -> None:
    """"Wei, also chairman of …": a Chinese name again by its surname, a Vietnamese one by its given name."""
    assert expected in posts(extractor, text, lang)


def test_a_word_written_like_a_short_name_with_other_marks_is_no_name(extractor) -> None:
    """"Đồng thời" (at the same time) is no "Đông", the short form of "Trương Hiểu Đông"."""
    assert "Đồng" not in people_named(extractor, "Ông Trương Hiểu Đông đã tiếp đoàn. Đồng thời, hai bên trao đổi ý kiến.", "vi")


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "3月25日，金平县委书记李强会见了封土县代表团。"),
    ("en", "Li Qiang, Secretary of the Jinping County Party Committee, received the delegation from Phong Tho on March 25."),
])
def test_a_local_office_holder_named_as_a_national_leader_is_a_namesake(extractor, lang, text) -> None:
    """"金平县委书记李强": a county's secretary who bears the Premier's name is another person, linked to him by
    skos:closeMatch; the county post is the namesake's, the Premier's node holds none."""
    ex = extractor(Document("t", "T\n" + text, lang, "t.txt", date="2025-03-26"))
    [post] = [m for m in ex.memberships if m.role == "SECRETARY"]
    assert post.person.endswith("/person/x-li-qiang") and post.organization.endswith("jinping/party-committee")
    namesake = next(e for e in ex.entities if e.iri == post.person)
    assert ("skos:closeMatch", f"{BKR}person/li-qiang") in namesake.links


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le secrétaire du Comité provincial du Yunnan du Parti communiste chinois, Zhao Deming, a pris la parole.",
     ("x-zhao-deming", "SECRETARY", "yunnan/party-committee")),
    ("es", "El secretario del Comité Provincial de Yunnan del Partido Comunista de China, Zhao Deming, tomó la palabra.",
     ("x-zhao-deming", "SECRETARY", "yunnan/party-committee")),
    ("de", "Der Sekretär des Provinzkomitees Yunnan der Kommunistischen Partei Chinas, Zhao Deming, ergriff das Wort.",
     ("x-zhao-deming", "SECRETARY", "yunnan/party-committee")),
    ("sv", "Zhao Deming, sekreterare i Kinas kommunistiska partis provinskommitté i Yunnan, talade först.",
     ("x-zhao-deming", "SECRETARY", "yunnan/party-committee")),
    ("es", "El secretario del Comité del Partido Comunista de Vietnam en Lai Chau, Tran Van Hoa, tomó la palabra.",
     ("x-tran-van-hoa", "SECRETARY", "lai-chau/party-committee")),
    ("fr", "Zhao Deming, secrétaire du Comité du district de Longzhou du Parti communiste chinois, a pris la parole.",
     ("x-zhao-deming", "SECRETARY", "longzhou/party-committee")),
    ("es", "Zhao Deming, secretario adjunto del Comité Municipal del Partido Comunista de China en Chongzuo, habló.",
     ("x-zhao-deming", "DEPUTY_SECRETARY", "chongzuo/party-committee")),
    ("es", "Tran Van Hoa, secretario del Comité partidista de Lao Cai, encabezó la delegación.",
     ("x-tran-van-hoa", "SECRETARY", "lao-cai/party-committee")),
])
def test_a_party_committee_named_with_its_place_inside_the_partys_name(extractor, lang, text, expected) -> None:
    """"Comité provincial du Yunnan du Parti communiste chinois", "Comité del Partido Comunista de Vietnam en Lai Chau":
    the committee of the place its name holds (`org_heads_tailed`, `org_heads_placed`)."""
    assert expected in posts(extractor, text, lang)


def test_a_chinese_name_before_a_visit_verb(extractor) -> None:
    """"自治区政府主席韦韬访问谅山期间": 访 opens the verb 访问 (`name_stops`); the name is 韦韬."""
    assert ("x-wei-tao", "CHAIR", "guangxi/peoples-government") in posts(
        extractor, "上月27日，广西壮族自治区党委副书记、自治区政府主席韦韬访问谅山期间，与谅山省领导举行会谈。", "zh")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Vietnamese Minister of National Defence General Tran Van Hoa opened the programme.",
     ("x-tran-van-hoa", "HEAD", "vietnam-ministry-of-national-defence")),
    ("de", "Die Delegationen wurden von Generalleutnant Zhao Deming, stellvertretendem Minister für Landesverteidigung "
           "Chinas, angeführt.", ("x-zhao-deming", "DEPUTY_HEAD", "china-ministry-of-national-defence")),
    ("fr", "Le vice-ministre chinois des Affaires étrangères Zhao Deming a reçu la délégation.",
     ("x-zhao-deming", "DEPUTY_HEAD", "china-ministry-of-foreign-affairs")),
    ("es", "Tran Van Hoa, viceministro de Industria y Comercio de Vietnam, inauguró la feria.",
     ("x-tran-van-hoa", "DEPUTY_HEAD", "vietnam-ministry-of-industry-and-trade")),
    ("sv", "Vietnams försvarsminister Tran Van Hoa tog emot delegationen.",
     ("x-tran-van-hoa", "HEAD", "vietnam-ministry-of-national-defence")),
    ("en", "Chinese Minister of Public Security Zhao Deming met Vietnamese Minister of Public Security Tran Van Hoa.",
     ("x-zhao-deming", "HEAD", "china-ministry-of-public-security")),
    ("sv", "Vietnams vice byggminister Tran Van Hoa besökte Lao Cai.",
     ("x-tran-van-hoa", "DEPUTY_HEAD", "vietnam-ministry-of-construction")),
    ("es", "La viceministra de Comercio de China, Zhao Deming, inauguró la feria.",
     ("x-zhao-deming", "DEPUTY_HEAD", "china-ministry-of-commerce")),
    ("vi", "Bộ trưởng Bộ Giao thông vận tải Trần Văn Hòa đã thị sát cửa khẩu.",
     ("x-tran-van-hoa", "HEAD", "vietnam-ministry-of-transport")),
])
def test_a_ministers_title_is_a_post_in_the_ministry_of_the_holders_country(extractor, lang, text, expected) -> None:
    """"Vietnamese Minister of National Defence General …", "…, stellvertretender Minister für Landesverteidigung
    Chinas": the ministry of the country the title's words (or the name) say (`ministerial_titles`)."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Vietnamese Minister of National Defence General Tran Van Hoa and his Chinese counterpart Admiral Zhao Deming "
           "opened the exchange."),
    ("de", "Der vietnamesische Verteidigungsminister General Tran Van Hoa und sein chinesischer Amtskollege Zhao Deming "
           "eröffneten den Austausch."),
])
def test_a_ministers_counterpart_holds_the_office_in_the_other_country(extractor, lang, text) -> None:
    """"… and his Chinese counterpart Admiral Zhao Deming": the same office, in China (`counterpart_words`)."""
    assert {("x-tran-van-hoa", "HEAD", "vietnam-ministry-of-national-defence"),
            ("x-zhao-deming", "HEAD", "china-ministry-of-national-defence")} <= posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A delegation of the People's Government of Guangxi led by Vice Chairman Zhao Deming held talks in Lang Son.",
     ("x-zhao-deming", "VICE_CHAIR", "guangxi/peoples-government")),
    ("de", "Eine Delegation der Volksregierung des Autonomen Gebiets Guangxi unter Leitung von Vizevorsitzendem Zhao Deming "
           "führte Gespräche in Lang Son.", ("x-zhao-deming", "VICE_CHAIR", "guangxi/peoples-government")),
    ("sv", "En delegation från folkregeringen i Guangxi under ledning av vice ordföranden Zhao Deming höll samtal i Lang Son.",
     ("x-zhao-deming", "VICE_CHAIR", "guangxi/peoples-government")),
    ("en", "A delegation of Lao Cai province led by Vice Chairman Tran Van Hoa visited Hekou.",
     ("x-tran-van-hoa", "VICE_CHAIR", "lao-cai/peoples-committee")),
])
def test_the_title_of_who_led_a_delegation_is_held_in_the_delegations_body(extractor, lang, text, expected) -> None:
    """"a delegation of the People's Government of Guangxi led by Vice Chairman …" (`led_by_words`): the body whose
    delegation it was, or the government of its place."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Ha Giang, 29 mars (VNA) – Mötet hölls i Ha Giang. Delegationen leddes av major Tran Van Hoa, befälhavare för "
           "gränsposten Son Vi.", ("x-tran-van-hoa", "HEAD", "ha-giang/border-guard-station-son-vi")),
    ("de", "Lai Chau (VNA) – Tran Van Hoa, Kommandeur des Grenzschutzpostens A Pa Chai, leitete die Delegation.",
     ("x-tran-van-hoa", "HEAD", "dien-bien/border-guard-station")),
])
def test_a_border_post_is_a_border_guard_station(extractor, lang, text, expected) -> None:
    """"befälhavare för gränsposten Son Vi", "Kommandeur des Grenzschutzpostens A Pa Chai": the post's commander heads it."""
    assert expected[:2] in {p[:2] for p in posts(extractor, text, lang) if "border-guard-station" in p[2]}


@pytest.mark.parametrize(("text", "expected"), [
    ("ترأسها من الجانب الصيني السيد تشانغ وي، نائب رئيس حكومة محافظة جينبينغ الشعبية، حيث اتفق الطرفان.",
     ("VICE_CHAIR", "jinping/peoples-government")),
    ("حضر السيد تشانغ وي، نائب رئيس حكومة قوانغشي، الندوة.", ("VICE_CHAIR", "guangxi/peoples-government")),
])
def test_an_arabic_government_of_a_place(extractor, text, expected) -> None:
    """"نائب رئيس حكومة قوانغشي", "حكومة محافظة جينبينغ الشعبية": the place's government, named by the place after it."""
    assert expected in {p[1:] for p in posts(extractor, text, "ar")}


def test_a_vietnamese_surname_that_folds_as_a_common_word_opens_a_name(extractor) -> None:
    """"Đặng Xuân Phong, Bí thư …": "Đặng" folds as "đảng" (party), a word no name opens with; written, it is a surname."""
    assert ("x-dang-xuan-phong", "SECRETARY", "lao-cai/party-committee") in posts(
        extractor, "Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai, phát biểu tại hội nghị.", "vi")


def test_le_opening_a_vietnamese_name_after_a_preposition_is_the_surname(extractor) -> None:
    """"coprésidée par Le Hai Hoa, vice-président …": "Le" before a Vietnamese name's syllables is the surname Lê."""
    assert ("x-le-hai-hoa", "VICE_CHAIR", "cao-bang/peoples-committee") in posts(
        extractor, "La réunion était coprésidée par Le Hai Hoa, vice-président du Comité populaire provincial de Cao Bang.",
        "fr")


def test_members_set_off_after_a_list_of_names(extractor) -> None:
    """"Dang Quoc Khanh and Dang Xuan Phong, members of the Party Central Committee": the plural title is each one's."""
    got = posts(extractor, "Attending were Dang Quoc Khanh and Dang Xuan Phong, members of the Party Central Committee.", "en")
    assert {("x-dang-quoc-khanh", "MEMBER", "cpv-central-committee"), ("x-dang-xuan-phong", "MEMBER", "cpv-central-committee")} <= got


def test_a_swedish_definite_title_opens_its_own_phrase(extractor) -> None:
    """"… av Hekous partisekreterare Yang Hua och ordföranden för folkkommittén i Lao Cai, Trinh Xuan Truong": the
    definite "ordföranden" opens a phrase, as an article would (`definite_title_endings`); the title is the name's after it."""
    got = posts(extractor, "Mötet leddes av Hekous partisekreterare Yang Hua och ordföranden för folkkommittén i Lao Cai, "
                           "Trinh Xuan Truong.", "sv")
    assert ("x-trinh-xuan-truong", "CHAIR", "lao-cai/peoples-committee") in got
    assert not [p for p in got if p[0] == "x-yang-hua" and p[1] == "CHAIR"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Đại tá Hoàng Văn Tám, Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ đội Biên phòng tỉnh Hà Giang, đã dự.",
     {("x-hoang-van-tam", "DEPUTY_HEAD", "ha-giang/border-guard-command")}),
    ("vi", "Ông Lò Văn Mừng, Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Lai Châu, phát biểu.",
     {("x-lo-van-mung", "DEPUTY_SECRETARY", "lai-chau/party-committee"), ("x-lo-van-mung", "CHAIR", "lai-chau/peoples-council")}),
    ("en", "Colonel Hoang Van Tam, deputy commander cum chief of staff of the Ha Giang Border Guard Command, attended.",
     {("x-hoang-van-tam", "DEPUTY_HEAD", "ha-giang/border-guard-command")}),
    ("zh", "文山州委副书记兼州长李三出席会议。",
     {("x-li-san", "DEPUTY_SECRETARY", "wenshan/party-committee"), ("x-li-san", "HEAD", "wenshan/peoples-government")}),
])
def test_titles_held_at_once_share_the_body_named_after_them(extractor, lang, text, expected) -> None:
    """"Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ đội Biên phòng tỉnh …", "deputy commander cum chief of staff of …",
    "州委副书记兼州长": a title with no body of its own shares the next one's (`concurrent_words`, `title_joiners`)."""
    assert expected <= posts(extractor, text, lang)


def test_a_chinese_border_units_commander_in_vietnamese(extractor) -> None:
    """"Phó Bộ đội trưởng Bộ đội Biên phòng khu Hà Khẩu": the deputy commander of a Chinese border defence unit."""
    got = posts(extractor, "Thượng tá Trương Văn Lâm, Phó Bộ đội trưởng Bộ đội Biên phòng khu Hà Khẩu, đã dự.", "vi")
    assert ("DEPUTY_HEAD", "border-guard-command") in {(p[1], p[2].rsplit("/", 1)[-1]) for p in got}


@pytest.mark.parametrize(("text", "expected"), [
    ("Die stellvertretende Gouverneurin von Guangxi, Wei Tao, sagte, die Zusammenarbeit wachse.",
     ("x-wei-tao", "VICE_CHAIR", "guangxi/peoples-government")),
    ("Der stellvertretende Parteisekretär der Provinz Lao Cai, Hoang Quoc Khanh, sagte, die Zusammenarbeit wachse.",
     ("x-hoang-quoc-khanh", "DEPUTY_SECRETARY", "lao-cai/party-committee")),
    ("Der stellvertretende Vorsitzende des Volksrates der Provinz Cao Bang, Be Thanh Tinh, nahm teil.",
     ("x-be-thanh-tinh", "VICE_CHAIR", "cao-bang/peoples-council")),
])
def test_german_deputies_and_genitives_in_every_inflection(extractor, text, expected) -> None:
    """"die stellvertretende Gouverneurin", "der stellvertretende Parteisekretär", "des Volksrates": the adjective's and
    the genitive's endings do not hide the title or the body."""
    assert expected in posts(extractor, text, "de")


def test_arabic_plural_colonels_and_commanders_respectively(extractor) -> None:
    """"العقداء A وB، قادة حرس الحدود في مقاطعتي X وY على التوالي": a plural military honorific lists the names, a
    plural title ("قادة", commanders) their posts, one each."""
    got = posts(extractor, "وترأس الجانب الفيتنامي العقداء هوانغ فان نام ودو تيان دات، قادة حرس الحدود في مقاطعتي لاي "
                           "تشاو وديان بيان على التوالي.", "ar")
    assert {p[1:] for p in got} >= {("HEAD", "lai-chau/border-guard-command"), ("HEAD", "dien-bien/border-guard-command")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "وحضر وانغ مينغ، نائب رئيس المحطة العامة لتفتيش الحدود للدخول والخروج في يوننان، الاجتماع.",
     ("DEPUTY_HEAD", "yunnan/border-inspection-station")),
    ("en", "Wang Ming, deputy head of the Yunnan Entry-Exit Border Inspection General Station, attended.",
     ("DEPUTY_HEAD", "yunnan/border-inspection-station")),
])
def test_a_general_border_inspection_station(extractor, lang, text, expected) -> None:
    """"المحطة العامة لتفتيش الحدود للدخول والخروج", "Entry-Exit Border Inspection General Station": a province's
    general station is a border inspection station."""
    assert expected in {p[1:] for p in posts(extractor, text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Lu Xinshe, Sekretär des Parteikomitees des Autonomen Gebiets Guangxi und Vorsitzender des Volkskongresses "
           "von Guangxi, regte an, die Zusammenarbeit zu vertiefen.", ("x-lu-xinshe", "CHAIR", "guangxi/peoples-congress")),
    ("en", "A delegation of the Malipo County People's Congress led by its chairman Li Wei visited Ha Giang.",
     ("x-li-wei", "CHAIR", "malipo/peoples-congress")),
])
def test_a_chinese_peoples_congress_is_a_body(extractor, lang, text, expected) -> None:
    """"Vorsitzender des Volkskongresses von Guangxi", "the Malipo County People's Congress": China's legislature at
    its level, a body its chairman heads (its standing committee stays a body of its own)."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Zudem hatte der damalige Leiter der Volksregierung der Provinz Yunnan, Gouverneur Ruan Chengfa, in Vietnam "
           "auch Tran Tien Dung getroffen.", ("x-ruan-chengfa", "HEAD", "yunnan/peoples-government")),
    ("en", "The head of the Yunnan People's Government, Governor Ruan Chengfa, met Tran Tien Dung.",
     ("x-ruan-chengfa", "HEAD", "yunnan/peoples-government")),
])
def test_a_title_said_as_an_honorific_before_a_name_with_a_rarer_surname(extractor, lang, text, expected) -> None:
    """"…, Gouverneur Ruan Chengfa,": a name right after a title is read whatever surname opens it (阮 is rare), and a
    title said as an honorific between a body and the name does not part them."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Li Ming, miembro del Comité Central del Partido Comunista de China (PCCh), secretario del Comité partidista de "
           "la Región Autónoma Zhuang de Guangxi, dijo.", {("x-li-ming", "MEMBER", "cpc-central-committee"),
                                                           ("x-li-ming", "SECRETARY", "guangxi/party-committee")}),
    ("es", "Hoang Van Nam, miembro del Comité Central del PCV y secretario del Comité partidista de Cao Bang, dijo.",
     {("x-hoang-van-nam", "MEMBER", "cpv-central-committee"), ("x-hoang-van-nam", "SECRETARY", "cao-bang/party-committee")}),
    ("en", "Li Ming, member of the Communist Party of China (CPC) Central Committee and Secretary of the CPC Committee of "
           "the Guangxi Zhuang Autonomous Region, said.", {("x-li-ming", "MEMBER", "cpc-central-committee"),
                                                           ("x-li-ming", "SECRETARY", "guangxi/party-committee")}),
    ("fr", "Le secrétaire général du Parti communiste du Vietnam, To Lam, a reçu Li Ming.",
     {("to-lam", "SECRETARY", "communist-party-of-vietnam")}),
])
def test_party_bodies_named_with_their_initials(extractor, lang, text, expected) -> None:
    """"(PCCh)" after a body does not end a chain of titles; "Comité Central del PCV", "the CPC Committee of …" and "the
    Communist Party of China (CPC) Central Committee" name the bodies; a general secretary is the Party's secretary."""
    assert expected <= posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Doan Thu Ha, présidente de l'Union des femmes de la province de Lang Son, a dit.",
     ("x-doan-thu-ha", "CHAIR", "lang-son/womens-union")),
    ("fr", "Une délégation de la Fédération des femmes du Guangxi conduite par sa vice-présidente Kong Xianling est arrivée.",
     ("x-kong-xianling", "VICE_CHAIR", "guangxi/womens-union")),
    ("zh", "宁明县妇联主席陆晓燕出席。", ("x-lu-xiaoyan", "CHAIR", "ningming/womens-union")),
    ("zh", "宁明县委统战部部长黄美玲出席。", ("x-huang-meiling", "HEAD", "ningming/department-united-front")),
    ("vi", "Lào Cai (TTXVN) – Ông Đỗ Viết Mạnh, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai, "
           "phát biểu.", ("x-do-viet-manh", "CHAIR", "lao-cai/fatherland-front")),
    ("vi", "Lào Cai (TTXVN) – Ông Đỗ Viết Mạnh, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai, "
           "phát biểu.", ("x-do-viet-manh", "HEAD", "lao-cai/department-mass-mobilisation")),
])
def test_mass_organisations_and_party_departments(extractor, lang, text, expected) -> None:
    """Women's unions and federations, a Party committee's Mass Mobilisation Commission and United Front Work Department,
    the Fatherland Front's committee: bodies of their place ("de l'Union": an elided article links a title to its
    body as "de la" does; a rarer surname, Kong, after a title)."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nguyen Van A, Vize-Vorsitzender des Volkskomitees der Provinz Lang Son, sagte, die Zusammenarbeit wachse.",
     ("x-nguyen-van-a", "VICE_CHAIR", "lang-son/peoples-committee")),
    ("de", "Li Shi, Vize-Gouverneur der Provinz Yunnan, sagte, die Zusammenarbeit wachse.",
     ("x-li-shi", "VICE_CHAIR", "yunnan/peoples-government")),
    ("en", "Nguyen Van A, Vice-Chairwoman of the Lang Son provincial People's Committee, said.",
     ("x-nguyen-van-a", "VICE_CHAIR", "lang-son/peoples-committee")),
])
def test_deputies_titles_written_with_a_hyphen(extractor, lang, text, expected) -> None:
    """"Vize-Vorsitzender", "Vize-Gouverneur", "Vice-Chairwoman": the hyphenated titles are the deputies' too."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Chinese Ambassador to Vietnam Xiong Bo visited Lao Cai.", ("x-xiong-bo", "HEAD", "china-embassy-in-vietnam")),
    ("fr", "L'ambassadeur de Chine au Vietnam, He Wei, a reçu une délégation.", ("x-he-wei", "HEAD", "china-embassy-in-vietnam")),
    ("de", "Chen Hao empfing den vietnamesischen Botschafter in China, Pham Sao Mai.",
     ("x-pham-sao-mai", "HEAD", "vietnam-embassy-in-china")),
    ("sv", "Kinas ambassadör i Vietnam, Xiong Bo, besökte Lao Cai.", ("x-xiong-bo", "HEAD", "china-embassy-in-vietnam")),
    ("zh", "中国驻越南大使熊波访问老街。", ("x-xiong-bo", "HEAD", "china-embassy-in-vietnam")),
    ("zh", "越南驻华大使范绍梅拜会了云南省委书记王宁。", ("x-pham-thieu-mai", "HEAD", "vietnam-embassy-in-china")),
    ("vi", "Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai thăm tỉnh Vân Nam.", ("x-pham-sao-mai", "HEAD", "vietnam-embassy-in-china")),
])
def test_an_ambassador_heads_the_embassy_of_the_holders_country(extractor, lang, text, expected) -> None:
    """"Chinese Ambassador to Vietnam Xiong Bo", "den vietnamesischen Botschafter in China": the holder heads the embassy
    of the country the title is said of (`ministerial_titles`, `ministries.embassy`, the lexicon's two embassies)."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize("text", [
    "Đồng chí Trịnh Xuân Trường đã tiếp Đoàn công tác châu Hồng Hà do ông Lý Minh, Phó Châu trưởng dẫn đầu.",
    "Đồng chí Trịnh Xuân Trường đã tiếp Đoàn công tác châu Hồng Hà do Phó Châu trưởng Lý Minh dẫn đầu.",
])
def test_a_vietnamese_delegation_led_by_a_head_whose_title_names_no_body(extractor, text) -> None:
    """"Đoàn công tác châu Hồng Hà do ông Lý Minh, Phó Châu trưởng dẫn đầu": the deputy prefect of the place whose
    delegation it is (`led_by_words`, the name before the title or after it)."""
    assert ("x-ly-minh", "VICE_CHAIR", "honghe/peoples-government") in posts(extractor, text, "vi")


@pytest.mark.parametrize("text", [
    "Hoang Van Nghiem empfing eine Delegation der Stadt Chongzuo, die vom Bürgermeister Liang Wei angeführt wurde.",
    "Hoang Van Nghiem empfing eine Delegation der Stadt Chongzuo unter Leitung des Bürgermeisters Liang Wei.",
    "Hoang Van Nghiem empfing eine Delegation der Stadt Chongzuo, angeführt vom Bürgermeister Liang Wei.",
])
def test_a_german_delegation_led_by_its_head_in_a_relative_clause_or_the_genitive(extractor, text) -> None:
    """"die vom Bürgermeister X angeführt wurde", "unter Leitung des Bürgermeisters X": the mayor of the city whose
    delegation it is (`led_by_words`; the genitive titles)."""
    assert ("x-liang-wei", "HEAD", "chongzuo/peoples-government") in posts(extractor, text, "de")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Attending were Pham Xuan Tung and Nguyen Anh Que, directors of the Department of Industry and Trade and the "
           "Department of Foreign Affairs of Cao Bang, respectively."),
    ("de", "Auf vietnamesischer Seite nahmen Vu Anh Tuan, Sekretär des Parteikomitees der Gemeinde Phuc Hoa, sowie Pham Xuan "
           "Tung und Nguyen Anh Que teil, Direktoren des Amtes für Industrie und Handel beziehungsweise des Amtes für "
           "Auswärtige Angelegenheiten der Provinz Cao Bang."),
])
def test_one_title_for_listed_names_and_the_bodies_named_in_turn(extractor, lang, text) -> None:
    """"A and B, directors of the Department of X and the Department of Y of Cao Bang, respectively": the first body
    takes its place from the article's home (its mention is no less a body of the list)."""
    found = posts(extractor, text, lang)
    assert {("x-pham-xuan-tung", "DIRECTOR"), ("x-nguyen-anh-que", "DIRECTOR")} == {(p, r) for p, r, _ in found
                                                                                     if p != "x-vu-anh-tuan"}
    assert {o.rsplit("/", 1)[-1] for p, _, o in found if p in ("x-pham-xuan-tung", "x-nguyen-anh-que")} \
        == {"department-industry-trade", "department-foreign-affairs"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Från kinesisk sida deltog Luo Qiquan, biträdande direktör för Guangxis departement för allmän säkerhet.",
     ("x-luo-qiquan", "DEPUTY_DIRECTOR", "guangxi/department-public-security")),
    ("sv", "Delegationen leddes av överste Doan Hong Hieu, biträdande chef för Cao Bangs provinspolis.",
     ("x-doan-hong-hieu", "DEPUTY_DIRECTOR", "cao-bang/department-public-security")),
    ("de", "Anwesend war Luo Qiquan, stellvertretender Direktor des Amtes für öffentliche Sicherheit von Guangxi.",
     ("x-luo-qiquan", "DEPUTY_DIRECTOR", "guangxi/department-public-security")),
])
def test_a_public_security_department_in_other_words(extractor, lang, text, expected) -> None:
    """"Guangxis departement för allmän säkerhet", "Cao Bangs provinspolis", "Amt für öffentliche Sicherheit": the
    province's public security department (`org_heads`)."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Firmó Li Jian, subsecretario del Comité Municipal del Partido Comunista de China (PCCh) en Dongxing y alcalde del "
           "Gobierno Popular Municipal de Dongxing.", ("x-li-jian", "DEPUTY_SECRETARY", "dongxing/party-committee")),
    ("en", "Li Jian, director of the Foreign Affairs Office (FAO) of Honghe prefecture, attended.",
     ("x-li-jian", "DIRECTOR", "honghe/foreign-affairs-office")),
])
def test_a_bodys_initials_in_brackets_stand_between_it_and_its_place(extractor, lang, text, expected) -> None:
    """"del Partido Comunista de China (PCCh) en Dongxing", "the Foreign Affairs Office (FAO) of Honghe": the initials
    part no body from its place."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lao Cai People's Committee Chairman Trinh Xuan Truong attended.",
     ("x-trinh-xuan-truong", "CHAIR", "lao-cai/peoples-committee")),
    ("The Ha Giang Department of Foreign Affairs Director Nguyen Van Son attended.",
     ("x-nguyen-van-son", "DIRECTOR", "ha-giang/department-foreign-affairs")),
    ("The delegation was led by Huang Wei, Executive Vice Mayor of Baise.", ("x-huang-wei", "VICE_CHAIR", "baise/peoples-government")),
])
def test_english_body_title_name_and_executive_deputies(extractor, text, expected) -> None:
    """"Lao Cai People's Committee Chairman X": a body named right before the title, the holder right after it (as
    "Longzhou's Party chief X"); "Executive Vice Mayor" is a deputy's title."""
    assert expected in posts(extractor, text, "en")


def test_a_french_provincial_service_is_the_articles_provinces(extractor) -> None:
    """"directrice adjointe du Service provincial de la Culture, des Sports et du Tourisme": "provincial" says whose (the
    article's province), as "Service provincial des affaires étrangères" does."""
    text = ("Hanoi, 22 mai (VNA) - Le vice-président du Comité populaire de la province de Lang Son, Doan Thanh Son, a reçu une "
            "délégation. Mme Le Thi Hang, directrice adjointe du Service provincial de la Culture, des Sports et du Tourisme, "
            "a pris la parole.")
    assert ("x-le-thi-hang", "DEPUTY_DIRECTOR", "lang-son/department-culture-sports-tourism") in posts(extractor, text, "fr")


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting was attended by Lang Son's deputy provincial party chief Nguyen Quoc Doan.",
     ("x-nguyen-quoc-doan", "DEPUTY_SECRETARY", "lang-son/party-committee")),
    ("Guangxi's deputy party secretary Zhou Jiahui attended.", ("x-zhou-jiahui", "DEPUTY_SECRETARY", "guangxi/party-committee")),
])
def test_a_deputy_party_chief_is_a_deputy_secretary(extractor, text, expected) -> None:
    """"deputy provincial party chief", "deputy party secretary": a deputy secretary, not the secretary the title's
    last words name."""
    assert expected in posts(extractor, text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi, 15 may (VNA) - Doan Thanh Son recibió a una delegación de Baise encabezada por su vicealcalde ejecutivo, Huang Wei.",
     ("x-huang-wei", "VICE_CHAIR", "baise/peoples-government")),
    ("Hanoi, 15 may (VNA) - El presidente del Comité Popular de Lang Son recibió a la delegación. La subdirectora del Departamento "
     "provincial de Cultura, Deportes y Turismo, Le Thi Hang, informó.",
     ("x-le-thi-hang", "DEPUTY_DIRECTOR", "lang-son/department-culture-sports-tourism")),
])
def test_spanish_executive_deputies_and_provincial_departments(extractor, text, expected) -> None:
    """"su vicealcalde ejecutivo", "el Departamento provincial de Cultura, Deportes y Turismo" (the article's province's)."""
    assert expected in posts(extractor, text, "es")


@pytest.mark.parametrize("text", ["崇左市委书记刘建平、市长王强等参加有关活动。", "崇左市委书记刘建平，市长王强等参加有关活动。"])
def test_a_chinese_heads_title_after_a_listed_name_is_of_the_place_named_last(extractor, text) -> None:
    """"崇左市委书记刘建平、市长王强": the mayor of the place the list named last (Chongzuo), as "市长" names no body."""
    assert ("x-wang-qiang", "HEAD", "chongzuo/peoples-government") in posts(extractor, text, "zh")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ha Giang's Border Guard commander, Colonel Tran Van Minh, briefed the guests.",
     ("x-tran-van-minh", "HEAD", "ha-giang/border-guard-command")),
    ("Nguyen Van Son, who chairs the Ha Giang provincial People's Committee, hosted the delegation.",
     ("x-nguyen-van-son", "CHAIR", "ha-giang/peoples-committee")),
])
def test_english_title_after_its_body_and_who_chairs(extractor, text, expected) -> None:
    """"Ha Giang's Border Guard commander, Colonel X": the body right before the title, the name set off after it;
    "who chairs" as "who heads"."""
    assert expected in posts(extractor, text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Ning, secretary of the CPC Yunnan Provincial Committee, spoke.", ("x-wang-ning", "SECRETARY", "yunnan/party-committee")),
    ("Secretary of the CPC Guangxi Zhuang Autonomous Regional Committee Liu Ning spoke.",
     ("liu-ning", "SECRETARY", "guangxi/party-committee")),
])
def test_the_party_named_by_its_initials_before_the_place_and_its_committee_after(extractor, text, expected) -> None:
    """"the CPC Yunnan Provincial Committee": the Party's initials and the committee's level wrap the place; the body is
    the province's Party committee, not the Party."""
    assert expected in posts(extractor, text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hekou County Magistrate Zhang Wei welcomed the guests.", ("x-zhang-wei", "HEAD", "hekou/peoples-government")),
    ("Malipo county head Zhang Wei spoke.", ("x-zhang-wei", "HEAD", "malipo/peoples-government")),
    ("Zhang Wei, magistrate of Hekou county, spoke.", ("x-zhang-wei", "HEAD", "hekou/peoples-government")),
    ("Nguyen Thanh Son, Vice Director of the Lao Cai Department of Foreign Affairs, attended.",
     ("x-nguyen-thanh-son", "DEPUTY_DIRECTOR", "lao-cai/department-foreign-affairs")),
    ("Chairman of the Guangxi regional government Lan Tianli attended.", ("lan-tianli", "CHAIR", "guangxi/peoples-government")),
])
def test_english_county_heads_and_vice_directors(extractor, text, expected) -> None:
    """A county's title that repeats the place's last word ("Hekou County | County Magistrate") starts after the place;
    "magistrate", "vice director", "regional government"."""
    assert expected in posts(extractor, text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("Zhang Wei, Pingxiang mayor, spoke.", ("x-zhang-wei", "HEAD", "pingxiang/peoples-government")),
    ("Hoang Van Tuan, Lao Cai's Party chief, said the gate would reopen.", ("x-hoang-van-tuan", "SECRETARY", "lao-cai/party-committee")),
    ("Talks were held with Wang Ning, the Yunnan Party chief.", ("x-wang-ning", "SECRETARY", "yunnan/party-committee")),
])
def test_english_name_then_a_places_title_set_off(extractor, text, expected) -> None:
    """"X, Pingxiang mayor, said": the name set off before a place's title holds it, as "Pingxiang Mayor X" does."""
    assert expected in posts(extractor, text, "en")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Deputy Party Secretary and Chairman of the Lao Cai People's Committee Trinh Xuan Truong spoke.",
     ("x-trinh-xuan-truong", "DEPUTY_SECRETARY", "lao-cai/party-committee")),
    ("en", "Trinh Xuan Truong, Deputy Party Secretary and Chairman of the Lao Cai People's Committee, spoke.",
     ("x-trinh-xuan-truong", "DEPUTY_SECRETARY", "lao-cai/party-committee")),
    ("fr", "Le secrétaire adjoint du Parti et président du Comité populaire de Lao Cai, Trinh Xuan Truong, a pris la parole.",
     ("x-trinh-xuan-truong", "DEPUTY_SECRETARY", "lao-cai/party-committee")),
])
def test_a_title_naming_its_bodys_kind_takes_the_place_of_the_title_joined_to_it(extractor, lang, text, expected) -> None:
    """"Deputy Party Secretary and Chairman of the Lao Cai People's Committee": the Party post is Lao Cai's, the place the
    joined title names."""
    assert expected in posts(extractor, text, lang)


def test_guangxi_named_in_german_with_its_nationality(extractor) -> None:
    """"des Autonomen Gebiets Guangxi der Zhuang-Nationalität": the region's full German name ends the body's name, so the
    name set off after it holds the post."""
    text = "Der Vorsitzende der Volksregierung des Autonomen Gebiets Guangxi der Zhuang-Nationalität, Lan Tianli, sprach."
    assert ("lan-tianli", "CHAIR", "guangxi/peoples-government") in posts(extractor, text, "de")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Dự lễ có ông Nguyễn Tiến Dũng, Phó Chủ tịch UBND TP Móng Cái.", ("x-nguyen-tien-dung", "VICE_CHAIR", "mong-cai/peoples-committee")),
    ("vi", "Dự lễ có ông Bùi Văn Khang và ông Nguyễn Tiến Dũng, lần lượt là Phó Chủ tịch UBND tỉnh Quảng Ninh và Phó Chủ tịch "
           "UBND TP Móng Cái.", ("x-nguyen-tien-dung", "VICE_CHAIR", "mong-cai/peoples-committee")),
])
def test_a_vietnamese_city_abbreviated(extractor, lang, text, expected) -> None:
    """"UBND TP Móng Cái": "TP" is "thành phố", the city's committee, not the province's."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La délégation a été reçue par Hô Quang Huy, président du Comité populaire de Móng Cái, qui est aussi secrétaire "
           "adjoint du Comité du Parti de la ville."),
    ("es", "Firmó el presidente del Comité Popular de Mong Cai, Ho Quang Huy, quien es también subsecretario del Comité del "
           "Partido de esa ciudad."),
])
def test_who_is_also_goes_on_with_the_titles_and_the_city_is_the_one_named_last(extractor, lang, text) -> None:
    """"…, qui est aussi secrétaire adjoint du Comité du Parti de la ville": the titles go on after the body (and after a name
    a title named before), and "the city's" committee is the city's the text named last."""
    found = posts(extractor, text, lang)
    assert {("x-ho-quang-huy", "CHAIR", "mong-cai/peoples-committee"),
            ("x-ho-quang-huy", "DEPUTY_SECRETARY", "mong-cai/party-committee")} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "L'entretien a réuni Hoang Ba Nam, secrétaire du Comité du Parti de la ville de Mong Cai, et Vu Thi Thu Huong, "
           "vice-présidente du Comité populaire municipal.", ("x-vu-thi-thu-huong", "VICE_CHAIR", "mong-cai/peoples-committee")),
    ("es", "La delegación del distrito de Muong Nhe visitó Jiangcheng. Participó Vang A Dinh, vicepresidente del Comité Popular "
           "distrital.", ("x-vang-a-dinh", "VICE_CHAIR", "muong-nhe/peoples-committee")),
    ("fr", "La délégation du bourg de Qushui est arrivée. Li Wenhua, chef du gouvernement populaire du bourg, a pris la parole.",
     ("x-li-wenhua", "HEAD", "qushui-town/peoples-government")),
])
def test_a_bodys_level_word_after_it_is_the_place_of_that_level_named_last(extractor, lang, text, expected) -> None:
    """"Comité populaire municipal", "Comité Popular distrital", "gouvernement populaire du bourg": the city, district or
    town the text named last."""
    assert expected in posts(extractor, text, lang)


def test_a_title_before_a_list_paired_in_turn_is_every_names(extractor) -> None:
    """"các đồng chí Ủy viên Trung ương Đảng A, B, C và D, lần lượt là Bí thư Tỉnh ủy W, X, Y và Z": the title before the
    whole list is each name's; the titles after it are given in turn."""
    text = ("Tham dự có các đồng chí Ủy viên Trung ương Đảng Đặng Quốc Khánh, Đặng Xuân Phong, Giàng Páo Mỷ và Trần Quốc Cường, "
            "lần lượt là Bí thư Tỉnh ủy Hà Giang, Lào Cai, Lai Châu và Điện Biên.")
    found = posts(extractor, text, "vi")
    people = ("x-dang-quoc-khanh", "x-dang-xuan-phong", "x-giang-pao-my", "x-tran-quoc-cuong")
    assert {(p, "MEMBER", "cpv-central-committee") for p in people} <= found
    assert {(p, "SECRETARY", f"{place}/party-committee")
            for p, place in zip(people, ("ha-giang", "lao-cai", "lai-chau", "dien-bien"))} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La délégation chinoise était conduite par le commandant Zhou Lei, chef adjoint du poste de rencontre et de "
           "pourparlers de Malipo.", ("x-zhou-lei", "DEPUTY_HEAD", "malipo/border-meeting-station")),
    ("sv", "Den kinesiska sidan leddes av Li Ming, chef för gränsmötesstationen i häradet Jiangcheng.",
     ("x-li-ming", "HEAD", "jiangcheng/border-meeting-station")),
    ("de", "Die chinesische Seite leitete Li Ming, Leiter der Begegnungs- und Gesprächsstation Jinping.",
     ("x-li-ming", "HEAD", "jinping/border-meeting-station")),
])
def test_a_chinese_border_meeting_station_and_its_head(extractor, lang, text, expected) -> None:
    """"poste de rencontre et de pourparlers de Malipo", "gränsmötesstationen i häradet Jiangcheng": the station where the
    border units meet, named after its locality, led by its head."""
    assert expected in posts(extractor, text, lang)


def test_a_chinese_city_committee_of_the_party_written_small(extractor) -> None:
    """"secretary of the Pingxiang city committee of the Communist Party of China": the city's Party committee."""
    text = "Wu Xiaohui, secretary of the Pingxiang city committee of the Communist Party of China, said the city would work on."
    assert ("x-wu-xiaohui", "SECRETARY", "pingxiang/party-committee") in posts(extractor, text, "en")


def test_titles_in_turn_before_one_body(extractor) -> None:
    """"A und B, Vorsitzender beziehungsweise Vizevorsitzende des Volkskomitees des Kreises Van Lang": each name its title
    in turn, both of the one body named after the last."""
    text = ("Die vietnamesische Seite führte Luu Ba Mac an. Dabei waren auch Hoang Van Nam und Lanh Thi Hoa, Vorsitzender "
            "beziehungsweise Vizevorsitzende des Volkskomitees des Kreises Van Lang.")
    assert {("x-hoang-van-nam", "CHAIR", "van-lang/peoples-committee"),
            ("x-lanh-thi-hoa", "VICE_CHAIR", "van-lang/peoples-committee")} <= posts(extractor, text, "de")


@pytest.mark.parametrize(("text", "expected"), [
    ("Nguyen Quoc Huy, direktör för trafikdepartementet i Lao Cai, berättade på tisdagen att linjen invigdes.",
     ("x-nguyen-quoc-huy", "DIRECTOR", "lao-cai/department-transport")),
    ("Den kinesiska sidan företräddes av Zhang Hongwei, biträdande direktör för Yunnans trafikdepartement.",
     ("x-zhang-hongwei", "DEPUTY_DIRECTOR", "yunnan/department-transport")),
    ("Lai Chau, 28 november (VNA) – Tran Manh Hung, direktör för departementet för kultur, idrott och turism i gränsprovinsen "
     "Lai Chau, tog emot en delegation.", ("x-tran-manh-hung", "DIRECTOR", "lai-chau/department-culture-sports-tourism")),
])
def test_swedish_transport_and_culture_departments(extractor, text, expected) -> None:
    """"trafikdepartementet", "departementet för kultur, idrott och turism": a province's departments in other Swedish words."""
    assert expected in posts(extractor, text, "sv")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Also present were Hoang Van Nam and Nguyen Thi Hoa, chairman and vice chairwoman, respectively, of the Van Lang "
           "District People's Committee."),
    ("es", "Asistieron Hoang Van Nam y Nguyen Thi Hoa, presidente y vicepresidenta, respectivamente, del Comité Popular del "
           "distrito de Van Lang."),
])
def test_titles_in_turn_then_the_distributive_word_then_their_body(extractor, lang, text) -> None:
    """"chairman and vice chairwoman, respectively, of the … People's Committee": the word in turn stands between the titles
    and the one body they are of."""
    assert {("x-hoang-van-nam", "CHAIR", "van-lang/peoples-committee"),
            ("x-nguyen-thi-hoa", "VICE_CHAIR", "van-lang/peoples-committee")} <= posts(extractor, text, lang)


def test_a_communist_youth_league_named_with_its_adjective(extractor) -> None:
    """"biträdande sekreterare i Guangxis kommunistiska ungdomsförbund": the league is the province's youth union, and so
    is "Ha Giangs provinsungdomsförbund"."""
    assert ("x-wei-lihua", "DEPUTY_SECRETARY", "guangxi/youth-union") in posts(
        extractor, "Gruppen togs emot i Nanning av Wei Lihua, biträdande sekreterare i Guangxis kommunistiska ungdomsförbund.",
        "sv")
    assert ("x-nong-thi-thu-trang", "DEPUTY_SECRETARY", "ha-giang/youth-union") in posts(
        extractor, "Delegationen leddes av Nong Thi Thu Trang, biträdande sekreterare i Ha Giangs provinsungdomsförbund.", "sv")


@pytest.mark.parametrize(("text", "expected"), [
    ("I samtalen deltog även Nguyen Van Dung och Vi Duc Hieu, direktör för Lang Sons departement för industri och handel "
     "respektive biträdande direktör för Lang Sons tullmyndighet.",
     {("x-nguyen-van-dung", "DIRECTOR", "lang-son/department-industry-trade"),
      ("x-vi-duc-hieu", "DEPUTY_DIRECTOR", "lang-son/customs")}),
    ("I Guilin och Liuzhou var Tang Min och Qin Haiyan, biträdande chef för Guilins utbildningsbyrå respektive sekreterare "
     "för ungdomsförbundet i Liuzhou, värdar för barnen.",
     {("x-tang-min", "DEPUTY_DIRECTOR", "guilin/department-education"),
      ("x-qin-haiyan", "SECRETARY", "liuzhou/youth-union")}),
])
def test_swedish_titles_with_their_bodies_in_turn_after_a_genitive(extractor, text, expected) -> None:
    """"direktör för Lang Sons departement för industri och handel respektive biträdande direktör för …": after a place's
    genitive a department is written without its article; "utbildningsbyrå", a city's education bureau."""
    assert expected <= posts(extractor, text, "sv")


def test_a_german_deputy_county_head(extractor) -> None:
    """"Tao Rong, stellvertretender Kreisvorsteher von Maguan": the deputy, not the county head."""
    assert ("x-tao-rong", "VICE_CHAIR", "maguan/peoples-government") in posts(
        extractor, "Von chinesischer Seite kamen Tao Rong, stellvertretender Kreisvorsteher von Maguan, und Wang Yuhong.", "de")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "وقادت الوفد الصيني السيدة لي مينغ ياو، أمينة لجنة رابطة الشباب الشيوعي في محافظة هكو.",
     ("x-li-mingyao", "SECRETARY", "hekou/youth-union")),
    ("vi", "Về phía bạn có ông Dương Quân, Bí thư Châu đoàn Hồng Hà.", ("x-yang-jun", "SECRETARY", "honghe/youth-union")),
    ("vi", "Anh Vũ Văn Nam, Bí thư Thành đoàn Lào Cai, phát biểu.", ("x-vu-van-nam", "SECRETARY", "lao-cai-city/youth-union")),
])
def test_youth_league_committees_of_a_county_a_prefecture_and_a_city(extractor, lang, text, expected) -> None:
    """"أمينة لجنة رابطة الشباب الشيوعي في محافظة هكو", "Bí thư Châu đoàn Hồng Hà", "Bí thư Thành đoàn Lào Cai": the youth league
    committee of that place, a city's where the head says city."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("وكان السيد هوانغ جيا لونغ، نائب الرئيس الدائم للجنة الشعبية لمقاطعة ها جيانغ، قد استقبل الوفد الصيني مساء الأربعاء.",
     ("x-hoang-gia-long", "VICE_CHAIR", "ha-giang/peoples-committee")),
    ("وكان السيد دانغ هوي هاو، النائب الدائم لرئيس اللجنة الشعبية لمقاطعة كوانغ نينه، قد استقبل الوفد.",
     ("x-dang-huy-hau", "VICE_CHAIR", "quang-ninh/peoples-committee")),
])
def test_an_arabic_definite_vice_chair_of_the_committee_after_li(extractor, text, expected) -> None:
    """"نائب الرئيس الدائم للجنة الشعبية": the title made definite, the body after ل, which writes اللجنة as للجنة (one ل
    less); "النائب الدائم لرئيس اللجنة الشعبية" the same post."""
    assert expected in posts(extractor, text, "ar")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Ông Nguyễn Văn Hòa, Viện trưởng Viện Kiểm sát nhân dân tỉnh Quảng Ninh, phát biểu.",
     ("x-nguyen-van-hoa", "HEAD", "quang-ninh/peoples-procuracy")),
    ("en", "Nguyen Van Hoa, Chief Procurator of the Quang Ninh People's Procuracy, spoke at the meeting.",
     ("x-nguyen-van-hoa", "HEAD", "quang-ninh/peoples-procuracy")),
    ("ar", "وشارك السيد نغوين فان هوا، رئيس النيابة الشعبية لمقاطعة كوانغ نينه.",
     ("x-nguyen-van-hoa", "HEAD", "quang-ninh/peoples-procuracy")),
])
def test_a_provinces_procuracy_and_its_chief(extractor, lang, text, expected) -> None:
    """"Viện trưởng Viện Kiểm sát nhân dân tỉnh Quảng Ninh": a province's people's procuracy, headed by its chief."""
    assert expected in posts(extractor, text, lang)


def test_a_title_after_the_clause_the_word_in_turn_ends_is_another_names(extractor) -> None:
    """"Be Thi Hoa and Pham Quang Huy, deputy directors of the Cao Bang Customs Department and the Quang Ninh Customs
    Department respectively, while Deputy Director-General of Nanning Customs Lan Hai …": the comma after "respectively"
    ends what it pairs; Pham Quang Huy is not of Nanning Customs."""
    found = posts(extractor, "The Vietnamese side was led by Nguyen Hung Anh, director of the Lang Son Customs Department, with "
                             "Be Thi Hoa and Pham Quang Huy, deputy directors of the Cao Bang Customs Department and the Quang "
                             "Ninh Customs Department respectively, while Deputy Director-General of Nanning Customs Lan Hai "
                             "headed the Chinese delegation.", "en")
    assert {("x-be-thi-hoa", "DEPUTY_DIRECTOR", "cao-bang/customs"),
            ("x-pham-quang-huy", "DEPUTY_DIRECTOR", "quang-ninh/customs")} <= found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Ombord fanns även Tran Duc Manh och Pham Thi Lan, ställföreträdande befälhavare för Quang Ninhs gränsbevakning "
           "respektive biträdande direktör för provinsens departement för jordbruk och landsbygdsutveckling.",
     ("x-pham-thi-lan", "DEPUTY_DIRECTOR", "quang-ninh/department-agriculture")),
    ("fr", "Était également présente Pham Thi Lan, directrice adjointe du Service de l'Agriculture et du Développement rural de "
           "Quang Ninh.", ("x-pham-thi-lan", "DEPUTY_DIRECTOR", "quang-ninh/department-agriculture")),
])
def test_a_provinces_department_of_agriculture_and_rural_development(extractor, lang, text, expected) -> None:
    """"provinsens departement för jordbruk och landsbygdsutveckling", "Service de l'Agriculture et du Développement rural":
    the province's department of agriculture."""
    assert expected in posts(extractor, text, lang)


def test_a_management_boards_chief_is_its_head(extractor) -> None:
    """"chef för förvaltningsstyrelsen för den ekonomiska gränszonen Dong Dang–Lang Son": a board's head (CONTRACT.md: the
    head of a government or board is HEAD), whatever word the text uses."""
    found = posts(extractor, "Den vietnamesiska delegationen leddes av Hoang Van Tuan, chef för förvaltningsstyrelsen för den "
                             "ekonomiska gränszonen Dong Dang–Lang Son.", "sv")
    assert ("x-hoang-van-tuan", "HEAD", "lang-son/management-board-dong-dang-lang-son") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "在口岸现场，老街省经济区管理委员会主任王贞国向代表团介绍了情况。"),
    ("vi", "Ông Vương Trinh Quốc, Trưởng Ban Quản lý Khu kinh tế tỉnh Lào Cai, cho biết."),
    ("en", "Vuong Trinh Quoc, head of the Lao Cai Economic Zone Management Board, said so."),
])
def test_a_board_named_after_its_zone_is_one_body_in_every_language(extractor, lang, text) -> None:
    """"老街省经济区管理委员会主任王贞国": in Chinese the board's name ends with its head, opening with its place; it does not
    run on after the head into the title and name."""
    assert ("x-vuong-trinh-quoc", "HEAD", "lao-cai/management-board-lao-cai") in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "代表团由红河州文化和旅游局局长张艳梅率领，副局长李建华等随团出访。",
     ("x-li-jianhua", "DEPUTY_DIRECTOR", "honghe/body-bureau-032cd5deaea2efa3")),
    ("en", "The delegation was led by Zhang Yanmei, director of the Culture and Tourism Bureau of Honghe Prefecture, and "
           "included deputy director Li Jianhua.", ("x-li-jianhua", "DEPUTY_DIRECTOR", "honghe/body-bureau-culture-tourism")),
    ("vi", "Tham gia cuộc điện đàm, phía Quảng Ninh có ông Đinh Thọ Phúc, Giám đốc Sở Ngoại vụ, và bà Vũ Thị Hạnh, Phó Giám "
           "đốc Sở.", ("x-vu-thi-hanh", "DEPUTY_DIRECTOR", "quang-ninh/department-foreign-affairs")),
])
def test_a_deputy_named_after_the_head_of_a_body_is_its_deputy(extractor, lang, text, expected) -> None:
    """"局长张艳梅率领，副局长李建华", "director of the bureau …, and deputy director Li Jianhua": a deputy's title that names
    no body, after the sentence named the head of one, is held in that body."""
    assert expected in posts(extractor, text, lang)


def test_a_deputy_of_a_body_the_tables_do_not_know_is_not_the_heads(extractor) -> None:
    """Guard: "…, commandant du poste de garde-frontière …, et X, cheffe adjointe du bureau des douanes du poste-frontière":
    a body of her own follows her title; she is not the commander's deputy."""
    found = posts(extractor, "Étaient présents le lieutenant-colonel Nguyen Van Minh, commandant du poste de garde-frontière du "
                             "poste-frontière international de Lao Cai, et Nguyen Thi Thanh Binh, cheffe adjointe du bureau des "
                             "douanes du poste-frontière de Lao Cai.", "fr")
    assert not any(person == "x-nguyen-thi-thanh-binh" for person, _, _ in found)


def test_a_deputy_minister_with_the_weak_german_ending(extractor) -> None:
    """"der stellvertretende Minister für Industrie und Handel, Tran Quoc Khanh": the deputy, not the minister."""
    found = posts(extractor, "Bereits am 14. Dezember hatten der stellvertretende Minister für Industrie und Handel, Tran Quoc "
                             "Khanh, und Cai Lixin Bilanz gezogen.", "de")
    assert ("x-tran-quoc-khanh", "DEPUTY_HEAD", "vietnam-ministry-of-industry-and-trade") in found


def test_a_foreign_affairs_offices_chairman_is_its_director(extractor) -> None:
    """"Chủ nhiệm Văn phòng Ngoại sự Khu tự trị" (外事办主任), "Phó Chủ nhiệm Văn phòng": the office's director and deputy
    director, whatever word the text uses."""
    found = posts(extractor, "Phía Quảng Tây có ông Thạch Đông Long, Chủ nhiệm Văn phòng Ngoại sự Khu tự trị, cùng ông Hoàng "
                             "Chí Cường, Phó Chủ nhiệm Văn phòng.", "vi")
    assert {("x-shi-donglong", "DIRECTOR", "guangxi/foreign-affairs-office"),
            ("x-hoang-chi-cuong", "DEPUTY_DIRECTOR", "guangxi/foreign-affairs-office")} <= found


def test_a_chinese_customs_chief_in_vietnamese(extractor) -> None:
    """"ông Vương Vị Băng, Quan trưởng Hải quan Nam Ninh" (关长): the head of Nanning Customs."""
    found = posts(extractor, "Phía Trung Quốc do ông Vương Vị Băng, Quan trưởng Hải quan Nam Ninh, làm Trưởng đoàn.", "vi")
    assert ("x-wang-weibing", "HEAD", "nanning/customs") in found


def test_a_health_commission_named_bare_is_the_one_named_before(extractor) -> None:
    """"Du Zhenzong, direktör för Guangxis hälsokommission … Liang Xiaohong, biträdande direktör för hälsokommissionen":
    China's health commission (卫生健康委员会), named bare later, is Guangxi's, not the Vietnamese province's the article
    is about."""
    found = posts(extractor, "Den kinesiska delegationen leddes av Du Zhenzong, direktör för Guangxis hälsokommission. Värd var "
                             "Nong Tuan Phong, direktör för hälsodepartementet i Cao Bang. Liang Xiaohong, biträdande direktör "
                             "för hälsokommissionen, ingick i den kinesiska delegationen.", "sv")
    assert {("x-du-zhenzong", "DIRECTOR", "guangxi/health-commission"),
            ("x-liang-xiaohong", "DEPUTY_DIRECTOR", "guangxi/health-commission")} <= found


def test_a_regional_customs_branch_named_by_its_number(extractor) -> None:
    """"Phó Chi cục trưởng Chi cục Hải quan khu vực VI": Vietnam's regional customs branches (2025) are named by their
    region's number, one body each, not the province's customs."""
    found = posts(extractor, "Trưởng đoàn Hải quan Việt Nam là ông Nguyễn Trung Hải, Chi cục trưởng Chi cục Hải quan khu vực "
                             "XVI; cùng dự có ông Hoàng Minh Tú, Phó Chi cục trưởng Chi cục Hải quan khu vực VI.", "vi")
    assert {("x-nguyen-trung-hai", "HEAD", "vietnam/customs-branch-xvi"),
            ("x-hoang-minh-tu", "DEPUTY_HEAD", "vietnam/customs-branch-vi")} <= found


def test_a_chinese_promotion_conference(extractor) -> None:
    """"出席了沙巴市文化旅游宣传推广会议": a promotion conference, as a 推介会 is."""
    from cases import read
    ex = read(extractor, "27日，屏边县代表团出席了沙巴市文化旅游宣传推广会议。", "zh", date="2024-04-29")
    assert {(e.cls, e.date) for e in ex.events} == {("Conference", "2024-04-27")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hoang Thi Mai, member of the Standing Committee and head of the Mass Mobilisation Commission of the Ha Giang "
           "Provincial Party Committee, received the guests.", ("x-hoang-thi-mai", "MEMBER", "ha-giang/party-committee")),
    ("fr", "Lo Van Minh, membre du Comité permanent et chef de la Commission de propagande du Comité provincial du Parti "
           "de Lai Chau, a accueilli les invités.", ("x-lo-van-minh", "MEMBER", "lai-chau/party-committee")),
    ("de", "Giang Thi Ha, Mitglied des Ständigen Ausschusses und Leiterin der Propagandaabteilung des Parteikomitees der "
           "Provinz Dien Bien, empfing die Gäste.", ("x-giang-thi-ha", "MEMBER", "dien-bien/party-committee")),
])
def test_a_standing_committee_member_joined_to_a_titled_post(extractor, lang, text, expected) -> None:
    """"member of the Standing Committee and head of the … Commission of the X Provincial Party Committee": the
    member's body is left out; it is the party committee of the place the joined title's body names."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد نغوين فان تونغ رئيس اللجنة الشعبية لمقاطعة ديان بيان أن التعاون مع يوننان يتطور.",
     ("x-nguyen-van-tung", "CHAIR", "dien-bien/peoples-committee")),
    ("واستقبل تشانغ مينغ هوا نائب عمدة مدينة بايسه الوفد الفيتنامي.",
     ("x-zhang-minghua", "VICE_CHAIR", "baise/peoples-government")),
])
def test_an_arabic_name_right_before_its_title_with_no_comma(extractor, text, expected) -> None:
    """"وأكد نغوين فان تونغ رئيس اللجنة …": Arabic writes the title right after the name; the words the names tables
    read as a name, right before a title, are the person who holds it."""
    assert expected in posts(extractor, text, "ar")


def test_a_vietnamese_body_with_its_level_word_then_the_name(extractor) -> None:
    """"Giám đốc Sở Công Thương tỉnh Lò Văn Hùng": "tỉnh" (the province) after the body stands for the province told
    before; the name right after it holds the title."""
    found = posts(extractor, "Đoàn công tác tỉnh Điện Biên đã sang thăm châu Hồng Hà. Giám đốc Sở Công Thương tỉnh Lò "
                             "Văn Hùng cho biết hai bên sẽ mở rộng hợp tác.", "vi")
    assert ("x-lo-van-hung", "DIRECTOR", "dien-bien/department-industry-trade") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Dien Biens provinsfolkkommittés ordförande Lo Van Hung tog emot gästerna.",
     ("x-lo-van-hung", "CHAIR", "dien-bien/peoples-committee")),
    ("sv", "Bat Xats distriktspartisekreterare Vang A Chinh träffade gästerna.",
     ("x-vang-a-chinh", "SECRETARY", "bat-xat/party-committee")),
    ("sv", "Wang Lin, chef för länsregeringen i Malipo, talade.", ("x-wang-lin", "HEAD", "malipo/peoples-government")),
    ("de", "Die Gäste aus dem Kreis Malipo standen unter Leitung des Kreisvorstehers Wang Lin.",
     ("x-wang-lin", "HEAD", "malipo/peoples-government")),
])
def test_compounded_levels_and_genitive_titles(extractor, lang, text, expected) -> None:
    """"provinsfolkkommittés", "distriktspartisekreterare": Swedish compounds a level with the body or the title;
    "des Kreisvorstehers": a German title in the genitive."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("واستقبل العقيد هوانغ دوك ثانغ، قائد حرس الحدود في مقاطعة لاو كاي، ونائبه المقدم تران مينه دوك، الوفد الصيني.",
     {("x-hoang-duc-thang", "HEAD", "lao-cai/border-guard-command"),
      ("x-tran-minh-duc", "DEPUTY_HEAD", "lao-cai/border-guard-command")}),
    ("وحضر الاجتماع السيد لي هوانغ نام والسيدة هوانغ ثي ماي، رئيس ونائبة رئيس اللجنة الشعبية لمقاطعة كاو بانغ على التوالي.",
     {("x-le-hoang-nam", "CHAIR", "cao-bang/peoples-committee"),
      ("x-hoang-thi-mai", "VICE_CHAIR", "cao-bang/peoples-committee")}),
])
def test_arabic_deputies_and_glued_honorifics_in_lists(extractor, text, expected) -> None:
    """"ونائبه" (and his deputy) holds the deputy's post in the body of the post just told; names an "and" glued to an
    honorific joins ("والسيدة") are one list, which a distributive word pairs with the titles in turn."""
    assert expected <= posts(extractor, text, "ar")


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال السيد دو فان خانه، الذي يشغل منصب نائب رئيس اللجنة الشعبية لمقاطعة لانغ سون، إن الجانبين اتفقا على الخطة.",
     ("x-do-van-khanh", "VICE_CHAIR", "lang-son/peoples-committee")),
    ("وتحدثت السيدة هوانغ ثي لينه، التي كانت آنذاك مديرة إدارة الخارجية بمقاطعة ها جيانغ، عن بداية التعاون.",
     ("x-hoang-thi-linh", "DIRECTOR", "ha-giang/department-foreign-affairs")),
    ("وتذكر السيد نونغ فان هوا، المدير السابق لإدارة الخارجية بمقاطعة كاو بانغ، تلك المرحلة.",
     ("x-nong-van-hoa", "DIRECTOR", "cao-bang/department-foreign-affairs")),
])
def test_arabic_relative_clauses_and_former_titles(extractor, text, expected) -> None:
    """"الذي يشغل منصب" (who holds the post of), "التي كانت آنذاك" (who was then) open the title set off after a name; a
    former holder's adjective ("المدير السابق") stands between the title and its body."""
    assert expected in posts(extractor, text, "ar")


def test_an_arabic_body_placed_in_its_province_then_an_honorific_and_the_name(extractor) -> None:
    """"رئيس اللجنة الشعبية لمنطقة في شوين بمقاطعة ها جيانغ السيد X": the district's province, then the honorific that
    sets the name off."""
    text = "والتقى الوفد رئيس اللجنة الشعبية لمنطقة بات سات بمقاطعة لاو كاي السيد ما فان سينه في مقر اللجنة."
    assert ("x-ma-van-sinh", "CHAIR", "bat-xat/peoples-committee") in posts(extractor, text, "ar")


@pytest.mark.parametrize(("lang", "text", "expected", "not_held"), [
    ("es", "Los secretarios del Partido de las ciudades de Pingxiang y Chongzuo, Liu Bin y Zhao Lei, respectivamente, "
           "recibieron a Nguyen Van Toan, vicesecretario del Comité Provincial del Partido de Lang Son.",
     {("x-liu-bin", "SECRETARY", "pingxiang/party-committee"), ("x-zhao-lei", "SECRETARY", "chongzuo/party-committee"),
      ("x-nguyen-van-toan", "DEPUTY_SECRETARY", "lang-son/party-committee")},
     ("x-nguyen-van-toan", "SECRETARY", "lang-son/party-committee")),
    ("de", "Guangxis Vizegouverneur Wei Dong empfing am Montag in Nanning Delegationen aus Lang Son und Cao Bang, die "
           "jeweils von ihren Parteisekretären angeführt wurden.",
     {("x-wei-dong", "VICE_CHAIR", "guangxi/peoples-government")},
     ("x-wei-dong", "VICE_CHAIR", "nanning/peoples-government")),
])
def test_a_distributive_word_and_titles_before_the_names(extractor, lang, text, expected, not_held) -> None:
    """The title before the names a distributive word pairs, with the places between it and them; a title its one name
    follows is that name's, not a list's to pair with the places after it."""
    found = posts(extractor, text, lang)
    assert expected <= found
    assert not_held not in found


@pytest.mark.parametrize(("lang", "text", "deputy"), [
    ("en", "Hoang Van Nam, director of the Lao Cai Department of Foreign Affairs, accompanied by his deputy Tran Minh Duc, "
           "received the delegation.", ("x-tran-minh-duc", "DEPUTY_DIRECTOR", "lao-cai/department-foreign-affairs")),
    ("fr", "M. Hoang Van Nam, secrétaire du Comité provincial du Parti de Lao Cai, accompagné de son adjoint, M. Tran Minh "
           "Duc, a reçu la délégation.", ("x-tran-minh-duc", "DEPUTY_SECRETARY", "lao-cai/party-committee")),
])
def test_a_deputy_told_in_company_of_the_head(extractor, lang, text, deputy) -> None:
    """"accompanied by his deputy Y", "accompagné de son adjoint, M. Y": words of company stand as an "and"-word does
    before the word for the deputy of the post just told."""
    assert deputy in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Dang Xuan Phuc held talks in Lao Cai on Tuesday. The province's vice chairman Tran Minh Duc also attended.",
     ("x-tran-minh-duc", "VICE_CHAIR", "lao-cai/peoples-committee")),
    ("sv", "Avtalet undertecknades 2021 av Cao Bangs dåvarande partisekreterare Tran Minh Duc.",
     ("x-tran-minh-duc", "SECRETARY", "cao-bang/party-committee")),
    ("de", "Das Abkommen unterzeichnete 2021 Cao Bangs damaliger Parteisekretär Tran Minh Duc.",
     ("x-tran-minh-duc", "SECRETARY", "cao-bang/party-committee")),
])
def test_a_title_after_an_anaphors_genitive_or_a_then_holders_word(extractor, lang, text, expected) -> None:
    """"the province's vice chairman X" (an anaphor of two words), "Cao Bangs dåvarande partisekreterare X" (a word for
    the holder then, between the genitive and the title)."""
    assert expected in posts(extractor, text, lang)


def test_an_arabic_title_its_place_and_the_countrys_adjective_then_the_name(extractor) -> None:
    """"نائب حاكم مقاطعة يوننان الصينية لي جيان مينغ": the place's country adjective stands between the title's place and
    the name, which is still that title's."""
    found = posts(extractor, "واستقبل الوفد نائب حاكم مقاطعة يوننان الصينية وانغ مينغ في كونمينغ يوم الاثنين.", "ar")
    assert any(role == "VICE_CHAIR" and org == "yunnan/peoples-government" for _, role, org in found)


def test_a_title_after_a_distributive_list_with_its_own_name_is_not_the_lists(extractor) -> None:
    """"أمناء لجان الحزب في مقاطعات A وB وC، السادة X وY وZ على التوالي، مع أمين لجنة الحزب في مقاطعة يوننان السيد W": the
    secretary's title after the list, with its body and its own name after it, is W's; the list's names hold the
    secretaries' posts of the places in turn."""
    found = posts(extractor, "اجتمع أمناء لجان الحزب في مقاطعات لاو كاي وها جيانغ ولاي تشاو، السادة هوانغ فان نام "
                             "وهوانغ دوك ثانغ وتران مينه دوك على التوالي، مع أمين لجنة الحزب في مقاطعة يوننان السيد "
                             "وانغ مينغ في كونمينغ.", "ar")
    assert {("x-hoang-van-nam", "SECRETARY", "lao-cai/party-committee"),
            ("x-hoang-duc-thang", "SECRETARY", "ha-giang/party-committee"),
            ("x-tran-minh-duc", "SECRETARY", "lai-chau/party-committee")} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Kreisvorsteher unterzeichneten eine Absichtserklärung mit dem Bezirk Ha Quang. Für die vietnamesische "
           "Seite unterschrieb der Vorsitzende des Bezirksvolkskomitees, Tran Minh Duc."),
    ("sv", "Avtalet undertecknades med distriktet Ha Quang. För den vietnamesiska sidan skrev ordföranden för "
           "distriktsfolkkommittén, Tran Minh Duc, under."),
])
def test_a_body_whose_head_compounds_its_level_is_the_last_such_place_told(extractor, lang, text) -> None:
    """"des Bezirksvolkskomitees", "distriktsfolkkommittén": with no place beside it, the body of the district told last."""
    assert ("x-tran-minh-duc", "CHAIR", "ha-quang/peoples-committee") in posts(extractor, text, lang)


def test_a_compound_title_whose_first_part_is_a_bodys_head_after_a_places_genitive(extractor) -> None:
    """"Lai Chaus gränsbevakningschef, överste X": the compound's first part is a body's head word ("gränsbevakningen"),
    the genitive before it says whose: the border guard command of Lai Chau, no body told before."""
    found = posts(extractor, "Cao Bangs gränsbevakningschef, överste Tran Minh Duc, inspekterade gränsmarkeringarna.", "sv")
    assert ("x-tran-minh-duc", "HEAD", "cao-bang/border-guard-command") in found


def test_the_prefect_is_the_head_of_the_prefecture_told_last(extractor) -> None:
    """"prefekten X" (the prefect, a definite title): the head of the government of the prefecture named last."""
    found = posts(extractor, "Delegationen reste till Honghe, där den togs emot av prefekten Wang Ming.", "sv")
    assert ("x-wang-ming", "HEAD", "honghe/peoples-government") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Zhang Guohua, secretario del Comité del Partido Comunista de China (PCCh) de la prefectura autónoma Zhuang y Miao de "
           "Wenshan, recibió a la delegación."),
    ("es", "Zhang Guohua, secretario del Comité del PCCh en Wenshan, recibió a la delegación."),
    ("fr", "Zhang Guohua, secrétaire du Comité du PCC pour la préfecture de Wenshan, a reçu la délégation."),
    ("de", "Zhang Guohua, Sekretär des KPCh-Komitees der Präfektur Wenshan, empfing die Delegation."),
    ("de", "Zhang Guohua, Sekretär des Parteikomitees der Kommunistischen Partei Chinas in Wenshan, empfing die Delegation."),
])
def test_the_partys_committee_of_a_place_named_with_the_partys_name_between(extractor, lang, text) -> None:
    """"Comité del Partido Comunista de China (PCCh) de la prefectura …", "KPCh-Komitee der Präfektur": the Party's committee
    of the place after its name, not the Party."""
    assert ("x-zhang-guohua", "SECRETARY", "wenshan/party-committee") in posts(extractor, text, lang)


def test_the_countys_body_is_of_the_place_named_a_county_not_the_last_place_of_its_level(extractor) -> None:
    """"a delegation from Hekou Yao Autonomous County in Honghe prefecture, headed by Dang Thuy, head of the county's People's
    Government": Honghe, named last, is of the same level in the lexicon, but the text named Hekou the county."""
    found = posts(extractor, "Tran Huy Tuan received a delegation from Hekou Yao Autonomous County in Honghe prefecture, headed "
                             "by Dang Thuy, head of the county's People's Government.", "en")
    assert ("x-dang-thuy", "HEAD", "hekou/peoples-government") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A delegation of Baise city visited Cao Bang. The Chinese side was led by Mayor Zhou Yilin.",
     ("x-zhou-yilin", "HEAD", "baise/peoples-government")),
    ("de", "Eine Delegation der Stadt Baise besuchte Cao Bang. Die chinesische Seite wurde von Bürgermeister Zhou Yilin angeführt.",
     ("x-zhou-yilin", "HEAD", "baise/peoples-government")),
    ("de", "Eine Delegation der Stadt Pingxiang besuchte Lang Son. An ihrer Seite saß Vizebürgermeister Huang Jianming.",
     ("x-huang-jianming", "VICE_CHAIR", "pingxiang/peoples-government")),
    # (a county head's, the county's: not the Premier the lexicon knows by that name, nor the province visited)
    ("en", "A delegation from Jinping county visited Lai Chau. It was led by county head Li Qiang.",
     ("x-li-qiang", "HEAD", "jinping/peoples-government")),
    ("de", "Eine Delegation des Kreises Jinping besuchte Lai Chau, angeführt von Kreisvorsteher Zhang Wei.",
     ("x-zhang-wei", "HEAD", "jinping/peoples-government")),
])
def test_a_mayor_named_with_no_body_heads_the_government_of_the_city_told_last(extractor, lang, text, expected) -> None:
    """"… led by Mayor Zhou Yilin": a mayor's title names a city's government (`title_places`), not the province the
    article is about."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("En delegation från gränsmötesstationen i häradet Jiangcheng besökte A Pa Chai. Den kinesiska delegationen leddes av "
     "stationschefen Yang Wei.", ("x-yang-wei", "HEAD", "jiangcheng/border-meeting-station")),
    ("Mötet hölls på departementet för industri och handel i Lang Son. Mötet leddes av departementschefen Hoang Thi Lan.",
     ("x-hoang-thi-lan", "DIRECTOR", "lang-son/department-industry-trade")),
    # (a station whose head the text named already is not the one the other side's chief leads)
    ("Gränsmötesstationen i häradet Jiangcheng tog emot gränsbevakningsstationen A Pa Chai. Den vietnamesiska sidan leddes av "
     "Lo Van Thanh, chef för gränsbevakningsstationen A Pa Chai. Den kinesiska delegationen leddes av stationschefen Yang Wei.",
     ("x-yang-wei", "HEAD", "jiangcheng/border-meeting-station")),
    ("En delegation från gränsmötesstationen i häradet Jiangcheng besökte A Pa Chai. Den leddes av den ställföreträdande "
     "stationschefen Li Guoqiang.", ("x-li-guoqiang", "DEPUTY_HEAD", "jiangcheng/border-meeting-station")),
])
def test_a_swedish_compound_title_whose_noun_links_with_an_s_is_the_body_told_before(extractor, text, expected) -> None:
    """"stationschefen Yang Wei", "departementschefen X": the compound's noun without its linking "-s" ends or opens the name
    of the body told before."""
    assert expected in posts(extractor, text, "sv")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ihr gegenüber stand eine Abordnung der Grenzkontrollstation für Ein- und Ausreise Hekou, angeführt von Stationsleiter "
     "Li Jianguo.", ("x-li-jianguo", "HEAD", "hekou/border-inspection-station")),
    ("Ihm gegenüber saß Oberst Zhang Jianhua, Leiter des Grenzverwaltungsteams Pu'er.",
     ("x-zhang-jianhua", "HEAD", "puer/border-management-detachment")),
])
def test_german_border_units_and_a_compound_title_of_the_unit_told(extractor, text, expected) -> None:
    """"Grenzkontrollstation für Ein- und Ausreise Hekou", "Grenzverwaltungsteam Pu'er": border units; "Stationsleiter X": the
    head of the station told before (a compound title, `role_compound_heads`)."""
    assert expected in posts(extractor, text, "de")


@pytest.mark.parametrize(("text", "expected"), [
    ("Sở Ngoại vụ tỉnh Lạng Sơn tổ chức hội nghị. Ông Hoàng Văn Lâm, Giám đốc Sở, phát biểu.",
     ("x-hoang-van-lam", "DIRECTOR", "lang-son/department-foreign-affairs")),
    ("Sở Ngoại vụ tỉnh Lạng Sơn tổ chức hội nghị. Phó Giám đốc Sở Hoàng Văn Lâm phát biểu.",
     ("x-hoang-van-lam", "DEPUTY_DIRECTOR", "lang-son/department-foreign-affairs")),
    # (the head word a title holds is the title's: "Cục trưởng Cục …" is no body named "Cục trưởng …")
    ("Bà Lục Tú Phương, Cục trưởng Cục Văn hóa và Du lịch thành phố Sùng Tả, phát biểu.",
     ("x-liu-xiufang", "HEAD", "chongzuo/body-department-van-hoa-du-lich")),
])
def test_a_title_and_a_bare_head_word_is_the_body_of_that_kind_told_last(extractor, text, expected) -> None:
    """"Giám đốc Sở", "Phó Giám đốc Sở X": the department the text named in full before."""
    assert expected in posts(extractor, text, "vi")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Nguyen Van A, head of the Tra Linh Border Guard Station in Cao Bang province, spoke.",
     ("x-nguyen-van-a", "HEAD", "tra-linh/border-guard-station")),
    ("en", "Shi Zhengkun, head of Maguan County, said the county's vice head, Tao Lihua, would visit.",
     ("x-tao-lihua", "VICE_CHAIR", "maguan/peoples-government")),
    ("zh", "越南峙马口岸海关分局局长黎文松签署了备忘录。", ("x-le-van-tung", "DIRECTOR", "chi-ma/customs")),
])
def test_units_named_by_their_place_and_their_deputies(extractor, lang, text, expected) -> None:
    """"the Tra Linh Border Guard Station in Cao Bang province": the station is Tra Linh's, "in" says where that lies; "the
    county's vice head"; "口岸海关分局" (a gate's customs sub-branch)."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le colonel Hoang Minh Tuan et le lieutenant-colonel Ly Van Sang, respectivement commandant adjoint du Commandement "
           "des gardes-frontières de Cao Bang et chef du poste de garde-frontière de Ta Lung, ont reçu une délégation conduite par "
           "son chef adjoint, Huang Yongjie.",
     {("x-hoang-minh-tuan", "DEPUTY_HEAD", "cao-bang/border-guard-command"), ("x-ly-van-sang", "HEAD", "ta-lung/border-guard-station")}),
    ("es", "El teniente coronel Lu Van Tho y el mayor Sung Seo Pao, jefe y subjefe respectivamente de la Estación de Guardia "
           "Fronteriza de Xin Man, se reunieron el jueves con Ma Tianming.",
     {("x-lu-van-tho", "HEAD", "xin-man/border-guard-station"), ("x-sung-seo-pao", "DEPUTY_HEAD", "xin-man/border-guard-station")}),
])
def test_names_listed_with_their_ranks_take_the_titles_in_turn(extractor, lang, text, expected) -> None:
    """"Le colonel A et le lieutenant-colonel B, respectivement …", "el mayor B": a rank with its article between two listed
    names leaves them one list."""
    assert expected <= posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Nong Lijuan a rencontré le président du Comité populaire de la commune de Dong Dang, Hoang Van Quyet, et le secrétaire "
           "du Comité du Parti de la commune, Chu Van Dung.", ("x-chu-van-dung", "SECRETARY", "dong-dang/party-committee")),
    ("sv", "Bai Lingyun tog emot en delegation från kommunen Sin Thau i Dien Bien, ledd av kommunens partisekreterare Lo Van Xuan.",
     ("x-lo-van-xuan", "SECRETARY", "sin-thau/party-committee")),
])
def test_the_communes_body_is_of_the_commune_or_township_told_last(extractor, lang, text, expected) -> None:
    """"du Comité du Parti de la commune", "kommunens partisekreterare": the commune told last, a township (Dong Dang, a
    thị trấn in the lexicon) being of a commune's level."""
    assert expected in posts(extractor, text, lang)


def test_a_swedish_plural_title_before_bodies_in_turn(extractor) -> None:
    """"Qin Lihong och Duong Van Khanh, direktörer för Guangxis handelsdepartement respektive Lang Sons industri- och
    handelsdepartement": the plural title, each name its body in turn."""
    found = posts(extractor, "Mötet leddes av Qin Lihong och Duong Van Khanh, direktörer för Guangxis handelsdepartement "
                             "respektive Lang Sons industri- och handelsdepartement.", "sv")
    assert {("x-qin-lihong", "DIRECTOR", "guangxi/department-commerce"),
            ("x-duong-van-khanh", "DIRECTOR", "lang-son/department-industry-trade")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("Lang Sons tullchef Nguyen Hong Linh konstaterade att myndigheterna har avslöjat 189 smugglingsfall.",
     ("x-nguyen-hong-linh", "DIRECTOR", "lang-son/customs")),
    ("Lao Cais biträdande tullchef Hoang Thi Nga presenterade ett nytt system.",
     ("x-hoang-thi-nga", "DEPUTY_DIRECTOR", "lao-cai/customs")),
])
def test_a_places_customs_chief_heads_its_customs(extractor, text, expected) -> None:
    """"Lang Sons tullchef X": the customs of the place in the genitive (`role_bodies`)."""
    assert expected in posts(extractor, text, "sv")


def test_an_arabic_title_body_and_the_place_its_place_lies_in_then_the_name(extractor) -> None:
    """"رئيس الحكومة الشعبية لبلدة شويكو بمحافظة لونغتشو هوانغ مينغ فو": the town's county after the body, then the name, no
    comma or honorific between: the name is read, and holds the post (not the name told before it)."""
    text = ("وقّع رئيس اللجنة الشعبية لبلدة تا لونغ دينه فان هاي ورئيس الحكومة الشعبية لبلدة شويكو بمحافظة لونغتشو "
            "هوانغ مينغ فو اتفاقا بشأن الإدارة المشتركة.")
    ex: Extraction = extractor(Document("case", text, "ar", "case.txt", date="2024-05-14"))
    names = {e.iri: e.mention.text for e in ex.entities if e.cls == "Person"}
    held = {(names.get(m.person), m.organization.removeprefix(BKR)) for m in ex.memberships}
    assert ("هوانغ مينغ فو", "org/shuikou-town/peoples-government") in held
    assert ("دينه فان هاي", "org/shuikou-town/peoples-government") not in held


def test_an_arabic_dual_title_of_both_bodies_after_names_in_turn(extractor) -> None:
    """"السيد A والسيد B، مديرا الجهتين على التوالي": the directors of "the two bodies" the sentence named before, in turn
    (and China's "department of agriculture and rural affairs")."""
    found = posts(extractor, "وقّعت إدارة الزراعة والتنمية الريفية في مقاطعة كاو بانغ وإدارة الزراعة والشؤون الريفية في منطقة "
                             "قوانغشي اتفاقية تعاون، ووقعها عن الجانبين السيد لام فان دوان والسيد هوانغ تشي وي، مديرا الجهتين "
                             "على التوالي.", "ar")
    assert {("cao-bang/department-agriculture", "DIRECTOR"), ("guangxi/department-agriculture", "DIRECTOR")} \
        <= {(org, role) for _, role, org in found}
    assert len({person for person, _, _ in found}) == 2


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "La comuna de Ma Li Pho, en el distrito de Phong Tho, recibió la donación. El subjefe de la Policía del "
           "distrito de Phong Tho, Deo Van Tam, asistió al acto.", ("x-deo-van-tam", "DEPUTY_HEAD", "phong-tho/district-police")),
    ("es", "El distrito de Phong Tho recibió la donación. Asistió el subjefe de la Policía distrital, el mayor Deo Van Tam.",
     ("x-deo-van-tam", "DEPUTY_HEAD", "phong-tho/district-police")),
    ("vi", "Đại tá Lò Văn Tâm, Phó Trưởng Công an huyện Phong Thổ, dự buổi lễ.",
     ("x-lo-van-tam", "DEPUTY_HEAD", "phong-tho/district-police")),
])
def test_the_police_of_a_district(extractor, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """"Policía del distrito de Phong Tho", "Policía distrital", "Công an huyện Phong Thổ": a district's police, a body
    of the district (a province's is its Department of Public Security)."""
    assert expected in posts(extractor, text, lang)


def test_a_vice_minister_is_no_head_of_a_police(extractor) -> None:
    """"Thứ trưởng Bộ Công Thương", "Thị trưởng": Vietnamese titles end in "trưởng"; only "Trưởng Công an huyện" heads a
    district's police."""
    found = posts(extractor, "Phát biểu khai mạc, Thứ trưởng Bộ Công Thương Đặng Hoàng An cho rằng hội chợ là cơ hội.", "vi")
    assert {role for _, role, _ in found} == {"DEPUTY_HEAD"}


def test_a_commune_body_told_by_its_level_adjective(extractor) -> None:
    """"presidente del Comité Popular comunal": the People's Committee of the commune last named, not the province's."""
    found = posts(extractor, "La comuna fronteriza de Ma Li Pho, en el distrito de Phong Tho de la provincia de Lai Chau, "
                             "recibió 35 farolas. \"Estas luces son un regalo\", afirmó Sung A Vang, presidente del Comité "
                             "Popular comunal.", "es")
    assert ("x-sung-a-vang", "CHAIR", "x-ma-li-pho/peoples-committee") in found


def test_a_body_placed_by_the_provincial_adjective(extractor) -> None:
    """"Deputy Director of the provincial Department of Labour, Invalids and Social Affairs": a body no table names whole,
    of the province last named."""
    found = posts(extractor, "Hoang Quoc Tuan, Director of the Lang Son Department of Education and Training, spoke. Ha Thi "
                             "Hai Yen, Deputy Director of the provincial Department of Labour, Invalids and Social Affairs, "
                             "agreed.", "en")
    assert ("x-ha-thi-hai-yen", "DEPUTY_DIRECTOR", "lang-son/body-department-labour-invalids-social-affairs") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Grenzschutzstation A Pa Chai patrouillierte mit der Grenzpolizeistation Qushui. Geleitet wurde die Gruppe "
           "von Hauptmann Vu Van Thanh, dem stellvertretenden Leiter der Station A Pa Chai.",
     ("x-vu-van-thanh", "DEPUTY_HEAD", "a-pa-chai/border-guard-station")),
    ("de", "Dien Bien, 7. Juli (VNA) – Beteiligt waren die Grenzschutzstation A Pa Chai und die Grenzpolizeistation Qushui der "
           "Grenzverwaltungskompanie Jiangcheng. Sein Gegenüber Yang Wenbin, stellvertretender Leiter der Station Qushui, "
           "lobte die Streife.", ("x-yang-wenbin", "DEPUTY_HEAD", "qushui-town/border-police-station")),
    ("sv", "Gränsbevakningsstationen A Pa Chai genomförde en patrull. Major Nguyen Manh Cuong, chef för stationen A Pa Chai, "
           "talade.", ("x-nguyen-manh-cuong", "HEAD", "a-pa-chai/border-guard-station")),
    ("es", "El Comando de la Guardia Fronteriza de Lai Chau y el Destacamento de Gestión Fronteriza de Honghe celebraron "
           "conversaciones. La parte china fue dirigida por Zhang Benyu, jefe del destacamento de Honghe.",
     ("x-zhang-benyu", "HEAD", "honghe/border-management-detachment")),
])
def test_a_body_named_again_by_a_short_head(extractor, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """"der Station A Pa Chai" after "die Grenzschutzstation A Pa Chai", "jefe del destacamento de Honghe": a short head
    word its full name holds, before (past a link word) the name a body was named by in full, names that body again (and
    "Sein Gegenüber" is no part of a name)."""
    found = posts(extractor, text, lang)
    person, role, org = expected
    # (the body named in full, whichever place its name got)
    assert any((p, r) == (person, role) and o.endswith(org) for p, r, o in found)
    assert all(not p.startswith("x-sein") for p, _, _ in found)


def test_the_region_before_a_head_title_is_the_region_the_report_was_filed_in(extractor) -> None:
    """"本报南宁11月28日讯 … 自治区主席韦韬 … 与越南谅山省 …": "the region's chairman" is the chairman of the region whose
    name holds those words and in which the report's place lies (Guangxi), not of the province named last."""
    found = posts(extractor, "本报南宁11月28日讯 越南谅山省代表团来访。昨天下午，自治区党委副书记、自治区主席韦韬在南宁与"
                             "越南谅山省委副书记、省人民委员会主席阮景全举行会谈。", "zh")
    assert ("x-wei-tao", "CHAIR", "guangxi/peoples-government") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le poste de garde-frontière de Muong Khuong, dirigé par le lieutenant-colonel Ly Van Sinh, et la station de "
           "Hekou ont échangé des officiers de liaison.", ("x-ly-van-sinh", "HEAD", "muong-khuong/border-guard-station")),
    ("en", "Lieutenant Colonel Vu Quang Hieu, who commands the Lao Cai Border Guard Station, reported on the patrol.",
     ("x-vu-quang-hieu", "HEAD", "lao-cai/border-guard-station")),
])
def test_a_body_led_or_commanded_by_a_person(extractor, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """"X, dirigé par le lieutenant-colonel Y", "Y, who commands X": the person heads the body."""
    assert expected in posts(extractor, text, lang)


def test_a_delegation_led_by_a_person_is_no_post_in_its_body(extractor) -> None:
    """"A delegation of the Lao Cai Department of Foreign Affairs led by Nguyen Van Hung": he leads the delegation; what
    post he holds the text does not say."""
    assert not posts(extractor, "A delegation of the Lao Cai Department of Foreign Affairs led by Nguyen Van Hung visited "
                                "Hekou.", "en")


@pytest.mark.parametrize(("text", "expected"), [
    # an "and" right before a verb is the name's last character
    ("河江省外务厅厅长杜泰和率领的河江省外事代表团举行会谈。", ("x-do-thai-hoa", "DIRECTOR", "ha-giang/department-foreign-affairs")),
    # an adverb before a verb ("曾率团": once led) and "为" ("以…为团长") are no part of it
    ("前年12月26日，云南省外办副主任王伟曾率团访问河江。", ("x-wang-wei", "DEPUTY_DIRECTOR", "yunnan/foreign-affairs-office")),
    ("潘英山会见了以自治区人民对外友好协会会长魏然为团长的广西代表团。", ("x-wei-ran", "CHAIR", "guangxi/friendship-association")),
    # a usual surname the table lacked (洪 Hong)
    ("阮忠孝拜会了红河州委书记洪正华。", ("x-hong-zhenghua", "SECRETARY", "honghe/party-committee")),
])
def test_where_a_chinese_name_after_a_title_ends(extractor, text: str, expected: tuple[str, str, str]) -> None:
    """A Chinese given name has one or two characters; which, the words after it say."""
    assert expected in posts(extractor, text, "zh")


def test_a_country_word_after_an_and_is_the_next_title_holders(extractor) -> None:
    """"Foreign Minister Pham Binh Minh and Chinese State Councillor and Foreign Minister Wang Yi": "Chinese" after the
    "and" says Wang Yi's country, not Minh's."""
    found = posts(extractor, "Deputy Prime Minister and Foreign Minister Pham Binh Minh and Chinese State Councillor and "
                             "Foreign Minister Wang Yi on Sunday co-chaired a ceremony.", "en")
    assert ("x-pham-binh-minh", "HEAD", "vietnam-ministry-of-foreign-affairs") in found


def test_a_bank_branchs_deputy_president_in_chinese(extractor) -> None:
    """"中国人民银行防城港市中心支行副行长黄志坚": "副行长", a bank's deputy president, is a title that names whom it follows."""
    ex = extractor(Document("case", "人民银行防城港市中心支行副行长黄志坚介绍，当天两地共设立宣传点6个。", "zh", "case.txt",
                            date="2019-03-16"))
    assert any(e.cls == "Person" and e.iri.endswith("x-huang-zhijian") for e in ex.entities)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Li Ming, secretary of the CPC Hekou County Committee, attended.", ("x-li-ming", "SECRETARY", "hekou/party-committee")),
    ("es", "Li Ming, secretario del Comité municipal del Partido de Chongzuo, asistió.",
     ("x-li-ming", "SECRETARY", "chongzuo/party-committee")),
    ("es", "Li Ming, secretario del Comité del Partido Comunista de China en el distrito de Luchun, asistió.",
     ("x-li-ming", "SECRETARY", "luchun/party-committee")),
    ("ar", "وحضر لي فان آنه، سكرتير لجنة الحزب في محافظة هاي ها.", ("x-le-van-anh", "SECRETARY", "hai-ha/party-committee")),
])
def test_party_committees_of_counties_and_cities_in_more_wordings(extractor, lang, text, expected) -> None:
    """"the CPC Hekou County Committee" (a place typed by the level word its tail begins with), "Comité municipal del
    Partido de X", "… en el distrito de X"; and "لي فان" opens a name (Lê Văn …), no gate's (Lý Vạn's bare name is a
    context label)."""
    assert expected in posts(extractor, text, lang)


def test_an_arabic_name_right_before_a_title_over_a_gate_or_commune_of_those_words(extractor) -> None:
    """"لي هوا، نائب حاكم …": a name a comma and a title follow is a person's, though a gate (Lý Hỏa) or a commune has
    those words for its name; a province's or district's name stays the place's."""
    assert ("x-li-hua", "VICE_CHAIR", "honghe/peoples-government") in posts(
        extractor, "واستقبل لي هوا، نائب حاكم ولاية هونغخه، الوفد الفيتنامي.", "ar")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp đoàn.",
     ("x-tran-thanh-man", "MEMBER", "vietnam-politburo")),
    ("vi", "Ủy viên Bộ Chính trị, Bí thư Khu ủy Quảng Tây Trần Cương đã tiếp đoàn Việt Nam.",
     ("chen-gang", "MEMBER", "china-politburo")),
    ("zh", "中共中央政治局委员、广西壮族自治区党委书记陈刚会见了越南代表团。", ("chen-gang", "MEMBER", "china-politburo")),
    ("zh", "越共中央政治局委员、越南国会主席陈青敏会见了代表团。", (None, "MEMBER", "vietnam-politburo")),
    ("sv", "Nguyen Xuan Thang, ledamot av politbyrån i Vietnams kommunistiska parti, talade.",
     ("x-nguyen-xuan-thang", "MEMBER", "vietnam-politburo")),
])
def test_a_politburo_member_is_a_member_of_the_holders_partys_politburo(extractor, lang, text, expected) -> None:
    """"Ủy viên Bộ Chính trị, Bí thư Khu ủy Quảng Tây …": a title joined to the next title of a chain is that title's
    holder's; the Politburo is the party's of the country the title's own words say ("中共", "越共"), else the one the
    holder's other post lies in (Guangxi: China), else the name's."""
    found = posts(extractor, text, lang)
    assert expected in found if expected[0] else expected[1:] in {p[1:] for p in found}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Trưởng Ban Tổ chức Tỉnh ủy Lào Cai Nguyễn Văn Hùng dự.", ("x-nguyen-van-hung", "HEAD", "lao-cai/department-organisation")),
    ("zh", "云南省委组织部部长王宁出席。", ("x-wang-ning", "HEAD", "yunnan/department-organisation")),
    ("zh", "红河州纪委书记李强出席。", ("x-li-qiang", "SECRETARY", "honghe/inspection-commission")),
    ("en", "Wang Ning, head of the Organisation Commission of the Yunnan Provincial Party Committee, attended.",
     ("x-wang-ning", "HEAD", "yunnan/department-organisation")),
])
def test_heads_of_a_party_committees_organisation_and_inspection_commissions(extractor, lang, text, expected) -> None:
    assert expected in posts(extractor, text, lang)


def test_a_fairs_organising_board_is_no_party_organisation_commission(extractor) -> None:
    """"Trưởng Ban tổ chức Hội chợ": "Ban tổ chức" (organising board) is no Party committee's "Ban Tổ chức" (organisation
    commission), which is named with its committee ("Ban Tổ chức Tỉnh ủy")."""
    found = posts(extractor, "Phó Chủ tịch UBND tỉnh Lào Cai, Trưởng Ban tổ chức Hội chợ Nguyễn Thành Sinh phát biểu.", "vi")
    assert not [p for p in found if "department-organisation" in p[2]]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Ông Lê Văn Minh, Chủ nhiệm Ủy ban Biên giới quốc gia, dự hội nghị.",
     ("x-le-van-minh", "CHAIR", "vietnam-national-boundary-commission")),
    ("zh", "外交部边界与海洋事务司司长刘晓明出席会议。", ("x-liu-xiaoming", "DIRECTOR", "china-department-of-boundary-and-ocean-affairs")),
])
def test_heads_of_the_two_countries_boundary_bodies(extractor, lang, text, expected) -> None:
    """Vietnam's National Boundary Commission and China's Department of Boundary and Ocean Affairs (national lexicon);
    "司长" heads a department (司) of a ministry."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hoang Tien Phong attended as Vice Chairman of the Tuyen Quang provincial People's Committee.",
     ("x-hoang-tien-phong", "VICE_CHAIR", "tuyen-quang/peoples-committee")),
    ("de", "An der Sitzung nahm Li Ming als Vorsitzender des Volkskomitees der Provinz Lao Cai teil.",
     ("x-li-ming", "CHAIR", "lao-cai/peoples-committee")),
    ("fr", "Li Ming a participé en tant que vice-président du Comité populaire de la province de Lao Cai.",
     ("x-li-ming", "VICE_CHAIR", "lao-cai/peoples-committee")),
])
def test_the_title_a_name_acts_in(extractor, lang, text, expected) -> None:
    """"X attended as Vice Chairman of …" (`capacity_words`): past a few words of the name's verb written small."""
    assert expected in posts(extractor, text, lang)


def test_the_capacity_word_after_a_word_written_capital_is_no_title_of_the_name(extractor) -> None:
    """"Li Ming visited Hanoi as …": past a name of another thing, the capacity is no longer read as the name's."""
    found = posts(extractor, "Li Ming visited Hanoi as Vice Chairman of the Lao Cai Provincial People's Committee Nguyen Van Hai "
                             "looked on.", "en")
    assert not [p for p in found if p[0] == "x-li-ming"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Vice borgmästaren Wang Jun kom från Gejius stadsregering.", ("x-wang-jun", "VICE_CHAIR", "gejiu/peoples-government")),
    ("de", "Aus dem Autonomen Gebiet schaltete sich Wang Jun zu, Sekretär des Parteikomitees von Guangxi.",
     ("x-wang-jun", "SECRETARY", "guangxi/party-committee")),
    ("es", "La delegación estuvo encabezada por Dang Quan —nombre en su lectura vietnamita—, jefe del Gobierno Popular del "
           "distrito de Hekou.", ("x-dang-quan", "HEAD", "hekou/peoples-government")),
    ("es", "Lao Cai recibió hoy a una delegación del Departamento de Comercio de la provincia china de Yunnan, encabezada por "
           "su director, Chen Xiaoping.", ("x-chen-xiaoping", "DIRECTOR", "yunnan/department-commerce")),
])
def test_a_name_and_its_title_past_a_verb_an_aside_or_a_country_word(extractor, lang, text, expected) -> None:
    """A verb written small before the body the titled name comes from ("kom från"); a separable verb's particle or a
    dashed aside between a name and its title set off ("schaltete sich X zu, Sekretär …"); a country's adjective between
    a body's place-type word and its place ("de la provincia china de Yunnan")."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "云南省政协副主席李明出席。", ("x-li-ming", "VICE_CHAIR", "yunnan/cppcc-committee")),
    ("vi", "Tiếp đoàn có ông Đổng Chí Vân, Phó Chủ tịch Ủy ban Chính hiệp tỉnh Vân Nam.",
     ("x-dong-zhiyun", "VICE_CHAIR", "yunnan/cppcc-committee")),
    ("en", "Li Ming, Vice Chairman of the Yunnan Provincial Committee of the CPPCC, attended.",
     ("x-li-ming", "VICE_CHAIR", "yunnan/cppcc-committee")),
    ("vi", "Theo ông Vũ Đức Hiển, Giám đốc Trung tâm Kiểm dịch y tế quốc tế Quảng Ninh, hội đàm là biện pháp cụ thể.",
     ("x-vu-duc-hien", "DIRECTOR", "quang-ninh/quarantine-center")),
])
def test_heads_of_a_cppcc_committee_and_a_quarantine_centre(extractor, lang, text, expected) -> None:
    """A province's committee of the CPPCC (placed: only with its place; the national one is the lexicon's) and a
    province's international health quarantine centre."""
    assert expected in posts(extractor, text, lang)


def test_the_cppcc_named_without_a_place_is_no_committee_of_the_home_province(extractor) -> None:
    found = posts(extractor, "Lao Cai, 10 mai (VNA) – Li Ming, vice-président de la Conférence consultative politique du "
                             "peuple chinois, a visité Lao Cai.", "fr")
    assert not [p for p in found if "cppcc-committee" in p[2]]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "زار القنصل العام السيد هونغ تشنغ هوا، الأمين الجديد للجنة الحزب الشيوعي الصيني في محافظة هونغخه.",
     ("x-1f1564d6b33e63db", "SECRETARY", "honghe/party-committee")),  # (a name its script reads no one way: hashed)
    ("de", "Der stellvertretende Sekretär des Ho-Chi-Minh-Jugendverbands der Provinz Ha Giang, Dao Quang Dieu, sprach.",
     ("x-dao-quang-dieu", "DEPUTY_SECRETARY", "ha-giang/youth-union")),
])
def test_a_new_holders_title_and_the_youth_unions_full_name(extractor, lang, text, expected) -> None:
    """"الأمين الجديد للجنة الحزب": the adjective for a new holder between the title and its body; "Ho-Chi-Minh-
    Jugendverband": the youth union named after Ho Chi Minh."""
    assert expected in posts(extractor, text, lang)


def test_the_head_of_the_post_told_before_and_a_vietnamese_name_in_french(extractor) -> None:
    """"…, chef du poste.": "du poste" is the station named before (not "le poste-frontière", a gate's word); a name
    written with Vietnamese marks in French is Vietnamese, whichever side was told just before it."""
    found = posts(extractor, "Le poste de garde-frontière de Chi Ma et le bureau de Ningming ont tenu mardi des pourparlers. La "
                             "délégation vietnamienne était conduite par le lieutenant-colonel Nông Văn Hải, chef du poste.", "fr")
    assert ("x-nong-van-hai", "HEAD", "chi-ma/border-guard-station") in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Fan Changlong, de China, y el ministro de Defensa de Vietnam, Ngo Xuan Lich, presidieron el intercambio.",
     ("x-ngo-xuan-lich", "HEAD", "vietnam-ministry-of-national-defence")),
    ("en", "Also on Friday, Deputy Prime Minister Vu Duc Dam held talks with Chinese Vice Premier Hu Chunhua.",
     ("x-vu-duc-dam", "DEPUTY_HEAD", "vietnam-government")),
])
def test_a_title_s_country_is_the_country_word_nearest_it(extractor, lang: str, text: str, expected: tuple) -> None:
    """"Fan Changlong, de China, y el ministro de Defensa de Vietnam": the country word nearest the title, not the first in
    reach; "… Vu Duc Dam held talks with Chinese Vice Premier": a country word another title follows is that title's."""
    assert expected in {(p, r, o.removeprefix("org/")) for p, r, o in posts(extractor, text, lang)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Dự hội nghị có đồng chí Hà Trọng Hải - Phó Chủ tịch UBND tỉnh Lai Châu.",
     ("x-ha-trong-hai", "VICE_CHAIR", "lai-chau/peoples-committee")),
    ("Dự hội nghị có đồng chí Hà Trọng Hải – Phó Chủ tịch UBND tỉnh Lai Châu.",
     ("x-ha-trong-hai", "VICE_CHAIR", "lai-chau/peoples-committee")),
])
def test_a_spaced_dash_sets_a_title_off_as_a_comma_does(extractor, text: str, expected: tuple) -> None:
    """"đồng chí Hà Trọng Hải - Phó Chủ tịch UBND tỉnh Lai Châu": Vietnamese papers set the title off by a dash."""
    assert expected in posts(extractor, text, "vi")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le vice-directeur du Service des Affaires étrangères de Lang Son, Hà Lê Huu, avait reçu une notification.",
     ("x-ha-le-huu", "DEPUTY_DIRECTOR", "lang-son/department-foreign-affairs")),
    ("es", "El vicedirector del Departamento de Asuntos Exteriores de Lang Son, Ha Le Huu, recibió la notificación.",
     ("x-ha-le-huu", "DEPUTY_DIRECTOR", "lang-son/department-foreign-affairs")),
])
def test_a_vice_director_is_a_deputy_director(extractor, lang: str, text: str, expected: tuple) -> None:
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Lao Cai, 13 février (VNA) – Le directeur du Service provincial de l'Industrie et du Commerce, Hoang Chi Hien, "
           "a recommandé aux entreprises de se renseigner.",
     ("x-hoang-chi-hien", "DIRECTOR", "lao-cai/department-industry-trade")),
    ("es", "Lao Cai, 13 feb (VNA) – El director del Departamento provincial de Salud, Hoang Chi Hien, recomendó a las "
           "empresas informarse.",
     ("x-hoang-chi-hien", "DIRECTOR", "lao-cai/department-health")),
])
def test_a_level_word_after_a_department_heads_first_word(extractor, lang: str, text: str, expected: tuple) -> None:
    """"le Service provincial de l'Industrie et du Commerce": the article's province's department."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Lo Van Thanh, jefe del puesto fronterizo del paso de Ma Lu Thang, dijo que la patrulla fue un éxito.",
     ("x-lo-van-thanh", "HEAD", "ma-lu-thang/border-guard-station")),
    ("de", "Pham Van Long, Leiter des Grenzschutzpostens am internationalen Grenzübergang Mong Cai, sagte, die Patrouille "
           "sei erfolgreich gewesen.",
     ("x-pham-van-long", "HEAD", "mong-cai/border-guard-station")),
])
def test_the_border_guard_post_of_a_crossing(extractor, lang: str, text: str, expected: tuple) -> None:
    """"jefe del puesto fronterizo del paso de Ma Lu Thang", "Leiter des Grenzschutzpostens am Grenzübergang X": the
    border guard post of the gate, not the gate."""
    assert expected in posts(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Ceremonin anordnades av Cao Bangs provinsfolkkommitté. Provinsordföranden Hoang Xuan Anh kallade uppgraderingen "
           "en milstolpe.", ("x-hoang-xuan-anh", "CHAIR", "cao-bang/peoples-committee")),
    ("sv", "Be Van Hung, chef för gränsvaktsstationen vid den internationella gränsporten Tra Linh, sade att samarbetet är "
           "gott.", ("x-be-van-hung", "HEAD", "tra-linh/border-guard-station")),
    ("fr", "La partie chinoise était conduite par Zhao Gang, chef de la Station d'inspection frontalière des entrées et "
           "sorties de Jinshuihe.", ("x-zhao-gang", "HEAD", "jinshuihe/border-inspection-station")),
    ("zh", "老街省企业协会主席阮文明、红河州总商会副会长杨丽出席活动。", ("x-nguyen-van-minh", "CHAIR", "lao-cai/business-association")),
    ("zh", "老街省企业协会主席阮文明、红河州总商会副会长杨丽出席活动。", ("x-yang-li", "VICE_CHAIR", "honghe/business-association")),
])
def test_titles_compounded_and_bodies_named_at_their_gate(extractor, lang: str, text: str, expected: tuple) -> None:
    """"Provinsordföranden X": the chair of the province's people's committee; a border guard station "vid den
    internationella gränsporten Tra Linh"; an inspection station "des entrées et sorties"; "企业协会", "总商会"."""
    assert expected in posts(extractor, text, lang)
