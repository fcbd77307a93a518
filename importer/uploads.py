"""Read uploaded export files and zips of them, within limits, without trusting a zip.

A zip is read member by member with `ZipFile.open()` in chunks, counting the bytes that
were actually unpacked (never the sizes its headers claim): a member stops being read
once it passes the per-file limit, and the whole upload is refused as soon as the
uncompressed total passes PORTAL_IMPORT_MAX_UNCOMPRESSED. So a zip bomb is refused
early and memory holds at most one file at a time.

A file whose *name* holds a personal identity number is refused unread, and its name is
only ever shown, stored or logged with the number masked (`19121212-****`).
"""

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings

from core.identity_numbers import find_identity_numbers, phone_number_hint

MAX_FILE_BYTES = 2 * 1024 * 1024  # a final report export is a few kB
MAX_FILES = 2000
DEFAULT_MAX_UNCOMPRESSED = 50 * 1024 * 1024  # all files of one import, unpacked
CHUNK_BYTES = 64 * 1024
# Separators in file names that would hide a number from the detector ("rapport-1912…").
_NAME_SEPARATORS = str.maketrans(dict.fromkeys(map(ord, "/\\.,-+_"), " "))


class UploadError(Exception):
    """An upload that cannot be read at all: Swedish for editors, English for operators."""

    def __init__(self, message, english=None):
        super().__init__(message)
        self.english = english or message


@dataclass
class Upload:
    """One export file to import: from the upload itself or from a zip's member."""

    name: str  # safe to show, store and log: an identity number in it is masked
    data: bytes = b""
    error: str = ""  # why it is refused before being read (Swedish)


def max_uncompressed():
    return int(getattr(settings, "PORTAL_IMPORT_MAX_UNCOMPRESSED", DEFAULT_MAX_UNCOMPRESSED))


def _megabytes(size):
    return f"{size / (1024 * 1024):g} MB"


def identity_numbers_in_name(name):
    """Matches in the name as written, and with separators read as spaces."""
    spans = {}
    for variant in (name, name.translate(_NAME_SEPARATORS)):  # same length as `name`
        for match in find_identity_numbers(variant):
            spans.setdefault((match.start, match.end), match)
    return [spans[span] for span in sorted(spans)]


def safe_name(name):
    """(the name with every identity number in it masked, Swedish error or "")."""
    found = identity_numbers_in_name(name)
    if not found:
        return name, ""
    masked = list(name)
    for match in found:
        start = max(match.end - 4, match.start)
        masked[start : match.end] = "*" * (match.end - start)
    masked_name = "".join(masked)
    first = found[0]
    number = masked_name[first.start : first.end]
    error = (
        f"{masked_name}: Filnamnet innehåller ett {first.kind} ({number}). Personuppgifter om "
        "elever får inte finnas i slutrapporter, inte heller i filnamn: byt namn på filen och "
        f"importera igen.{phone_number_hint(first)}"
    )
    return masked_name, error


class _Budget:
    """Counts the files and the bytes unpacked so far; refuses once a limit is passed."""

    def __init__(self):
        self.files = 0
        self.bytes = 0
        self.limit = max_uncompressed()

    def add_file(self):
        self.files += 1
        if self.files > MAX_FILES:
            raise UploadError(
                f"Högst {MAX_FILES} filer per import; dela upp filerna.",
                f"at most {MAX_FILES} files per import; split the files.",
            )

    def add_bytes(self, name, count):
        self.bytes += count
        if self.bytes > self.limit:
            raise UploadError(
                f"{name}: filerna är för stora uppackade (mer än {_megabytes(self.limit)} "
                "totalt). Importen avbröts och inget sparades; dela upp filerna.",
                f"{name}: the files unpack to more than {_megabytes(self.limit)} in total "
                "(PORTAL_IMPORT_MAX_UNCOMPRESSED); nothing was imported. Split the files.",
            )


def _read_capped(stream, name, budget):
    """At most MAX_FILE_BYTES + 1 bytes of `stream`, counted against the budget."""
    data = bytearray()
    while len(data) <= MAX_FILE_BYTES:
        chunk = stream.read(min(CHUNK_BYTES, MAX_FILE_BYTES + 1 - len(data)))
        if not chunk:
            break
        budget.add_bytes(name, len(chunk))
        data += chunk
    return bytes(data)


def _is_export_member(info):
    return (
        not info.is_dir()
        and not PurePath(info.filename).name.startswith(".")
        and "__MACOSX" not in info.filename
    )


def _zip_members(name, stream, budget):
    try:
        archive = zipfile.ZipFile(stream)
        members = [info for info in archive.infolist() if _is_export_member(info)]
        if len(members) > MAX_FILES:
            raise UploadError(
                f"{name}: zip-filen innehåller fler än {MAX_FILES} filer.",
                f"{name}: the zip holds more than {MAX_FILES} files.",
            )
        for info in members:
            budget.add_file()
            member_name, error = safe_name(f"{name}/{info.filename}")
            if error:
                yield Upload(member_name, error=error)
                continue
            with archive.open(info) as member:
                yield Upload(member_name, _read_capped(member, name, budget))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError,
            zlib.error, EOFError, ValueError) as error:  # fmt: skip
        reason = re.sub(r"\s+", " ", str(error))[:200]
        raise UploadError(
            f"{name}: zip-filen går inte att packa upp ({reason}).",
            f"{name}: the zip cannot be unpacked ({reason}).",
        ) from None


def read_uploads(sources):
    """Every export file in `sources`, [(name, binary file object)], zips unpacked.

    A generator: each file is read when it is reached, so that a caller that keeps only
    what it needs holds one file at a time. Raises UploadError when a limit is passed.
    """
    budget = _Budget()
    for raw_name, stream in sources:
        name, error = safe_name(raw_name)
        stream.seek(0)
        if zipfile.is_zipfile(stream):
            stream.seek(0)
            if error:  # every member would carry the number in its name
                budget.add_file()
                yield Upload(name, error=error)
                continue
            yield from _zip_members(name, stream, budget)
            continue
        stream.seek(0)
        budget.add_file()
        if error:
            yield Upload(name, error=error)
        else:
            yield Upload(name, _read_capped(stream, name, budget))
