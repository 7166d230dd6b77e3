"""Events in wordings no lexicon lists: short articles written for these tests (not taken from the
seeds, the development set or the tuning set), one behaviour per case."""
from __future__ import annotations

import pytest

from borderkg.extract import RuleExtractor
from borderkg.model import Document, Extraction
from borderkg.resources import load_resources

BKR = "https://w3id.org/borderkg/id/"


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor(load_resources())


def read(extractor: RuleExtractor, text: str, lang: str, date: str = "2024-05-10") -> Extraction:
    return extractor(Document("case", text, lang, "case.txt", date=date))


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


def test_a_place_right_after_a_side_says_where_that_side_lies(extractor) -> None:
    """"a delegation of Jinping county in Yunnan": Yunnan says where Jinping is; the talks were at the gate."""
    ex = read(extractor, "On May 8, leaders of Bat Xat district held talks with a delegation of Jinping county in "
                         "Yunnan province at the Huu Nghi international border gate.", "en")
    assert ("Meeting", "2024-05-08", frozenset({"gate/huu-nghi"})) in told(ex)
