"""Service pages: contact (in the main menu), legal notice and privacy (in the footer)."""

from ..blocks import call_to_action, heading, paragraph
from ..specs import PageSpec, Ref
from .site import CONTACT_EMAIL, ORGANISATION_NAME

MAILTO = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'
NAME_HTML = ORGANISATION_NAME.replace("&", "&amp;")

CONTACT = PageSpec(
    key="contact",
    model="home.StandardPage",
    parent="home",
    shared={"show_in_menus": True},
    content={
        "en": {
            "title": "Contact",
            "slug": "contact",
            "introduction": (
                "Questions about the network, about this portal or about taking part? Here is how to reach us."
            ),
            "listing_summary": (
                "How to reach the network by email, what to tell us when you write, and where to turn if "
                "you need help with drug use."
            ),
            "search_description": (
                f"Contact the {ORGANISATION_NAME}: email address and advice on getting the right answer quickly."
            ),
            "body": [
                paragraph(f"<p>The simplest way to reach us is to write to {MAILTO}.</p>"),
                heading("Before you write", anchor="before-you-write"),
                paragraph(
                    "<p>Tell us who you are – a city, an NGO, a health service, a researcher – and what your "
                    "message is about. It helps us send your question to the right place.</p>"
                ),
                heading("Looking for help?", anchor="help"),
                paragraph(
                    "<p>This portal is not a support service. If you, or someone close to you, need help with drug "
                    "use, please turn to a health or support service near you.</p>"
                ),
                heading("Questions about an organisation or a project", anchor="organisations"),
                paragraph(
                    "<p>The organisations presented on this portal run their own programmes. For a question about "
                    "a particular programme, such as HEAD-UP, or about an organisation's services, it is usually "
                    "best to contact that organisation directly.</p>"
                ),
                call_to_action(
                    "Cities: see how to take part",
                    "Before writing, you may want to read how cities join the network's exchanges.",
                    Ref("join"),
                    "How cities can join",
                ),
            ],
        },
        "fr": {
            "title": "Contact",
            "slug": "contact",
            "introduction": (
                "Une question sur le réseau, sur ce portail ou sur la manière d'y participer ? Voici "
                "comment nous joindre."
            ),
            "listing_summary": (
                "Comment écrire au réseau, quoi préciser dans votre message, et vers qui vous tourner si "
                "vous cherchez de l'aide face aux drogues."
            ),
            "search_description": (
                f"Contacter le réseau {ORGANISATION_NAME} : adresse électronique et conseils pour obtenir "
                f"rapidement la bonne réponse."
            ),
            "body": [
                paragraph(f"<p>Le plus simple est de nous écrire à l'adresse {MAILTO}.</p>"),
                heading("Avant d'écrire", anchor="avant-d-ecrire"),
                paragraph(
                    "<p>Précisez qui vous êtes – ville, association, service de santé, chercheur ou chercheuse – "
                    "et l'objet de votre message : cela nous aide à l'orienter vers la bonne personne.</p>"
                ),
                heading("Vous cherchez de l'aide ?", anchor="aide"),
                paragraph(
                    "<p>Ce portail n'est pas un service d'aide. Si vous-même ou l'un de vos proches avez besoin de "
                    "soutien face à un usage de drogues, adressez-vous à un service de santé ou d'aide près de "
                    "chez vous.</p>"
                ),
                heading("Questions sur une organisation ou un projet", anchor="organisations"),
                paragraph(
                    "<p>Les organisations présentées sur ce portail conduisent leurs propres programmes. Pour une "
                    "question sur un programme précis, comme HEAD-UP, ou sur les services d'une organisation, le "
                    "mieux est en général de s'adresser directement à elle.</p>"
                ),
                call_to_action(
                    "Villes : comment participer",
                    "Avant de nous écrire, découvrez comment les villes prennent part aux échanges du réseau.",
                    Ref("join"),
                    "Comment participer",
                ),
            ],
        },
    },
)

LEGAL_NOTICE = PageSpec(
    key="legal-notice",
    model="home.StandardPage",
    parent="home",
    shared={"show_in_menus": False},
    content={
        "en": {
            "title": "Legal notice",
            "slug": "legal-notice",
            "introduction": "Who publishes this portal, who answers for its content and how it may be reused.",
            "listing_summary": (
                "The portal's publisher, responsibility for content, health information, links to other "
                "sites and reuse of texts."
            ),
            "search_description": (
                f"Legal notice of the {ORGANISATION_NAME} portal: publisher, content, external links and reuse."
            ),
            "body": [
                heading("Publisher", anchor="publisher"),
                paragraph(
                    f"<p>This portal is published by the {NAME_HTML}. You can reach the publisher at {MAILTO} "
                    'or through the <a href="page:contact">contact page</a>.</p>'
                ),
                heading("Content", anchor="content"),
                paragraph(
                    "<p>Pages about partner organisations and their projects summarise information that those "
                    "organisations have made public themselves. Each organisation remains responsible for its own "
                    "programmes, services and positions. We take care to keep the portal accurate; if you spot a "
                    "mistake, please let us know.</p>"
                ),
                heading("Health information", anchor="health"),
                paragraph(
                    "<p>The information on this portal is general. It does not replace advice from a health "
                    "professional or a specialised support service.</p>"
                ),
                heading("Links to other websites", anchor="links"),
                paragraph(
                    "<p>The portal links to websites run by other organisations. We have no control over their "
                    "content and cannot be held responsible for it.</p>"
                ),
                heading("Reuse", anchor="reuse"),
                paragraph(
                    "<p>Names and logos belong to their respective organisations. If you would like to reuse texts "
                    "from this portal, please ask us first.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Mentions légales",
            "slug": "mentions-legales",
            "introduction": "Qui édite ce portail, qui répond de son contenu et dans quelles conditions le réutiliser.",
            "listing_summary": (
                "L'éditeur du portail, la responsabilité des contenus, l'information sur la santé, les "
                "liens externes et la réutilisation des textes."
            ),
            "search_description": (
                f"Mentions légales du portail {ORGANISATION_NAME} : éditeur, contenus, liens externes et réutilisation."
            ),
            "body": [
                heading("Éditeur", anchor="editeur"),
                paragraph(
                    f"<p>Ce portail est édité par le réseau {NAME_HTML}. Vous pouvez joindre l'éditeur à l'adresse "
                    f'{MAILTO} ou par la <a href="page:contact">page Contact</a>.</p>'
                ),
                heading("Contenus", anchor="contenus"),
                paragraph(
                    "<p>Les pages consacrées aux organisations partenaires et à leurs projets résument des "
                    "informations que ces organisations ont elles-mêmes rendues publiques. Chacune reste "
                    "responsable de ses programmes, de ses services et de ses prises de position. Nous veillons à "
                    "l'exactitude du portail ; si vous relevez une erreur, merci de nous la signaler.</p>"
                ),
                heading("Information sur la santé", anchor="sante"),
                paragraph(
                    "<p>Les informations publiées sur ce portail ont une portée générale. Elles ne remplacent pas "
                    "l'avis d'un professionnel de santé ni celui d'un service d'aide spécialisé.</p>"
                ),
                heading("Liens vers d'autres sites", anchor="liens"),
                paragraph(
                    "<p>Le portail renvoie vers des sites gérés par d'autres organisations. Nous n'en maîtrisons "
                    "pas le contenu et ne pouvons en être tenus responsables.</p>"
                ),
                heading("Réutilisation", anchor="reutilisation"),
                paragraph(
                    "<p>Les noms et logos appartiennent à leurs organisations respectives. Pour réutiliser des "
                    "textes de ce portail, merci de nous en faire la demande au préalable.</p>"
                ),
            ],
        },
    },
)

PRIVACY = PageSpec(
    key="privacy",
    model="home.StandardPage",
    parent="home",
    shared={"show_in_menus": False},
    content={
        "en": {
            "title": "Privacy",
            "slug": "privacy",
            "introduction": "What personal data this portal handles, why, and what rights you have.",
            "listing_summary": (
                "Which cookies the portal sets, what the server records, how we use your messages and how "
                "to exercise your rights."
            ),
            "search_description": (
                f"Privacy on the {ORGANISATION_NAME} portal: cookies, server logs, messages you send us and "
                f"your rights."
            ),
            "body": [
                heading("What we do not do", anchor="not"),
                paragraph(
                    "<p>The portal uses no audience measurement, advertising or social media tracking cookies, and "
                    "it builds no profile of its visitors.</p>"
                ),
                heading("Cookies", anchor="cookies"),
                paragraph(
                    "<p>When you pick a language with the language switcher, a cookie remembers your choice for a "
                    "year so that the portal opens in that language on your next visit. Editors who sign in to "
                    "manage content also receive the session and security cookies they need to stay signed in. "
                    "None of these cookies is used to follow you.</p>"
                ),
                heading("Server logs", anchor="logs"),
                paragraph(
                    "<p>Like most websites, the server records technical details of each request – such as the IP "
                    "address, the page asked for and the time – to keep the service running and secure.</p>"
                ),
                heading("When you write to us", anchor="messages"),
                paragraph(
                    "<p>If you email the network, we use your address and your message only to answer you and to "
                    "follow up on your request.</p>"
                ),
                heading("Your rights", anchor="rights"),
                paragraph(
                    "<p>Under the European Union's General Data Protection Regulation (GDPR), you may ask to see, "
                    f"correct or delete personal data about you. Write to us at {MAILTO}.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Confidentialité",
            "slug": "confidentialite",
            "introduction": (
                "Quelles données personnelles ce portail traite, pour quelles raisons, et quels sont vos droits."
            ),
            "listing_summary": (
                "Les cookies déposés par le portail, ce qu'enregistre le serveur, l'usage de vos messages "
                "et la façon d'exercer vos droits."
            ),
            "search_description": (
                f"Confidentialité sur le portail {ORGANISATION_NAME} : cookies, journaux du serveur, "
                f"messages envoyés et droits des personnes."
            ),
            "body": [
                heading("Ce que nous ne faisons pas", anchor="engagements"),
                paragraph(
                    "<p>Le portail n'utilise aucun cookie de mesure d'audience, de publicité ou de suivi par les "
                    "réseaux sociaux, et ne constitue aucun profil de ses visiteurs.</p>"
                ),
                heading("Cookies", anchor="cookies"),
                paragraph(
                    "<p>Lorsque vous choisissez une langue dans le sélecteur de langue, un cookie retient ce choix "
                    "pendant un an pour que le portail s'ouvre dans cette langue lors de votre prochaine visite. "
                    "Les éditeurs qui se connectent pour gérer les contenus reçoivent en outre les cookies de "
                    "session et de sécurité nécessaires pour rester connectés. Aucun de ces cookies ne sert à vous "
                    "suivre.</p>"
                ),
                heading("Journaux du serveur", anchor="journaux"),
                paragraph(
                    "<p>Comme la plupart des sites, le serveur enregistre pour chaque requête des informations "
                    "techniques – adresse IP, page demandée, date et heure – afin d'assurer le fonctionnement et "
                    "la sécurité du service.</p>"
                ),
                heading("Quand vous nous écrivez", anchor="messages"),
                paragraph(
                    "<p>Si vous écrivez au réseau, votre adresse et votre message servent uniquement à vous "
                    "répondre et à donner suite à votre demande.</p>"
                ),
                heading("Vos droits", anchor="droits"),
                paragraph(
                    "<p>Le règlement général sur la protection des données (RGPD) de l'Union européenne vous "
                    "permet de consulter, de faire rectifier ou de faire effacer les données personnelles qui vous "
                    f"concernent. Écrivez-nous à l'adresse {MAILTO}.</p>"
                ),
            ],
        },
    },
)

PAGES = [CONTACT, LEGAL_NOTICE, PRIVACY]
