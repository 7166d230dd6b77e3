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
