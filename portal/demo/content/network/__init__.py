"""The network: partner directory, organisation profiles and partnerships, projects and working groups.

``PAGES`` lists parents before children. Organisations from the French seeds
(Infor-Drogues and its partners, Fédération Addiction) and the AIPAUC pages are
written in French first (``source_language="fr"``); the rest in English.
"""

from . import agencies, aipauc, cities, coordination, efus, head_up, infor_drogues, outreach, projects, working_groups
from .directory import DIRECTORY

ORGANISATIONS = [
    *outreach.PAGES,
    *infor_drogues.PAGES,
    *coordination.PAGES,
    *efus.PAGES,
    *cities.PAGES,
    *agencies.PAGES,
]

# The project list comes first in projects.PAGES; HEAD-UP and AIPAUC are its children.
PAGES = [DIRECTORY, *ORGANISATIONS, *projects.PAGES, *head_up.PAGES, *aipauc.PAGES, *working_groups.PAGES]
