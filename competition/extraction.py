"""An uploaded essay: what kind of file it really is, and its text.

The kind comes from the file's content, never its name (filetype reads the first bytes, then
the package's own structure is checked: a ZIP is a DOCX only with a Word document inside, an ODT
only with the OpenDocument text mimetype). The text is read with pypdf, python-docx or odfpy.
Anything that cannot be read raises ``UnreadableEssay`` with a message for the student.

A file is a student's, but it could be anyone's: a 184 KB DOCX can inflate to 45 MB of XML and a
PDF can hold thousands of pages. So a package whose members unpack (as declared, and as really
read) to more than ``MAX_UNPACKED`` is refused before it is parsed, a PDF of more than
``MAX_PDF_PAGES`` pages too, and the reading itself runs in a forked child process that is
killed after ``MAX_SECONDS``: the web worker never spends more than that on one upload.
"""

import io
import multiprocessing
import re
import zipfile

import filetype

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 5 * 1024 * 1024
# Near the upload cap: a real essay's DOCX or ODT unpacks to a few times its size at most.
MAX_UNPACKED = 20 * 1024 * 1024
MAX_PDF_PAGES = 100
MAX_SECONDS = 10
CHUNK = 1024 * 1024
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
KINDS = ("pdf", "docx", "odt")

TOO_LARGE = _("The file is larger than 5 MB.")
WRONG_KIND = _("Upload the essay as a PDF, DOCX or ODT file.")
UNREADABLE = _("The file could not be read. Save it again as PDF, DOCX or ODT, or paste the text.")
EMPTY = _("The file contains no text.")
TOO_BIG_UNPACKED = _(
    "The file unpacks to far more than an essay. Save it again without large pictures, "
    "or paste the text."
)
TOO_SLOW = _(
    "The file took too long to read. Save it again as PDF, DOCX or ODT, or paste the text."
)


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
            _check_unpacked_size(package)
            names = set(package.namelist())
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return "docx"
            if "mimetype" in names and package.read("mimetype").strip() == ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError) as error:
        raise UnreadableEssay(UNREADABLE) from error
    raise UnreadableEssay(WRONG_KIND)


def _check_unpacked_size(package):
    """Refuse a package that unpacks to more than MAX_UNPACKED, by its word and by its deeds.

    The declared sizes are checked first (free); then every member is inflated chunk by chunk,
    and reading stops as soon as the real total passes the cap, so a lying header costs at most
    MAX_UNPACKED bytes of work.
    """
    entries = package.infolist()
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED:
        raise UnreadableEssay(TOO_BIG_UNPACKED)
    total = 0
    for entry in entries:
        with package.open(entry) as member:
            while chunk := member.read(CHUNK):
                total += len(chunk)
                if total > MAX_UNPACKED:
                    raise UnreadableEssay(TOO_BIG_UNPACKED)


def _pdf_text(data):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise UnreadableEssay(UNREADABLE)
    if len(reader.pages) > MAX_PDF_PAGES:
        raise UnreadableEssay(
            gettext("The PDF has more than %(pages)d pages: an essay is much shorter.")
            % {"pages": MAX_PDF_PAGES}
        )
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
    """(kind, text) of an uploaded essay; UnreadableEssay with the student's message otherwise.

    The work runs in a child process forked from this one (the libraries are already loaded,
    the student's language already active), killed if it outlives MAX_SECONDS.
    """
    if len(data) > MAX_BYTES:
        raise UnreadableEssay(TOO_LARGE)
    forking = multiprocessing.get_context("fork")
    receiver, sender = forking.Pipe(duplex=False)
    child = forking.Process(target=_extract_into, args=(data, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(MAX_SECONDS):
            raise UnreadableEssay(TOO_SLOW)
        outcome, result = receiver.recv()
    except EOFError as error:  # the child died without answering (out of memory, a crash)
        raise UnreadableEssay(UNREADABLE) from error
    finally:
        receiver.close()
        child.kill()
        child.join()
    if outcome == "refused":
        raise UnreadableEssay(result)
    return result


def _extract_into(data, sender):
    """In the child: ``_extract``'s answer, or its refusal, sent back as text."""
    try:
        sender.send(("read", _extract(data)))
    except UnreadableEssay as refusal:
        sender.send(("refused", str(refusal.message)))
    finally:
        sender.close()


def _extract(data):
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
