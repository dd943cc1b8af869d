"""Production: everything in base.py plus transport security.

HTTPS is assumed. `SITE_HTTPS=0` exists only for serving the production build
on a developer's own machine over plain HTTP (`make run`); `check --deploy`
runs with the default.
"""

from portal.env import env_bool, env_int, env_str

from .base import *  # noqa: F403

SITE_HTTPS = env_bool("SITE_HTTPS", True)
HSTS_SECONDS = env_int("HSTS_SECONDS", 365 * 24 * 3600)
# No default here: admin links, notification emails and the user bar need the real address.
# portal.checks reports it missing, or pointing to this machine while HTTPS is on.
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = SITE_HTTPS
SESSION_COOKIE_SECURE = SITE_HTTPS
CSRF_COOKIE_SECURE = SITE_HTTPS
LANGUAGE_COOKIE_SECURE = SITE_HTTPS
SECURE_HSTS_SECONDS = HSTS_SECONDS if SITE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SITE_HTTPS
SECURE_HSTS_PRELOAD = SITE_HTTPS
# The health check is polled by load balancers over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
# Browsers fetch any http:// address a page still holds over HTTPS instead.
for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):  # noqa: F405
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = SITE_HTTPS
