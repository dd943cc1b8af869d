"""Language-specific typography applied to the demo texts when they are loaded.

Content modules are written with ordinary spaces so they stay easy to read and
edit; French gets its non-breaking spaces here (before : ; ? ! and inside « »).
"""

import re

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

_FRENCH_RULES = [
    (re.compile(r" +:(?=\s|$|<)"), NBSP + ":"),
    (re.compile(r" +([;?!])"), NARROW_NBSP + r"\1"),
    (re.compile(r"« +"), "«" + NBSP),
    (re.compile(r" +»"), NBSP + "»"),
]


def french(text):
    for pattern, replacement in _FRENCH_RULES:
        text = pattern.sub(replacement, text)
    return text


POLISHERS = {"fr": french}


def polish(language, value):
    """Apply the language's typography to every string in ``value`` (strings, lists, dicts)."""
    polisher = POLISHERS.get(language)
    if polisher is None:
        return value
    return _walk(value, polisher)


def _walk(value, polisher):
    if isinstance(value, str):
        return polisher(value)
    if isinstance(value, list | tuple):
        return [_walk(item, polisher) for item in value]
    if isinstance(value, dict):
        return {key: _walk(item, polisher) for key, item in value.items()}
    return value
