"""An uploaded essay: what kind of file it really is, and its text.

The kind comes from the file's content, never its name (filetype reads the first bytes, then
the package's own structure is checked: a ZIP is a DOCX only with a Word document inside, an ODT
only with the OpenDocument text mimetype). The text is read with pypdf, python-docx or odfpy.
Anything that cannot be read raises ``UnreadableEssay`` with a message for the student.
"""

import io
import re
import zipfile

import filetype

from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
# A document package that unpacks to more than this is refused before it is parsed (zip bombs).
MAX_UNPACKED = 50 * 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
KINDS = ("pdf", "docx", "odt")

TOO_LARGE = _("The file is larger than 5 MB.")
WRONG_KIND = _("Upload the essay as a PDF, DOCX or ODT file.")
UNREADABLE = _("The file could not be read. Save it again as PDF, DOCX or ODT, or paste the text.")
EMPTY = _("The file contains no text.")


class UnreadableEssay(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def kind_of(data):
    """'pdf', 'docx' or 'odt' from the bytes themselves; UnreadableEssay otherwise."""
    if len(data) > MAX_BYTES:
        raise UnreadableEssay(TOO_LARGE)
    guess = filetype.guess(data)
    if guess is not None and guess.extension == "pdf":
        return "pdf"
    if guess is None or guess.extension not in ("zip", "docx", "odt"):
        raise UnreadableEssay(WRONG_KIND)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
            if sum(entry.file_size for entry in entries) > MAX_UNPACKED:
                raise UnreadableEssay(UNREADABLE)
            names = {entry.filename for entry in entries}
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return "docx"
            if "mimetype" in names and package.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except zipfile.BadZipFile as error:
        raise UnreadableEssay(UNREADABLE) from error
    raise UnreadableEssay(WRONG_KIND)


def _pdf_text(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise UnreadableEssay(UNREADABLE)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx_text(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def _odt_text(data):
    from odf import teletype, text
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    return "\n".join(
        teletype.extractText(element)
        for element in document.getElementsByType(text.P) + document.getElementsByType(text.H)
    )


READERS = {"pdf": _pdf_text, "docx": _docx_text, "odt": _odt_text}


def extract(data):
    """(kind, text) of an uploaded essay; UnreadableEssay with the student's message otherwise."""
    kind = kind_of(data)
    try:
        text = READERS[kind](data)
    except UnreadableEssay:
        raise
    except Exception as error:
        raise UnreadableEssay(UNREADABLE) from error
    text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    if not text:
        raise UnreadableEssay(EMPTY)
    return kind, text


WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text):
    """Words as a reader counts them: "co-operation" and "don't" are one word each."""
    return len(WORD.findall(text))
