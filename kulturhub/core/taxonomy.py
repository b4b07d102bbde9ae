"""The shared vocabularies (sectors, art forms, target groups, competences, languages).

Every app tags with the same terms, so the partner finder, programme catalogue and knowledge
bank can filter alike. The terms live in the database (so they can be filtered and joined),
their labels here, translated through gettext like every other UI string.
"""

from django.utils.translation import gettext_lazy as _

SECTOR = "sector"
ART_FORM = "art_form"
TARGET_GROUP = "target_group"
COMPETENCE = "competence"
LANGUAGE = "language"
OUTCOME = "outcome"
SETTING = "setting"

VOCABULARY_CHOICES = [
    (SECTOR, _("Sector")),
    (ART_FORM, _("Art form")),
    (TARGET_GROUP, _("Target group")),
    (COMPETENCE, _("Competence")),
    (LANGUAGE, _("Language")),
    (OUTCOME, _("Outcome")),
    (SETTING, _("Setting")),
]

VOCABULARIES: dict[str, dict[str, object]] = {
    SECTOR: {
        "culture": _("Culture"),
        "health": _("Health"),
        "social": _("Social"),
        "employment": _("Employment"),
        "education": _("Education"),
    },
    ART_FORM: {
        "music": _("Music"),
        "singing": _("Singing and choir"),
        "visual-art": _("Visual art"),
        "literature": _("Literature and reading"),
        "creative-writing": _("Creative writing"),
        "theatre": _("Theatre"),
        "dance": _("Dance"),
        "film": _("Film"),
        "photography": _("Photography"),
        "crafts": _("Crafts"),
        "museum": _("Museums and heritage"),
        "nature-culture": _("Nature and outdoor culture"),
        "circus": _("Circus"),
    },
    TARGET_GROUP: {
        "elderly": _("Older people"),
        "lonely": _("People who feel lonely"),
        "sick-leave": _("People on sick leave with stress, anxiety or depression"),
        "young-people": _("Vulnerable young people"),
        "children": _("Children and families"),
        "hospital-patients": _("Hospitalised patients"),
        "psychiatry": _("People in psychiatric care"),
        "relatives": _("Relatives and carers"),
        "health-staff": _("Health and care staff"),
        "unemployed": _("Unemployed people"),
        "migrants": _("Newcomers and migrants"),
    },
    COMPETENCE: {
        "evaluation": _("Evaluation and effect measurement"),
        "research": _("Research"),
        "project-management": _("Project management"),
        "facilitation": _("Facilitating groups"),
        "art-therapy": _("Arts in health practice"),
        "fundraising": _("Fundraising and applications"),
        "communication": _("Communication"),
        "health-promotion": _("Health promotion"),
        "mental-health": _("Mental health"),
        "cultural-mediation": _("Cultural mediation"),
        "social-work": _("Social work"),
        "policy": _("Strategy and policy"),
    },
    LANGUAGE: {
        "da": _("Danish"),
        "sv": _("Swedish"),
        "fi": _("Finnish"),
        "nb": _("Norwegian Bokmål"),
        "en": _("English"),
        "de": _("German"),
        "ar": _("Arabic"),
        "se": _("Northern Sami"),
    },
    OUTCOME: {
        "wellbeing": _("Mental well-being"),
        "loneliness": _("Less loneliness"),
        "quality-of-life": _("Quality of life"),
        "social-participation": _("Social participation"),
        "return-to-work": _("Return to work or study"),
        "coping": _("Coping with everyday life"),
        "stress": _("Less stress"),
        "cultural-participation": _("Cultural participation"),
        "staff-wellbeing": _("Well-being at work"),
    },
    SETTING: {
        "library": _("Library"),
        "museum": _("Museum"),
        "hospital": _("Hospital"),
        "psychiatry": _("Psychiatric care"),
        "care-home": _("Care home"),
        "school": _("School or youth education"),
        "community": _("Community and associations"),
        "job-centre": _("Job centre"),
        "online": _("Online"),
        "outdoors": _("Outdoors"),
    },
}


def label(vocabulary: str, slug: str) -> str:
    return str(VOCABULARIES.get(vocabulary, {}).get(slug, slug))


def sync_terms(**kwargs):
    """Make sure every term above exists (run after each migrate)."""
    from kulturhub.core.models import Term

    using = kwargs.get("using", "default")
    existing = set(Term.objects.using(using).values_list("vocabulary", "slug"))
    missing = [
        Term(vocabulary=vocabulary, slug=slug, position=position)
        for vocabulary, terms in VOCABULARIES.items()
        for position, slug in enumerate(terms)
        if (vocabulary, slug) not in existing
    ]
    Term.objects.using(using).bulk_create(missing)
