"""Build ``europe.json``, the country boundaries behind the practice map, from Natural Earth.

Source
    Natural Earth "Admin 0 - Countries", 1:50m (version 4.1.0), as redistributed in
    TopoJSON form by the npm package ``world-atlas`` 2.0.2 (file ``countries-50m.json``).
    Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/);
    the ``world-atlas`` package itself is ISC licensed. Only the derived ``europe.json`` is
    kept in the repository, not the package.

Regenerate (from the repository root)::

    cd /tmp && npm pack world-atlas@2.0.2 && mkdir -p world-atlas && tar xzf world-atlas-2.0.2.tgz -C world-atlas
    cd - && python resources/data/build_europe.py /tmp/world-atlas/package/countries-50m.json

What it does
    1. Decodes the TopoJSON arcs (quantized and delta-encoded) into longitude/latitude points
       and stitches each country's rings together from its arcs (a negative index ``~i``
       means arc ``i`` reversed); longitudes of rings that cross the antimeridian are made
       continuous.
    2. Keeps the countries that reach into a longitude/latitude box around Europe
       (``BOX``: wide enough to cover the map's frame, see ``resources/europe_map.py``) and
       clips their rings to that box, so Russia, France or the Netherlands lose their far-away
       parts. Northern Cyprus is merged into Cyprus (CY).
    3. Drops small islands (polygons below ``MIN_RING_KM2``) with their holes, but always keeps
       each country's largest polygon so that microstates (Monaco, Vatican, ...) stay on the map.
    4. Simplifies every ring (Douglas-Peucker, ``TOLERANCE_DEG``), rounds coordinates to
       ``DECIMALS`` decimals and drops the closing point of each ring (rings are implicitly closed).
    5. Writes compact JSON next to this script: a list, sorted by code, of
       ``{"code": ISO 3166-1 alpha-2, "name": English name, "rings": [[[lon, lat], ...], ...]}``.
       Outer rings and holes keep the winding order of the source, so holes (enclaves such
       as San Marino inside Italy) render as holes with SVG's default fill rule.

Pure Python, standard library only (and the geometry of ``resources/europe_map.py``); it is a
development tool and never runs in the portal.
"""

import json
import math
import sys
from pathlib import Path

# Run as a script from anywhere: the portal's map module (pure Python) shares its geometry.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from resources import europe_map  # noqa: E402

OUTPUT = Path(__file__).resolve().parent / "europe.json"

# (west, south, east, north) in degrees: covers the map's frame, which spans roughly
# 35°W-63°E at its corners and 31°N-72°N (Lambert azimuthal equal-area around 10°E 52°N).
BOX = (-36.0, 30.0, 64.0, 73.0)
MIN_RING_KM2 = 120.0
TOLERANCE_DEG = 0.02
DECIMALS = 2

# ISO 3166-1 numeric -> alpha-2, for every country that reaches into BOX.
NUMERIC_TO_ALPHA2 = {
    "004": "AF",
    "008": "AL",
    "012": "DZ",
    "020": "AD",
    "031": "AZ",
    "040": "AT",
    "051": "AM",
    "056": "BE",
    "070": "BA",
    "100": "BG",
    "112": "BY",
    "191": "HR",
    "196": "CY",
    "203": "CZ",
    "208": "DK",
    "233": "EE",
    "234": "FO",
    "246": "FI",
    "248": "AX",
    "250": "FR",
    "268": "GE",
    "275": "PS",
    "276": "DE",
    "300": "GR",
    "304": "GL",
    "336": "VA",
    "348": "HU",
    "352": "IS",
    "364": "IR",
    "368": "IQ",
    "372": "IE",
    "376": "IL",
    "380": "IT",
    "398": "KZ",
    "400": "JO",
    "414": "KW",
    "422": "LB",
    "428": "LV",
    "434": "LY",
    "438": "LI",
    "440": "LT",
    "442": "LU",
    "470": "MT",
    "492": "MC",
    "498": "MD",
    "499": "ME",
    "504": "MA",
    "528": "NL",
    "578": "NO",
    "586": "PK",
    "616": "PL",
    "620": "PT",
    "642": "RO",
    "643": "RU",
    "674": "SM",
    "682": "SA",
    "688": "RS",
    "703": "SK",
    "705": "SI",
    "724": "ES",
    "752": "SE",
    "756": "CH",
    "760": "SY",
    "788": "TN",
    "792": "TR",
    "795": "TM",
    "804": "UA",
    "807": "MK",
    "818": "EG",
    "826": "GB",
    "831": "GG",
    "832": "JE",
    "833": "IM",
    "840": "US",
    "860": "UZ",
}

# Features without a numeric id in Natural Earth, by their name there.
NAME_TO_ALPHA2 = {"Kosovo": "XK", "N. Cyprus": "CY"}

# English names where Natural Earth abbreviates or differs from common usage.
NAMES = {
    "BA": "Bosnia and Herzegovina",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "FO": "Faroe Islands",
    "MK": "North Macedonia",
    "US": "United States",
    "VA": "Vatican City",
}


def decode_arcs(topology):
    """Absolute longitude/latitude points of every arc (undoes quantization and delta encoding)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (kx, ky), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * kx + tx, y * ky + ty))
        else:
            points = [(float(x), float(y)) for x, y in arc]
        arcs.append(points)
    return arcs


def stitch(ring_arcs, arcs):
    """One closed ring from its arc indices."""
    points = []
    for index in ring_arcs:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(ring):
    """Make longitudes continuous where a ring crosses the antimeridian (Russia's Chukotka),
    so that clipping to BOX removes the far side instead of folding it onto the box's edge."""
    result = [ring[0]]
    shift = 0.0
    for (x0, _y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        if x1 - x0 > 180:
            shift -= 360
        elif x0 - x1 > 180:
            shift += 360
        result.append((x1 + shift, y1))
    return result


def polygons(geometry, arcs):
    if geometry["type"] == "Polygon":
        parts = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["arcs"]
    else:
        return []
    return [[unwrap(stitch(ring, arcs)) for ring in polygon] for polygon in parts]


def clip_ring(ring, box):
    """Clip a ring (closed or not) to a (west, south, east, north) box; returns an open ring."""
    points = ring[:-1] if len(ring) > 1 and ring[0] == ring[-1] else list(ring)
    return europe_map.clip_ring(points, *box)


def area_km2(ring):
    """Unsigned area of an open lon/lat ring, flat-earth approximation (good enough to rank islands)."""
    if len(ring) < 3:
        return 0.0
    mean_lat = sum(p[1] for p in ring) / len(ring)
    kx = 111.32 * math.cos(math.radians(mean_lat))
    ky = 110.57
    total = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        total += (x1 * kx) * (y2 * ky) - (x2 * kx) * (y1 * ky)
    return abs(total) / 2


def simplify(ring, tolerance):
    """Douglas-Peucker on an open lon/lat ring, longitudes weighed by the cosine of its mean latitude."""
    if len(ring) < 4:
        return list(ring)
    scale = math.cos(math.radians(sum(p[1] for p in ring) / len(ring)))
    return europe_map.simplify_ring(ring, tolerance, x_scale=scale)


def rounded(ring):
    """Round to DECIMALS and drop repeated points; an open ring of at least three points, or []."""
    result = []
    for x, y in ring:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not result or point != result[-1]:
            result.append(point)
    while len(result) > 1 and result[0] == result[-1]:
        result.pop()
    return result if len(result) >= 3 else []


def country_code(geometry):
    name = geometry.get("properties", {}).get("name", "")
    if name in NAME_TO_ALPHA2:
        return NAME_TO_ALPHA2[name]
    numeric = geometry.get("id")
    if numeric in NUMERIC_TO_ALPHA2:
        return NUMERIC_TO_ALPHA2[numeric]
    raise SystemExit(
        f"No ISO alpha-2 code for {name!r} (id {numeric!r}): add it to NUMERIC_TO_ALPHA2 or NAME_TO_ALPHA2."
    )


def bounds(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def intersects(b, box):
    return b[0] <= box[2] and b[2] >= box[0] and b[1] <= box[3] and b[3] >= box[1]


def build(topology):
    arcs = decode_arcs(topology)
    countries = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        parts = polygons(geometry, arcs)
        if not parts or not intersects(bounds([p for polygon in parts for ring in polygon for p in ring]), BOX):
            continue
        code = country_code(geometry)
        name = NAMES.get(code, geometry["properties"]["name"])
        entry = countries.setdefault(code, {"code": code, "name": name, "polygons": []})
        for polygon in parts:
            clipped = [clip_ring(ring, BOX) for ring in polygon]
            if len(clipped[0]) >= 3:
                entry["polygons"].append([ring for ring in clipped if len(ring) >= 3])

    result = []
    for code in sorted(countries):
        entry = countries[code]
        if not entry["polygons"]:
            continue
        largest = max(entry["polygons"], key=lambda polygon: area_km2(polygon[0]))
        rings = []
        for polygon in entry["polygons"]:
            exterior_km2 = area_km2(polygon[0])
            if polygon is not largest and exterior_km2 < MIN_RING_KM2:
                continue  # a small island
            for ring in polygon:
                # Microstates keep their full outline; holes follow their exterior ring.
                points = rounded(ring if exterior_km2 < MIN_RING_KM2 else simplify(ring, TOLERANCE_DEG))
                if points:
                    rings.append(points)
                elif ring is polygon[0]:
                    break
        if rings:
            result.append({"code": code, "name": entry["name"], "rings": rings})
    return result


def main(argv):
    if len(argv) != 2:
        raise SystemExit(f"usage: python {argv[0]} path/to/world-atlas/countries-50m.json")
    topology = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    countries = build(topology)
    OUTPUT.write_text(json.dumps(countries, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    points = sum(len(ring) for country in countries for ring in country["rings"])
    sys.stdout.write(f"{OUTPUT}: {len(countries)} countries, {points} points, {OUTPUT.stat().st_size} bytes\n")


if __name__ == "__main__":
    main(sys.argv)
