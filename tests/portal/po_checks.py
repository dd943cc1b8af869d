"""Check the portal's UI translation catalogues (locale/<lang>/LC_MESSAGES/django.po).

For every language: the catalogue exists, its header declares the language, UTF-8 and
the expected Plural-Forms, no entry is fuzzy, no msgstr (or plural form) is empty,
every msgstr keeps exactly the placeholders and HTML tags of its msgid, and all
languages hold the same msgids.

Used by test_translations.py.
"""

import re
from collections import Counter
from pathlib import Path

import polib

PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "ro": "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
    "bg": "nplurals=2; plural=(n != 1);",
    "nl": "nplurals=2; plural=(n != 1);",
    "de": "nplurals=2; plural=(n != 1);",
}

# %(name)s, %(count)d, %s, %d, %% ... (printf style) and {name} / {0} (str.format style).
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]|\{[A-Za-z_0-9.]*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def tokens(text):
    return Counter(PLACEHOLDER.findall(text)) + Counter(HTML_TAG.findall(text))


def check_catalogue(lang, path):
    problems = []
    try:
        po = polib.pofile(str(path))
    except (OSError, ValueError) as error:
        return [f"{lang}: cannot read {path}: {error}"], set()
    where = f"{lang} ({path})"
    meta = po.metadata
    if meta.get("Language") != lang:
        problems.append(f"{where}: header Language is {meta.get('Language')!r}, expected {lang!r}")
    if "charset=UTF-8" not in meta.get("Content-Type", ""):
        problems.append(f"{where}: header Content-Type is {meta.get('Content-Type')!r}, expected charset=UTF-8")
    expected_forms = PLURAL_FORMS[lang]
    if meta.get("Plural-Forms", "").strip().rstrip(";") != expected_forms.rstrip(";"):
        problems.append(f"{where}: header Plural-Forms is {meta.get('Plural-Forms')!r}, expected {expected_forms!r}")
    if po.metadata_is_fuzzy:
        problems.append(f"{where}: header is marked fuzzy")
    nplurals = int(re.search(r"nplurals=(\d+)", expected_forms).group(1))

    msgids = set()
    for entry in po:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        msgids.add(key)
        label = f"{where}: {entry.msgid!r}"
        if "fuzzy" in entry.flags:
            problems.append(f"{label}: fuzzy")
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != list(range(nplurals)):
                problems.append(f"{label}: has plural forms {sorted(forms)}, expected 0..{nplurals - 1}")
            expected = tokens(entry.msgid_plural)
            for index in range(nplurals):
                text = forms.get(index, "")
                if not text:
                    problems.append(f"{label}: msgstr[{index}] is empty")
                elif set(tokens(text)) != set(expected):
                    problems.append(
                        f"{label}: msgstr[{index}] placeholders/tags {sorted(tokens(text))} != {sorted(expected)}"
                    )
        else:
            if not entry.msgstr:
                problems.append(f"{label}: msgstr is empty")
            elif tokens(entry.msgstr) != tokens(entry.msgid):
                problems.append(
                    f"{label}: placeholders/tags {sorted(tokens(entry.msgstr).elements())} "
                    f"!= {sorted(tokens(entry.msgid).elements())}"
                )
    return problems, msgids


def check(locale_dir):
    locale_dir = Path(locale_dir)
    problems = []
    catalogues = {}
    for lang in PLURAL_FORMS:
        path = locale_dir / lang / "LC_MESSAGES" / "django.po"
        if not path.is_file():
            problems.append(f"{lang}: {path} is missing")
            continue
        lang_problems, msgids = check_catalogue(lang, path)
        problems += lang_problems
        catalogues[lang] = msgids
    if catalogues:
        every = set().union(*catalogues.values())
        for lang, msgids in catalogues.items():
            for msgctxt, msgid in sorted(every - msgids, key=str):
                problems.append(f"{lang}: lacks msgid {msgid!r}" + (f" (context {msgctxt!r})" if msgctxt else ""))
    return problems, catalogues
