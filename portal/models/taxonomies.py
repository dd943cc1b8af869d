"""Controlled vocabularies shared by every content type: translatable snippets, not free tags.

Pages point at the terms of their own language or of the source language (a
translated page keeps the source page's choices until an editor changes them);
listings and filters therefore match terms by ``translation_key`` and show the
reader's translation of each term (:func:`localize_terms`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class Term(TranslatableMixin, index.Indexed, models.Model):
    """One entry of a controlled vocabulary, in one language."""

    name = models.CharField(_("name"), max_length=100, help_text=_("As readers see it, for example 'Harm reduction'."))
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("Used in filter addresses (…?topic=harm-reduction). Lower case, words joined by hyphens."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Optional: what the term covers, shown on filter pages.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


def _unique_slug(name):
    return [models.UniqueConstraint(fields=["locale", "slug"], name=f"unique_{name}_slug_per_locale")]


class Topic(Term):
    """What content is about: harm reduction, HIV/AIDS prevention, chemsex, housing first..."""

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = _unique_slug("topic")


class InterventionField(Term):
    """What an organisation does: prevention, harm reduction, treatment, research..."""

    class Meta(Term.Meta):
        verbose_name = _("field of intervention")
        verbose_name_plural = _("fields of intervention")
        constraints = _unique_slug("interventionfield")


class InterventionType(Term):
    """The kind of intervention a practice is: needle exchange, drug consumption room, peer support..."""

    class Meta(Term.Meta):
        verbose_name = _("intervention type")
        verbose_name_plural = _("intervention types")
        constraints = _unique_slug("interventiontype")


class Substance(Term):
    class Meta(Term.Meta):
        verbose_name = _("substance")
        verbose_name_plural = _("substances")
        constraints = _unique_slug("substance")


class TargetGroup(Term):
    """Who a practice serves: people who inject drugs, young people, women, people in prison..."""

    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = _unique_slug("targetgroup")


class Setting(Term):
    """Where a practice takes place: street, school, prison, nightlife, drop-in centre..."""

    class Meta(Term.Meta):
        verbose_name = _("setting")
        verbose_name_plural = _("settings")
        constraints = _unique_slug("setting")


class Audience(Term):
    """Who a resource is written for: professionals, local authorities, policy makers, the public..."""

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = _unique_slug("audience")


class ResourceType(Term):
    """Manual, factsheet, report, toolkit, guideline, presentation, policy brief, training material..."""

    class Meta(Term.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
        constraints = _unique_slug("resourcetype")


TAXONOMIES = (Topic, InterventionField, InterventionType, Substance, TargetGroup, Setting, Audience, ResourceType)


def localize_terms(terms, locale=None):
    """The reader's translation of each term (the term itself where none exists), deduplicated and sorted.

    One query for any number of terms of one model.
    """
    terms = list(terms)
    if not terms:
        return []
    locale = locale or Locale.get_active()
    model = type(terms[0])
    foreign = {term.translation_key for term in terms if term.locale_id != locale.id}
    translations = {}
    if foreign:
        translations = {
            term.translation_key: term
            for term in model.objects.filter(translation_key__in=foreign, locale_id=locale.id)
        }
    seen, result = set(), []
    for term in terms:
        shown = term if term.locale_id == locale.id else translations.get(term.translation_key, term)
        if shown.translation_key not in seen:
            seen.add(shown.translation_key)
            result.append(shown)
    return sorted(result, key=lambda term: term.name.casefold())
