"""Provinces beyond the border: every Vietnamese province and centrally run city before and after the
1 July 2025 mergers (Resolution 202/2025/QH15), and China's provincial-level divisions, in sentences
written for these tests (not taken from the seeds, the development or the tuning set).

What is checked: a delegation's list of provinces is found in every language; a province name that is
also a Vietnamese given name ("Hoa Binh", "Thanh Hoa") is not taken from a person's name; and a merged
province's plain name is the old province before the merger and the merged one after it."""
from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from borderkg.extract import RuleExtractor
from cases import BKR, mentioned, read

BK = "https://w3id.org/borderkg/ontology#"
LEXICON = Path(__file__).parents[1] / "ontology" / "lexicon"

before = partial(read, date="2024-05-02")
after = partial(read, date="2026-03-10")


places = partial(mentioned, prefix="place/")  # place IRI (without the namespace) -> the texts it is mentioned by


# ---------------------------------------------------------------- a delegation's provinces, in each language

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The fair drew firms from Ca Mau, Ninh Thuan, Ninh Binh, Nam Dinh and Vinh Long.",
     {"ca-mau", "ninh-thuan", "ninh-binh", "nam-dinh", "vinh-long"}),
    ("en", "Officials from Phu Tho and Ninh Binh provinces joined the talks.", {"phu-tho", "ninh-binh"}),
    ("vi", "Đoàn gồm đại diện các tỉnh Cà Mau, Nghệ An, Sơn La và Đắk Lắk.", {"ca-mau", "nghe-an", "son-la", "dak-lak"}),
    ("fr", "Des entreprises de la province de Khanh Hoa, de Gia Lai et de Quang Ngai ont exposé.",
     {"khanh-hoa", "gia-lai", "quang-ngai"}),
    ("es", "Participaron la provincia de Ha Nam, Tay Ninh y Soc Trang.", {"ha-nam", "tay-ninh", "soc-trang"}),
    ("de", "Vertreter der Provinz Hoa Binh und aus Bac Giang nahmen teil.", {"hoa-binh", "bac-giang"}),
    ("sv", "Företag från Thanh Hoa-provinsen och Ha Tinh deltog.", {"thanh-hoa", "ha-tinh"}),
    ("ar", "شارك ممثلون عن مقاطعة هوا بينه وكا ماو ونينه بينه.", {"hoa-binh", "ca-mau", "ninh-binh"}),
    ("zh", "来自越南宁平省、北宁省和广东、四川、贵州的企业参展。", {"ninh-binh", "bac-ninh", "guangdong", "sichuan", "guizhou"}),
    ("en", "Companies from Guangdong, Zhejiang, Hainan, Shanghai and Hong Kong attended.",
     {"guangdong", "zhejiang", "hainan", "shanghai", "hong-kong"}),
    ("vi", "Doanh nghiệp đến từ Quảng Đông, Tứ Xuyên, Thượng Hải và tỉnh Quý Châu tham dự.",
     {"guangdong", "sichuan", "shanghai", "guizhou"}),
    ("fr", "Des délégations du Guangdong, de la province du Sichuan et de la Mongolie-Intérieure étaient présentes.",
     {"guangdong", "sichuan", "inner-mongolia"}),
    ("de", "Firmen aus der Provinz Guangdong, aus Sichuan und aus Chongqing stellten aus.",
     {"guangdong", "sichuan", "chongqing"}),
    ("ar", "شاركت شركات من مقاطعة قوانغدونغ وسيتشوان وهونغ كونغ.", {"guangdong", "sichuan", "hong-kong"}),
])
def test_a_list_of_provinces_is_found(extractor: RuleExtractor, lang: str, text: str, expected: set[str]) -> None:
    assert expected <= set(places(before(extractor, text, lang)))


# ---------------------------------------------------------------- Yunnan's and Guangxi's prefectures away from the border

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A delegation of Dali Bai Autonomous Prefecture and Yuxi City visited Lao Cai.", {"dali", "yuxi"}),
    ("zh", "大理白族自治州和玉林市代表团访问了老街省。", {"dali", "yulin"}),
    ("vi", "Đoàn đại biểu châu tự trị Đại Lý và thành phố Ngọc Lâm đã thăm tỉnh Lào Cai.", {"dali", "yulin"}),
    ("fr", "Une délégation de la préfecture autonome de Chuxiong et de la ville de Lincang a visité Lao Cai.",
     {"chuxiong", "lincang"}),
    ("de", "Eine Delegation aus dem Autonomen Bezirk Dehong und der Stadt Baoshan besuchte Lao Cai.", {"dehong", "baoshan"}),
])
def test_a_prefecture_of_yunnan_or_guangxi_away_from_the_border(extractor: RuleExtractor, lang: str, text: str,
                                                                 expected: set[str]) -> None:
    assert expected <= set(places(before(extractor, text, lang)))


def test_an_arabic_spelling_of_hekou_without_its_h(extractor: RuleExtractor) -> None:
    """"خكو" beside "خهكو", "هيكو", "هكو": Hekou, and its border gate."""
    found = set(mentioned(before(extractor, "استأنفت بوابة خكو الحدودية التخليص مع محافظة خكو.", "ar"), prefix=""))
    assert {"place/hekou", "gate/hekou"} <= found


@pytest.mark.parametrize(("lang", "text", "not_expected"), [
    ("zh", "金平县委书记张玉林会见了代表团。", "yulin"),      # 玉林 is a given name here, and 德宏 below
    ("zh", "云南省副省长王德宏会见了代表团。", "dehong"),
    ("en", "Zhang Yulin, Secretary of the Jinping County Party Committee, received the delegation.", "yulin"),
    ("vi", "Ông Nguyễn Bảo Sơn, Phó Giám đốc Sở Ngoại vụ, đã tiếp đoàn.", "baoshan"),
])
def test_a_prefectures_bare_name_in_a_persons_name_is_no_place(extractor: RuleExtractor, lang: str, text: str,
                                                               not_expected: str) -> None:
    assert not_expected not in places(before(extractor, text, lang))


# ---------------------------------------------------------------- names that are also given names or words

@pytest.mark.parametrize(("lang", "text", "not_expected"), [
    ("en", "Deputy Prime Minister Nguyen Hoa Binh received the delegation in Hanoi.", "hoa-binh"),
    ("en", "Ms Nguyen Thi Thanh Hoa, the department's director, chaired the session.", "thanh-hoa"),
    ("en", "Mr Vu Hai Duong and Mr Le Quang Binh signed for the two companies.", "hai-duong"),
    ("en", "Mr Vu Hai Duong and Mr Le Quang Binh signed for the two companies.", "quang-binh"),
    ("en", "Mr Tran Quang Nam and Ms Pham Khanh Hoa attended.", "quang-nam"),
    ("en", "Mr Tran Quang Nam and Ms Pham Khanh Hoa attended.", "khanh-hoa"),
    ("vi", "Phó Thủ tướng Nguyễn Hòa Bình tiếp đoàn tại Hà Nội.", "hoa-binh"),
    ("vi", "Ông Lê Thái Bình và bà Nguyễn Thị Hà Nam đã dự lễ ký.", "thai-binh"),
    ("vi", "Ông Lê Thái Bình và bà Nguyễn Thị Hà Nam đã dự lễ ký.", "ha-nam"),
    ("vi", "Hai năm qua, hai bên đã hợp tác chặt chẽ.", "hainan"),           # "hai năm", two years: not Hải Nam
    ("ar", "استقبل نائب رئيس الوزراء نغوين هوا بينه الوفد في هانوي.", "hoa-binh"),
    ("zh", "红河南岸的河口县和红河北岸的老街市举行了活动。", "henan"),        # the Red River's south bank
    ("zh", "红河南岸的河口县和红河北岸的老街市举行了活动。", "hebei"),
    ("en", "Mr Le Hue spoke about the colour and hue of the new signs.", "hue"),
])
def test_a_given_name_is_no_province(extractor: RuleExtractor, lang: str, text: str, not_expected: str) -> None:
    assert not_expected not in places(before(extractor, text, lang))


def test_the_pacific_holds_no_province_the_document_names(extractor: RuleExtractor) -> None:
    """A bare ambiguous name counts where the document names the province otherwise, but not inside a
    word that names no place."""
    found = places(before(extractor, "Tỉnh Thái Bình và tỉnh Bình Dương dự diễn đàn châu Á - Thái Bình Dương. "
                                     "Thái Bình có nhiều dự án.", "vi"))
    assert found["thai-binh"] == {"Tỉnh Thái Bình", "Thái Bình"}
    assert found["binh-duong"] == {"tỉnh Bình Dương"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Lãnh đạo tỉnh Hà Nam và Thái Bình đã dự hội nghị.", {"ha-nam", "thai-binh"}),
    ("fr", "Des élus des provinces de Quang Ninh, de Thai Binh et de Hai Duong ont signé.",
     {"quang-ninh", "thai-binh", "hai-duong"}),
    ("en", "Officials of Thai Binh and Nam Dinh provinces attended.", {"thai-binh", "nam-dinh"}),
    ("es", "Participaron Lang Son, Ben Tre y Long An.", {"lang-son", "ben-tre", "long-an"}),
    ("de", "Firmen aus Ca Mau, Kien Giang und An Giang nahmen teil.", {"ca-mau", "kien-giang", "an-giang"}),
])
def test_an_ambiguous_name_listed_with_provinces_is_one(extractor: RuleExtractor, lang: str, text: str,
                                                         expected: set[str]) -> None:
    assert expected <= set(places(before(extractor, text, lang)))


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Lang Son, Nguyen Hoa Binh said, will host the fair.", "hoa-binh"),
    ("Deputy Prime Minister Nguyen Hoa Binh and Lang Son leaders attended.", "hoa-binh"),
    ("Mr Thanh Hoa, Lang Son and Cao Bang officials attended.", "thanh-hoa"),
])
def test_a_name_in_a_persons_name_is_not_listed(extractor: RuleExtractor, text: str, not_expected: str) -> None:
    assert not_expected not in places(before(extractor, text, "en"))


# ---------------------------------------------------------------- the merged provinces' plain names

@pytest.mark.parametrize(("lang", "text", "when", "expected"), [
    # the plain name: the province before 1 July 2025, the merged one after it
    ("en", "Officials from Ninh Binh met investors.", "before", "ninh-binh"),
    ("en", "Officials from Ninh Binh met investors.", "after", "ninh-binh-2025"),
    ("vi", "Lãnh đạo tỉnh Thái Nguyên tiếp nhà đầu tư.", "before", "thai-nguyen"),
    ("vi", "Lãnh đạo tỉnh Thái Nguyên tiếp nhà đầu tư.", "after", "thai-nguyen-2025"),
    ("de", "Vertreter der Provinz Hung Yen trafen Investoren.", "after", "hung-yen-2025"),
    ("fr", "La ville de Da Nang a reçu des investisseurs.", "after", "da-nang-2025"),
    ("zh", "越南安江省代表团访问了南宁。", "before", "an-giang"),
    ("zh", "越南安江省代表团访问了南宁。", "after", "an-giang-2025"),
    # a province merged into another keeps its own name: "Ha Nam" after 2025 is still the old province
    ("en", "Officials of Ha Nam province met investors.", "after", "ha-nam"),
    ("vi", "Lãnh đạo tỉnh Bắc Giang tiếp nhà đầu tư.", "after", "bac-giang"),
])
def test_a_merged_provinces_plain_name(extractor: RuleExtractor, lang: str, text: str, when: str, expected: str) -> None:
    found = places((before if when == "before" else after)(extractor, text, lang))
    assert expected in found
    assert not {f"{expected}-2025", expected.removesuffix("-2025")} - {expected} & set(found)


# ---------------------------------------------------------------- a venue chain that went up ends there

def test_a_place_after_a_chain_of_venues_that_went_up_is_a_side(extractor: RuleExtractor) -> None:
    """"tại thành phố Thành Đô, tỉnh Tứ Xuyên (Trung Quốc), thành phố Lào Cai …": Lao Cai, named after the
    province and the country Chengdu lies in, is a side, not where the conference was."""
    ex = before(extractor, "Ngày 3/4, tại thành phố Thành Đô, tỉnh Tứ Xuyên (Trung Quốc), thành phố Lào Cai phối hợp "
                           "tổ chức hội nghị xúc tiến du lịch.", "vi")
    (conference,) = [e for e in ex.events if e.cls == "Conference"]
    assert {p.removeprefix(BKR) for p in conference.locations} == {"place/x-thanh-do"}
    assert BKR + "place/lao-cai-city" in conference.participants


# ---------------------------------------------------------------- the lexicon: 63 units before, 34 after

@pytest.fixture(scope="module")
def lexicon() -> Graph:
    graph = Graph()
    for path in sorted(LEXICON.glob("places-*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _first_level(graph: Graph, day: str) -> Iterator[str]:
    """Vietnam's provinces and centrally run cities that existed on `day`."""
    vietnam = URIRef(BKR + "place/vietnam")
    for unit in set(graph.subjects(URIRef(BK + "locatedIn"), vietnam)):
        if not {URIRef(BK + "Province"), URIRef(BK + "City")} & set(graph.objects(unit, RDF.type)):
            continue
        since, until = graph.value(unit, URIRef(BK + "validFrom")), graph.value(unit, URIRef(BK + "validUntil"))
        if (since is None or str(since) <= day) and (until is None or day <= str(until)):
            yield str(unit).removeprefix(BKR + "place/")


def test_vietnam_has_63_units_before_the_mergers_and_34_after(lexicon: Graph) -> None:
    assert len(set(_first_level(lexicon, "2025-06-30"))) == 63
    assert len(set(_first_level(lexicon, "2025-07-01"))) == 34


MERGERS = {  # Resolution 202/2025/QH15: the unit formed on 1 July 2025 -> the units it was formed from
    "thai-nguyen-2025": {"thai-nguyen", "bac-kan"}, "phu-tho-2025": {"phu-tho", "vinh-phuc", "hoa-binh"},
    "bac-ninh-2025": {"bac-ninh", "bac-giang"}, "hung-yen-2025": {"hung-yen", "thai-binh"},
    "ninh-binh-2025": {"ninh-binh", "ha-nam", "nam-dinh"}, "quang-tri-2025": {"quang-tri", "quang-binh"},
    "da-nang-2025": {"da-nang", "quang-nam"}, "quang-ngai-2025": {"quang-ngai", "kon-tum"},
    "gia-lai-2025": {"gia-lai", "binh-dinh"}, "khanh-hoa-2025": {"khanh-hoa", "ninh-thuan"},
    "lam-dong-2025": {"lam-dong", "dak-nong", "binh-thuan"}, "dak-lak-2025": {"dak-lak", "phu-yen"},
    "dong-nai-2025": {"dong-nai", "binh-phuoc"}, "tay-ninh-2025": {"tay-ninh", "long-an"},
    "can-tho-2025": {"can-tho", "soc-trang", "hau-giang"}, "vinh-long-2025": {"vinh-long", "ben-tre", "tra-vinh"},
    "dong-thap-2025": {"dong-thap", "tien-giang"}, "ca-mau-2025": {"ca-mau", "bac-lieu"},
    "an-giang-2025": {"an-giang", "kien-giang"}, "tuyen-quang-2025": {"tuyen-quang", "ha-giang"},
    "lao-cai-2025": {"lao-cai", "yen-bai"}, "hai-phong": {"hai-duong"},
    "ho-chi-minh-city": {"binh-duong", "ba-ria-vung-tau"},
}


@pytest.mark.parametrize("new", sorted(MERGERS))
def test_a_merger_of_2025(lexicon: Graph, new: str) -> None:
    iri = URIRef(BKR + "place/" + new)
    assert {str(o).removeprefix(BKR + "place/") for o in lexicon.objects(iri, DCTERMS.replaces)} == MERGERS[new]
    for old in MERGERS[new]:
        assert lexicon.value(URIRef(BKR + "place/" + old), URIRef(BK + "validUntil")) == Literal("2025-06-30", datatype=XSD.date)
    if new.endswith("-2025"):
        assert lexicon.value(iri, URIRef(BK + "validFrom")) == Literal("2025-07-01", datatype=XSD.date)
