"""One masking function for logs (model.privacy.mask_for_log), used by the HTTP client and the
call sources alike: every digit but the last three hidden, the mailbox before an "@" too."""

from journey_widget.calls import events
from journey_widget.model.privacy import mask_for_log
from journey_widget.sources.remote import http_client


def test_a_number_keeps_only_its_last_three_digits():
    assert mask_for_log("+49 30 1234567") == "+•• •• ••••567"
    assert mask_for_log("+49301234567") == "+••••••••567"


def test_the_mailbox_before_the_at_is_hidden_with_its_length():
    assert mask_for_log("erika.mustermann@example.com") == "•••@example.com"
    assert mask_for_log("sip:jürgen@pbx") == "•••@pbx"
    assert mask_for_log("e@x.org") == "•@x.org"


def test_digits_in_the_host_are_masked_too_and_long_text_is_cut():
    assert mask_for_log("a@10.0.0.1") == "•@••.0.0.1"
    assert len(mask_for_log("1" * 500)) == 80
    assert mask_for_log("") == ""


def test_the_http_client_and_the_call_sources_use_the_same_function():
    assert events.mask_number is mask_for_log
    assert not hasattr(http_client, "mask")
    assert http_client.masked_url("http://h/x?phone=%2B4930123") == "http://h/x?phone=+••••123"
