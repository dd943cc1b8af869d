"""The server-drawn map of Europe: projection, country shapes and one marker per city."""

import json
import re
from decimal import Decimal
from types import SimpleNamespace

from django_countries.fields import Country

from resources import europe_map
from resources.europe_map import CountryShape, EuropeMap, Marker, build_map, country_geometries, country_geometry

TOKENS = re.compile(r"[MLZ]|-?\d+(?:\.\d+)?|\s+")


def practice(city, country, latitude=None, longitude=None, title="A practice"):
    code = SimpleNamespace(code=country) if isinstance(country, str) else country
    return SimpleNamespace(city=city, country=code, latitude=latitude, longitude=longitude, title=title, url="/p/")


def inside(bounds, x, y):
    west, north, east, south = bounds
    return west <= x <= east and north <= y <= south


def test_every_city_gets_exactly_one_marker_and_a_city_shares_it():
    practices = [
        practice("Brussels", "BE", Decimal("50.85045"), Decimal("4.34878"), "Drop-in"),
        practice("brussels ", "BE", Decimal("50.84"), Decimal("4.36"), "Outreach"),
        practice("Paris", "FR", 48.86, 2.35),
        practice("Sofia", Country("BG"), 42.70, 23.32),
        practice("Cluj-Napoca", "RO"),
    ]
    result = build_map(practices)

    assert isinstance(result, EuropeMap)
    assert sorted((marker.country_code, marker.city.casefold()) for marker in result.markers) == [
        ("BE", "brussels"),
        ("BG", "sofia"),
        ("FR", "paris"),
        ("RO", "cluj-napoca"),
    ]
    brussels = next(marker for marker in result.markers if marker.country_code == "BE")
    assert isinstance(brussels, Marker)
    assert [p.title for p in brussels.practices] == ["Drop-in", "Outreach"]
    assert brussels.count == 2 and brussels.city == "Brussels"
    assert not brussels.approximate
    # The shared marker sits at the mean of the two places.
    x, y = europe_map.project(longitude=(4.34878 + 4.36) / 2, latitude=(50.85045 + 50.84) / 2)
    assert (brussels.x, brussels.y) == (round(x, 1), round(y, 1))
    assert sum(marker.count for marker in result.markers) == len(practices)
    assert result.unplaced == []


def test_brussels_lies_in_belgium_east_of_paris_and_north_of_marseille():
    brussels = europe_map.project(longitude=4.35, latitude=50.85)
    paris = europe_map.project(longitude=2.35, latitude=48.86)
    marseille = europe_map.project(longitude=5.37, latitude=43.30)

    assert inside(country_geometry("BE").bounds, *brussels)
    assert inside(country_geometry("FR").bounds, *paris)
    assert brussels[0] > paris[0]
    assert brussels[1] < marseille[1]  # pixel y grows southwards
    assert all(europe_map.in_frame(*point) for point in (brussels, paris, marseille))


def test_practice_without_coordinates_is_placed_approximately_in_its_country():
    result = build_map([practice("Somewhere", "RO"), practice("Bergen", "NO", latitude=None, longitude=None)])

    for marker in result.markers:
        assert marker.approximate
        assert inside(country_geometry(marker.country_code).bounds, marker.x, marker.y)


def test_practice_outside_the_frame_is_pulled_inside_and_marked_approximate():
    result = build_map([practice("Las Palmas", "ES", 28.1, -15.4)])

    (marker,) = result.markers
    assert marker.approximate
    assert europe_map.in_frame(marker.x, marker.y)


def test_a_practice_with_neither_coordinates_nor_a_country_on_the_map_is_listed_apart():
    lost = practice("Lima", "PE")
    result = build_map([lost, practice("Graz", "AT", 47.07, 15.44)])

    assert [marker.city for marker in result.markers] == ["Graz"]
    assert result.unplaced == [lost]


def test_country_paths_are_valid_svg_path_data():
    result = build_map([])

    assert result.width == 800 and result.height > 700
    assert result.view_box == f"0 0 {result.width} {result.height}"
    assert all(isinstance(country, CountryShape) for country in result.countries)
    for country in result.countries:
        assert country.path.startswith("M"), country.code
        assert country.path.endswith("Z"), country.code
        assert "".join(TOKENS.findall(country.path)) == country.path, country.code
        numbers = re.findall(r"-?\d+(?:\.\d+)?", country.path)
        assert len(numbers) % 2 == 0 and len(numbers) >= 6, country.code
        assert all(len(number.partition(".")[2]) <= 1 for number in numbers), country.code
    total = sum(len(country.path) for country in result.countries)
    assert total < 150_000


def test_country_data_covers_europe_and_highlights_follow_the_practices():
    result = build_map([practice("Rotterdam", "NL", 51.92, 4.48), practice("Cluj-Napoca", Country("RO"), 46.77, 23.6)])
    codes = {country.code for country in result.countries}

    assert {"BE", "FR", "NL", "DE", "IT", "RO", "BG", "GB", "CH", "UA", "MD", "TR", "XK", "CY", "MT", "IS"} <= codes
    assert len(codes) == len(result.countries)
    assert {country.code for country in result.countries if country.highlighted} == {"NL", "RO"}
    assert next(country for country in result.countries if country.code == "BE").name == "Belgium"


def test_bundled_data_is_compact_and_well_formed():
    entries = json.loads(europe_map.DATA.read_text(encoding="utf-8"))

    assert europe_map.DATA.stat().st_size < 300_000
    for entry in entries:
        assert set(entry) == {"code", "name", "rings"}
        assert re.fullmatch(r"[A-Z]{2}", entry["code"])
        for ring in entry["rings"]:
            assert len(ring) >= 3
            assert all(-40 <= lon <= 70 and 25 <= lat <= 75 for lon, lat in ring)


def test_geometry_is_computed_once_per_process():
    first = country_geometries()
    second = country_geometries()
    assert first is second
    assert build_map([]).countries[0].path is first[0].path


def test_neighbouring_cities_get_names_that_do_not_overlap():
    """Loos, Brussels and Rotterdam lie a few pixels apart: each name goes where no other name is."""
    result = build_map(
        [
            practice("Rotterdam", "NL", 51.92, 4.48),
            practice("Brussels", "BE", 50.85, 4.35, "Drop-in"),
            practice("Brussels", "BE", 50.84, 4.36, "Outreach"),
            practice("Loos", "FR", 50.61, 3.01),
            practice("Lille", "FR", 50.63, 3.06),
        ]
    )
    boxes = {marker.label: marker.label_box for marker in result.markers}
    assert set(boxes) == {"Rotterdam", "Brussels (2)", "Loos", "Lille"}
    names = list(boxes)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert not europe_map._overlap(boxes[first], boxes[second]), (first, second)
    for marker in result.markers:
        for other in result.markers:
            dot = (other.x - other.radius, other.y - other.radius, other.x + other.radius, other.y + other.radius)
            assert not europe_map._overlap(marker.label_box, dot), (marker.label, other.label)
