"""Write StreamField blocks of ``portal.blocks.BodyStreamBlock`` as plain data.

Each helper returns the raw ``{"type": ..., "value": ...}`` form that a StreamField
accepts, so content modules stay readable and free of model imports. Page links
are :class:`~portal.demo.specs.Ref` objects, resolved when the content is loaded.
"""

from .specs import Ref


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2", anchor=""):
    return {"type": "heading", "value": {"text": text, "level": level, "anchor": anchor}}


def quote(text, attribution="", role=""):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution, "role": role}}


def call_to_action(title, text, target, button_label):
    """A call to action leading to a demo page (``Ref``) or an external address (``str``)."""
    link = {"page": target, "url": ""} if isinstance(target, Ref) else {"page": None, "url": target}
    return {
        "type": "call_to_action",
        "value": {"title": title, "text": text, "link": link, "button_label": button_label},
    }


def accordion(heading_text, items):
    """``items``: (title, rich text HTML) pairs."""
    return {
        "type": "accordion",
        "value": {"heading": heading_text, "items": [{"title": title, "content": html} for title, html in items]},
    }


def key_figures(heading_text, figures):
    """``figures``: (figure, what it counts, source) triples; source may be empty."""
    return {
        "type": "key_figures",
        "value": {
            "heading": heading_text,
            "figures": [{"figure": figure, "label": label, "source": source} for figure, label, source in figures],
        },
    }


def table(caption, header, rows):
    """A table whose first row (``header``) is a header row."""
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "data": [list(header), *[list(row) for row in rows]],
                "table_header_choice": "row",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "",
                "cell": [],
                "mergeCells": [],
            },
        },
    }
