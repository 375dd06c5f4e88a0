"""A csv or xlsx file as rows of cells, whatever the Seller Centre put around the table.

xlsx is read with python-calamine (docs/environment.md says why: about ten times faster
than openpyxl on a 10,000-row export, in a fraction of the memory). Cells come back as
Python values: text, numbers (float or int) and datetimes. csv is read as text, in UTF-8
(with or without a byte-order mark) or, failing that, Windows-1252, the two encodings
Seller Centre downloads and Excel's "Save as CSV" produce; its separator is sniffed, and
Excel's ``sep=;`` first line is honoured.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Any

from seller_desk.core.common.errors import UserError

logger = logging.getLogger(__name__)

FORMATS = (".xlsx", ".xlsm", ".csv", ".txt")


def read_rows(path: str | Path) -> list[list[Any]]:
    """Every row of the file's first sheet (or the csv), as lists of cells.

    Raises:
        UserError: the file is missing, of another kind, or damaged.
    """
    p = Path(path)
    if not p.is_file():
        raise UserError("import.file_missing", {"name": p.name})
    suffix = p.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("import.format_unknown", {"name": p.name}, hint="import.format_hint")
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(p)
        return _read_csv(p.read_bytes())
    except UserError:
        raise
    except Exception:  # a damaged or mislabelled file: the seller can download it again
        logger.exception("Could not read %s", p)
        raise UserError("import.file_unreadable", {"name": p.name},
                        hint="import.file_unreadable_hint") from None


def _read_xlsx(path: Path) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    names = workbook.sheet_names
    if not names:
        return []
    # some exports put a notes sheet first: take the first sheet that has rows
    for index in range(len(names)):
        rows = workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)
        if any(any(c not in ("", None) for c in row) for row in rows):
            return [list(row) for row in rows]
    return []


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _read_csv(data: bytes) -> list[list[Any]]:
    text = _decode(data)
    first, _, rest = text.partition("\n")
    separator = ""
    above: list[list[Any]] = []
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        # an empty row in its place, so refused rows keep the numbers a spreadsheet shows
        separator, text, above = first.strip()[4], rest, [[]]
    if not separator:
        sample = "\n".join(text.splitlines()[:40])
        try:
            separator = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            separator = ","
    return above + list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
