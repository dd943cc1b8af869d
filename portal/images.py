"""The image sizes the public site and the read API make: a fixed, known set.

Wagtail makes a rendition (a resized copy, stored under ``MEDIA_ROOT/images/``) the first time a
filter spec is asked for an image. The site asks only for the specs below: templates name them
in ``{% image %}`` and ``{% picture %}`` tags, code in its ``*_SPEC`` constants and the API's
``RENDITIONS``. Wagtail's dynamic serve view (``wagtail.images.views.serve``), which makes
any size a signed address asks for, is not mounted, and the API takes no spec from a request,
so nobody outside can have the server resize images to sizes of their choosing (each one costs
processing time and disk space).

A new size is added here in the same change that uses it; ``tests/portal/test_uploads.py``
fails on a template or module that asks for a spec missing from this set. The admin makes
previews of its own (``max-165x165``, ``max-800x600``, ``original``...) for editors only.

Uploads: :class:`ImageForm` keeps image bombs and broken files out with a form error.
"""

import struct
import warnings

from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# {% picture %} tags in several formats and widths, as Wagtail expands them ("format-avif|width-800").
_PICTURE_FORMATS = ("avif", "webp", "jpeg")
_HERO_WIDTHS = (800, 1600)
_BODY_IMAGE_WIDTHS = (480, 800, 1200)

RENDITION_SPECS = frozenset(
    {
        # Cards of listings: pages, events, projects and featured press items.
        "fill-480x270|format-webp",
        # People's photos (cards, speakers, the API).
        "fill-160x160",
        # Organisation logos: cards and profile.
        "max-160x80",
        "max-320x160",
        # Resource covers: cards and the resource's page.
        "max-160x220",
        "max-240x330",
        # Press items: pictures on the page, in the PDF, and shared on social media.
        "max-800x600|format-webp",
        "max-1000x700",
        "fill-1200x630",
        # The read API's thumbnail and large sizes.
        "max-320x320|format-webp",
        "max-1200x1200|format-webp",
        # The home page's hero, and the image blocks of every page's body.
        *(f"format-{fmt}|width-{width}" for fmt in _PICTURE_FORMATS for width in _HERO_WIDTHS),
        *(f"format-{fmt}|width-{width}" for fmt in _PICTURE_FORMATS for width in _BODY_IMAGE_WIDTHS),
    }
)


class ImageField(WagtailImageField):
    """Wagtail's image upload field, refusing image bombs before decoding them and broken files with a form error.

    Wagtail counts an upload's pixels only after Willow has decoded the whole image: a PNG of a
    few kilobytes declaring 80 million blank pixels would take over 300 MB of memory first, and a
    truncated file makes the decoder raise, which Wagtail lets through as a server error. The size
    declared in the file's header is checked first (Pillow reads it without decoding anything).
    """

    def to_python(self, data):
        if data is not None and hasattr(data, "seek"):
            self.check_declared_pixels(data)
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError, struct.error) as error:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error

    def check_declared_pixels(self, data):
        if self.max_image_pixels is None:
            return
        too_many = ValidationError(
            self.error_messages["file_too_many_pixels"]
            % {"num_pixels": _("unknown number"), "max_pixels_count": self.max_image_pixels},
            code="file_too_many_pixels",
        )
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as image:
                    width, height = image.size
        except PILImage.DecompressionBombError:
            raise too_many from None
        except Exception:  # noqa: BLE001 - a format Pillow does not read: Wagtail's own checks decide
            return
        finally:
            data.seek(0)
        if width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), with :class:`ImageField` for the file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            current = self.fields["file"]
            self.fields["file"] = ImageField(label=current.label, required=current.required, widget=current.widget)
