"""Languages a document can be written in: wider than the interface's, each named in itself."""

# The EU's official languages and the other languages the network's members publish in,
# written the way their readers write them (as in settings.LANGUAGES).
FILE_LANGUAGE_NAMES = {
    "ar": "العربية",
    "bg": "Български",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "et": "Eesti",
    "fi": "Suomi",
    "fr": "Français",
    "ga": "Gaeilge",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "it": "Italiano",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "mt": "Malti",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "ru": "Русский",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "sq": "Shqip",
    "sr": "Српски",
    "sv": "Svenska",
    "tr": "Türkçe",
    "uk": "Українська",
}


def language_name(code):
    """The language's name in itself: 'Български' for bg; the code for an unknown language."""
    return FILE_LANGUAGE_NAMES.get(code, code)


FILE_LANGUAGES = sorted(FILE_LANGUAGE_NAMES.items(), key=lambda item: item[1].casefold())
