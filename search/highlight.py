"""Snippets of text around the words a reader searched for, with those words marked.

Matching ignores case and accents and accepts other endings of the same word
('risque' marks 'risques'). Everything is escaped: only the ``<mark>`` elements added
here are markup.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe


def fold_char(char):
    base = unicodedata.normalize("NFD", char)[:1] or char
    return base.lower()[:1] or base


def fold(text):
    """``text`` without accents, in lower case, one character for one (positions are kept)."""
    return "".join(fold_char(char) for char in text)


def word_stem(word):
    """The shared beginning of a (folded) word's forms: 'reductions' -> 'reducti', 'risque' -> 'risqu'."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


def word_pattern(words):
    """A regular expression over folded text matching any form of ``words``, or None."""
    stems = set()
    words = [fold(word) for word in words]
    if any(len(word) >= 4 for word in words):
        # Articles and prepositions ('des', 'la', 'of') are searched, not marked.
        words = [word for word in words if len(word) >= 4]
    for word in words:
        word = fold(word)
        if len(word) < 2:
            continue
        stems.add(word_stem(word))
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*")


def matches(text, pattern):
    return bool(pattern and text and pattern.search(fold(text)))


def snippet(text, pattern, width=260):
    """An escaped excerpt of ``text`` around its first match, matches wrapped in ``<mark>``; "" if none."""
    if not text or pattern is None:
        return ""
    folded = fold(text)
    first = pattern.search(folded)
    if first is None:
        return ""
    start = max(0, first.start() - width // 3)
    if start:
        # Start at a word.
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space > 0 else end
    pieces, position = [], start
    for match in pattern.finditer(folded, start, end):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        position = match.end()
    pieces.append(escape(text[position:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)  # noqa: S308 - every piece of text is escaped above  # nosec B308, B703


def highlight(text, pattern):
    """All of ``text`` (a title), escaped, with matches marked."""
    if not text:
        return ""
    if pattern is None:
        return escape(text)
    folded = fold(text)
    pieces, position = [], 0
    for match in pattern.finditer(folded):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above  # nosec B308, B703
