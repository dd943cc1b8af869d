"""The ceiling of the page benchmark: one Django view returning 20 KB of HTML, nothing else.

A self-contained Django project in one module: ``settings.configure()`` with this module as
its URLconf, ``DEBUG`` off, no database, no middleware, no templates. ``bench/run.sh`` serves
it with the same gunicorn settings as the portal (2 sync workers) and divides every figure by
what it measures in the same round:

    gunicorn bench.minimal_app:application --workers 2 --bind 127.0.0.1:8091

What it costs is the floor of any Django page on this machine: the WSGI server, Django's
request and response handling, URL resolution and 20 KB written to the socket.
"""

import django
from django.conf import settings

PAGE_BYTES = 20 * 1024

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="minimal-view-of-the-page-benchmark",
        ALLOWED_HOSTS=["127.0.0.1", "localhost"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[],
        INSTALLED_APPS=[],
        DATABASES={},
        USE_I18N=False,
        USE_TZ=True,
        LOGGING_CONFIG=None,
    )
    django.setup()

from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402


def build_page(size=PAGE_BYTES):
    """An HTML document of exactly ``size`` bytes: a heading and numbered paragraphs."""
    head = '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Minimal view</title></head>\n<body>\n'
    tail = "</body>\n</html>\n"
    parts, length, number = [head], len(head) + len(tail), 0
    while True:
        number += 1
        paragraph = (
            f"<p>Paragraph {number}: harm reduction services, outreach teams and drug consumption rooms "
            f"in European cities.</p>\n"
        )
        if length + len(paragraph) > size:
            break
        parts.append(paragraph)
        length += len(paragraph)
    parts.append(" " * (size - length))
    parts.append(tail)
    page = "".join(parts).encode()
    assert len(page) == size, len(page)
    return page


PAGE = build_page()


def minimal(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("", minimal)]

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
