"""Reading a listing page as a reader sees it: its cards, its filter choices and their counts."""

from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(document, list_class):
    """Titles of the cards in the result list ``.{list_class}``, in order."""
    return [link.get_text(strip=True) for link in document.select(f".{list_class} .card__title a")]


def options(document, name):
    """A filter's choices as {value: label with count}, the empty "all" choice left out."""
    select = document.find("select", attrs={"name": name})
    if select is None:
        return {}
    return {option["value"]: option.get_text(strip=True) for option in select.find_all("option") if option["value"]}


def selected(document, name):
    select = document.find("select", attrs={"name": name})
    return [option["value"] for option in select.find_all("option") if option.has_attr("selected")]


def robots(document):
    tag = document.find("meta", attrs={"name": "robots"})
    return tag["content"] if tag else None


def filter_messages(document):
    box = document.select_one(".filters__messages")
    return box.get_text(" ", strip=True) if box else ""
