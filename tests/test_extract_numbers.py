"""Figures and dates per language: text -> expected value and unit, text -> expected ISO date.

Each table holds wordings of the kind news reports use (digits with the language's separators,
scale words, number words, counted nouns after classifiers, adjectives or linking words), so a
change to the language data shows here as the case that breaks."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from borderkg.extract import RuleExtractor
from borderkg.model import Document
from borderkg.resources import load_resources
from borderkg.text import fold, sentences

BKR = "https://w3id.org/borderkg/id/"


@pytest.fixture(scope="module")
def resources():
    return load_resources()


@pytest.fixture(scope="module")
def extractor(resources) -> RuleExtractor:
    return RuleExtractor(resources)


def figures(extractor: RuleExtractor, text: str, lang: str, date: str | None = "2025-06-12") -> set:
    doc = Document("numbers", text, lang, "numbers.txt", date=date)
    return {(o.value.normalize(), o.unit, o.period) for o in extractor(doc).observations}


def expect(value: str, unit: str, period: str | None = None) -> tuple:
    return Decimal(value).normalize(), unit, period


EN = [
    ("Over the year the two sides carried out 12 regular and unscheduled joint patrols.", expect("12", "EVENT")),
    ("Each side fielded a total of 1,200 officers and soldiers.", expect("1200", "PERSON")),
    ("They gave legal education to nearly 10,000 residents of the border area.", expect("10000", "PERSON")),
    ("Trade reached more than 3.4 billion US dollars.", expect("3400000000", "USD")),
    ("The province welcomed 4.3 million foreign arrivals, of whom 2.6 million came from China.",
     expect("2600000", "PERSON")),
    ("A 3.2-km stretch of the border was patrolled.", expect("3.2", "KM")),
    ("In 2019 the province sent 79 delegations abroad.", expect("79", "DELEGATION", "2019")),
    ("Fifteen delegates attended.", expect("15", "PERSON")),
    ("The province received twenty-four delegations.", expect("24", "DELEGATION")),
]
EN_NONE = [
    "The two provinces signed a memorandum.",
    "The patrol went from marker No. 87 to the river.",
    "Nine land patrol teams set out.",
    "The Red River 3-2025 exercise was held.",
]


@pytest.mark.parametrize(("text", "expected"), EN)
def test_en_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "en")


@pytest.mark.parametrize("text", EN_NONE)
def test_en_figures_not_a_count(extractor, text: str) -> None:
    assert figures(extractor, text, "en") == set()


FR = [
    ("Le Guangxi a dépêché à Cao Bang 54 délégations comptant 640 membres.", expect("54", "DELEGATION")),
    ("Le Guangxi a dépêché à Cao Bang 54 délégations comptant 640 membres.", expect("640", "PERSON")),
    ("Les échanges ont atteint 1,2 millions de dollars.", expect("1200000", "USD")),
    ("Lao Cai partage avec le Yunnan 184 km de frontière.", expect("184", "KM")),
]


@pytest.mark.parametrize(("text", "expected"), FR)
def test_fr_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "fr")


def test_fr_figures_written_one_is_an_article(extractor) -> None:
    assert figures(extractor, "Un fonctionnaire et quatre provinces frontalières.", "fr") == set()


ES = [
    ("Se contabilizaron 52 encuentros directos y 50 intercambios de cartas.", expect("52", "MEETING")),
    ("Se contabilizaron 52 encuentros directos y 50 intercambios de cartas.", expect("50", "LETTER")),
    ("El comercio superó los 12,5 millones de dólares.", expect("12500000", "USD")),
    ("Comparten una línea fronteriza de más de 22,7 kilómetros.", expect("22.7", "KM")),
    ("La provincia recibió treinta y cinco delegaciones.", expect("35", "DELEGATION")),
]


@pytest.mark.parametrize(("text", "expected"), ES)
def test_es_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "es")


DE = [
    ("Lang Son teilt mit Guangxi eine 231,7 Kilometer lange Grenze.", expect("231.7", "KM")),
    ("Beide Seiten führten 12 gemeinsame Patrouillen durch.", expect("12", "EVENT")),
    ("Der Handel erreichte 2,5 Milliarden US-Dollar.", expect("2500000000", "USD")),
]


@pytest.mark.parametrize(("text", "expected"), DE)
def test_de_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "de")


SV = [
    ("Handeln uppgick till 174,7 miljarder VND.", expect("174700000000", "VND")),
    ("Provinsen tog emot 1 200 turister.", expect("1200", "PERSON")),
    ("Sidorna genomförde 12 gemensamma patrulleringar.", expect("12", "EVENT")),
]


@pytest.mark.parametrize(("text", "expected"), SV)
def test_sv_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "sv")


VI = [
    ("Kim ngạch đạt 4,42 tỷ USD.", expect("4420000000", "USD")),
    ("Năm 2015 có 507.700 lượt người và 12.895 lượt phương tiện xuất nhập cảnh.", expect("507700", "PERSON", "2015")),
    ("Năm 2015 có 507.700 lượt người và 12.895 lượt phương tiện xuất nhập cảnh.", expect("12895", "VEHICLE", "2015")),
    ("Khách mời gồm khoảng 550 đại biểu.", expect("550", "PERSON")),
    ("Qua 24 lần tổ chức, hội chợ đã mở rộng quy mô.", expect("24", "EVENT")),
]
VI_NONE = [
    "Hội nghị lần thứ 16 đã diễn ra.",
    "Văn kiện được ký tại một hội nghị trực tuyến.",
    "Hai tỉnh Lào Cai và Vân Nam hội đàm.",
    "Hội chợ có 700 gian hàng.",
]


@pytest.mark.parametrize(("text", "expected"), VI)
def test_vi_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "vi")


@pytest.mark.parametrize("text", VI_NONE)
def test_vi_figures_not_a_count(extractor, text: str) -> None:
    assert figures(extractor, text, "vi") == set()


ZH = [
    ("游客逾500万人次。", expect("5000000", "PERSON")),
    # a fair's editions held so far are occurrences of an event, not meetings
    ("中国-东盟博览会迄今已连续举办21届。", expect("21", "EVENT")),
    ("芒街—东兴国际商贸旅游博览会已轮流举办十六届。", expect("16", "EVENT")),  # 十六: 十 and 六 written together
    ("受邀嘉宾包括约550名越南国内和国际代表。", expect("550", "PERSON")),
    ("州内的河口县、金平县和绿春县等3个县与越南相连。", expect("3", "LOCALITY")),
    ("双方举行了26场各领域友好见面会和交流会。", expect("26", "EXCHANGE")),
    ("签约总金额4.37亿美元。", expect("437000000", "USD")),
]
ZH_NONE = ["博览会规模约为700个展位。", "第16次会议在南宁举行。", "其中包括16家贸易促进中心。", "第十七届中国-东盟博览会在南宁闭幕。"]


@pytest.mark.parametrize(("text", "expected"), ZH)
def test_zh_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "zh")


@pytest.mark.parametrize("text", ZH_NONE)
def test_zh_figures_not_a_count(extractor, text: str) -> None:
    assert figures(extractor, text, "zh") == set()


AR = [
    ("أرسلت المقاطعة 17 ألف سائح.", expect("17000", "PERSON")),
    ("استقبلت البوابة أكثر من ألف سائح صيني.", expect("1000", "PERSON")),
    ("وأوفدت 47 من كوادرها وموظفيها للتدريب.", expect("47", "PERSON")),
    ("نظمت المقاطعة خلال عام 2019 ما مجموعه 79 وفد عمل ضمت 368 مندوباً.", expect("368", "PERSON", "2019")),
    ("شارك في الموكب 30 دراجة نارية.", expect("30", "VEHICLE")),
    ("استقبلت المقاطعة أربعة وعشرين وفدا.", expect("24", "DELEGATION")),
]


@pytest.mark.parametrize(("text", "expected"), AR)
def test_ar_figures_value_and_unit(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "ar")


def test_ar_figures_period_carries_to_the_next_sentence_of_the_paragraph(extractor) -> None:
    text = "نظمت المقاطعة خلال عام 2019 ما مجموعه 79 وفد عمل. وفي المقابل، أرسلت قوانغشي 54 وفداً."
    assert expect("54", "DELEGATION", "2019") in figures(extractor, text, "ar")


def test_ar_figures_period_does_not_cross_a_paragraph(extractor) -> None:
    text = "نظمت المقاطعة خلال عام 2019 ما مجموعه 79 وفد عمل.\n\nأرسلت قوانغشي 54 وفداً."
    assert expect("54", "DELEGATION") in figures(extractor, text, "ar")


def dates(extractor: RuleExtractor, text: str, lang: str, published: str | None) -> list[str]:
    return [d.value for d in extractor.languages[lang].dates.read(fold(text).text, reference=published)]


# (text, publication date, a date the text must yield)
DATES = {
    "en": [
        ("The patrol on August 25-26 covered 80 km.", "2026-01-29", "2025-08-25"),  # the nearest August 25
        ("Talks were held on Thursday morning.", "2024-04-12", "2024-04-11"),
        ("The two sides met last May.", "2025-11-11", "2025-05"),
        ("The fair ran from 7 to 9 January.", "2020-01-10", "2020-01-07"),
        ("The delegation arrived on 7 January. The same day, it met the governor.", "2020-01-10", "2020-01-07"),
        ("The delegation arrived on 7 January and left the next day.", "2020-01-10", "2020-01-08"),
        ("The delegation will visit Yunnan next Thursday.", "2024-04-12", "2024-04-18"),
        ("The two sides met last month in Hekou.", "2025-01-15", "2024-12"),
        # a month named alone is the latest up to the publication, unless the sentence puts it ahead
        ("The bridge opened to traffic in October.", "2025-03-04", "2024-10"),
        ("The provinces will reopen the market in October.", "2025-03-04", "2025-10"),
        # a day named without a year is the latest up to the publication, unless it comes within two months or the
        # sentence puts it ahead
        ("This year's edition took place in Ha Giang on Feb. 22.", "2023-09-16", "2023-02-22"),
        ("The market reopens on January 5.", "2024-12-20", "2025-01-05"),
        ("The fair is scheduled for November 20-23.", "2025-06-06", "2025-11-20"),
        ("The Spring Meeting takes place in Ha Long this week.", "2025-02-19", "2025-02"),
        ("Lao Cai and Honghe meet ahead of the border fair in November.", "2023-10-18", "2023-11"),
    ],
    "fr": [
        ("La rencontre s'est tenue le 22 février à Ha Giang.", "2023-09-16", "2023-02-22"),
        ("La rencontre se tient cette semaine à Ha Long.", "2025-02-19", "2025-02"),
        ("La foire commerciale de Hekou, prévue du 20 au 23 novembre, accueillera 400 stands.", "2025-06-06", "2025-11-20"),
        ("Le Guangxi a accueilli jeudi matin la délégation.", "2024-01-29", "2024-01-25"),
        ("Mardi 30 janvier, une délégation se rendra au Yunnan.", "2024-01-29", "2024-01-30"),
        ("La conférence s'est tenue les 6 et 7 janvier.", "2020-01-08", "2020-01-06"),
        ("La patrouille a eu lieu en mai dernier.", "2025-11-11", "2025-05"),
        ("La délégation se rendra au Yunnan jeudi prochain.", "2024-04-12", "2024-04-18"),
        ("Le marché frontalier avait rouvert en septembre.", "2025-02-10", "2024-09"),
        ("Le prochain exercice conjoint est prévu en septembre.", "2025-02-10", "2025-09"),
        ("Les deux villes organiseront la foire en octobre prochain.", "2025-02-10", "2025-10"),
    ],
    "es": [
        ("La delegación llegó el lunes. El día 2, las partes sostuvieron conversaciones.", "2025-12-05", "2025-12-02"),
        ("LANG SON, 9 may (VNA) – Las dos partes celebraron una conferencia.", "2025-05-10", "2025-05-09"),  # "may" after a day
        ("La 12ª ronda se celebró el 29 de octubre de 2024.", "2025-11-11", "2024-10-29"),
        ("En mayo pasado patrullaron juntas.", "2025-11-11", "2025-05"),
        ("La visita tuvo lugar en febrero de 2024.", "2024-06-25", "2024-02"),
        ("Los preparativos se acordaron el 9 de mayo.", "2024-06-25", "2024-05-09"),
        ("El jueves se reunieron las delegaciones.", "2025-11-11", "2025-11-06"),
        ("La reunión anterior se celebró en mayo del año pasado.", "2025-03-11", "2024-05"),
    ],
    "de": [
        ("Anfang dieses Monats unterzeichneten beide Seiten ein Abkommen.", "2024-05-27", "2024-05"),
        ("Ende vergangenen Monats unterzeichneten beide Seiten ein Abkommen.", "2024-05-27", "2024-04"),
        ("Am Donnerstag trafen sich die Delegationen.", "2024-06-25", "2024-06-20"),
        ("Die Messe dauert vom 26. bis 30. November.", "2024-11-26", "2024-11-26"),
        ("Die Gespräche fanden im vergangenen Mai statt.", "2024-06-25", "2024-05"),
        ("Die 14. Sitzung hatte im März vergangenen Jahres stattgefunden.", "2024-02-28", "2023-03"),
        ("Die Messe findet im Mai nächsten Jahres statt.", "2024-02-28", "2025-05"),
    ],
    "sv": [
        ("Lao Cai och Honghe i slutspurten inför gränsmässan i november", "2023-10-18", "2023-11"),
        ("På torsdagen tog provinsen emot delegationen.", "2025-05-29", "2025-05-29"),
        ("Mässan hölls 14-15 april.", "2025-05-29", "2025-04-14"),
        ("Samma dag undertecknades avtalet.", "2025-05-29", "2025-05-29"),
        ("Marknaden öppnade igen i augusti.", "2025-03-03", "2024-08"),
        ("Nästa gemensamma övning väntas i augusti.", "2025-03-03", "2025-08"),
    ],
    "vi": [
        ("Trung tuần tháng 5, đoàn doanh nghiệp Nam Ninh đã đến thăm tỉnh Lạng Sơn.", "2025-06-09", "2025-05"),
        ("Tháng 5, đoàn doanh nghiệp Nam Ninh đã đến thăm tỉnh Lạng Sơn.", "2025-06-09", "2025-05"),
        ("Vào sáng thứ Năm, hai bên hội đàm.", "2025-01-15", "2025-01-09"),
        ("Vào thứ Năm tuần tới, hai bên sẽ hội đàm.", "2025-01-15", "2025-01-16"),
        ("Tháng trước, hai bên đã hội đàm.", "2025-01-15", "2024-12"),
        ("Hai bên nhất trí tổ chức hội chợ vào tháng 11 tới.", "2025-01-15", "2025-11"),
        ("Ngày 7/1, đoàn công tác sang thăm.", "2025-01-15", "2025-01-07"),
        ("Hội chợ diễn ra từ ngày 19 đến 24/11.", "2025-11-20", "2025-11-19"),
        ("Văn kiện được ký hồi tháng 5/2021.", "2025-01-15", "2021-05"),
        ("Ngày 13/1, đoàn đến Malipo. Cùng ngày, hai bên hội đàm.", "2025-01-15", "2025-01-13"),
    ],
    "zh": [
        ("5月中旬，南宁市经贸代表团访问了越南谅山省。", "2025-06-16", "2025-05"),
        ("5月，南宁市经贸代表团访问了越南谅山省。", "2025-06-16", "2025-05"),
        ("1月7日，双方举行会谈。", "2020-01-08", "2020-01-07"),
        ("周四，双方举行会谈。", "2020-01-10", "2020-01-09"),
        ("下周四，双方将举行会谈。", "2020-01-10", "2020-01-16"),
        ("上月，双方在河口举行会谈。", "2020-03-10", "2020-02"),
        ("活动于1月18日和19日先后举行。", "2023-01-20", "2023-01-19"),
        ("2023年1月18日，双方签约。次日，代表团回国。", "2023-01-20", "2023-01-19"),
    ],
    "ar": [
        ("في أواخر يوليو، زار وفد من نانينغ مقاطعة لانغ سون.", "2024-08-14", "2024-07"),
        ("عقد الاجتماع يوم الخميس في ليوتشو.", "2020-01-10", "2020-01-09"),
        ("احتضنته ليوتشو يومي 6 و7 يناير.", "2020-01-08", "2020-01-06"),
        ("نظمت الدورية في مايو الماضي.", "2025-11-11", "2025-05"),
    ],
}
NOT_DATES = {
    "vi": [("Hội nghị lần thứ Hai diễn ra tại Hà Nội.", "2025-01-15")],  # "thứ Hai" is "second" here
    "en": [("They may meet again.", "2025-01-15")],
    "zh": [("博览会于11月19日至24日举行。", "2025-11-20")],
    # a number after a month is its day only where days follow months ("October 4")
    "de": [("Der Handel erreichte im Oktober 4 Milliarden Dollar.", "2025-01-15")],
    "sv": [("Handeln nådde i oktober 4 miljarder dollar.", "2025-01-15")],
}


@pytest.mark.parametrize(("lang", "text", "published", "expected"),
                         [(lang, *case) for lang, cases in DATES.items() for case in cases])
def test_lang_dates_resolved_against_publication(extractor, lang: str, text: str, published: str,
                                                 expected: str) -> None:
    assert expected in dates(extractor, text, lang, published)


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Parterna höll samtal i Kunming tisdagen den 3 juni."),
    ("es", "Las partes celebraron conversaciones el martes día 3 de junio."),
    ("vi", "Thứ Ba ngày 3/6, hai bên đã hội đàm tại Côn Minh."),
    ("ar", "عقد الجانبان محادثات يوم الثلاثاء الموافق 3 يونيو."),
    ("zh", "6月3日（星期二），双方在昆明举行会谈。"),
])
def test_lang_dates_a_weekday_joined_to_a_date_is_that_date(extractor, lang: str, text: str) -> None:
    """The weekday beside a date, a word between them or not, is no day of the report's week (3 June 2025 is a
    Tuesday; the report is of Thursday 12 June)."""
    assert dates(extractor, text, lang, "2025-06-12") == ["2025-06-03"]


def test_de_dates_a_day_in_brackets_keeps_its_sentence(extractor) -> None:
    """"am Dienstag (3. Juni)": the ordinal dot after a bracket ends no sentence, so the talks keep their day."""
    text = "Lao Cai und Yunnan führten am Dienstag (3. Juni) in Kunming Gespräche."
    assert sentences(fold(text).text, ordinal_dots=True) == ((0, len(text)),)
    assert dates(extractor, text, "de", "2025-06-12") == ["2025-06-03"]


def test_zh_dates_range_end_is_not_a_date(extractor) -> None:
    [(text, published)] = NOT_DATES["zh"]
    assert dates(extractor, text, "zh", published) == ["2025-11-19"]


def test_vi_dates_ordinal_is_not_a_weekday(extractor) -> None:
    [(text, published)] = NOT_DATES["vi"]
    assert dates(extractor, text, "vi", published) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The fair ran from 7 to 9 January. On its second day, the two cities signed a memorandum."),
    ("sv", "Mässan hölls den 7–9 januari. På mässans andra dag undertecknades ett avtal."),
])
def test_lang_dates_a_counted_day_of_an_event_counts_from_its_first(extractor, lang, text) -> None:
    assert dates(extractor, text, lang, "2020-01-20")[-1] == "2020-01-08"


def test_vi_dates_months_counted_before_a_year_are_no_day(extractor) -> None:
    """"10 tháng năm 2023" is the first ten months of 2023; "ngày 10 tháng Năm 2023" is the tenth of May."""
    assert dates(extractor, "Trong 9 tháng năm 2024, kim ngạch qua cửa khẩu tăng 12%.", "vi", "2024-10-20") == ["2024"]
    assert dates(extractor, "Ngày 9 tháng Năm 2024, hai bên hội đàm.", "vi", "2024-10-20") == ["2024-05-09"]


def test_ar_dates_part_of_the_same_day_is_the_day_told_before(extractor) -> None:
    # "عصر اليوم" alone is this afternoon; "عصر اليوم نفسه" the afternoon of the day told before
    text = "وصل الوفد إلى هانوي أمس. وفي عصر اليوم نفسه، زار المعرض."
    assert dates(extractor, text, "ar", "2020-01-10") == ["2020-01-09", "2020-01-09"]


def test_en_dates_modal_may_is_not_a_month(extractor) -> None:
    [(text, published)] = NOT_DATES["en"]
    assert dates(extractor, text, "en", published) == []


@pytest.mark.parametrize(("lang", "text"), [("en", "The fair ran from 7 to 9 January."),
                                            ("en", "The fair ran from November 30 to December 4."),
                                            ("de", "Die Messe fand vom 30. November bis 4. Dezember statt."),
                                            ("vi", "Hội chợ diễn ra từ ngày 19 đến 24/11."),
                                            ("fr", "La foire s'est tenue du 7 au 9 janvier.")])
def test_lang_dates_range_start_is_not_a_since(extractor, lang: str, text: str) -> None:
    [first] = extractor.languages[lang].dates.read(fold(text).text, reference="2025-11-20")[:1]
    assert not first.since


@pytest.mark.parametrize(("lang", "text"), [("en", "Relations have grown since 7 January 2020."),
                                            ("fr", "Les relations se développent depuis le 7 janvier 2020.")])
def test_lang_dates_since_is_a_start(extractor, lang: str, text: str) -> None:
    [first] = extractor.languages[lang].dates.read(fold(text).text, reference="2025-11-20")
    assert first.since and first.value == "2020-01-07"


LANGUAGES = ["ar", "de", "en", "es", "fr", "sv", "vi", "zh"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lang_tables_name_every_month_and_weekday(resources, lang: str) -> None:
    data = resources.languages[lang]
    assert set(data["months"].values()) == set(range(1, 13))
    assert set(data["weekdays"].values()) == set(range(7))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lang_units_are_codes_of_the_unit_scheme(resources, lang: str) -> None:
    scheme = URIRef("https://w3id.org/borderkg/id/unit")
    onto = resources.ontology
    codes = {str(n) for c in onto.subjects(SKOS.inScheme, scheme) for n in onto.objects(c, SKOS.notation)}
    used = set(resources.languages[lang]["units"].values())
    assert used - {"TIMES"} <= codes, f"unit codes not in the scheme: {sorted(used - {'TIMES'} - codes)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lang_number_words_read_as_their_value(resources, extractor, lang: str) -> None:
    words = resources.languages[lang]["number_words"]
    matcher = extractor.languages[lang].number_words
    for word, value in words.items():
        [found] = matcher.find(fold(word).text, extractor.languages[lang].bounds)
        assert int(found.value) == value, word


def test_ar_dates_a_month_in_two_calendars_names_is_one_month(extractor) -> None:
    """"نوفمبر/تشرين الثاني الماضي": the qualifier after the second name dates both."""
    assert set(dates(extractor, "وقعته المدينتان في نوفمبر/تشرين الثاني الماضي.", "ar", "2024-05-10")) == {"2023-11"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Trong 5 tháng đầu năm 2025, kim ngạch đạt 120 triệu USD, tăng 15% so với cùng kỳ năm trước; "
     "hơn 9.000 lượt người xuất nhập cảnh qua cửa khẩu.", "vi", expect("9000", "PERSON", "2025")),
    ("In the first five months of 2025, trade reached 120 million USD, up 15% compared with 2024, "
     "and 9,000 people crossed the gate.", "en", expect("9000", "PERSON", "2025")),
])
def test_figures_period_is_not_the_year_they_are_compared_with(extractor, text: str, lang: str, expected: tuple) -> None:
    """"…, tăng 15% so với cùng kỳ năm trước; hơn 9.000 lượt người …": last year is the baseline of the
    rise, not the period of the figure after it."""
    assert expected in figures(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("据统计，2023年河口口岸出入境人员达300万人次。", "zh", expect("3000000", "PERSON", "2023")),
    ("Từ đầu năm đến nay, hai bên đã tổ chức 8 đợt tuần tra song phương.", "vi", expect("8", "EVENT", "2025")),
    ("Seit Jahresbeginn haben beide Seiten 8 gemeinsame Patrouillen durchgeführt.", "de", expect("8", "EVENT", "2025")),
])
def test_figures_period_from_a_year_after_a_comma_or_the_year_so_far(extractor, text: str, lang: str, expected: tuple) -> None:
    """"据统计，2023年…": a year right after a full-width comma is a year; "từ đầu năm đến nay" (since the
    start of the year) is the publication's year."""
    assert expected in figures(extractor, text, lang)


def test_figures_period_is_the_year_of_the_day_told_last_when_nothing_nearer_dates_them(extractor) -> None:
    """"…on 8 May 2024 … \\n\\nThirty buses crossed on the first trip": counted on the day told before."""
    text = "On 8 May 2024, Mong Cai and Dongxing opened a cross-border bus route.\n\nThirty buses crossed on the first trip."
    assert expect("30", "VEHICLE", "2024") in figures(extractor, text, "en")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Cada día cruzan unos cuatrocientos camiones por el paso.", "es", expect("400", "VEHICLE")),
    ("Participaron más de seiscientos efectivos de ambos lados.", "es", expect("600", "PERSON")),
    ("Environ deux cents touristes ont franchi le poste frontière.", "fr", expect("200", "PERSON")),
    ("Deux cent quarante touristes ont franchi le poste frontière.", "fr", expect("240", "PERSON")),
    ("About three hundred trucks crossed the bridge.", "en", expect("300", "VEHICLE")),
])
def test_figures_hundreds_written_in_words(extractor, text: str, lang: str, expected: tuple) -> None:
    """"quinientos", "trois cents", "three hundred": hundreds in words, with the tens after them."""
    assert expected in figures(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Under perioden steg antalet gränspasseringar till 98 000.", "sv", expect("98000", "PERSON")),
    ("Im ersten Quartal wurden 45 000 Grenzübertritte gezählt.", "de", expect("45000", "PERSON", "2025")),
    ("By May the number of entries and exits at the gate had passed 61,000.", "en", expect("61000", "PERSON")),
    ("Le poste a enregistré 23 400 entrées et sorties pendant la foire.", "fr", expect("23400", "PERSON")),
    ("El paso registró 8.700 entradas y salidas durante la feria.", "es", expect("8700", "PERSON")),
])
def test_figures_border_crossings_count_people(extractor, text: str, lang: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("عبر المنفذ صباح الاثنين أكثر من أربعمائة مسافر.", expect("400", "PERSON", "2025")),
    ("استقبلت المدينة ثلاثمئة ألف سائح.", expect("300000", "PERSON")),
])
def test_figures_arabic_hundreds_written_as_one_word(extractor, text: str, expected: tuple) -> None:
    assert expected in figures(extractor, text, "ar")


def test_the_number_of_counts_the_first_number_after_it(extractor) -> None:
    """"the number of entries and exits reached 4,800 in 45 days": the days are not entries."""
    found = figures(extractor, "The number of entries and exits reached 4,800 in 45 days.", "en")
    assert {(v, u) for v, u, _ in found} == {(Decimal("4800").normalize(), "PERSON")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("عبر المنفذ أكثر من مليون و٣٠٠ ألف مسافر.", "ar", expect("1300000", "PERSON")),
    ("Plus d'un million deux cent mille touristes ont franchi le poste.", "fr", expect("1200000", "PERSON")),
    ("Cửa khẩu đón 1 triệu 500 nghìn lượt khách.", "vi", expect("1500000", "PERSON")),
])
def test_figures_a_scaled_number_then_a_smaller_one_are_one_number(extractor, text: str, lang: str, expected: tuple) -> None:
    """"مليون و٣٠٠ ألف", "un million deux cent mille": one number, and "mille" is not a second one."""
    found = figures(extractor, text, lang)
    assert expected in found and len(found) == 1


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a single separator before fewer than three digits is no thousands group
    ("بلغ حجم التجارة 2,6 مليار دولار أمريكي، بزيادة قدرها 14,5 في المائة.", "ar", (Decimal("2600000000"), "USD")),
    ("بلغ حجم التجارة 2,6 مليار دولار أمريكي، بزيادة قدرها 14,5 في المائة.", "ar", (Decimal("14.5"), "PERCENT")),
    # a thousand, then hundreds, each written as a word; hundreds multiplied before they are added
    ("درس أكثر من ألف وخمسمئة طالب في الجامعة.", "ar", (Decimal("1500"), "PERSON")),
    ("Plus de mille cinq cents étudiants y ont étudié.", "fr", (Decimal("1500"), "PERSON")),
    # who is counted: rescuers, doctors, patients, fire engines
    ("Cent cinquante sauveteurs y ont pris part.", "fr", (Decimal("150"), "PERSON")),
    ("Some 120 firefighters and 18 fire engines took part.", "en", (Decimal("18"), "VEHICLE")),
    ("Die Ärzte untersuchten mehr als 300 Grenzbewohner.", "de", (Decimal("300"), "PERSON")),
])
def test_figures_written_apart_and_who_they_count(extractor, text: str, lang: str, expected: tuple) -> None:
    assert expected in {(value, unit) for value, unit, *_ in figures(extractor, text, lang)}


@pytest.mark.parametrize(("text", "expected"), [
    ("口岸每天进出境货车1900多辆。", expect("1900", "VEHICLE")),
    ("节日期间有2000余名游客经口岸入境。", expect("2000", "PERSON")),
])
def test_figures_a_year_shaped_number_with_more_than_is_a_count(extractor, text: str, expected: tuple) -> None:
    """"1900多辆", "2000余名": "more than" after a year-shaped number makes it a count, and the
    classifier after "more than" says what it counts."""
    assert expected[:2] in {f[:2] for f in figures(extractor, text, "zh")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Im Laufe des Jahres reisten siebzehn Delegationen über die Grenze.", "de", expect("17", "DELEGATION")),
    ("Vid gränsposten passerade sexton lastbilar före lunch.", "sv", expect("16", "VEHICLE")),
    ("Till festivalen kom ett femtiotal turister från grannlänen.", "sv", expect("50", "PERSON")),
])
def test_figures_teens_and_approximate_tens_in_words(extractor, text: str, lang: str, expected: tuple) -> None:
    """"siebzehn", "sexton": the teens are number words; "ett femtiotal" (about fifty) counts that many."""
    assert expected[:2] in {f[:2] for f in figures(extractor, text, lang)}


@pytest.mark.parametrize(("text", "lang", "date", "expected"), [
    ("Exports reached 5.1 billion yuan in 2023, while some 310 trucks a day crossed in the first half of this year.",
     "en", "2024-07-10", expect("310", "VEHICLE", "2024")),
    ("Le commerce a atteint 2,3 milliards de dollars en 2023, tandis que 140 camions par jour ont passé la frontière "
     "au premier trimestre de cette année.", "fr", "2024-05-02", expect("140", "VEHICLE", "2024")),
    ("Last March the two districts opened a market, and their border guards held 9 meetings in the course of the year.",
     "en", "2025-01-20", expect("9", "MEETING", "2024")),
    ("今年1至4月，口岸进出口额增长12%，日均通关车辆1800多辆。", "zh", "2025-05-08", expect("1800", "VEHICLE", "2025")),
])
def test_figures_period_from_their_own_clause(extractor, text: str, lang: str, date: str, expected: tuple) -> None:
    """A date in the figure's own clause is its period, before a year an earlier clause of the sentence
    gave; "in the course of the year" speaks of the year told before; a year-shaped count is no date."""
    assert expected in figures(extractor, text, lang, date)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Rubber exports via the crossing rose to 48 million USD in the first quarter, local customs said.", "en",
     expect("48000000", "USD", "2025")),
    ("Rubber exports via the crossing rose to 48 million USD in the first quarter of 2023, local customs said.", "en",
     expect("48000000", "USD", "2023")),
    ("Im ersten Halbjahr passierten 5200 Lastwagen den Übergang.", "de", expect("5200", "VEHICLE", "2025")),
    ("Under första halvåret 2024 passerade 5200 lastbilar gränsen.", "sv", expect("5200", "VEHICLE", "2024")),
])
def test_figures_for_the_first_quarter_or_half(extractor, text: str, lang: str, expected: tuple) -> None:
    """"in the first quarter", "im ersten Halbjahr" with no year: the publication's year; with a year
    right after it, that year."""
    assert expected in figures(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Vid mötet skrev parterna under nio handelsdokument.", "sv", expect("9", "AGREEMENT")),
    ("Under året tog staden emot elva handelsdelegationer från grannlandet.", "sv", expect("11", "DELEGATION")),
    ("Am Ende wurden neun Handelsdokumente unterzeichnet.", "de", expect("9", "AGREEMENT")),
    ("Täglich passieren rund 400 Kühlfahrzeuge den Übergang.", "de", expect("400", "VEHICLE")),
])
def test_figures_counted_noun_at_the_end_of_a_compound(extractor, text: str, lang: str, expected: tuple) -> None:
    """"nio handelsdokument", "400 Kühlfahrzeuge": a compound ending in a counted noun counts what that noun does."""
    assert expected[:2] in {f[:2] for f in figures(extractor, text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Die Ausfuhren stiegen von Februar bis Juli 12,4 Millionen Tonnen.", expect("12400000", "TNE")[:2]),
    ("en", "Exports from January to May 3.6 billion USD were recorded.", expect("3600000000", "USD")[:2]),
])
def test_a_decimal_after_a_month_is_no_day(extractor, lang, text, expected) -> None:
    """"bis Juli 12,4 Millionen": a number glued to its decimal mark after a month's name is a figure,
    not the month's day."""
    assert expected in {(value, unit) for value, unit, _ in figures(extractor, text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Patrols now cover the 586-kilometre border with Guangxi.", (Decimal("586"), "KM")),
    ("es", "Las patrullas recorrieron los 86 kilómetros de la línea fronteriza.", (Decimal("86"), "KM")),
    ("de", "Die beiden Seiten prüften die 48 Kilometer lange Grenzstrecke.", (Decimal("48"), "KM")),
])
def test_a_measure_after_an_article_is_a_figure(extractor, lang, text, expected) -> None:
    """"the 586-kilometre border": after "the" a count is a name's or a list's, but a number in a unit
    of measure (`measures` in common.toml) is still a figure."""
    assert expected in {(value, unit) for value, unit, _ in figures(extractor, text, lang)}


def test_a_count_after_an_article_is_still_no_figure(extractor) -> None:
    """"the three provinces", "the 4 provinces": a count after "the" names the things, it states no figure."""
    assert not figures(extractor, "Officials from the 4 provinces met in Kunming.", "en")


def test_zh_a_number_and_a_noun_before_a_counted_noun_count_nothing(extractor) -> None:
    """"越南四省代表团": the delegation of four provinces, not four delegations (a classifier would stand between:
    "四个代表团"); the count still reads with one."""
    assert not figures(extractor, "云南省省长在昆明会见了越南四省代表团。", "zh")
    assert expect("4", "DELEGATION", "2024") in figures(extractor, "云南省去年接待了4个越南代表团。", "zh")


def test_swedish_definite_last_year_gives_the_period(extractor) -> None:
    """"under fjolåret" (during last year): the definite compound names the year before publication."""
    found = figures(extractor, "Gränspolisen gjorde tolv gemensamma patruller under fjolåret.", "sv", date="2025-04-02")
    assert expect("12", "EVENT", "2024") in found


def test_vietnamese_amount_of_a_noun_before_its_count(extractor) -> None:
    """"lượng du khách … đạt hơn 15.000 lượt" (the amount of tourists reached 15,000 visits): the
    counted noun stands after "lượng", before the number, as after "số lượng"."""
    found = figures(extractor, "Trong quý I, lượng du khách qua cửa khẩu đạt hơn 15.000 lượt.", "vi")
    assert (Decimal("15000"), "PERSON") in {(value, unit) for value, unit, _ in found}


def test_french_joint_operations_are_events_not_communes(extractor) -> None:
    """"douze opérations conjointes", "quinze opérations communes": operations counted are events; the
    adjective "communes" after them is not the municipalities the word also names."""
    found = figures(extractor, "Cette année, les deux postes ont mené quinze opérations communes.", "fr")
    assert {(value, unit) for value, unit, _ in found} == {(Decimal("15"), "EVENT")}


def test_arabic_dual_of_thousand_counts_trucks(extractor) -> None:
    """"نحو ألفي شاحنة" (about two thousand trucks): the dual of "thousand" is 2000, and trucks are vehicles."""
    found = figures(extractor, "وتعبر المنفذ الحدودي يوميا نحو ألفي شاحنة محملة بالفواكه.", "ar")
    assert (Decimal("2000"), "VEHICLE") in {(value, unit) for value, unit, _ in found}


def test_arabic_dual_of_million_is_two_million(extractor) -> None:
    """"مليوني دولار" (two million dollars): the dual of "million", as "ألفي" is of "thousand"."""
    found = figures(extractor, "وقدم الجانب الفيتنامي مليوني دولار لإصلاح الطريق.", "ar")
    assert (Decimal("2000000"), "USD") in {(value, unit) for value, unit, _ in found}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Exports grew 12 percent, while tourist arrivals at the two gates exceeded 2.4 million.",
     (Decimal("2400000"), "PERSON")),
    ("fr", "Le commerce a progressé de 8 %, tandis que les passagers du poste frontalier ont dépassé 3,1 millions.",
     (Decimal("3100000"), "PERSON")),
])
def test_a_bare_scaled_number_counts_its_clauses_subject(extractor, lang, text, expected) -> None:
    """"…, while tourist arrivals at the two gates exceeded 2.4 million": a number with no noun of its
    own counts the noun that opens its clause."""
    assert expected in {(value, unit) for value, unit, _ in figures(extractor, text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Eine 14-köpfige Abordnung aus Lai Chau besuchte die Messe.", (Decimal("14"), "PERSON")),
    ("vi", "Phường hiện có trên 12.300 nhân khẩu.", (Decimal("12300"), "PERSON")),
    ("vi", "Đêm văn nghệ thu hút gần 150 diễn viên không chuyên.", (Decimal("150"), "PERSON")),
    ("vi", "Kim ngạch thương mại đạt 2,5 nghìn tỷ đồng.", (Decimal("2500000000000"), "VND")),
    ("ar", "وارتفعت الصادرات بنسبة 12,5 في المئة.", (Decimal("12.5"), "PERCENT")),
])
def test_counted_nouns_scales_and_percent_words(extractor, lang, text, expected) -> None:
    """"14-köpfige" (of 14 heads), "nhân khẩu" (inhabitants), "diễn viên" (performers) count people;
    "nghìn tỷ" is a thousand billion; "في المئة" is the percent word written with the short hamza."""
    assert expected in {(value, unit) for value, unit, _ in figures(extractor, text, lang)}


def test_vietnamese_basis_is_not_the_number_of(extractor) -> None:
    """"trên cơ sở nhập các xã …, có hơn 2.400 hộ": folded, "sở" (basis) reads as "số" (the number of);
    as written it is not, and the households are no count of communes."""
    found = figures(extractor, "Phường mới được lập trên cơ sở nhập hai xã Hải Hòa và Hải Xuân, có hơn 2.400 hộ gia đình.", "vi")
    assert not {(value, unit) for value, unit, _ in found if unit == "LOCALITY" and value > 2}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "春节期间，口岸出入境旅客8万余人次。", (Decimal("80000"), "PERSON")),
    ("zh", "洽谈会上，双方共签约项目17个，总金额约8亿元。", (Decimal("17"), "PROJECT")),
    ("ar", "وبلغ عدد المسافرين عبر المعبر 12 ألفا و350 مسافرا.", (Decimal("12350"), "PERSON")),
    ("ar", "وبلغت قيمة الصادرات والواردات 2,4 مليار و3,6 مليار دولار على التوالي.", (Decimal("2400000000"), "USD")),
    ("en", "Exports and imports reached 2.4 billion and 3.6 billion USD respectively.", (Decimal("2400000000"), "USD")),
])
def test_counts_told_around_the_number(extractor, lang, text, expected) -> None:
    """"8万余人次": the counted noun may begin with the word for "more than" ("余人"), and the classifier
    after it counts nothing else; "签约项目17个": with a bare classifier after the number, the noun right
    before it is counted; "12 ألفا و350": thousands, "and", then hundreds are one number; "2,4 مليار و3,6
    مليار دولار": two numbers joined by "and" share the unit after the second."""
    assert expected in {(value, unit) for value, unit, _ in figures(extractor, text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("sv", "Omkring 3 000 besökare kom, varav cirka 700 från Vietnam.", (Decimal("700"), "PERSON")),
    ("sv", "Övningen samlade omkring 80 man från de båda gränsposterna.", (Decimal("80"), "PERSON")),
    ("es", "El condado recibió 2,3 millones de visitas turísticas en el primer semestre.", (Decimal("2300000"), "PERSON")),
])
def test_counts_of_people_said_otherwise(extractor, lang, text, expected) -> None:
    """"varav cirka 700 från Vietnam": a number followed by "from" counts nothing of its own and takes what
    the figure before it counted ("varav": of whom); "80 man" (men), "visitas turísticas" count people."""
    assert expected in {(value, unit) for value, unit, _ in figures(extractor, text, lang)}


@pytest.mark.parametrize("lang", ["de", "sv"])
def test_lang_dates_a_number_after_a_month_is_no_day_where_days_come_first(extractor, lang: str) -> None:
    [(text, published)] = NOT_DATES[lang]
    assert not [d for d in dates(extractor, text, lang, published) if len(d) == 10]


def test_en_dates_a_range_within_a_month_takes_the_year_after_its_last_day(extractor) -> None:
    """"from March 3 to 6, 2018": the year after the range's last day dates its first day."""
    assert dates(extractor, "The talks ran from March 3 to 6, 2018, in Lang Son.", "en", "2023-12-01")[0] == "2018-03-03"


def test_es_dates_a_part_of_a_month_is_no_since(extractor) -> None:
    """"a finales de marzo de 2023": the end of March, not "since March" (es `part_of_time_words`)."""
    [first] = extractor.languages["es"].dates.read(fold("Tuvieron lugar a finales de marzo de 2023.").text, reference="2024-06-16")
    assert (first.value, first.since) == ("2023-03", False)


def test_zh_dates_the_year_before_last(extractor) -> None:
    """"前年12月26日" in 2025 is 26 December 2023."""
    assert dates(extractor, "前年12月26日，双方举行会谈。", "zh", "2025-03-07")[0] == "2023-12-26"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Guangxi shares a land border of about 1,020 km with Vietnam, of which Cao Bang accounts for some 333 km.",
     {("1020", "place/guangxi"), ("333", "place/cao-bang")}),
    ("es", "Quang Ninh comparte con China una frontera terrestre de casi 119 kilómetros.", {("119", "place/quang-ninh")}),
    ("de", "Lang Son grenzt auf 231,7 Kilometern an Guangxi.", {("231.7", "place/lang-son")}),
    ("zh", "广西与越南陆地边界长约1020公里。", {("1020", "place/guangxi")}),
    ("en", "The new road from Lao Cai to Hekou is 12 km long.", {("12", None)}),
])
def test_a_border_length_is_the_border_of_the_place_its_clause_opens_with(extractor, lang, text, expected) -> None:
    """"Guangxi shares a land border of about 1,020 km with Vietnam": the length's subject is Guangxi (`border_words`);
    a road's length has none."""
    ex = extractor(Document("c", text, lang, "c.txt", date="2024-04-13"))
    assert {(str(o.value), o.subject.removeprefix(BKR) if o.subject else None) for o in ex.observations if o.unit == "KM"} == expected


def test_an_amount_is_the_place_its_clause_opens_with(extractor) -> None:
    """"2024年河口县与越南的货物贸易额突破10亿元人民币": Hekou's trade with Vietnam."""
    ex = extractor(Document("c", "2024年河口县与越南的货物贸易额突破10亿元人民币。", "zh", "c.txt", date="2025-10-22"))
    assert {(o.unit, o.subject.removeprefix(BKR) if o.subject else None) for o in ex.observations} == {("CNY", "place/hekou")}


def test_es_dates_a_month_abbreviation_that_is_a_word_is_a_month_only_after_a_day(extractor) -> None:
    """"mar" is the sea but in "12 mar (VNA)"; "may" a month only after a day's number."""
    assert dates(extractor, "Las patrullas recorrieron el mar y los puertos en mayo.", "es", "2025-06-10") == ["2025-05"]
    assert dates(extractor, "Hanoi, 12 mar (VNA) – Las partes se reunieron.", "es", "2025-06-10") == ["2025-03-12"]


def test_en_dates_the_day_something_began_is_the_day_told_when_no_other_was(extractor) -> None:
    """"a two-day visit from September 22. In the evening, …": the evening of the visit's first day, not of the
    report's; a day told before a start stays the day told."""
    text = "The delegation paid a two-day visit to Muong Nhe from September 22. In the evening, it watched a show."
    assert dates(extractor, text, "en", "2023-09-25") == ["2023-09-22", "2023-09-22"]
    text = "The talks were held on September 20. Since September 22, the gate has opened at night. That evening, …"
    assert dates(extractor, text, "en", "2023-09-25")[-1] == "2023-09-20"


def test_es_dates_a_since_word_of_the_sentence_before_starts_nothing(extractor) -> None:
    """"… a la provincia de Yunnan. El día 2, …": the "de" two words back ends another sentence."""
    [day] = extractor.languages["es"].dates.read(fold("Visitó la provincia de Yunnan. El día 2, hubo conversaciones.").text,
                                                 reference="2025-12-05")
    assert day.value == "2025-12-02" and not day.since
