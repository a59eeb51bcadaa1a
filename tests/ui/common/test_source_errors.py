"""Every reason a source can fail has its own words (issue 16.7: a customer merged away
between two requests is not "a setting is missing")."""

from __future__ import annotations

from journey_widget.service.lookup import FailureReason
from journey_widget.ui.common.source_errors import failure_text


def test_every_reason_has_its_own_title_and_sentence(qapp) -> None:
    texts = [failure_text(reason) for reason in FailureReason]
    assert len({t.title for t in texts}) == len(FailureReason)
    assert len({t.sentence for t in texts}) == len(FailureReason)


def test_a_customer_who_changed_is_told_to_be_looked_up_again(qapp) -> None:
    text = failure_text(FailureReason.CHANGED)
    assert "Look them up again" in text.sentence
    assert text.sentence != failure_text(FailureReason.CONFIGURATION).sentence
