"""Check JSON-LD against the schema.org vocabulary (vocabulary.json, see build_vocabulary.py).

``problems(data)`` lists what a consumer of schema.org would reject: a type that does not exist,
a property that does not exist, is superseded or does not belong to the node's type (or any of
its parents), an object whose type is not one the property accepts, an enumeration value that
is not a member. Text stays acceptable where an object is expected, as schema.org's data model
allows.
"""

import json
from functools import cache
from pathlib import Path

PREFIX = "https://schema.org/"
# Types whose values are written as JSON strings, numbers or booleans.
DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean", "DataType"}
# JSON-LD keywords and the one non-vocabulary key schema.org documents for SearchAction.
KEYWORDS = {"@context", "@type", "@id", "@graph", "query-input"}


@cache
def vocabulary():
    return json.loads(Path(__file__).with_name("vocabulary.json").read_text(encoding="utf-8"))


@cache
def ancestors(type_name):
    """``type_name`` and every type it inherits from."""
    types = vocabulary()["types"]
    found = {type_name}
    for parent in types.get(type_name, {}).get("parents", []):
        found |= ancestors(parent)
    return frozenset(found)


def node_types(node):
    value = node.get("@type", [])
    return [value] if isinstance(value, str) else list(value)


def problems(data, where="$"):
    """Everything in ``data`` (a JSON-LD document, graph or node) that breaks the vocabulary."""
    found = []
    if isinstance(data, list):
        for index, item in enumerate(data):
            found += problems(item, f"{where}[{index}]")
        return found
    if not isinstance(data, dict):
        return found
    if "@graph" in data:
        found += problems(data["@graph"], f"{where}.@graph")
    types = node_types(data)
    if not types:
        return found
    known = vocabulary()["types"]
    for type_name in types:
        if type_name not in known:
            found.append(f"{where}: unknown type {type_name}")
    lineage = frozenset().union(*(ancestors(type_name) for type_name in types))
    for key, value in data.items():
        if key in KEYWORDS:
            continue
        found += _check_property(lineage, key, value, f"{where}.{key}")
    return found


def _check_property(lineage, key, value, where):
    prop = vocabulary()["properties"].get(key)
    if prop is None:
        return [f"{where}: unknown property {key}"]
    found = []
    if prop["superseded_by"]:
        found.append(f"{where}: {key} is superseded by {', '.join(prop['superseded_by'])}")
    if not lineage & set(prop["domains"]):
        found.append(f"{where}: {key} does not belong to {'/'.join(sorted(lineage))[:80]}")
    for index, item in enumerate(value if isinstance(value, list) else [value]):
        found += _check_value(prop, item, f"{where}[{index}]")
    return found


def _check_value(prop, value, where):
    ranges = set(prop["ranges"])
    if isinstance(value, dict):
        if set(value) == {"@id"}:
            return []
        types = node_types(value)
        accepted = [t for t in types if ancestors(t) & ranges]
        found = [] if accepted else [f"{where}: {'/'.join(types)} is not one of {', '.join(sorted(ranges))}"]
        return found + problems(value, where)
    if isinstance(value, str) and value.startswith(PREFIX):
        member = value.removeprefix(PREFIX)
        enumerations = [r for r in ranges if "members" in vocabulary()["types"].get(r, {})]
        if enumerations and not any(member in vocabulary()["types"][r]["members"] for r in enumerations):
            return [f"{where}: {member} is not a member of {', '.join(enumerations)}"]
    return []
