"""Events told in a document: what happened, when, where, in which mechanism and edition, and who
took part, bound by the sentence that tells them."""
from borderkg.extract.events.draft import EventDraft
from borderkg.extract.events.reading import find_events

__all__ = ["EventDraft", "find_events"]
