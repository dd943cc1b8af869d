"""A map of Europe drawn by the server as SVG: country shapes, and one marker per city with practices.

The country boundaries come from ``resources/data/europe.json`` (Natural Earth, public domain;
see ``resources/data/build_europe.py``). They are projected with the Lambert azimuthal
equal-area projection centred at 10°E 52°N (the projection of EPSG:3035, here in its
spherical form: the ellipsoid changes positions by about a pixel at this scale), clipped to a
fixed frame, simplified and turned into SVG path data once per process. Only the markers are
computed per request.

The result is plain data for a template::

    <svg viewBox="0 0 {{ map.width }} {{ map.height }}">
      {% for country in map.countries %}<path d="{{ country.path }}" ...>{% endfor %}
      {% for marker in map.markers %}<circle cx="{{ marker.x }}" cy="{{ marker.y }}" ...>{% endfor %}
    </svg>

Pure Python, no Django: practices only need ``city``, ``country`` (a django-countries
``Country``, or anything with ``.code``, or a code string), ``latitude`` and ``longitude``
(numbers or ``Decimal``, or ``None``).
"""

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "europe.json"

EARTH_RADIUS_KM = 6371.0
CENTRE = (10.0, 52.0)  # longitude, latitude

# The frame, in km on the projection plane (x east, y north of the centre). Its edges run
# west of Cabo da Roca (Portugal) and Iceland, just east of Ukraine, south of Tunis and
# Malta and north of the North Cape: about 35°W-63°E at the corners, 31°N-72°N.
FRAME_KM = (-1880.0, -2000.0, 2400.0, 2260.0)  # west, south, east, north
WIDTH = 800
SCALE = WIDTH / (FRAME_KM[2] - FRAME_KM[0])  # px per km
HEIGHT = round((FRAME_KM[3] - FRAME_KM[1]) * SCALE)

CLIP_MARGIN_PX = 4.0  # shapes are cut a little outside the frame, so the cut never shows
SIMPLIFY_PX = 0.6  # Douglas-Peucker tolerance
MIN_RING_PX2 = 0.5  # rings smaller than this vanish (except a country's largest one)
MARKER_INSET_PX = 6.0  # markers outside the frame are pulled this far inside its edge

# Where a practice without coordinates is placed: the capital (latitude, longitude).
# Countries not listed here fall back to a point inside their largest ring.
CAPITALS = {
    "AD": (42.51, 1.52),
    "AL": (41.33, 19.82),
    "AM": (40.18, 44.51),
    "AT": (48.21, 16.37),
    "AX": (60.10, 19.94),
    "AZ": (40.41, 49.87),
    "BA": (43.86, 18.41),
    "BE": (50.85, 4.35),
    "BG": (42.70, 23.32),
    "BY": (53.90, 27.57),
    "CH": (46.95, 7.45),
    "CY": (35.17, 33.36),
    "CZ": (50.08, 14.44),
    "DE": (52.52, 13.40),
    "DK": (55.68, 12.57),
    "DZ": (36.75, 3.06),
    "EE": (59.44, 24.75),
    "EG": (30.04, 31.24),
    "ES": (40.42, -3.70),
    "FI": (60.17, 24.94),
    "FO": (62.01, -6.77),
    "FR": (48.86, 2.35),
    "GB": (51.51, -0.13),
    "GE": (41.72, 44.78),
    "GG": (49.45, -2.54),
    "GR": (37.98, 23.73),
    "HR": (45.81, 15.98),
    "HU": (47.50, 19.04),
    "IE": (53.35, -6.26),
    "IL": (31.77, 35.21),
    "IM": (54.15, -4.48),
    "IS": (64.15, -21.94),
    "IT": (41.90, 12.50),
    "JE": (49.19, -2.11),
    "LB": (33.89, 35.50),
    "LI": (47.14, 9.52),
    "LT": (54.69, 25.28),
    "LU": (49.61, 6.13),
    "LV": (56.95, 24.11),
    "LY": (32.89, 13.19),
    "MA": (34.02, -6.84),
    "MC": (43.73, 7.42),
    "MD": (47.01, 28.86),
    "ME": (42.44, 19.26),
    "MK": (42.00, 21.43),
    "MT": (35.90, 14.51),
    "NL": (52.37, 4.90),
    "NO": (59.91, 10.75),
    "PL": (52.23, 21.01),
    "PT": (38.72, -9.14),
    "RO": (44.43, 26.10),
    "RS": (44.79, 20.45),
    "RU": (55.76, 37.62),
    "SE": (59.33, 18.07),
    "SI": (46.06, 14.51),
    "SK": (48.15, 17.11),
    "SM": (43.94, 12.45),
    "SY": (33.51, 36.29),
    "TN": (36.81, 10.18),
    "TR": (39.93, 32.86),
    "UA": (50.45, 30.52),
    "VA": (41.90, 12.45),
    "XK": (42.66, 21.17),
}


@dataclass(frozen=True)
class CountryShape:
    code: str  # ISO 3166-1 alpha-2 (XK for Kosovo)
    name: str  # English name, from the data set
    path: str  # SVG path data in the map's pixel space
    highlighted: bool = False  # at least one of the practices is in this country


@dataclass
class Marker:
    city: str
    country_code: str
    x: float
    y: float
    practices: list = field(default_factory=list)
    approximate: bool = False  # placed at the country's capital, or pulled inside the frame
    # Where the city's name is written (see place_labels): its anchor point and text-anchor.
    label_x: float = 0.0
    label_y: float = 0.0
    label_anchor: str = "start"
    label_box: tuple = ()  # (left, top, right, bottom) the name takes up, roughly

    @property
    def label(self):
        return f"{self.city} ({self.count})" if self.count > 1 else self.city

    @property
    def count(self):
        return len(self.practices)

    @property
    def radius(self):
        """A radius in px that grows gently with the number of practices."""
        return round(min(4.0 + 2.0 * math.sqrt(self.count - 1), 12.0), 1) if self.count else 4.0


@dataclass
class EuropeMap:
    width: int
    height: int
    countries: list  # of CountryShape, largest first so enclaves are drawn on top
    markers: list  # of Marker, north to south
    unplaced: list = field(default_factory=list)  # practices with no coordinates and no known country

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


@dataclass(frozen=True)
class CountryGeometry:
    """What is computed once per process for one country."""

    code: str
    name: str
    path: str
    bounds: tuple  # (min x, min y, max x, max y) in px
    anchor: tuple  # (x, y) in px where a practice without coordinates goes
    area: float  # px², of all its rings


# Projection ---------------------------------------------------------------------------------


def project_km(longitude, latitude):
    """Lambert azimuthal equal-area around CENTRE: (x east, y north) in km, or None at the antipode."""
    lam = math.radians(longitude - CENTRE[0])
    phi = math.radians(latitude)
    phi0 = math.radians(CENTRE[1])
    denominator = 1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)
    if denominator <= 1e-12:
        return None
    k = math.sqrt(2 / denominator) * EARTH_RADIUS_KM
    return (
        k * math.cos(phi) * math.sin(lam),
        k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam)),
    )


def project(longitude, latitude):
    """Pixel position (x right, y down) of a point on the map; may lie outside the frame."""
    km = project_km(longitude, latitude)
    if km is None:
        return None
    return (km[0] - FRAME_KM[0]) * SCALE, (FRAME_KM[3] - km[1]) * SCALE


def in_frame(x, y):
    return 0 <= x <= WIDTH and 0 <= y <= HEIGHT


# Geometry, once per process ---------------------------------------------------------------


def clip_ring(ring, west, south, east, north):
    """Sutherland-Hodgman clipping of an open ring to a rectangle (y may point either way).

    Also used by ``data/build_europe.py`` on longitudes and latitudes."""

    def cross_x(a, b, x):
        return (x, a[1] + (x - a[0]) / (b[0] - a[0]) * (b[1] - a[1]))

    def cross_y(a, b, y):
        return (a[0] + (y - a[1]) / (b[1] - a[1]) * (b[0] - a[0]), y)

    edges = (
        (lambda p: p[0] >= west, lambda a, b: cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: cross_y(a, b, north)),
    )
    points = ring
    for inside, cross in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    result.append(cross(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cross(previous, current))
            previous = current
        points = result
    return points


def _douglas_peucker(points, tolerance, x_scale):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        (ax, ay), (bx, by) = points[start], points[end]
        ax, bx = ax * x_scale, bx * x_scale
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        worst, worst_index = 0.0, None
        for i in range(start + 1, end):
            px, py = points[i][0] * x_scale, points[i][1]
            if length2 == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
                distance = math.hypot(px - ax - t * dx, py - ay - t * dy)
            if distance > worst:
                worst, worst_index = distance, i
        if worst_index is not None and worst > tolerance:
            keep[worst_index] = True
            stack.append((start, worst_index))
            stack.append((worst_index, end))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def simplify_ring(ring, tolerance, x_scale=1.0):
    """Douglas-Peucker on an open ring, anchored at its first point and the point farthest from it.

    Distances are measured with x multiplied by ``x_scale`` (``data/build_europe.py`` passes the
    cosine of the latitude, so that degrees of longitude and latitude weigh alike)."""
    if len(ring) < 4:
        return list(ring)
    first = ring[0]
    far = max(range(len(ring)), key=lambda i: ((ring[i][0] - first[0]) * x_scale) ** 2 + (ring[i][1] - first[1]) ** 2)
    closed = [*ring, first]
    return (
        _douglas_peucker(closed[: far + 1], tolerance, x_scale)[:-1]
        + _douglas_peucker(closed[far:], tolerance, x_scale)[:-1]
    )


def _round_ring(ring):
    result = []
    for x, y in ring:
        point = (round(x, 1), round(y, 1))
        if not result or point != result[-1]:
            result.append(point)
    while len(result) > 1 and result[0] == result[-1]:
        result.pop()
    return result


def _signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _number(value):
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def path_data(rings):
    """SVG path data for rings of (x, y) points: ``M x y L x y x y ... Z`` per ring."""
    parts = []
    for ring in rings:
        head, *tail = ring
        parts.append(
            f"M{_number(head[0])} {_number(head[1])}L" + " ".join(f"{_number(x)} {_number(y)}" for x, y in tail) + "Z"
        )
    return "".join(parts)


def _point_inside(ring):
    """A point inside a ring: its centroid if that is inside, else the middle of the widest
    span of a horizontal line through the centroid's height."""
    area = _signed_area(ring)
    if abs(area) < 1e-9:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    cx, cy = cx / (6 * area), cy / (6 * area)
    crossings = sorted(
        x1 + (cy - y1) / (y2 - y1) * (x2 - x1)
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
        if (y1 > cy) != (y2 > cy)
    )
    spans = list(zip(crossings[::2], crossings[1::2], strict=False))
    if any(a <= cx <= b for a, b in spans) or not spans:
        return cx, cy
    a, b = max(spans, key=lambda span: span[1] - span[0])
    return (a + b) / 2, cy


def _country_geometry(entry):
    margin = CLIP_MARGIN_PX
    rings = []
    for ring in entry["rings"]:
        projected = [p for p in (project(lon, lat) for lon, lat in ring) if p is not None]
        clipped = clip_ring(projected, -margin, -margin, WIDTH + margin, HEIGHT + margin)
        if len(clipped) >= 3:
            rings.append(clipped)
    if not rings:
        return None
    largest = max(rings, key=lambda ring: abs(_signed_area(ring)))
    kept = []
    for ring in rings:
        points = _round_ring(simplify_ring(ring, SIMPLIFY_PX))
        if len(points) < 3 or abs(_signed_area(points)) < MIN_RING_PX2:
            if ring is not largest:
                continue
            points = _round_ring(ring)  # a microstate: keep what there is
            if len(points) < 3:
                points = [(round(x, 1), round(y, 1)) for x, y in ring[:3]]
        kept.append(points)
    xs = [x for ring in kept for x, _y in ring]
    ys = [y for ring in kept for _x, y in ring]
    code = entry["code"]
    if code in CAPITALS:
        latitude, longitude = CAPITALS[code]
        anchor = project(longitude, latitude)
    else:
        anchor = _point_inside(largest)
    # Kept within the country's bounds (a microstate's capital may round just outside them).
    anchor = (round(min(max(anchor[0], min(xs)), max(xs)), 1), round(min(max(anchor[1], min(ys)), max(ys)), 1))
    return CountryGeometry(
        code=code,
        name=entry["name"],
        path=path_data(kept),
        bounds=(min(xs), min(ys), max(xs), max(ys)),
        anchor=anchor,
        area=sum(_signed_area(ring) for ring in kept),
    )


@lru_cache(maxsize=1)
def country_geometries():
    """Every country in the frame, projected and turned into path data: a tuple of
    CountryGeometry, largest first. Computed once per process."""
    entries = json.loads(DATA.read_text(encoding="utf-8"))
    geometries = [geometry for geometry in map(_country_geometry, entries) if geometry is not None]
    geometries.sort(key=lambda geometry: (-abs(geometry.area), geometry.code))
    return tuple(geometries)


@lru_cache(maxsize=1)
def _geometries_by_code():
    return {geometry.code: geometry for geometry in country_geometries()}


def country_geometry(code):
    """The CountryGeometry of one country, or None if it is not on the map."""
    return _geometries_by_code().get((code or "").upper())


# Markers, per request ---------------------------------------------------------------------


def country_code(practice):
    country = getattr(practice, "country", None)
    code = getattr(country, "code", country)
    return str(code or "").upper()


def coordinates(practice):
    """(latitude, longitude) as floats, or None if missing or out of range."""
    latitude, longitude = getattr(practice, "latitude", None), getattr(practice, "longitude", None)
    if latitude is None or longitude is None:
        return None
    try:
        latitude, longitude = float(latitude), float(longitude)
    except (TypeError, ValueError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or math.isnan(latitude) or math.isnan(longitude):
        return None
    return latitude, longitude


def _inside_frame(x, y):
    """The point pulled inside the frame if it lies outside, and whether it had to be."""
    inset = MARKER_INSET_PX
    clamped = (min(max(x, inset), WIDTH - inset), min(max(y, inset), HEIGHT - inset))
    return clamped, not in_frame(x, y)


def _city_name(practices):
    """The most common spelling of the city among the practices (the first one on a tie)."""
    names = [(practice.city or "").strip() for practice in practices]
    counts = Counter(names)
    return max(names, key=lambda name: (counts[name], -names.index(name)))


def build_markers(practices):
    """One Marker per (country, city), and the practices that could not be placed at all."""
    groups = {}
    for practice in practices:
        code = country_code(practice)
        key = (code, (practice.city or "").strip().casefold())
        groups.setdefault(key, []).append(practice)

    markers, unplaced = [], []
    for (code, _city), members in groups.items():
        located = [point for point in map(coordinates, members) if point is not None]
        approximate = False
        position = None
        if located:
            latitude = sum(point[0] for point in located) / len(located)
            longitude = sum(point[1] for point in located) / len(located)
            position = project(longitude, latitude)
        if position is None:
            geometry = country_geometry(code)
            if geometry is not None:
                position, approximate = geometry.anchor, True
            elif code in CAPITALS:
                latitude, longitude = CAPITALS[code]
                position, approximate = project(longitude, latitude), True
        if position is None:
            unplaced.extend(members)
            continue
        (x, y), pulled_in = _inside_frame(*position)
        markers.append(
            Marker(
                city=_city_name(members),
                country_code=code,
                x=round(x, 1),
                y=round(y, 1),
                practices=members,
                approximate=approximate or pulled_in,
            )
        )
    markers.sort(key=lambda marker: (marker.y, marker.x, marker.city))
    return markers, unplaced


LABEL_FONT_PX = 13
LABEL_CHAR_PX = 0.62 * LABEL_FONT_PX  # an average glyph of the system sans-serif fonts
LABEL_GAP_PX = 4


def _label_box(marker, side):
    """(text-anchor, x, baseline y, box) of the label written on ``side`` of the marker."""
    width = len(marker.label) * LABEL_CHAR_PX
    height = LABEL_FONT_PX
    gap = marker.radius + LABEL_GAP_PX
    x, y = marker.x, marker.y
    if side == "right":
        anchor, tx, ty, left = "start", x + gap, y + height / 3, x + gap
    elif side == "left":
        anchor, tx, ty, left = "end", x - gap, y + height / 3, x - gap - width
    elif side == "above":
        anchor, tx, ty, left = "middle", x, y - gap, x - width / 2
    else:  # below
        anchor, tx, ty, left = "middle", x, y + gap + height * 0.8, x - width / 2
    top = ty - height * 0.8
    return anchor, tx, ty, (left, top, left + width, top + height)


def _overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(markers):
    """Write each city's name beside its dot where it overlaps no other name nor dot.

    Greedy, busiest cities first: right, left, above, then below the dot; a label that fits
    nowhere keeps the side where it overlaps least, inside the frame where it can.
    """
    dots = [(m.x - m.radius, m.y - m.radius, m.x + m.radius, m.y + m.radius) for m in markers]
    placed = []
    for marker in sorted(markers, key=lambda m: (-m.count, m.y, m.x)):
        best = None
        for rank, side in enumerate(("right", "left", "above", "below")):
            anchor, tx, ty, box = _label_box(marker, side)
            clashes = sum(_overlap(box, other) for other in placed + dots)
            outside = box[0] < 0 or box[2] > WIDTH or box[1] < 0 or box[3] > HEIGHT
            score = (clashes + (10 if outside else 0), rank)
            if best is None or score < best[0]:
                best = (score, anchor, tx, ty, box)
            if score[0] == 0:
                break
        _score, marker.label_anchor, tx, ty, box = best
        marker.label_x, marker.label_y, marker.label_box = round(tx, 1), round(ty, 1), box
        placed.append(box)
    return markers


def build_map(practices):
    """The map for these practices: every country in the frame (highlighted where there is a
    practice) and one marker per city."""
    practices = list(practices)
    markers, unplaced = build_markers(practices)
    place_labels(markers)
    codes = {country_code(practice) for practice in practices}
    countries = [
        CountryShape(code=geometry.code, name=geometry.name, path=geometry.path, highlighted=geometry.code in codes)
        for geometry in country_geometries()
    ]
    return EuropeMap(width=WIDTH, height=HEIGHT, countries=countries, markers=markers, unplaced=unplaced)
