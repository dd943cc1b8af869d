"""Demo content for the portal, described as data and loaded by ``manage.py load_demo_content``.

Layout:

* :mod:`portal.demo.specs` – the vocabulary: :class:`~portal.demo.specs.PageSpec`, :class:`~portal.demo.specs.Ref`.
* :mod:`portal.demo.blocks` – helpers that write StreamField blocks as plain data.
* :mod:`portal.demo.content` – the pages themselves, one module per part of the site, English and French.
* :mod:`portal.demo.sections` – the registry: which sections are loaded, in which order.
* :mod:`portal.demo.builder` – the engine that upserts pages and translations, idempotently.

Every text in :mod:`portal.demo.content` states only facts taken from the seed documents
(organisations, projects, dates, places) or describes the portal itself.
"""
