"""Uploaded essays: the kind from the content, the text out of PDF, DOCX and ODT, the refusals,
and the bounds that keep a hostile file from costing the server more than a real essay."""

import io
import struct
import time
import uuid
import zipfile
from http import HTTPStatus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from django.core.files.uploadedfile import SimpleUploadedFile

from competition import extraction
from competition.extraction import (
    EMPTY,
    TOO_BIG_UNPACKED,
    TOO_LARGE,
    TOO_SLOW,
    UNREADABLE,
    WRONG_KIND,
    UnreadableEssay,
    extract,
    word_count,
)
from competition.models import Submission

from . import files
from .conftest import form_data

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
        assert refusal.message in (WRONG_KIND, UNREADABLE, EMPTY, TOO_LARGE, TOO_BIG_UNPACKED)
    else:
        assert kind in ("pdf", "docx", "odt") and text


def test_word_count():
    assert word_count("Co-operation isn't hard; сограѓанин, komšija 12.") == 6
    assert word_count("") == 0


# Bounds: zip bombs, endless PDFs, slow files

INFLATED = 200 * 1024 * 1024  # ten times the cap: what a bomb would cost if it were read


def _bomb(members, huge):
    """A package of ``members`` {name: bytes} plus ``huge`` that inflates to INFLATED bytes of
    blanks, written a megabyte at a time: a few hundred KB compressed."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)
        with package.open(huge, "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(INFLATED // len(chunk)):
                member.write(chunk)
    return output.getvalue()


@pytest.fixture(scope="module")
def docx_bomb():
    return _bomb({"[Content_Types].xml": "<Types/>"}, "word/document.xml")


@pytest.fixture(scope="module")
def odt_bomb():
    return _bomb({"mimetype": "application/vnd.oasis.opendocument.text"}, "content.xml")


def lying_bomb():
    """A DOCX whose headers declare a ten-byte document that really inflates past the cap."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b" " * (extraction.MAX_UNPACKED + 1024 * 1024))
    data = bytearray(output.getvalue())
    # The uncompressed size sits 22 bytes into each local header, 24 into each central one.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = -1
        while (at := data.find(signature, at + 1)) != -1:
            data[at + offset : at + offset + 4] = struct.pack("<I", 10)
    return bytes(data)


def test_a_docx_that_unpacks_far_past_the_cap_is_refused_quickly(docx_bomb):
    assert len(docx_bomb) < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(UnreadableEssay) as refusal:
        extract(docx_bomb)
    assert refusal.value.message == TOO_BIG_UNPACKED
    assert time.monotonic() - started < 5


def test_an_odt_that_unpacks_far_past_the_cap_is_refused_quickly(odt_bomb):
    started = time.monotonic()
    with pytest.raises(UnreadableEssay) as refusal:
        extract(odt_bomb)
    assert refusal.value.message == TOO_BIG_UNPACKED
    assert time.monotonic() - started < 5


def test_a_package_that_lies_about_its_size_is_still_stopped():
    """Declared sizes can be forged; zipfile then stops at them (a CRC error) or the real
    read passes the cap: either way the file is refused, not parsed."""
    bomb = lying_bomb()
    with pytest.raises(UnreadableEssay) as refusal:
        extract(bomb)
    assert refusal.value.message in (TOO_BIG_UNPACKED, UNREADABLE)


def too_many_pages():
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(extraction.MAX_PDF_PAGES + 1):
        writer.add_blank_page(width=612, height=792)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_a_pdf_with_too_many_pages_is_refused():
    with pytest.raises(UnreadableEssay) as refusal:
        extract(too_many_pages())
    assert "100" in str(refusal.value.message)


def test_a_file_that_takes_too_long_to_read_is_cut_off(monkeypatch):
    """The reading runs in a child process that is killed at the time limit."""
    essay = files.docx(*(["Мојот сограѓанин од соседната улица. " * 50] * 2000))
    monkeypatch.setattr(extraction, "MAX_SECONDS", 0.05)
    started = time.monotonic()
    with pytest.raises(UnreadableEssay) as refusal:
        extract(essay)
    assert refusal.value.message == TOO_SLOW
    assert time.monotonic() - started < 3


def submit(client, page, content, name, language):
    data = form_data(text="", form_token=str(uuid.uuid4()))
    data["file"] = SimpleUploadedFile(name, content)
    return client.post(
        page.url + page.reverse_subpage("submit"), data, HTTP_ACCEPT_LANGUAGE=language
    )


REFUSALS = {
    "mk": {
        "bomb": "Датотеката се распакува во многу повеќе од есеј.",
        "pages": "PDF-документот има повеќе од 100 страници",
    },
    "rom": {
        "bomb": "I dosie putrdol but majbari sar jekh eseji.",
        "pages": "O PDF isi les maj but sar 100 patrina",
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["rom", "mk"])
def test_the_submission_form_refuses_bombs_and_endless_pdfs_in_the_students_language(
    client, competition, code, docx_bomb, odt_bomb
):
    page = competition[code]
    before = Submission.objects.count()
    for content, name, refusal in (
        (docx_bomb, "esej.docx", "bomb"),
        (odt_bomb, "esej.odt", "bomb"),
        (too_many_pages(), "esej.pdf", "pages"),
    ):
        started = time.monotonic()
        response = submit(client, page, content, name, code)

        assert response.status_code == HTTPStatus.BAD_REQUEST, name
        assert time.monotonic() - started < 10
        assert REFUSALS[code][refusal] in " ".join(response.context["form"].errors["file"])
    assert Submission.objects.count() == before
