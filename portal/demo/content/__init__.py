"""The demo pages, one module per part of the site.

Each module exposes ``PAGES``, a list of :class:`~portal.demo.specs.PageSpec` with
parents listed before their children. Texts are written for the portal; the facts
(names, dates, places, figures) come from the seed documents and nothing else.
"""
