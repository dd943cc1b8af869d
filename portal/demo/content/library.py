"""The resource library: HEAD-UP's outreach manual and Bucharest presentation, and AIPAUC's outputs on cocaine.

What each resource is, who published it and when comes from the seeds: the
HEAD-UP work plan (English) and Fédération Addiction's article of 19 January 2022
(French, so the AIPAUC resources are written in French first). Where the seeds
give no publication date, none is set.

The files are demo editions made when the content is loaded (:mod:`portal.demo.pdf`):
a title page that says so, then a few pages of our own text restating what the
seeds say about the resource. The manual has five editions because the work plan
provides for its translation and the HEAD-UP partners work in Romania, Bulgaria
and Italy; the seeds do not list the languages. The AIPAUC practice sheets and
training framework are planned outputs: their pages describe them as such and
carry no file.
"""

import datetime
from functools import partial

from ..pdf import BULLET, Edition, build_pdf
from ..specs import DocumentRef, DocumentSpec, PageSpec, Ref, SnippetRef
from ..typography import polish


def edition(language, **texts):
    """An :class:`Edition` whose texts get the language's typography (French spaces before : ; ? !)."""
    return Edition(language=language, **polish(language, texts))


def document(key, title, filename, content):
    return DocumentSpec(key=key, title=title, filename=filename, build=partial(build_pdf, content))


def terms(prefix, *keys):
    return [SnippetRef(f"{prefix}-{key}") for key in keys]


# --- HEAD-UP outreach manual: five demo editions -----------------------------------------

MANUAL_ORGANISATION = "ACCES · HEAD-UP"

MANUAL_EDITIONS = {
    "en": edition(
        "en",
        title="Practical manual for outreach work",
        subtitle="Harm reduction, HIV/AIDS prevention and ethics in work with people who use drugs",
        organisation=MANUAL_ORGANISATION,
        edition_label="English edition",
        notice_heading="Demo edition",
        notice=(
            "This file was made to demonstrate the Cities & Drugs Network portal. It is not the HEAD-UP manual: in a "
            "few pages, it sums up what the project's work plan says the manual covers and how it was to be made."
        ),
        sections=(
            (
                "Who the manual is for",
                (
                    "The manual is meant for professionals who work with people who use drugs in the field of harm "
                    "reduction: street workers and outreach teams, psychologists, heads of services and trainers, "
                    "and the representatives of local authorities who support their work.",
                    "It comes out of HEAD-UP, an exchange platform led by the health education NGO ACCES with three "
                    "European partners: ARAS in Romania, Initiative for Health in Bulgaria and Villa Maraini in Italy.",
                ),
            ),
            (
                "What it covers",
                (
                    "The work plan gives the manual three themes: harm reduction, HIV/AIDS prevention and ethics.",
                    f"{BULLET}Harm reduction: limiting, from a health point of view, the damage linked to drug use, "
                    "including damage to the veins, local and generalised infections, overdoses and psychiatric "
                    "problems.",
                    f"{BULLET}HIV/AIDS and hepatitis C prevention: outreach work, targeted prevention messages and "
                    "needle exchange programmes with people who inject drugs.",
                    f"{BULLET}Ethics: respecting the choices people make about their own care.",
                    "The training linked to the manual also dealt with counselling as a helping relationship, in the "
                    "humanist approach of Carl Rogers on which ACCES bases its training.",
                ),
            ),
            (
                "How it was to be made",
                (
                    "The manual was to be built with the cities taking part in HEAD-UP. The work plan set out the "
                    "steps: from June 2008 to February 2009, an assessment phase in which each country's drug "
                    "situation was presented and training needs were defined with the cities; in January 2009, an "
                    "implementation seminar in Bucharest to present the training; in September 2009, a training "
                    "workshop in Paris for local stakeholders.",
                    "Workshops and refinement meetings from September 2009 to September 2010 were to feed the "
                    "writing of the manual. Then came its validation at an evaluation workshop in Marseille in June "
                    "2010, its editing, printing and translation from July to December 2010, and its presentation at "
                    "a dissemination conference in Vienna in December 2010.",
                ),
            ),
        ),
    ),
    "fr": edition(
        "fr",
        title="Manuel pratique du travail de proximité",
        subtitle="Réduction des risques, prévention du VIH/sida et éthique dans le travail avec les usagers de drogues",
        organisation=MANUAL_ORGANISATION,
        edition_label="Édition française",
        notice_heading="Édition de démonstration",
        notice=(
            "Ce fichier a été réalisé pour la démonstration du portail Cities & Drugs Network. Ce n'est pas le "
            "manuel de HEAD-UP : il résume en quelques pages ce que le manuel couvre selon le plan de travail du "
            "projet, et la manière dont il devait être élaboré."
        ),
        sections=(
            (
                "À qui s'adresse le manuel",
                (
                    "Le manuel s'adresse aux professionnels qui travaillent auprès des usagers de drogues dans le "
                    "champ de la réduction des risques : travailleurs de rue et équipes de proximité, psychologues, "
                    "responsables de service et formateurs, ainsi qu'aux représentants des collectivités locales qui "
                    "soutiennent leur travail.",
                    "Il est issu de HEAD-UP, une plateforme d'échange pilotée par l'ONG d'éducation pour la santé "
                    "ACCES avec trois partenaires européens : ARAS en Roumanie, Initiative for Health en Bulgarie et "
                    "Villa Maraini en Italie.",
                ),
            ),
            (
                "Ce qu'il couvre",
                (
                    "Le plan de travail fixe trois thèmes au manuel : la réduction des risques, la prévention du "
                    "VIH/sida et l'éthique.",
                    f"{BULLET}Réduction des risques : limiter, du point de vue de la santé, les dommages liés aux "
                    "usages de drogues, notamment les atteintes veineuses, les infections locales et généralisées, "
                    "les surdoses et les troubles psychiatriques.",
                    f"{BULLET}Prévention du VIH/sida et de l'hépatite C : travail de rue, messages de prévention "
                    "ciblés et programmes d'échange de seringues auprès des usagers de drogues par voie injectable.",
                    f"{BULLET}Éthique : respecter les choix que font les personnes au sujet de leurs propres soins.",
                    "Les formations liées au manuel ont aussi abordé le counselling comme relation d'aide, dans "
                    "l'esprit de l'approche humaniste de Carl Rogers sur laquelle ACCES fonde ses formations.",
                ),
            ),
            (
                "Comment il devait être élaboré",
                (
                    "Le manuel devait être construit avec les villes participant à HEAD-UP. Le plan de travail en "
                    "fixait les étapes : de juin 2008 à février 2009, une phase d'état des lieux où la situation de "
                    "chaque pays en matière de drogues était présentée et où les besoins de formation étaient "
                    "définis avec les villes ; en janvier 2009, un séminaire de mise en œuvre à Bucarest pour "
                    "présenter la formation ; en septembre 2009, un atelier de formation à Paris pour les acteurs "
                    "locaux.",
                    "Des ateliers et des réunions d'ajustement, de septembre 2009 à septembre 2010, devaient nourrir "
                    "la rédaction du manuel. Venaient ensuite sa validation lors d'un atelier d'évaluation à "
                    "Marseille en juin 2010, son édition, son impression et sa traduction de juillet à décembre 2010, "
                    "puis sa présentation lors d'une conférence de diffusion à Vienne en décembre 2010.",
                ),
            ),
        ),
    ),
    "ro": edition(
        "ro",
        title="Manual practic pentru munca de teren",
        subtitle="Reducerea riscurilor, prevenirea HIV/SIDA și etica în lucrul cu persoanele care consumă droguri",
        organisation=MANUAL_ORGANISATION,
        edition_label="Ediția în limba română",
        notice_heading="Ediție demonstrativă",
        notice=(
            "Acest fișier a fost realizat pentru demonstrarea portalului Cities & Drugs Network. Nu este manualul "
            "HEAD-UP: rezumă, în câteva pagini, ce cuprinde manualul potrivit planului de lucru al proiectului și "
            "cum urma să fie elaborat."
        ),
        sections=(
            (
                "Cui se adresează manualul",
                (
                    "Manualul se adresează profesioniștilor care lucrează cu persoane care consumă droguri în "
                    "domeniul reducerii riscurilor: lucrători stradali și echipe de teren, psihologi, șefi de "
                    "servicii și formatori, precum și reprezentanților autorităților locale care le sprijină "
                    "activitatea.",
                    "Manualul provine din HEAD-UP, o platformă de schimb coordonată de ONG-ul de educație pentru "
                    "sănătate ACCES împreună cu trei parteneri europeni: ARAS în România, Initiative for Health în "
                    "Bulgaria și Villa Maraini în Italia.",
                ),
            ),
            (
                "Ce cuprinde",
                (
                    "Planul de lucru stabilește trei teme pentru manual: reducerea riscurilor, prevenirea HIV/SIDA "
                    "și etica.",
                    f"{BULLET}Reducerea riscurilor: limitarea, din punctul de vedere al sănătății, a daunelor legate "
                    "de consumul de droguri, printre care afectarea venelor, infecțiile locale și generalizate, "
                    "supradozele și problemele psihiatrice.",
                    f"{BULLET}Prevenirea HIV/SIDA și a hepatitei C: munca de teren, mesaje de prevenire țintite și "
                    "programe de schimb de seringi pentru persoanele care își injectează droguri.",
                    f"{BULLET}Etica: respectarea alegerilor pe care oamenii le fac în privința propriei îngrijiri.",
                    "Formările legate de manual au abordat și consilierea ca relație de ajutor, în spiritul abordării "
                    "umaniste a lui Carl Rogers, pe care ACCES își întemeiază formările.",
                ),
            ),
            (
                "Cum urma să fie elaborat",
                (
                    "Manualul urma să fie construit împreună cu orașele participante la HEAD-UP. Planul de lucru "
                    "stabilea etapele: din iunie 2008 până în februarie 2009, o fază de evaluare în care era "
                    "prezentată situația fiecărei țări în privința drogurilor, iar nevoile de formare erau definite "
                    "împreună cu orașele; în ianuarie 2009, un seminar de implementare la București pentru "
                    "prezentarea formării; în septembrie 2009, un atelier de formare la Paris pentru actorii locali.",
                    "Atelierele și întâlnirile de ajustare din septembrie 2009 până în septembrie 2010 urmau să "
                    "alimenteze redactarea manualului. Urmau validarea sa la un atelier de evaluare la Marsilia, în "
                    "iunie 2010, editarea, tipărirea și traducerea sa din iulie până în decembrie 2010 și prezentarea "
                    "sa la o conferință de diseminare la Viena, în decembrie 2010.",
                ),
            ),
        ),
    ),
    "bg": edition(
        "bg",
        title="Практическо ръководство за работа на терен",
        subtitle=(
            "Намаляване на вредите, превенция на ХИВ/СПИН и етика в работата с хора, които употребяват наркотици"
        ),
        organisation=MANUAL_ORGANISATION,
        edition_label="Издание на български език",
        notice_heading="Демонстрационно издание",
        notice=(
            "Този файл е изготвен за демонстрация на портала Cities & Drugs Network. Той не е ръководството на "
            "HEAD-UP: в няколко страници обобщава какво обхваща ръководството според работния план на проекта и как "
            "е трябвало да бъде изготвено."
        ),
        sections=(
            (
                "За кого е предназначено ръководството",
                (
                    "Ръководството е предназначено за специалистите, които работят с хора, употребяващи наркотици, "
                    "в областта на намаляването на вредите: улични работници и теренни екипи, психолози, ръководители "
                    "на служби и обучители, както и за представителите на местните власти, които подкрепят тяхната "
                    "работа.",
                    "То е плод на HEAD-UP – платформа за обмен, ръководена от неправителствената организация за "
                    "здравно образование ACCES заедно с трима европейски партньори: ARAS в Румъния, Initiative for "
                    "Health в България и Villa Maraini в Италия.",
                ),
            ),
            (
                "Какво обхваща",
                (
                    "Работният план определя три теми за ръководството: намаляване на вредите, превенция на ХИВ/СПИН "
                    "и етика.",
                    f"{BULLET}Намаляване на вредите: ограничаване на щетите за здравето, свързани с употребата на "
                    "наркотици, сред които увреждания на вените, локални и генерализирани инфекции, свръхдози и "
                    "психиатрични проблеми.",
                    f"{BULLET}Превенция на ХИВ/СПИН и хепатит С: работа на терен, целенасочени превантивни послания "
                    "и програми за обмен на игли и спринцовки за хората, които си инжектират наркотици.",
                    f"{BULLET}Етика: зачитане на решенията, които хората вземат за собственото си лечение.",
                    "Обученията, свързани с ръководството, засягат и консултирането като помагащо взаимоотношение в "
                    "духа на хуманистичния подход на Карл Роджърс, на който ACCES основава своите обучения.",
                ),
            ),
            (
                "Как е трябвало да бъде изготвено",
                (
                    "Ръководството е трябвало да бъде изградено заедно с градовете, участващи в HEAD-UP. Работният "
                    "план определя етапите: от юни 2008 г. до февруари 2009 г. – фаза на оценка, в която се "
                    "представя положението с наркотиците във всяка страна и заедно с градовете се определят нуждите "
                    "от обучение; през януари 2009 г. – семинар за въвеждане в Букурещ, на който се представя "
                    "обучението; през септември 2009 г. – обучителен семинар в Париж за местните участници.",
                    "Семинарите и работните срещи от септември 2009 г. до септември 2010 г. е трябвало да послужат "
                    "за написването на ръководството. След това следват неговото утвърждаване на семинар за оценка в "
                    "Марсилия през юни 2010 г., редактирането, отпечатването и преводът му от юли до декември 2010 г. "
                    "и представянето му на конференция за разпространение във Виена през декември 2010 г.",
                ),
            ),
        ),
    ),
    "it": edition(
        "it",
        title="Manuale pratico per il lavoro di strada",
        subtitle="Riduzione del danno, prevenzione dell'HIV/AIDS ed etica nel lavoro con le persone che usano droghe",
        organisation=MANUAL_ORGANISATION,
        edition_label="Edizione italiana",
        notice_heading="Edizione dimostrativa",
        notice=(
            "Questo file è stato realizzato per la dimostrazione del portale Cities & Drugs Network. Non è il manuale "
            "di HEAD-UP: riassume in poche pagine che cosa tratta il manuale secondo il piano di lavoro del progetto "
            "e come doveva essere realizzato."
        ),
        sections=(
            (
                "A chi si rivolge il manuale",
                (
                    "Il manuale si rivolge ai professionisti che lavorano con le persone che usano droghe nel campo "
                    "della riduzione del danno: operatori e unità di strada, psicologi, responsabili di servizio e "
                    "formatori, oltre ai rappresentanti degli enti locali che ne sostengono il lavoro.",
                    "Nasce da HEAD-UP, una piattaforma di scambio guidata dall'ONG di educazione alla salute ACCES "
                    "con tre partner europei: ARAS in Romania, Initiative for Health in Bulgaria e Villa Maraini in "
                    "Italia.",
                ),
            ),
            (
                "Che cosa tratta",
                (
                    "Il piano di lavoro indica tre temi per il manuale: la riduzione del danno, la prevenzione "
                    "dell'HIV/AIDS e l'etica.",
                    f"{BULLET}Riduzione del danno: limitare, dal punto di vista della salute, i danni legati all'uso "
                    "di droghe, tra cui le lesioni venose, le infezioni locali e generalizzate, le overdose e i "
                    "problemi psichiatrici.",
                    f"{BULLET}Prevenzione dell'HIV/AIDS e dell'epatite C: lavoro di strada, messaggi di prevenzione "
                    "mirati e programmi di scambio di siringhe per le persone che si iniettano droghe.",
                    f"{BULLET}Etica: rispettare le scelte che le persone compiono riguardo alle proprie cure.",
                    "La formazione collegata al manuale ha trattato anche il counselling come relazione d'aiuto, "
                    "nello spirito dell'approccio umanistico di Carl Rogers su cui ACCES fonda le proprie formazioni.",
                ),
            ),
            (
                "Come doveva essere realizzato",
                (
                    "Il manuale doveva essere costruito insieme alle città partecipanti a HEAD-UP. Il piano di lavoro "
                    "ne fissava le tappe: da giugno 2008 a febbraio 2009, una fase di analisi in cui veniva "
                    "presentata la situazione di ciascun paese in materia di droghe e si definivano con le città i "
                    "bisogni formativi; a gennaio 2009, un seminario di avvio a Bucarest per presentare la "
                    "formazione; a settembre 2009, un laboratorio di formazione a Parigi per gli attori locali.",
                    "Laboratori e incontri di messa a punto tra settembre 2009 e settembre 2010 dovevano alimentare "
                    "la stesura del manuale. Seguivano la sua convalida in un laboratorio di valutazione a Marsiglia "
                    "a giugno 2010, la redazione, la stampa e la traduzione tra luglio e dicembre 2010 e la "
                    "presentazione a una conferenza di diffusione a Vienna a dicembre 2010.",
                ),
            ),
        ),
    ),
}

# Listed in this order on the resource page's admin form; readers get their own language first.
MANUAL_LANGUAGES = ("en", "fr", "ro", "bg", "it")
MANUAL_DOCUMENT_TITLES = {
    "en": "HEAD-UP outreach manual – English demo edition",
    "fr": "HEAD-UP outreach manual – French demo edition",
    "ro": "HEAD-UP outreach manual – Romanian demo edition",
    "bg": "HEAD-UP outreach manual – Bulgarian demo edition",
    "it": "HEAD-UP outreach manual – Italian demo edition",
}

# --- HEAD-UP implementation seminar, Bucharest: the presentation, as slides ----------------

BUCHAREST_SLIDES = edition(
    "en",
    landscape=True,
    title="HEAD-UP implementation seminar",
    subtitle="Bucharest, 22–23 January 2009",
    organisation="ACCES · HEAD-UP",
    edition_label="Presentation, English",
    notice_heading="Demo edition",
    notice=(
        "This file was made to demonstrate the Cities & Drugs Network portal. It is not the presentation shown in "
        "Bucharest: it restates, in a few slides, HEAD-UP's reasons, aims and calendar as the project described them."
    ),
    sections=(
        (
            "Why HEAD-UP",
            (
                "Professionals working on harm reduction need to share their experience and knowledge, and to learn "
                "from existing policies: how well outreach work, targeted prevention messages and needle exchange "
                "programmes protect people who inject drugs against HIV and hepatitis C.",
                "HEAD-UP builds on a working partnership between ACCES and three European NGOs: ARAS (Romania), "
                "Initiative for Health (Bulgaria) and Villa Maraini (Italy). By pooling good practice in outreach "
                "work, it helps cities develop tools that fit their duties: keeping urban life safe and making the "
                "work of NGOs, the police and social and health services easier.",
            ),
        ),
        (
            "Objective and aims",
            (
                "Overall objective: to exchange and pool good practice in health promotion among people who work "
                "with drug users, especially in outreach work.",
                f"{BULLET}Set up the exchange of information and knowledge on supporting people who use drugs.",
                f"{BULLET}Run training sessions built on the issues that outreach professionals face.",
                f"{BULLET}Create a practical outreach manual on harm reduction, HIV/AIDS prevention and ethics.",
                "The method starts from what cities need: information on each country's legal framework, training "
                "adapted to each city and tried out with it, and the cities' feedback to shape the manual.",
            ),
        ),
        (
            "Calendar",
            (
                f"{BULLET}June 2008, Paris: strategic seminar.",
                f"{BULLET}June 2008 to February 2009: assessment phase.",
                f"{BULLET}January 2009, Bucharest: implementation seminar.",
                f"{BULLET}September 2009, Paris: training workshop.",
                f"{BULLET}September 2009 to September 2010: implementation phase and development of the manual.",
                f"{BULLET}June 2010, Marseille: evaluation workshop.",
                f"{BULLET}July to December 2010: editing, printing and translation of the manual.",
                f"{BULLET}December 2010, Vienna: dissemination conference.",
                f"{BULLET}January to May 2011: evaluation of the tools.",
            ),
        ),
    ),
)

# --- AIPAUC: the state of play on support for people who use cocaine (French) ---------------

AIPAUC_STATE_OF_PLAY = edition(
    "fr",
    title="État des lieux de l'accompagnement des usagers de cocaïne",
    subtitle="Projet AIPAUC – Améliorer l'information, la prévention et l'accompagnement des usagers de cocaïne",
    organisation="Fédération Addiction",
    edition_label="Édition française",
    notice_heading="Édition de démonstration",
    notice=(
        "Ce fichier a été réalisé pour la démonstration du portail Cities & Drugs Network. Ce n'est pas l'état des "
        "lieux de la Fédération Addiction : il présente sa place dans le projet AIPAUC et les suites qui lui ont été "
        "données, sans en reproduire les constats."
    ),
    sections=(
        (
            "Le projet AIPAUC",
            (
                "Porté par la Fédération Addiction, le projet AIPAUC vise à améliorer l'information, la prévention et "
                "l'accompagnement des usagers de cocaïne.",
                "Sa première phase a consisté à dresser un état des lieux de l'accompagnement de ces usagers dans les "
                "structures d'addictologie. Ce travail a mis en évidence plusieurs freins.",
            ),
        ),
        (
            "Les suites données",
            (
                "À partir de ces constats, la deuxième étape du projet réunit des groupes de travail thématiques, "
                "chargés d'élaborer des fiches pratiques et un référentiel de formation. Quatre thèmes ont été "
                "retenus :",
                f"{BULLET}la prévention, notamment auprès des publics que les structures ne repèrent pas, comme le "
                "public inséré, et face à l'évolution des usages chez les jeunes, chez les étudiants et au travail ;",
                f"{BULLET}les innovations thérapeutiques, médicamenteuses ou non, et l'appropriation des leviers "
                "thérapeutiques ;",
                f"{BULLET}l'usage de cocaïne et les problématiques associées, en lien avec les acteurs non "
                "spécialisés, dans une logique de parcours de soins et d'orientation ;",
                f"{BULLET}la réduction des risques auprès du public identifié, y compris à distance et en milieu "
                "festif.",
                "Un groupe consacré à la communication recense les outils existants et en élabore de nouveaux, "
                "adaptés aux différents publics.",
            ),
        ),
    ),
)

DOCUMENTS = [
    *(
        document(
            f"head-up-manual-{language}",
            MANUAL_DOCUMENT_TITLES[language],
            f"head-up-outreach-manual-{language}.pdf",
            MANUAL_EDITIONS[language],
        )
        for language in MANUAL_LANGUAGES
    ),
    document(
        "head-up-bucharest-presentation",
        "HEAD-UP implementation seminar, Bucharest 2009 – demo slides",
        "head-up-bucharest-2009-slides.pdf",
        BUCHAREST_SLIDES,
    ),
    document(
        "aipauc-state-of-play-fr",
        "AIPAUC état des lieux – édition de démonstration",
        "aipauc-etat-des-lieux.pdf",
        AIPAUC_STATE_OF_PLAY,
    ),
]


# --- Pages ------------------------------------------------------------------------------------

LIBRARY = PageSpec(
    key="library",
    model="resources.ResourceLibraryPage",
    parent="home",
    shared={"show_in_menus": True},
    content={
        "en": {
            "title": "Resource library",
            "slug": "library",
            "introduction": (
                "Manuals, presentations and reports from the network's members and projects, with their editions in "
                "several languages. Filter by topic, type, language of the document, country, audience or year: "
                "search also looks inside the files."
            ),
            "listing_summary": (
                "Manuals, presentations and reports on outreach work, harm reduction and cocaine, in several "
                "languages, searchable down to the text of their files."
            ),
            "search_description": (
                "Resource library of the Cities & Drugs Network: manuals, presentations and reports on drugs and "
                "harm reduction, in English, French and other languages."
            ),
        },
        "fr": {
            "title": "Centre de ressources",
            "slug": "ressources",
            "introduction": (
                "Manuels, présentations et rapports des membres du réseau et de leurs projets, avec leurs éditions "
                "en plusieurs langues. Filtrez par thème, type, langue du document, pays, public ou année : la "
                "recherche porte aussi sur le texte des fichiers."
            ),
            "listing_summary": (
                "Manuels, présentations et rapports sur le travail de proximité, la réduction des risques et la "
                "cocaïne, en plusieurs langues, jusqu'au texte de leurs fichiers."
            ),
            "search_description": (
                "Centre de ressources du Cities & Drugs Network : manuels, présentations et rapports sur les drogues "
                "et la réduction des risques, en français, en anglais et dans d'autres langues."
            ),
        },
    },
)


def resource(
    key,
    *,
    resource_type,
    topics=(),
    audiences=(),
    countries=(),
    publishers=(),
    files=(),
    publication_date=None,
    source_language="en",
    en,
    fr,
):
    """A ResourcePage in the library; ``files`` are (document key, language) pairs, in the order editors see."""
    return PageSpec(
        key=f"resource-{key}",
        model="resources.ResourcePage",
        parent="library",
        source_language=source_language,
        shared={
            "resource_type": SnippetRef(f"rtype-{resource_type}"),
            "publication_date": publication_date,
            "topics": terms("topic", *topics),
            "audiences": terms("audience", *audiences),
            "countries": list(countries),
            "licence": "",
            "external_url": "",
            "publishers": [{"organisation": Ref(f"org-{organisation}")} for organisation in publishers],
            "files": [
                {"document": DocumentRef(document_key), "language": language} for document_key, language in files
            ],
        },
        # No author is named in the seeds: the publishing organisations stand for them.
        content={"en": {"authors": "", **en}, "fr": {"authors": "", **fr}},
    )


HEAD_UP_MANUAL = resource(
    "head-up-manual",
    resource_type="manual",
    topics=("outreach-work", "harm-reduction", "hiv-aids-prevention", "hepatitis-c", "ethics", "counselling"),
    audiences=("outreach-workers", "health-and-social-professionals", "trainers"),
    publishers=("acces",),
    files=[(f"head-up-manual-{language}", language) for language in MANUAL_LANGUAGES],
    en={
        "title": "HEAD-UP practical manual for outreach work",
        "slug": "head-up-outreach-manual",
        "listing_title": "HEAD-UP outreach manual",
        "abstract": (
            '<p>The practical manual that the <a href="page:head-up">HEAD-UP</a> platform set out to create for '
            "professionals who work with people who use drugs in the field of harm reduction. Its work plan gives it "
            "three themes – harm reduction, HIV/AIDS prevention and ethics – and builds it on the feedback of the "
            "participating cities.</p>"
            "<p>The plan provided for the manual to be validated at an evaluation workshop in Marseille in June "
            "2010, then edited, printed and translated between July and December 2010, presented at a dissemination "
            "conference in Vienna in December 2010 and distributed in the participating cities.</p>"
            "<p>The files below are demo editions in English, French, Romanian, Bulgarian and Italian: each sums up "
            "in a few pages what the manual covers. They are not the manual itself.</p>"
        ),
        "listing_summary": (
            "The outreach manual planned by HEAD-UP on harm reduction, HIV/AIDS prevention and ethics, for "
            "professionals working with people who use drugs; demo editions in five languages."
        ),
        "search_description": (
            "HEAD-UP practical manual for outreach work with people who use drugs: harm reduction, HIV/AIDS and "
            "hepatitis C prevention, ethics. ACCES, ARAS, Initiative for Health, Villa Maraini."
        ),
    },
    fr={
        "title": "Manuel pratique du travail de proximité HEAD-UP",
        "slug": "manuel-head-up-travail-de-proximite",
        "listing_title": "Le manuel HEAD-UP du travail de proximité",
        "abstract": (
            '<p>Le manuel pratique que la plateforme <a href="page:head-up">HEAD-UP</a> s\'était donné pour objectif '
            "de créer à l'intention des professionnels qui travaillent auprès des usagers de drogues dans le champ "
            "de la réduction des risques. Son plan de travail lui fixe trois thèmes – la réduction des risques, la "
            "prévention du VIH/sida et l'éthique – et le construit à partir des retours des villes participantes.</p>"
            "<p>Le calendrier prévoyait sa validation lors d'un atelier d'évaluation à Marseille en juin 2010, puis "
            "son édition, son impression et sa traduction entre juillet et décembre 2010, sa présentation lors d'une "
            "conférence de diffusion à Vienne en décembre 2010 et sa diffusion dans les villes participantes.</p>"
            "<p>Les fichiers ci-dessous sont des éditions de démonstration en anglais, français, roumain, bulgare "
            "et italien : chacune résume en quelques pages ce que couvre le manuel, sans être le manuel "
            "lui-même.</p>"
        ),
        "listing_summary": (
            "Le manuel de travail de proximité prévu par HEAD-UP sur la réduction des risques, la prévention du "
            "VIH/sida et l'éthique ; éditions de démonstration en cinq langues."
        ),
        "search_description": (
            "Manuel pratique HEAD-UP du travail de proximité auprès des usagers de drogues : réduction des risques, "
            "prévention du VIH/sida et de l'hépatite C, éthique. ACCES, ARAS, Initiative for Health, Villa Maraini."
        ),
    },
)

HEAD_UP_BUCHAREST = resource(
    "head-up-bucharest-seminar",
    resource_type="presentation",
    publication_date=datetime.date(2009, 1, 22),
    topics=("outreach-work", "harm-reduction", "hiv-aids-prevention", "hepatitis-c", "needle-exchange"),
    audiences=("local-authorities", "health-and-social-professionals", "outreach-workers"),
    publishers=("acces",),
    files=[("head-up-bucharest-presentation", "en")],
    en={
        "title": "HEAD-UP implementation seminar, Bucharest, 22–23 January 2009",
        "slug": "head-up-bucharest-seminar-2009",
        "listing_title": "HEAD-UP implementation seminar, Bucharest 2009",
        "abstract": (
            '<p>The presentation of the <a href="page:head-up">HEAD-UP</a> implementation seminar, held in '
            "Bucharest on 22 and 23 January 2009 to present the training and finalise the group of member cities. "
            "It sets out why the platform was created, its overall objective and specific aims, how it works with "
            "cities, and its calendar, from the strategic seminar in Paris in June 2008 to the evaluation of the "
            "tools in 2011.</p>"
            "<p>The file below is a demo edition that restates these points in a few slides.</p>"
        ),
        "listing_summary": (
            "Slides of the HEAD-UP seminar in Bucharest (22–23 January 2009): the platform's aims, method and "
            "calendar for outreach work with people who use drugs."
        ),
        "search_description": (
            "HEAD-UP implementation seminar, Bucharest, 22–23 January 2009: presentation of the outreach training, "
            "aims, method and 2008–2011 calendar."
        ),
    },
    fr={
        "title": "Séminaire de mise en œuvre de HEAD-UP, Bucarest, 22–23 janvier 2009",
        "slug": "head-up-seminaire-bucarest-2009",
        "listing_title": "Séminaire de mise en œuvre de HEAD-UP, Bucarest 2009",
        "abstract": (
            '<p>La présentation du séminaire de mise en œuvre de <a href="page:head-up">HEAD-UP</a>, tenu à '
            "Bucarest les 22 et 23 janvier 2009 pour présenter la formation et arrêter la composition du groupe de "
            "villes membres. Elle expose les raisons d'être de la plateforme, son objectif général et ses objectifs "
            "spécifiques, sa manière de travailler avec les villes et son calendrier, du séminaire stratégique de "
            "Paris en juin 2008 à l'évaluation des outils en 2011.</p>"
            "<p>Le fichier ci-dessous est une édition de démonstration, en anglais, qui reprend ces points en "
            "quelques diapositives.</p>"
        ),
        "listing_summary": (
            "Les diapositives du séminaire HEAD-UP de Bucarest (22–23 janvier 2009) : objectifs, méthode et "
            "calendrier de la plateforme sur le travail de proximité."
        ),
        "search_description": (
            "Séminaire de mise en œuvre de HEAD-UP, Bucarest, 22–23 janvier 2009 : présentation de la formation au "
            "travail de proximité, objectifs, méthode et calendrier 2008–2011."
        ),
    },
)

AIPAUC_WORKING_GROUPS_FR = (
    '<a href="page:wg-prevention">la prévention</a>, '
    '<a href="page:wg-therapeutic-innovations">les innovations thérapeutiques</a>, '
    '<a href="page:wg-cocaine-use">l\'usage de cocaïne et les problématiques associées</a> et '
    '<a href="page:wg-harm-reduction">la réduction des risques</a>'
)
AIPAUC_WORKING_GROUPS_EN = (
    '<a href="page:wg-prevention">prevention</a>, '
    '<a href="page:wg-therapeutic-innovations">therapeutic innovations</a>, '
    '<a href="page:wg-cocaine-use">cocaine use and associated problems</a> and '
    '<a href="page:wg-harm-reduction">harm reduction</a>'
)

AIPAUC_STATE_OF_PLAY_PAGE = resource(
    "aipauc-state-of-play",
    source_language="fr",
    resource_type="report",
    topics=("cocaine",),
    audiences=("health-and-social-professionals",),
    countries=("FR",),
    publishers=("federation-addiction",),
    files=[("aipauc-state-of-play-fr", "fr")],
    fr={
        "title": "État des lieux de l'accompagnement des usagers de cocaïne",
        "slug": "etat-des-lieux-accompagnement-usagers-cocaine",
        "abstract": (
            '<p>Première phase du projet <a href="page:aipauc">AIPAUC</a> (« Améliorer l\'information, la '
            "prévention et l'accompagnement des usagers de cocaïne ») de la Fédération Addiction, cet état des "
            "lieux porte sur l'accompagnement des usagers de cocaïne dans les structures d'addictologie. Il a "
            "identifié plusieurs freins à cet accompagnement.</p>"
            "<p>Il était déjà consultable lorsque la fédération a annoncé, le 19 janvier 2022, la création de "
            f"groupes de travail thématiques pour répondre à ses constats : {AIPAUC_WORKING_GROUPS_FR}.</p>"
            "<p>Le fichier ci-dessous est une édition de démonstration : il situe l'état des lieux dans le projet "
            "sans en reproduire les constats.</p>"
        ),
        "listing_summary": (
            "L'état des lieux du projet AIPAUC sur l'accompagnement des usagers de cocaïne dans les structures "
            "d'addictologie et les freins qu'il rencontre."
        ),
        "search_description": (
            "AIPAUC, Fédération Addiction : état des lieux de l'accompagnement des usagers de cocaïne dans les "
            "structures d'addictologie."
        ),
    },
    en={
        "title": "State of play: support for people who use cocaine",
        "slug": "state-of-play-support-cocaine",
        "abstract": (
            '<p>The first phase of Fédération Addiction\'s <a href="page:aipauc">AIPAUC</a> project (improving '
            "information, prevention and support for people who use cocaine), this state of play looks at how "
            "addiction services support people who use cocaine. It identified several obstacles to that "
            "support.</p>"
            "<p>It was already available when the federation announced, on 19 January 2022, thematic working "
            f"groups to act on its findings: {AIPAUC_WORKING_GROUPS_EN}.</p>"
            "<p>The file below is a demo edition, in French: it places the state of play within the project without "
            "reproducing its findings.</p>"
        ),
        "listing_summary": (
            "AIPAUC's state of play on how addiction services in France support people who use cocaine, and the "
            "obstacles they meet."
        ),
        "search_description": (
            "AIPAUC, Fédération Addiction: state of play on support for people who use cocaine in French addiction "
            "services."
        ),
    },
)

AIPAUC_PRACTICE_SHEETS = resource(
    "aipauc-practice-sheets",
    source_language="fr",
    resource_type="practice-sheet",
    topics=("cocaine", "harm-reduction"),
    audiences=("health-and-social-professionals",),
    countries=("FR",),
    publishers=("federation-addiction",),
    fr={
        "title": "Fiches pratiques sur l'accompagnement des usagers de cocaïne",
        "slug": "fiches-pratiques-aipauc",
        "listing_title": "Fiches pratiques AIPAUC (prévues)",
        "abstract": (
            '<p>Des fiches pratiques annoncées par le projet <a href="page:aipauc">AIPAUC</a> de la Fédération '
            "Addiction. Leur élaboration revient aux groupes de travail thématiques annoncés en janvier 2022 après "
            f"l'état des lieux : {AIPAUC_WORKING_GROUPS_FR}. Chacun de ces groupes réunit 10 à 12 professionnels "
            "et est co-piloté par une personne ressource experte.</p>"
        ),
        "listing_summary": (
            "Les fiches pratiques que doivent élaborer les groupes de travail du projet AIPAUC sur la prévention, "
            "les innovations thérapeutiques, l'usage de cocaïne et la réduction des risques."
        ),
        "search_description": (
            "Fiches pratiques prévues par le projet AIPAUC : groupes de travail de la Fédération Addiction sur "
            "l'accompagnement des usagers de cocaïne."
        ),
    },
    en={
        "title": "Practice sheets on supporting people who use cocaine",
        "slug": "aipauc-practice-sheets",
        "listing_title": "AIPAUC practice sheets (planned)",
        "abstract": (
            '<p>Practice sheets announced by Fédération Addiction\'s <a href="page:aipauc">AIPAUC</a> project. '
            "They are to be written by the thematic working groups announced in January 2022 after the state of "
            f"play: {AIPAUC_WORKING_GROUPS_EN}. Each of these groups brings together 10 to 12 professionals and "
            "is co-piloted by an expert resource person.</p>"
        ),
        "listing_summary": (
            "The practice sheets that AIPAUC's working groups on prevention, therapeutic innovations, cocaine use "
            "and harm reduction are to produce."
        ),
        "search_description": (
            "Practice sheets planned by the AIPAUC project: Fédération Addiction working groups on supporting people who "
            "use cocaine."
        ),
    },
)

AIPAUC_TRAINING_FRAMEWORK = resource(
    "aipauc-training-framework",
    source_language="fr",
    resource_type="training-material",
    topics=("cocaine",),
    audiences=("trainers", "health-and-social-professionals"),
    countries=("FR",),
    publishers=("federation-addiction",),
    fr={
        "title": "Référentiel de formation sur l'accompagnement des usagers de cocaïne",
        "slug": "referentiel-de-formation-aipauc",
        "listing_title": "Référentiel de formation AIPAUC (prévu)",
        "abstract": (
            '<p>Un référentiel de formation annoncé par le projet <a href="page:aipauc">AIPAUC</a> de la '
            "Fédération Addiction. Comme les fiches pratiques, il doit être élaboré par les groupes de travail "
            "thématiques mis en place à partir de janvier 2022 pour travailler sur les freins relevés par l'état "
            "des lieux.</p>"
        ),
        "listing_summary": (
            "Le référentiel de formation que doivent élaborer les groupes de travail du projet AIPAUC sur "
            "l'accompagnement des usagers de cocaïne."
        ),
        "search_description": (
            "Référentiel de formation prévu par le projet AIPAUC : Fédération Addiction, accompagnement des usagers de "
            "cocaïne."
        ),
    },
    en={
        "title": "Training framework on supporting people who use cocaine",
        "slug": "aipauc-training-framework",
        "listing_title": "AIPAUC training framework (planned)",
        "abstract": (
            '<p>A training framework announced by Fédération Addiction\'s <a href="page:aipauc">AIPAUC</a> '
            "project. Like the practice sheets, it is to be developed by the thematic working groups set up from "
            "January 2022 to work on the obstacles the state of play brought to light.</p>"
        ),
        "listing_summary": (
            "The training framework that AIPAUC's working groups on supporting people who use cocaine are to produce."
        ),
        "search_description": (
            "Training framework planned by the AIPAUC project: Fédération Addiction, support for people who use cocaine."
        ),
    },
)

PAGES = [
    LIBRARY,
    HEAD_UP_MANUAL,
    HEAD_UP_BUCHAREST,
    AIPAUC_STATE_OF_PLAY_PAGE,
    AIPAUC_PRACTICE_SHEETS,
    AIPAUC_TRAINING_FRAMEWORK,
]
