"""Automatic home-page sections that content apps register (next event, latest press, ...).

An app calls ``register_home_section(order)`` on a function taking
``(home_page, request)`` and returning a :class:`HomeSection` or ``None`` when
it has nothing to show. The home page renders whatever is registered, so it
never imports the apps that fill it.
"""

from dataclasses import dataclass, field

_PROVIDERS = []


@dataclass
class HomeSection:
    key: str
    title: str
    items: list = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""


def register_home_section(order):
    def decorator(provider):
        _PROVIDERS.append((order, provider))
        _PROVIDERS.sort(key=lambda pair: pair[0])
        return provider

    return decorator


def get_home_sections(home_page, request):
    sections = []
    for _order, provider in _PROVIDERS:
        section = provider(home_page, request)
        if section is not None and section.items:
            sections.append(section)
    return sections
