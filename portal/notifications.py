"""Editors' notifications (moderation, comments) that cannot be sent never stop the action that sent them.

Wagtail sends them while the page is being submitted, approved or saved. It skips them when the mail
server refuses the connection or times out, but any other mail failure (the server hanging up
before its greeting, a TLS or sign-in error, a host name that does not resolve) propagates: the
editor gets a server error, and a submission for moderation is rolled back. :func:`install` makes
every such failure a logged error instead, as Wagtail already does for a refused connection.
"""

import functools
import logging

logger = logging.getLogger(__name__)


def _logging_mail_failures(send):
    @functools.wraps(send)
    def guarded(*args, **kwargs):
        try:
            return send(*args, **kwargs)
        except OSError:  # smtplib.SMTPException, ssl.SSLError and socket errors all are
            logger.exception("Editors' notification not sent: the mail server failed")
            return False

    guarded.portal_guarded = True
    return guarded


def install():
    """Called once from PortalConfig.ready."""
    from wagtail.admin import mail
    from wagtail.admin.views.pages import edit

    if getattr(mail.EmailNotificationMixin.send_emails, "portal_guarded", False):
        return
    # Workflow notifications (submitted, approved, rejected) of pages and snippets.
    mail.EmailNotificationMixin.send_emails = _logging_mail_failures(mail.EmailNotificationMixin.send_emails)
    # Comment notifications: the page edit view imported the function by name.
    mail.send_notification = _logging_mail_failures(mail.send_notification)
    edit.send_notification = mail.send_notification
