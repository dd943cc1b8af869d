"""Every UI string is translated into all six other languages, and the catalogues are sound.

The msgids are extracted here with Django's own template lexer and Python's ast, so the
check runs on a machine without GNU gettext.
"""

import ast
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

from tests.portal.po_checks import check

ROOT = Path(settings.BASE_DIR)
CODE_DIRS = ["portal", "home", "search", "resources", "events"]
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}
# templatize() writes gettext(u'...') or gettext(u"...") calls for xgettext to read, and
# _('...') for a constant in a variable, as in {{ value|default:_("In focus") }}.
TEMPLATE_CALL = re.compile(r"""\b(?:n?gettext|_)\(\s*u?('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


def template_msgids():
    msgids = set()
    paths = [*(ROOT / "templates").rglob("*.html"), *(ROOT / "templates").rglob("*.txt")]
    for path in paths:
        code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for match in TEMPLATE_CALL.finditer(code):
            msgids.add(ast.literal_eval(match.group(1)))
    return msgids


def python_msgids():
    msgids = set()
    for directory in CODE_DIRS:
        for path in (ROOT / directory).rglob("*.py"):
            if "migrations" in path.parts or "demo" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", getattr(node.func, "attr", None)) in GETTEXT_NAMES
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    msgids.add(node.args[0].value)
    return msgids


def test_catalogues_are_complete_and_consistent():
    problems, catalogues = check(ROOT / "locale")
    assert not problems, "\n".join(problems)
    assert set(catalogues) == {code for code, _name in settings.LANGUAGES} - {"en"}


def test_every_string_in_the_code_is_in_every_catalogue():
    import polib

    wanted = template_msgids() | python_msgids()
    # The extraction works, for {% translate %}, _() in a filter argument, and Python.
    assert {"Skip to main content", "In focus", "hero heading"} <= wanted
    for code, _name in settings.LANGUAGES:
        if code == "en":
            continue
        catalogue = polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))
        translated = {entry.msgid for entry in catalogue if entry.translated() and not entry.obsolete}
        missing = sorted(wanted - translated)
        assert not missing, f"{code}: untranslated {missing}"
        # A string the code no longer uses is dead weight for translators: remove it.
        unused = sorted(entry.msgid for entry in catalogue if not entry.obsolete and entry.msgid not in wanted)
        assert not unused, f"{code}: no longer used {unused}"


def test_translations_are_served():
    with translation.override("bg"):
        assert translation.gettext("Skip to main content") != "Skip to main content"
    with translation.override("ro"):
        assert translation.ngettext("%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”", 25)
