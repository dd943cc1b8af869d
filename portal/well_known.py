"""/.well-known/security.txt (RFC 9116): where to report a vulnerability in this deployment."""

from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

# The file says it is valid for this long from the day it is served; RFC 9116 asks for less than a year.
VALIDITY = timedelta(days=180)


def contact_uri(value):
    """A contact as RFC 9116 wants it: a URI (an address alone becomes ``mailto:``)."""
    value = value.strip()
    if "@" in value and ":" not in value:
        return f"mailto:{value}"
    return value


@require_safe
@cache_control(public=True, max_age=24 * 3600)
def security_txt(request):
    """Served only when SECURITY_CONTACT names someone: a file without a contact would be useless."""
    if not settings.SECURITY_CONTACT:
        raise Http404("No security contact is configured.")
    expires = (timezone.now() + VALIDITY).replace(hour=0, minute=0, second=0, microsecond=0)
    lines = [
        f"Contact: {contact_uri(settings.SECURITY_CONTACT)}",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: " + ", ".join(code for code, _name in settings.LANGUAGES),
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    if settings.SECURITY_POLICY_URL:
        lines.append(f"Policy: {settings.SECURITY_POLICY_URL}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
