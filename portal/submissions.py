"""What the portal's public forms (join requests, interview requests) share, so that nothing sent is lost.

Order of events on a valid POST:

1. the submission is saved (inside its own transaction) before any email is tried;
2. the sender's acknowledgement and the editors' notification are sent one by one;
   a failure is logged and recorded on the row (:func:`send_and_record`), never shown
   as an error to the sender, whose submission is safe;
3. the browser is redirected (POST/redirect/GET), so a refresh sends nothing again.

A second click on "Send" carries the same submission key as the first and gets the
same redirect without a second row. Robots fill in a field people never see (the
honeypot) and are answered as if they had succeeded; each client address may send a
few submissions an hour (:func:`over_rate_limit`).
"""

import hashlib
import logging
import uuid

from django import forms
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# At most this many submissions per client address, form and hour.
RATE_LIMIT = 5
RATE_WINDOW = 3600


TRAPS = ("website", "submission_key")


class SubmissionForm(forms.Form):
    """A public form with a honeypot and a submission key. ``autocomplete`` maps fields to tokens."""

    # Filled in only by robots: people never see it.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    autocomplete = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form's own fields first (for the error summary's order), the traps last.
        self.order_fields([name for name in self.fields if name not in TRAPS])
        for name, token in self.autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = token
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())
        elif not is_uuid(self.data.get("submission_key")):
            # A lost or damaged key must not block the person: give the form a fresh one.
            self.data = self.data.copy()
            self.data["submission_key"] = str(uuid.uuid4())

    @property
    def is_spam(self):
        return bool(self.data.get("website"))


def is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def client_fingerprint(request):
    """A hashed client address for rate limits and logs; the address itself is never stored."""
    address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def over_rate_limit(request, scope):
    """Count one submission of ``scope`` from this client; True once it has sent more than RATE_LIMIT."""
    key = f"{scope}-rate:{client_fingerprint(request)}"
    if cache.add(key, 1, RATE_WINDOW):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW)
        return False
    # None: the cache is down (django-redis ignores the error); the submission goes through.
    return (count or 0) > RATE_LIMIT


def one_line(text):
    """``text`` for an email header: a line break typed into a form or a title would make the message
    unsendable (Django refuses header values with newlines), so whitespace runs become one space."""
    return " ".join(str(text).split())


def send_and_record(submission, messages, log=logger):
    """Send ``messages`` ([(label, EmailMessage, timestamp field)]) and record on ``submission`` what went out.

    Returns True when every message was sent. The row keeps a note of each failure, and ``log``
    (the form's own logger) the traceback.
    """
    problems, sent = [], {}
    for label, message, field in messages:
        try:
            message.send()
        except Exception as error:  # noqa: BLE001 - any mail failure must leave the submission intact
            log.exception("%s %s: the %s email failed", submission._meta.verbose_name, submission.pk, label)
            problems.append(f"{label}: {error.__class__.__name__}: {error}")
        else:
            sent[field] = timezone.now()
    for field, value in sent.items():
        setattr(submission, field, value)
    submission.mail_error = "\n".join(problems)
    submission.save(update_fields=[*sent.keys(), "mail_error"])
    return not problems
