"""Spreadsheet exports of the admin that a spreadsheet program opens as text, never as formulas.

Wagtail writes an XLSX cell that looks like a formula as a string, but a CSV file has no
types: a cell such as ``=HYPERLINK(...)`` typed into a public form or a page title runs when
an editor opens the export. Cells starting with a formula character get a leading apostrophe
(OWASP's advice for CSV injection); phone numbers and negative numbers are left as they are.
"""

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A phone number (+32 2 555 00 00) or a negative number computes nothing and stays readable.
PLAIN_NUMBER = re.compile(r"[+-]?\d[\d .()/-]*")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For views with Wagtail's ``SpreadsheetExportMixin`` (listings, reports)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value
