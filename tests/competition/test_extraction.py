"""Uploaded essays: the kind from the content, the text out of PDF, DOCX and ODT, the refusals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition.extraction import (
    EMPTY,
    TOO_LARGE,
    UNREADABLE,
    WRONG_KIND,
    UnreadableEssay,
    extract,
    word_count,
)

from . import files

ESSAY = ["Мојот сограѓанин од соседната улица", "Секое утро ме поздравува на ромски."]


def test_text_comes_out_of_a_docx():
    assert extract(files.docx(*ESSAY)) == ("docx", "\n".join(ESSAY))


def test_text_comes_out_of_an_odt():
    assert extract(files.odt(*ESSAY)) == ("odt", "\n".join(ESSAY))


def test_text_comes_out_of_a_pdf():
    kind, text = extract(files.pdf("My fellow citizen from the next street"))
    assert kind == "pdf"
    assert text == "My fellow citizen from the next street"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (files.executable(), WRONG_KIND),
        (files.zip_posing_as_docx(), WRONG_KIND),
        (b"%PDF-1.4\nthis is not really a pdf", UNREADABLE),
        (b"Just some text saved as essay.docx", WRONG_KIND),
        (files.docx(""), EMPTY),
        (b"%PDF-" + b"0" * (5 * 1024 * 1024), TOO_LARGE),
    ],
    ids=["exe", "zip-as-docx", "broken-pdf", "text-as-docx", "empty-docx", "too-large"],
)
def test_files_that_are_not_essays_are_refused_with_a_message(data, message):
    with pytest.raises(UnreadableEssay) as refusal:
        extract(data)
    assert refusal.value.message == message


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4096))
def test_any_bytes_give_a_text_or_a_refusal_never_a_crash(data):
    try:
        kind, text = extract(data)
    except UnreadableEssay as refusal:
        assert refusal.message in (WRONG_KIND, UNREADABLE, EMPTY, TOO_LARGE)
    else:
        assert kind in ("pdf", "docx", "odt") and text


def test_word_count():
    assert word_count("Co-operation isn't hard; сограѓанин, komšija 12.") == 6
    assert word_count("") == 0
