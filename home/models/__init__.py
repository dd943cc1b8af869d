"""The network: home and standard pages, organisations and partnerships, people, projects, working groups."""

from .organisations import OrganisationIndexPage, OrganisationPage, Partnership
from .pages import HomeFeaturedItem, HomePage, StandardPage
from .people import Person
from .projects import Milestone, ProjectIndexPage, ProjectOutput, ProjectPage, ProjectPartner, ProjectPhase
from .working_groups import JoinRequest, WorkingGroupCoPilot, WorkingGroupPage

__all__ = [
    "HomeFeaturedItem",
    "HomePage",
    "JoinRequest",
    "Milestone",
    "OrganisationIndexPage",
    "OrganisationPage",
    "Partnership",
    "Person",
    "ProjectIndexPage",
    "ProjectOutput",
    "ProjectPage",
    "ProjectPartner",
    "ProjectPhase",
    "StandardPage",
    "WorkingGroupCoPilot",
    "WorkingGroupPage",
]
