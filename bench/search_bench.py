"""How fast the search page answers with many documents, on SQLite or PostgreSQL.

A standalone script, not a test: it migrates a fresh database (an SQLite file, or a
PostgreSQL database it creates and drops itself), generates N resources across the
portal's languages with multilingual text about drugs and harm reduction, indexes them
with the configured search backend (``search.backends.database_backend``) and times the
searches readers make, with and without facets. ``bench/search.sh`` runs it on both
databases.

Usage:
    .venv/bin/python bench/search_bench.py --records 50000 --database-url sqlite:////tmp/bench-search.sqlite3
    .venv/bin/python bench/search_bench.py --records 50000 --database-url postgres://root@127.0.0.1:5432/bench_search

Pages are written in bulk as plain ``wagtail.models.Page`` rows under the tree root (real
Wagtail pages would take hours to publish one by one), then one ``SearchDocument`` per page
with its facet values, then ``add_bulk`` indexes them in chunks of 1000, as a rebuild does.

Each measured query is what the search page does for one request: ``search.query.run()``,
the first page of 20 results fetched and the facet counts read. Every query runs a few
times to warm up, then ``--repeat`` times in rounds (each round runs every query once, so
drift affects them alike). Times are also given as multiples of a trivial query timed in
the same rounds (the 20 newest French documents by primary key), which makes figures from
different machines comparable.

The database is dropped (PostgreSQL) or deleted (SQLite) at the end unless ``--keep`` is
given; to protect real data, the script refuses a database whose name lacks "bench".
"""

import argparse
import contextlib
import datetime
import gc
import hashlib
import os
import platform
import random
import secrets
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(BASE_DIR))

CHUNK = 1000
RESULTS_PER_PAGE = 20
SEED = 20260101
CODE_VERSION = "unknown"
NAMESPACE = uuid.UUID("6f1c2b8e-3d4a-4c1e-9a57-b3a1f0c2d9e4")

# --- Languages, text and facets ----------------------------------------------------------------

# Share of the documents per language: en 30 %, fr 25 %, the others share the rest.
LANGUAGE_SHARES = {"en": 0.30, "fr": 0.25, "it": 0.09, "ro": 0.09, "nl": 0.09, "de": 0.09, "bg": 0.09}

# One topic per theme: a document about a topic is written with that theme's phrases.
TOPICS = [str(uuid.uuid5(NAMESPACE, f"topic-{n}")) for n in range(12)]
RESOURCE_TYPES = [str(uuid.uuid5(NAMESPACE, f"resource-type-{n}")) for n in range(8)]
COUNTRIES = "FR BE CH LU IT RO NL DE AT BG ES PT GR IE PL CZ SI HU SE DK".split()
HOME_COUNTRIES = {
    "en": ["IE"],
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "it": ["IT", "IT", "IT", "CH"],
    "ro": ["RO"],
    "nl": ["NL", "NL", "BE"],
    "de": ["DE", "DE", "AT", "CH"],
    "bg": ["BG"],
}
KINDS = [("resource", 0.75), ("practice", 0.10), ("organisation", 0.08), ("event", 0.07)]
SECTIONS = {"resource": "resources", "practice": "practices", "organisation": "members", "event": "events"}
# Resources with files (editions), and among those the share whose files have extracted text.
WITH_FILES = 0.80
WITH_FILES_TEXT = 0.30
FIRST_YEAR, LAST_YEAR = 2005, 2026

# Per language, phrases separated by "|": those of the 12 themes (one per topic), those of every
# document (core), sentence parts and words for variety. Subjects are singular so verbs agree.
BANKS = {
    "en": {
        "themes": [
            "harm reduction | needle and syringe programmes | sterile injecting equipment",
            "drug consumption rooms | a supervised injection facility | safer consumption spaces",
            "Housing First | homeless people who use drugs | emergency accommodation",
            "drug prevention | prevention in schools | peer education",
            "opioid substitution treatment | methadone programmes | low-threshold treatment",
            "overdose prevention | take-home naloxone | drug-related deaths",
            "drug checking services | new psychoactive substances | the early warning system",
            "hepatitis C testing | HIV prevention | infectious diseases among people who inject drugs",
            "drug policy | the decriminalisation of drug use | the legal framework",
            "nightlife settings | music festivals | chemsex",
            "prisons and detention | continuity of care after release",
            "women who use drugs | gender-sensitive services | stigma and discrimination",
        ],
        "core": "harm reduction | people who use drugs",
        "subjects": "The city council | The outreach team | A local NGO | The peer worker | The municipality | The health service | The research team | The network | The social worker | The public health authority",
        "verbs": "has evaluated | supports | coordinates | is expanding | reports on | has funded | discusses | recommends | monitors | is piloting",
        "complements": "in {city} | since {year} | with local partners | for people who use drugs | across the region | in cooperation with the police | during the pilot phase | with a budget of {n} euros | among young people | in several neighbourhoods",
        "words": "outreach | assessment | stakeholders | funding | residents | mediation | guidelines | indicators | survey | workshops | training | evaluation | partnership | access | barriers | continuity | community | monitoring | staff | volunteers | referral | counselling | wellbeing | safety | dignity",
        "and": "and",
        "prefixes": "Guide: | Report: | Evaluation: | Lessons learned: | Toolkit: | Factsheet: | Annual review: | Mapping:",
        "cities": "London | Dublin | Glasgow | Manchester | Brussels | Lisbon | Athens | Vienna | Prague | Warsaw",
    },
    "fr": {
        "themes": [
            "la réduction des risques | les programmes d’échange de seringues | le matériel de consommation stérile",
            "les salles de consommation à moindre risque | une halte soins addictions | la salle de consommation supervisée",
            "le logement d’abord | les personnes sans abri qui consomment des drogues | l’hébergement d’urgence",
            "la prévention | la prévention en milieu scolaire | l’éducation par les pairs",
            "les traitements de substitution aux opiacés | la méthadone | les centres de soins en addictologie",
            "la prévention des surdoses | la naloxone | les décès liés aux drogues",
            "l’analyse de produits | les nouveaux produits de synthèse | le système d’alerte précoce",
            "le dépistage de l’hépatite C | la prévention du VIH | les maladies infectieuses chez les usagers de drogues",
            "la politique des drogues | la dépénalisation de l’usage | le cadre légal",
            "les milieux festifs | les festivals | le chemsex",
            "la prison | la continuité des soins à la sortie de détention",
            "les femmes usagères de drogues | les services adaptés au genre | la stigmatisation des usagers",
        ],
        "core": "la réduction des risques | les usagers de drogues",
        "subjects": "La ville | L’équipe de rue | L’association locale | Le pair aidant | La municipalité | Le service de santé | L’équipe de recherche | Le réseau | Le travailleur social | L’agence régionale de santé",
        "verbs": "a évalué | soutient | coordonne | développe | présente | finance | étudie | recommande | suit | expérimente",
        "complements": "à {city} | depuis {year} | avec les partenaires locaux | pour les usagers de drogues | dans toute la région | en lien avec la police | pendant la phase pilote | avec un budget de {n} euros | auprès des jeunes | dans plusieurs quartiers",
        "words": "accompagnement | accueil | évaluation | partenaires | financement | riverains | médiation | recommandations | indicateurs | enquête | ateliers | formation | partenariat | accès | obstacles | continuité | communauté | suivi | bénévoles | orientation | écoute | bien-être | sécurité | dignité | santé publique",
        "and": "et",
        "prefixes": "Guide pratique : | Rapport : | Évaluation : | Retour d’expérience : | Boîte à outils : | Fiche : | Bilan annuel : | Cartographie :",
        "cities": "Paris | Lyon | Marseille | Lille | Bordeaux | Strasbourg | Bruxelles | Liège | Genève | Lausanne",
    },
    "it": {
        "themes": [
            "la riduzione del danno | i programmi di scambio siringhe | il materiale sterile per l’iniezione",
            "le stanze del consumo sicuro | una sala di consumo supervisionato | i servizi di consumo assistito",
            "l’approccio Housing First | le persone senza dimora che usano droghe | l’accoglienza notturna",
            "la prevenzione | la prevenzione nelle scuole | l’educazione tra pari",
            "i trattamenti sostitutivi con oppioidi | il metadone | i servizi per le dipendenze",
            "la prevenzione delle overdose | il naloxone | i decessi droga-correlati",
            "l’analisi delle sostanze | le nuove sostanze psicoattive | il sistema di allerta precoce",
            "il test per l’epatite C | la prevenzione dell’HIV | le malattie infettive tra chi usa droghe",
            "le politiche sulle droghe | la depenalizzazione del consumo | il quadro normativo",
            "i contesti del divertimento notturno | i festival | il chemsex",
            "il carcere | la continuità delle cure dopo la detenzione",
            "le donne che usano droghe | i servizi attenti al genere | lo stigma e la discriminazione",
        ],
        "core": "la riduzione del danno | le persone che usano droghe",
        "subjects": "Il comune | L’unità di strada | L’associazione locale | L’operatore pari | L’amministrazione comunale | Il servizio sanitario | Il gruppo di ricerca | La rete | L’assistente sociale | L’azienda sanitaria locale",
        "verbs": "ha valutato | sostiene | coordina | sta ampliando | presenta | ha finanziato | studia | raccomanda | monitora | sperimenta",
        "complements": "a {city} | dal {year} | con i partner locali | per le persone che usano droghe | in tutta la regione | in collaborazione con la polizia | durante la fase pilota | con un bilancio di {n} euro | tra i giovani | in diversi quartieri",
        "words": "accoglienza | valutazione | partner | finanziamento | residenti | mediazione | linee guida | indicatori | indagine | laboratori | formazione | partenariato | accesso | ostacoli | continuità | comunità | monitoraggio | personale | volontari | invio | ascolto | benessere | sicurezza | dignità | salute pubblica",
        "and": "e",
        "prefixes": "Guida pratica: | Rapporto: | Valutazione: | Lezioni apprese: | Strumenti: | Scheda informativa: | Relazione annuale: | Mappatura:",
        "cities": "Milano | Roma | Torino | Bologna | Napoli | Firenze | Padova | Genova | Palermo | Trieste",
    },
    "ro": {
        "themes": [
            "reducerea riscurilor | programele de schimb de seringi | echipamentul steril de injectare",
            "camerele de consum supravegheat | un centru de consum sigur | serviciile de injectare supravegheată",
            "abordarea Housing First | persoanele fără adăpost care consumă droguri | adăposturile de urgență",
            "prevenirea consumului de droguri | prevenția în școli | educația între egali",
            "tratamentul de substituție cu opioide | metadona | centrele de tratament al dependențelor",
            "prevenirea supradozelor | naloxona | decesele asociate consumului de droguri",
            "testarea substanțelor | noile substanțe psihoactive | sistemul de avertizare timpurie",
            "testarea pentru hepatita C | prevenirea HIV | bolile infecțioase în rândul persoanelor care își injectează droguri",
            "politica în domeniul drogurilor | dezincriminarea consumului | cadrul legal",
            "mediile de petrecere | festivalurile | chemsex-ul",
            "penitenciarele | continuitatea îngrijirii după eliberare",
            "femeile care consumă droguri | serviciile adaptate nevoilor de gen | stigmatizarea și discriminarea",
        ],
        "core": "reducerea riscurilor asociate consumului de droguri | persoanele care consumă droguri",
        "subjects": "Primăria | Echipa de teren | Organizația locală | Lucrătorul comunitar | Consiliul local | Serviciul de sănătate | Echipa de cercetare | Rețeaua | Asistentul social | Direcția de sănătate publică",
        "verbs": "a evaluat | sprijină | coordonează | extinde | prezintă | a finanțat | discută | recomandă | monitorizează | testează",
        "complements": "în {city} | din {year} | împreună cu partenerii locali | pentru persoanele care consumă droguri | în toată regiunea | în colaborare cu poliția | în faza pilot | cu un buget de {n} de euro | în rândul tinerilor | în mai multe cartiere",
        "words": "însoțire | evaluare | parteneri | finanțare | locuitori | mediere | ghiduri | indicatori | anchetă | ateliere | formare | parteneriat | acces | obstacole | continuitate | comunitate | monitorizare | personal | voluntari | consiliere | bunăstare | siguranță | demnitate | sănătate publică | buget",
        "and": "și",
        "prefixes": "Ghid practic: | Raport: | Evaluare: | Lecții învățate: | Instrumente: | Fișă informativă: | Raport anual: | Cartografiere:",
        "cities": "București | Cluj-Napoca | Iași | Timișoara | Constanța | Brașov | Craiova | Galați | Oradea | Sibiu",
    },
    "nl": {
        "themes": [
            "schadebeperking | spuitomruilprogramma’s | steriel injectiemateriaal",
            "de gebruiksruimte | gebruiksruimten voor drugsgebruikers | een gecontroleerde gebruiksruimte",
            "Housing First | dakloze drugsgebruikers | de nachtopvang",
            "drugspreventie | preventie op scholen | voorlichting door leeftijdgenoten",
            "opioïdesubstitutiebehandeling | methadonverstrekking | de verslavingszorg",
            "overdosispreventie | naloxon | drugsgerelateerde sterfte",
            "het testen van drugs | nieuwe psychoactieve stoffen | het vroegtijdig waarschuwingssysteem",
            "testen op hepatitis C | hiv-preventie | infectieziekten bij injecterende drugsgebruikers",
            "het drugsbeleid | de decriminalisering van drugsgebruik | het wettelijk kader",
            "het uitgaansleven | festivals | chemsex",
            "gevangenissen | continuïteit van zorg na detentie",
            "vrouwen die drugs gebruiken | gendersensitieve hulpverlening | stigma en discriminatie",
        ],
        "core": "schadebeperking | mensen die drugs gebruiken",
        "subjects": "De gemeente | Het straathoekwerk | De lokale organisatie | De ervaringsdeskundige | Het stadsbestuur | De GGD | Het onderzoeksteam | Het netwerk | De maatschappelijk werker | De zorgverzekeraar",
        "verbs": "ondersteunt | coördineert | versterkt | evalueert | presenteert | financiert | bespreekt | onderzoekt | volgt | test",
        "complements": "in {city} | sinds {year} | met lokale partners | voor mensen die drugs gebruiken | in de hele regio | in samenwerking met de politie | tijdens de pilotfase | met een budget van {n} euro | onder jongeren | in verschillende wijken",
        "words": "begeleiding | opvang | evaluatie | partners | financiering | buurtbewoners | bemiddeling | richtlijnen | indicatoren | enquête | workshops | training | samenwerking | toegang | drempels | continuïteit | gemeenschap | monitoring | medewerkers | vrijwilligers | doorverwijzing | hulpverlening | welzijn | veiligheid | waardigheid",
        "and": "en",
        "prefixes": "Praktische gids: | Rapport: | Evaluatie: | Geleerde lessen: | Toolkit: | Factsheet: | Jaaroverzicht: | In kaart gebracht:",
        "cities": "Amsterdam | Rotterdam | Utrecht | Den Haag | Eindhoven | Groningen | Gent | Antwerpen | Leuven | Brugge",
    },
    "de": {
        "themes": [
            "Schadensminderung | Spritzentauschprogramme | steriles Konsummaterial",
            "Drogenkonsumräume | betreute Konsumräume | das Angebot im Drogenkonsumraum",
            "Housing First | wohnungslose Drogenkonsumierende | Notunterkünfte",
            "Suchtprävention | Prävention an Schulen | Peer-Education",
            "die Opioid-Substitutionstherapie | Methadonprogramme | die Suchthilfe",
            "Überdosisprävention | Naloxon | drogenbedingte Todesfälle",
            "Drug-Checking | neue psychoaktive Substanzen | das Frühwarnsystem",
            "Hepatitis-C-Tests | die HIV-Prävention | Infektionskrankheiten bei Drogenkonsumierenden",
            "die Drogenpolitik | die Entkriminalisierung des Konsums | den rechtlichen Rahmen",
            "das Nachtleben | Festivals | Chemsex",
            "den Justizvollzug | die Kontinuität der Behandlung nach der Haft",
            "Frauen, die Drogen konsumieren | gendersensible Angebote | Stigmatisierung und Diskriminierung",
        ],
        "core": "Schadensminderung | Menschen, die Drogen konsumieren",
        "subjects": "Die Stadt | Das Streetwork-Team | Der lokale Verein | Die Peer-Beratung | Die Stadtverwaltung | Der Gesundheitsdienst | Das Forschungsteam | Das Netzwerk | Die Sozialarbeit | Das Gesundheitsamt",
        "verbs": "unterstützt | koordiniert | fördert | bewertet | untersucht | finanziert | diskutiert | empfiehlt | beobachtet | erprobt",
        "complements": "in {city} | seit {year} | mit lokalen Partnern | für Menschen, die Drogen konsumieren | in der ganzen Region | in Zusammenarbeit mit der Polizei | während der Pilotphase | mit einem Budget von {n} Euro | unter jungen Menschen | in mehreren Stadtteilen",
        "words": "Begleitung | Beratung | Bewertung | Partner | Finanzierung | Anwohnende | Vermittlung | Leitlinien | Indikatoren | Umfrage | Workshops | Schulung | Kooperation | Zugang | Hürden | Kontinuität | Gemeinschaft | Monitoring | Personal | Ehrenamtliche | Weitervermittlung | Wohlbefinden | Sicherheit | Würde | öffentliche Gesundheit",
        "and": "und",
        "prefixes": "Leitfaden: | Bericht: | Evaluation: | Erfahrungen: | Werkzeugkasten: | Faktenblatt: | Jahresbericht: | Bestandsaufnahme:",
        "cities": "Berlin | Hamburg | Frankfurt | München | Köln | Leipzig | Zürich | Wien | Graz | Bern",
    },
    "bg": {
        "themes": [
            "намаляване на вредите | програмите за обмен на игли и спринцовки | стерилните материали за инжектиране",
            "стаите за употреба под наблюдение | център за безопасна употреба | услугите за наблюдавано инжектиране",
            "подходът „Първо жилище“ | бездомните хора, които употребяват наркотици | спешното настаняване",
            "превенцията на употребата на наркотици | превенцията в училищата | обучението от връстници",
            "заместителното лечение с опиоиди | метадоновите програми | центровете за лечение на зависимости",
            "превенцията на свръхдозите | налоксонът | смъртните случаи, свързани с наркотици",
            "тестването на вещества | новите психоактивни вещества | системата за ранно предупреждение",
            "изследването за хепатит C | превенцията на ХИВ | инфекциозните болести сред хората, които си инжектират наркотици",
            "политиката по наркотиците | декриминализацията на употребата | правната рамка",
            "нощният живот | фестивалите | химсекс",
            "затворите | непрекъснатостта на грижите след освобождаване",
            "жените, които употребяват наркотици | услугите, съобразени с пола | стигмата и дискриминацията",
        ],
        "core": "намаляване на вредите | хората, които употребяват наркотици",
        "subjects": "Общината | Теренният екип | Местната организация | Сътрудникът от общността | Общинският съвет | Здравната служба | Изследователският екип | Мрежата | Социалният работник | Регионалната здравна инспекция",
        "verbs": "оцени | подкрепя | координира | разширява | представя | финансира | обсъжда | препоръчва | наблюдава | изпробва",
        "complements": "в {city} | от {year} г. | с местни партньори | за хората, които употребяват наркотици | в целия регион | в сътрудничество с полицията | по време на пилотната фаза | с бюджет от {n} евро | сред младите хора | в няколко квартала",
        "words": "подкрепа | оценка | партньори | финансиране | жители | посредничество | насоки | показатели | проучване | семинари | обучение | партньорство | достъп | пречки | приемственост | общност | мониторинг | персонал | доброволци | насочване | консултиране | благосъстояние | безопасност | достойнство | обществено здраве",
        "and": "и",
        "prefixes": "Практическо ръководство: | Доклад: | Оценка: | Извлечени поуки: | Инструменти: | Информационен лист: | Годишен преглед: | Картографиране:",
        "cities": "София | Пловдив | Бургас | Русе | Стара Загора | Плевен | Благоевград | Добрич | Сливен | Шумен",
    },
}


def phrases(text):
    return [phrase.strip() for phrase in text.split("|")]


for _bank in BANKS.values():
    _bank["themes"] = [phrases(theme) for theme in _bank["themes"]]
    for _key in ("core", "subjects", "verbs", "complements", "words", "prefixes", "cities"):
        _bank[_key] = phrases(_bank[_key])

# --- The searches ------------------------------------------------------------------------------


def cases():
    """(language, raw query, {facet: [values]}, sort): what readers typically search."""
    topic_prevention, topic_rooms, topic_housing = TOPICS[3], TOPICS[1], TOPICS[2]
    return [
        ("fr", "réduction des risques", {}, "relevance"),
        ("fr", "salle de consommation", {}, "relevance"),
        ("fr", "logement d’abord", {}, "relevance"),
        ("fr", "ruduction", {}, "relevance"),  # a typo: corrected to 'réduction'
        ("fr", "kryptonite", {}, "relevance"),  # nothing anywhere: correction tried, then the other languages counted
        ("en", "harm reduction", {}, "relevance"),
        ("en", "housing first", {}, "relevance"),
        ("en", "naloxone", {}, "relevance"),
        ("it", "riduzione del danno", {}, "relevance"),
        ("ro", "reducerea riscurilor", {}, "relevance"),
        ("nl", "schadebeperking", {}, "relevance"),
        ("de", "Drogenkonsumraum", {}, "relevance"),
        ("bg", "намаляване на вредите", {}, "relevance"),
        ("fr", "réduction des risques", {}, "newest"),
        ("fr", "réduction des risques", {"type": ["resource"], "year": ["2024"]}, "relevance"),
        ("fr", "réduction des risques", {"topic": [topic_prevention]}, "relevance"),
        ("fr", "salle de consommation", {"country": ["FR"]}, "relevance"),
        ("fr", "prévention", {"topic": [topic_rooms], "country": ["FR", "BE"]}, "newest"),
        ("en", "harm reduction", {"type": ["resource"], "year": ["2024"]}, "relevance"),
        ("en", "housing first", {"topic": [topic_housing]}, "relevance"),
        (
            "en",
            "harm reduction",
            {"type": ["resource"], "resource_type": [RESOURCE_TYPES[0]], "file_language": ["en"]},
            "relevance",
        ),
        ("it", "riduzione del danno", {"country": ["IT"]}, "relevance"),
        ("de", "Drogenkonsumraum", {"type": ["resource"], "year": ["2024"]}, "relevance"),
    ]


# --- Command line and database -----------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", "-n", type=int, default=50000, help="resources to generate (default 50000)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", "sqlite:////tmp/bench-search.sqlite3"),
        help="sqlite:////tmp/NAME.sqlite3 or postgres://USER@HOST:PORT/NAME; its name must contain 'bench'",
    )
    parser.add_argument("--repeat", type=int, default=30, help="measured runs of each query (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="unmeasured runs before (default 3)")
    parser.add_argument(
        "--slow", type=float, default=5, help="seconds from which a query is measured by its first run only (default 5)"
    )
    parser.add_argument(
        "--timeout", type=float, default=30, help="seconds after which a request is cancelled (default 30)"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="skip ANALYZE once loaded (a SQLite database has no statistics unless someone runs it)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--no-write", action="store_true", help="print the results only")
    parser.add_argument(
        "--check-database", action="store_true", help="only say whether the database server answers (exit 0 or 1)"
    )
    return parser.parse_args()


def database_parts(url):
    import dj_database_url

    config = dj_database_url.parse(url)
    vendor = (
        "sqlite" if config["ENGINE"].endswith("sqlite3") else "postgresql" if "postgresql" in config["ENGINE"] else ""
    )
    if not vendor:
        raise SystemExit(f"Only SQLite and PostgreSQL are supported, not {config['ENGINE']}")
    return vendor, config


def postgres_maintenance(config):
    import psycopg2

    connection = psycopg2.connect(
        dbname="postgres",
        user=config.get("USER") or None,
        password=config.get("PASSWORD") or None,
        host=config.get("HOST") or None,
        port=config.get("PORT") or None,
        connect_timeout=3,
    )
    connection.autocommit = True
    return connection


def check_database(url):
    vendor, config = database_parts(url)
    if vendor == "sqlite":
        return True
    try:
        postgres_maintenance(config).close()
    except Exception as error:
        print(f"PostgreSQL at {urlsplit(url).hostname}:{urlsplit(url).port or 5432} does not answer: {error}".strip())
        return False
    return True


def fresh_database(url):
    vendor, config = database_parts(url)
    name = str(config["NAME"])
    if "bench" not in Path(name).name:
        raise SystemExit(f"Refusing to replace the database {name!r}: its name must contain 'bench'.")
    if vendor == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)
    else:
        connection = postgres_maintenance(config)
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
        connection.close()
    return vendor, config


def remove_database(vendor, config):
    from django.db import connections

    connections.close_all()
    name = str(config["NAME"])
    if vendor == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(name + suffix).unlink(missing_ok=True)
    else:
        connection = postgres_maintenance(config)
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.close()


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    # A throwaway key: this process serves no request.
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("SITE_HTTPS", "0")
    # The database backend is what is measured, with the in-process cache.
    os.environ["ELASTICSEARCH_URL"] = ""
    os.environ["REDIS_URL"] = ""
    import django

    django.setup()


# --- Generating --------------------------------------------------------------------------------


class Writer:
    """Sentences, titles and texts in one language from its phrase banks."""

    def __init__(self, language, rng):
        self.bank = BANKS[language]
        self.rng = rng
        self.language = language

    def fill(self, pattern):
        if "{" not in pattern:
            return pattern
        rng = self.rng
        return pattern.format(
            city=rng.choice(self.bank["cities"]),
            year=rng.randint(FIRST_YEAR, LAST_YEAR),
            n=rng.randrange(10_000, 900_000),
        )

    def phrase(self, themes):
        """The object of a sentence: mostly the document's themes, sometimes the core, other themes or plain words."""
        rng, bank = self.rng, self.bank
        roll = rng.random()
        if roll < 0.45:
            return rng.choice(bank["themes"][rng.choice(themes)])
        if roll < 0.55:
            return rng.choice(bank["core"])
        if roll < 0.65:
            return rng.choice(rng.choice(bank["themes"]))
        words = bank["words"]
        return f"{rng.choice(words)} {bank['and']} {rng.choice(words)}"

    def sentence(self, themes):
        rng, bank = self.rng, self.bank
        parts = [
            rng.choice(bank["subjects"]),
            rng.choice(bank["verbs"]),
            self.phrase(themes),
            self.fill(rng.choice(bank["complements"])),
        ]
        if rng.random() < 0.3:
            parts.append(self.fill(rng.choice(bank["complements"])))
        return " ".join(parts) + "."

    def text(self, themes, words):
        """Sentences up to about ``words`` words."""
        sentences, count = [], 0
        while count < words:
            sentence = self.sentence(themes)
            sentences.append(sentence)
            count += sentence.count(" ") + 1
        return " ".join(sentences)

    def title(self, themes):
        """5 to 12 words: a prefix, a theme phrase, a place or time."""
        rng, bank = self.rng, self.bank
        words = rng.choice(bank["prefixes"]).split() + rng.choice(bank["themes"][themes[0]]).split()
        while len(words) < 5 or (len(words) < 9 and rng.random() < 0.5):
            words += self.fill(rng.choice(bank["complements"])).split()
        words = words[:12]
        title = " ".join(words).rstrip(",")
        return title[0].upper() + title[1:]


def spread(total, shares):
    """{key: count} adding up to ``total``, in the proportions of ``shares``."""
    counts = {key: int(total * share) for key, share in shares.items()}
    counts[next(iter(shares))] += total - sum(counts.values())
    return counts


def generate(total, seed, report):
    """Pages, search documents and facet values for ``total`` resources; returns statistics."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from wagtail.models import Locale, Page

    from search.highlight import fold
    from search.models import SearchDocument, SearchFacetValue

    has_title_key = any(field.name == "title_key" for field in SearchDocument._meta.get_fields())
    rng = random.Random(seed)
    languages = [code for code, count in spread(total, LANGUAGE_SHARES).items() for _ in range(count)]
    rng.shuffle(languages)
    writers = {code: Writer(code, rng) for code in LANGUAGE_SHARES}

    locales = {}
    for code in LANGUAGE_SHARES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)
    page_type = ContentType.objects.get_for_model(Page)
    root = Page.objects.get(depth=1)
    last_child = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True).first()
    alphabet, steplen = Page.alphabet, Page.steplen

    def step(number):
        digits = ""
        while number:
            number, digit = divmod(number, len(alphabet))
            digits = alphabet[digit] + digits
        return digits.rjust(steplen, alphabet[0])

    def unstep(digits):
        number = 0
        for char in digits:
            number = number * len(alphabet) + alphabet.index(char)
        return number

    next_step = unstep(last_child[-steplen:]) + 1 if last_child else 1
    now = timezone.now()
    kinds, kind_weights = zip(*KINDS, strict=True)
    stats = {"documents": 0, "facet_values": 0, "with_files_text": 0, "text_chars": 0, "by_language": {}}
    started = time.perf_counter()

    for start in range(0, total, CHUNK):
        pages, rows = [], []
        for position in range(start, min(start + CHUNK, total)):
            language = languages[position]
            writer = writers[language]
            kind = rng.choices(kinds, kind_weights)[0]
            topics = rng.sample(range(len(TOPICS)), rng.choice((1, 1, 2, 2, 3)))
            title = writer.title(topics)
            summary = writer.text(topics, rng.randint(32, 48))
            body = writer.text(topics, rng.randint(180, 320))
            facets = {("type", kind)} | {("topic", TOPICS[topic]) for topic in topics}
            date = None
            if kind != "organisation":
                year = min(LAST_YEAR, int(rng.triangular(FIRST_YEAR, LAST_YEAR + 1, LAST_YEAR - 1)))
                date = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
                facets.add(("year", str(date.year)))
            home_countries = HOME_COUNTRIES[language]
            countries = {rng.choice(home_countries) if rng.random() < 0.6 else rng.choice(COUNTRIES)}
            files_text, editions = "", []
            if kind == "resource":
                facets.add(("resource_type", rng.choice(RESOURCE_TYPES)))
                if rng.random() < 0.3:
                    countries.add(rng.choice(COUNTRIES))
                if rng.random() < WITH_FILES:
                    file_languages = [language] + (["en"] if language != "en" and rng.random() < 0.25 else [])
                    if rng.random() < WITH_FILES_TEXT:
                        files_text = writer.text(topics, rng.randint(1100, 1900))
                    offset = 0
                    for number, file_language in enumerate(file_languages):
                        text_length = len(files_text) if number == 0 else 0
                        editions.append(
                            {
                                "language": file_language,
                                "title": f"{title} ({file_language.upper()})",
                                "url": f"/documents/{position + 1}-{number}/edition.pdf",
                                "start": offset,
                                "end": offset + text_length,
                            }
                        )
                        offset += text_length + 2
                    facets |= {("file_language", file_language) for file_language in file_languages}
            facets |= {("country", code) for code in countries}
            slug = f"{slugify(title, allow_unicode=True)[:60].strip('-')}-{position + 1}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=page_type,
                    live=True,
                    has_unpublished_changes=False,
                    url_path=f"/{slug}/",
                    locale=locales[language],
                    translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
                    first_published_at=now,
                    last_published_at=now,
                    path=root.path + step(next_step + position),
                    depth=root.depth + 1,
                    numchild=0,
                )
            )
            rows.append(
                (
                    {
                        "language": language,
                        "kind": kind,
                        "title": title,
                        "summary": summary,
                        "body": body,
                        "files_text": files_text,
                        "editions": editions,
                        "url": f"/{language}/{SECTIONS[kind]}/{slug}/",
                        "date": date,
                        "languages": sorted({language, "en"} if rng.random() < 0.2 else {language}),
                        "visible_from": None,
                    },
                    sorted(facets),
                )
            )
            stats["by_language"][language] = stats["by_language"].get(language, 0) + 1
            stats["with_files_text"] += bool(files_text)
            stats["text_chars"] += len(title) + len(summary) + len(body) + len(files_text)
        with transaction.atomic():
            pages = Page.objects.bulk_create(pages)
            documents = []
            for page, (values, _facets) in zip(pages, rows, strict=True):
                digest = hashlib.sha256(f"{page.pk}:{values['title']}:{values['date']}".encode()).hexdigest()
                document = SearchDocument(page_id=page.pk, digest=digest, **values)
                if has_title_key:  # as search.documents writes it
                    document.title_key = fold(document.title)
                documents.append(document)
            documents = SearchDocument.objects.bulk_create(documents)
            facet_values = [
                SearchFacetValue(document_id=document.pk, facet=facet, value=value)
                for document, (_values, facets) in zip(documents, rows, strict=True)
                for facet, value in facets
            ]
            SearchFacetValue.objects.bulk_create(facet_values, batch_size=5000)
        stats["documents"] += len(documents)
        stats["facet_values"] += len(facet_values)
        if (start // CHUNK) % 10 == 9 or start + CHUNK >= total:
            report(f"  generated {stats['documents']:,} documents ({time.perf_counter() - started:.0f} s)")
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=root.depth + 1).count())
    return stats


def index_documents(report):
    """Index every search document with ``add_bulk``, in chunks; (fetch seconds, add_bulk seconds)."""
    from modelsearch.backends import get_search_backend

    from search.models import SearchDocument

    backend = get_search_backend()
    fetching = indexing = 0.0
    last, done = 0, 0
    while True:
        started = time.perf_counter()
        chunk = list(SearchDocument.objects.filter(pk__gt=last).order_by("pk")[:CHUNK])
        fetching += time.perf_counter() - started
        if not chunk:
            break
        started = time.perf_counter()
        backend.add_bulk(SearchDocument, chunk)
        indexing += time.perf_counter() - started
        last, done = chunk[-1].pk, done + len(chunk)
        if (done // CHUNK) % 10 == 0:
            report(f"  indexed {done:,} documents ({indexing:.0f} s in add_bulk)")
    return backend, fetching, indexing


# --- Measuring ---------------------------------------------------------------------------------


def percentile(values, p, weights=None):
    """Nearest-rank percentile of ``values`` (each counted ``weights[i]`` times, if given)."""
    pairs = sorted(zip(values, weights or [1] * len(values), strict=True))
    rank, seen = p / 100 * sum(weight for _value, weight in pairs), 0
    for value, weight in pairs:
        seen += weight
        if seen >= rank - 1e-9:
            return value
    return pairs[-1][0]


class TimedOut(Exception):
    pass


class Deadline:
    """Cancel what the database is doing once ``seconds`` have passed, until the block ends."""

    def __init__(self, seconds):
        from django.db import connection

        connection.ensure_connection()
        self.raw = connection.connection
        self.vendor = connection.vendor
        self.seconds = seconds
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.fired = False

    def _watch(self):
        if self.done.wait(self.seconds):
            return
        # A cancel between two statements is lost: repeat it until the request gives up.
        while True:
            with self.lock:
                if self.done.is_set():
                    return
                self.fired = True
                self.raw.cancel() if self.vendor == "postgresql" else self.raw.interrupt()
            if self.done.wait(0.2):
                return

    def __enter__(self):
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, kind, error, traceback):
        from django.db import OperationalError

        with self.lock:
            self.done.set()
        self.thread.join()
        if self.fired and (kind is None or issubclass(kind, OperationalError)):
            raise TimedOut from error
        return False


def search_request(language, raw, chosen, sort):
    """What the search page does with the database for one request."""
    from search.query import run, search_terms

    outcome = run(search_terms(raw), language, chosen=chosen, sort=sort)
    results = list(outcome.queryset[:RESULTS_PER_PAGE]) if outcome.queryset is not None else []
    counted = sum(len(values) for values in outcome.facet_counts.values())
    return outcome, results, counted


def baseline_request():
    from search.models import SearchDocument

    return list(SearchDocument.objects.filter(language="fr").order_by("-pk")[:RESULTS_PER_PAGE])


def measure(args, report):
    """Time every search and the baseline in rounds; [row per search], baseline row.

    The first run of each query also counts its SQL statements. A query slower than
    ``--slow`` seconds the first time is not run again (that run is its only measure); one
    cut off by ``--timeout`` is reported as such.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    searches = [(case, lambda case=case: search_request(*case)) for case in cases()]
    rows = [{"case": case, "request": request, "times": [], "status": "ok"} for case, request in searches]
    rows.append({"case": None, "request": baseline_request, "times": [], "status": "ok"})
    for round_number in range(args.warmup + args.repeat):
        for row in rows:
            if row["status"] != "ok" or (round_number and row.get("once")):
                continue
            started = time.perf_counter()
            try:
                capture = CaptureQueriesContext(connection) if round_number == 0 else contextlib.nullcontext([])
                with Deadline(args.timeout), capture as queries:
                    answer = row["request"]()
            except TimedOut:
                row.update(status="timeout", first=args.timeout * 1000, times=[args.timeout * 1000])
                report(f"  timed out after {args.timeout} s: {row['case']}")
                continue
            elapsed = (time.perf_counter() - started) * 1000
            if round_number == 0:
                row["first"], row["sql"] = elapsed, len(queries)
                if row["case"] is not None:
                    outcome, results, counted = answer
                    row.update(
                        total=outcome.total,
                        corrected=outcome.corrected,
                        other_languages=outcome.other_languages,
                        facet_values=counted,
                    )
                if elapsed >= args.slow * 1000:
                    row.update(once=True, times=[elapsed])
                    report(f"  slow ({elapsed / 1000:.1f} s), measured once: {row['case']}")
            if round_number >= args.warmup:
                row["times"].append(elapsed)
        if round_number == args.warmup - 1:
            report(f"  warmed up ({args.warmup} rounds)")
        gc.collect()
    report(f"  measured {args.repeat} rounds")
    return rows[:-1], rows[-1]


# --- Reporting ---------------------------------------------------------------------------------


def code_version():
    """The commit measured, marked when the search code has uncommitted changes."""
    import subprocess

    def git(*args):
        result = subprocess.run(["git", *args], cwd=BASE_DIR, capture_output=True, text=True, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (" with uncommitted changes to search/" if git("status", "--porcelain", "--", "search") else "")


def environment(vendor):
    from importlib.metadata import version

    from django.conf import settings
    from django.db import connection

    import wagtail

    from search.backends import backend_for

    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
            cursor.execute("SELECT pg_database_size(current_database())")
            size = cursor.fetchone()[0]
        else:
            cursor.execute("SELECT sqlite_version()")
            database = f"SQLite {cursor.fetchone()[0]}"
            name = Path(settings.DATABASES["default"]["NAME"])
            size = sum(path.stat().st_size for path in name.parent.glob(name.name + "*"))
    backend = backend_for("fr")
    return {
        "database": database,
        "size": size,
        "backend": f"{type(backend).__module__}.{type(backend).__qualname__}".replace(".<locals>", ""),
        "settings": os.environ["DJANGO_SETTINGS_MODULE"],
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": wagtail.__version__,
        "modelsearch": version("modelsearch"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        "code": CODE_VERSION,
    }


def describe_facets(chosen):
    if not chosen:
        return ""
    short = {value: f"topic#{TOPICS.index(value)}" for value in TOPICS}
    short |= {value: f"rt#{RESOURCE_TYPES.index(value)}" for value in RESOURCE_TYPES}
    return " + ".join(
        f"{facet}={','.join(short.get(value, value) for value in values)}" for facet, values in chosen.items()
    )


def milliseconds(row, value):
    return f"≥ {value:,.0f}" if row["status"] == "timeout" else f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"


def table(vendor, records, args, stats, timings, rows, baseline, env):
    base = percentile(baseline["times"], 50)
    lines = []
    add = lines.append
    add(f"# Search benchmark: {env['database']}, {records:,} resources")
    add("")
    add(
        f"- Run: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}, {env['machine']}; code at {env['code']}"
    )
    add(
        f"- Python {env['python']}, Django {env['django']}, Wagtail {env['wagtail']}, modelsearch {env['modelsearch']}; "
        f"`{env['settings']}`, backend `{env['backend']}`"
    )
    languages = ", ".join(
        f"{code} {count:,}" for code, count in sorted(stats["by_language"].items(), key=lambda item: -item[1])
    )
    add(
        f"- Documents: {stats['documents']:,} ({languages}); {stats['facet_values']:,} facet values; "
        f"{stats['with_files_text']:,} with file text; {stats['text_chars'] / 1e6:.0f} M characters of text; "
        f"database {env['size'] / 1e6:,.0f} MB after indexing"
    )
    add(
        f"- Each query: {args.warmup} warm-up runs, then {args.repeat} measured runs; a query slower than {args.slow:g} s "
        f"the first time is measured by that run only; a request is cancelled after {args.timeout:g} s. Times in ms"
    )
    add("")
    add("## Loading")
    add("")
    add("| Step | Seconds | Documents per second |")
    add("|---|---:|---:|")
    for label, seconds, rate in timings:
        per_second = f"{stats['documents'] / seconds:,.0f}" if rate and seconds else ""
        add(f"| {label} | {seconds:.1f} | {per_second} |")
    add("")
    add("## Queries")
    add("")
    add(
        "Each: `search.query.run()`, the first page of 20 results fetched, the facet counts read. "
        f"Baseline: the 20 newest French documents by pk, p50 {base:.2f} ms."
    )
    add("")
    add("| # | Lang | Query | Facets | Sort | Results | SQL | Runs | First | p50 | p95 | p50 × base | p95 × base |")
    add("|---:|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for number, row in enumerate(rows, 1):
        language, raw, chosen, sort = row["case"]
        timed_out = row["status"] == "timeout"
        note = ""
        if timed_out:
            note = " (cancelled)"
        elif row["corrected"]:
            note = f" → “{row['corrected']}”"
        elif row["other_languages"]:
            note = " (other languages: " + ", ".join(f"{code} {count}" for code, count in row["other_languages"]) + ")"
        p50, p95 = percentile(row["times"], 50), percentile(row["times"], 95)
        runs = 0 if timed_out else len(row["times"])
        found = "—" if timed_out else f"{row['total']:,}"
        add(
            f"| {number} | {language} | {raw}{note} | {describe_facets(chosen)} | {sort} "
            f"| {found} | {'—' if timed_out else row['sql']} | {runs} "
            f"| {milliseconds(row, row['first'])} | {milliseconds(row, p50)} | {milliseconds(row, p95)} "
            f"| {'≥ ' if timed_out else ''}{p50 / base:,.0f} | {'≥ ' if timed_out else ''}{p95 / base:,.0f} |"
        )
    base95 = percentile(baseline["times"], 95)
    add(
        f"| | fr | *baseline* | | | {RESULTS_PER_PAGE} | {baseline['sql']} | {len(baseline['times'])} "
        f"| {baseline['first']:.1f} | {base:.2f} | {base95:.2f} | 1 | {base95 / base:.1f} |"
    )
    add("")
    add("## Overall")
    add("")
    add("Every query weighs the same, whatever its number of runs; a cancelled request counts as the timeout.")
    add("")
    add("| Queries | Count | Cancelled | p50 | p95 | p50 × base | p95 × base |")
    add("|---|---:|---:|---:|---:|---:|---:|")
    groups = [
        ("without facets", [row for row in rows if not row["case"][2]]),
        ("with facets", [row for row in rows if row["case"][2]]),
        ("all", rows),
    ]
    limit = args.timeout * 1000
    for label, group in groups:
        values = [value for row in group for value in row["times"]]
        weights = [1 / len(row["times"]) for row in group for _value in row["times"]]
        p50, p95 = percentile(values, 50, weights), percentile(values, 95, weights)
        cancelled = sum(row["status"] == "timeout" for row in group)
        mark50, mark95 = ("≥ " if p50 >= limit else ""), ("≥ " if p95 >= limit else "")
        add(
            f"| {label} | {len(group)} | {cancelled} | {mark50}{p50:,.1f} | {mark95}{p95:,.1f} "
            f"| {mark50}{p50 / base:,.0f} | {mark95}{p95 / base:,.0f} |"
        )
    add("")
    add(
        "“First”: the first run of each query in this process (cold caches: the vocabulary for corrections, "
        "database pages). “× base”: divided by the baseline's p50."
    )
    return "\n".join(lines) + "\n"


# --- Main --------------------------------------------------------------------------------------


def main():
    args = parse_args()
    if args.check_database:
        sys.exit(0 if check_database(args.database_url) else 1)

    def report(message):
        print(message, file=sys.stderr, flush=True)

    overall = time.perf_counter()
    # Read before Django imports the code: the search code may change while the benchmark runs.
    global CODE_VERSION
    CODE_VERSION = code_version()
    vendor, config = fresh_database(args.database_url)
    report(f"Search benchmark: {args.records:,} resources on {vendor} ({config['NAME']})")
    setup_django(args.database_url)

    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    migrating = time.perf_counter() - started
    report(f"  migrated ({migrating:.0f} s)")

    try:
        started = time.perf_counter()
        stats = generate(args.records, args.seed, report)
        generating = time.perf_counter() - started

        backend, fetching, indexing = index_documents(report)

        analyse = not args.no_analyze
        started = time.perf_counter()
        if analyse:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        analysing = time.perf_counter() - started
        loading = time.perf_counter() - overall
        timings = [
            ("Migrate a fresh database", migrating, False),
            ("Generate text and write pages, documents, facet values", generating, True),
            ("Read the documents back for indexing", fetching, False),
            (f"Index: `add_bulk` in chunks of {CHUNK}", indexing, True),
            ("ANALYZE" if analyse else "ANALYZE (not run)", analysing, False),
            ("Total, database creation to indexed", loading, True),
        ]
        report(f"  loaded in {loading:.0f} s; measuring queries")

        rows, baseline = measure(args, report)
        markdown = table(vendor, args.records, args, stats, timings, rows, baseline, environment(vendor))
    finally:
        if not args.keep:
            remove_database(vendor, config)

    print(markdown)
    if not args.no_write:
        RESULTS_DIR.mkdir(exist_ok=True)
        path = RESULTS_DIR / f"search-{vendor}-{args.records}.md"
        path.write_text(markdown, encoding="utf-8")
        report(f"Written to {path.relative_to(BASE_DIR)} ({time.perf_counter() - overall:.0f} s in all)")


if __name__ == "__main__":
    main()
