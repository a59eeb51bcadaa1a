"""Call back from the history (SPEC H3, B4): the number is validated, the command has no shell."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_widget.calls.dial import (
    DialKind,
    DialProblem,
    DialRefused,
    command_arguments,
    dial_target,
)

INJECTIONS = [
    "+49301234567; rm -rf ~",
    "+49301234567 && reboot",
    "$(reboot)",
    "`id`",
    "+4930123|nc evil 80",
    "+49301234567\nreboot",
    "-e /bin/sh",
    "--help",
    "sip:bob@pbx.example.com;transport=tcp",
    'sip:"bob"@pbx.example.com',
    "sip:bob@pbx.example.com?subject=x",
    "sip:b$(id)@pbx.example.com",
    "sip:bob@pbx example.com",
    "tel:+4930123;phone-context=x",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "http://evil.example.com/+49301234567",
]


# --- the bad input first ----------------------------------------------------------------


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_attempts_are_refused(text):
    with pytest.raises(DialRefused) as refused:
        dial_target(text)
    assert refused.value.problem is DialProblem.NOT_A_NUMBER


@pytest.mark.parametrize("text", ["", "   ", None, "\u200b"])
def test_nothing_to_dial(text):
    with pytest.raises(DialRefused) as refused:
        dial_target(text)
    assert refused.value.problem is DialProblem.NO_NUMBER


@pytest.mark.parametrize("text", ["4567", "12", "anna", "anna@example.com", "+0 123 456"])
def test_implausible_numbers_and_e_mail_are_refused(text):
    with pytest.raises(DialRefused):
        dial_target(text)


@given(st.text(max_size=60))
def test_whatever_is_accepted_is_plain(text):
    """Any text either refuses or gives a target of harmless characters only."""
    try:
        target = dial_target(text)
    except DialRefused:
        return
    allowed = set("+0123456789") if target.kind is DialKind.PHONE else None
    if allowed is not None:
        assert set(target.value) <= allowed
    else:
        assert target.value.startswith("sip:")
        assert not set(target.value) & set(" ;?&|$`'\"<>()\n\\")
    assert not target.value.startswith("-")


# --- what is accepted -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("+49 30 1234567", "+49301234567"),
        ("0049301234567", "+49301234567"),
        ("030 1234567", "+49301234567"),
        ("(030) 123-4567", "+49301234567"),
        ("tel:+49301234567", "+49301234567"),
        ("+41 23 456 78 910", "+412345678910"),
        ("sip:+49301234567@pbx.example.com", "+49301234567"),
    ],
)
def test_numbers_are_normalised(text, value):
    target = dial_target(text)
    assert target.kind is DialKind.PHONE
    assert target.value == value
    assert target.url == f"tel:{value}"


def test_region_reads_national_numbers():
    assert dial_target("0812 3456 7890", "ID").value == "+6281234567890"


@pytest.mark.parametrize(
    "text", ["sip:Anna.Mueller@PBX.example.com", "<sip:anna.mueller@pbx.example.com>"]
)
def test_sip_addresses(text):
    target = dial_target(text)
    assert target.kind is DialKind.SIP
    assert target.url == target.value == "sip:anna.mueller@pbx.example.com"


# --- the command ------------------------------------------------------------------------


def test_placeholder_is_replaced_inside_its_argument():
    target = dial_target("+49 30 1234567")
    program, arguments = command_arguments("baresip-dial --call {number}", target)
    assert program == "baresip-dial"
    assert arguments == ["--call", "+49301234567"]


def test_uri_placeholder_and_quoted_program():
    target = dial_target("sip:bob@pbx.example.com")
    program, arguments = command_arguments('"/opt/My Phone/dial" --uri={uri}', target)
    assert program == "/opt/My Phone/dial"
    assert arguments == ["--uri=sip:bob@pbx.example.com"]


def test_number_is_appended_without_a_placeholder():
    program, arguments = command_arguments("softphone -d", dial_target("+49301234567"))
    assert (program, arguments) == ("softphone", ["-d", "+49301234567"])


def test_shell_syntax_in_the_template_stays_plain_words():
    """Nothing runs a shell: ';' and '|' in the template are arguments, not operators."""
    program, arguments = command_arguments("dial {number} ; rm -rf ~", dial_target("+4930123456"))
    assert program == "dial"
    assert arguments == ["+4930123456", ";", "rm", "-rf", "~"]


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("", DialProblem.NO_COMMAND),
        ("   ", DialProblem.NO_COMMAND),
        ('dial "unclosed', DialProblem.BAD_COMMAND),
        ("{number} --call", DialProblem.BAD_COMMAND),
        ("dial\n{number}", DialProblem.BAD_COMMAND),
        ("x" * 2000, DialProblem.BAD_COMMAND),
    ],
)
def test_unusable_templates(template, problem):
    with pytest.raises(DialRefused) as refused:
        command_arguments(template, dial_target("+49301234567"))
    assert refused.value.problem is problem


def test_the_built_command_runs_as_an_argument_list(tmp_path):
    """A real process gets the number as one argument, exactly (no shell in between)."""
    out = tmp_path / "argv.txt"
    script = f"import sys; open({str(out)!r}, 'w').write(repr(sys.argv[1:]))"
    template = f'"{sys.executable}" -c "{script}" {{number}} "two words"'
    program, arguments = command_arguments(template, dial_target("(030) 123-4567"))
    subprocess.run([program, *arguments], check=True, shell=False)
    assert out.read_text() == repr(["+49301234567", "two words"])
