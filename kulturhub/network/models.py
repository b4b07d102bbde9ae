from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term, TimeStamped


class Country(models.TextChoices):
    DENMARK = "DK", _("Denmark")
    SWEDEN = "SE", _("Sweden")
    FINLAND = "FI", _("Finland")
    NORWAY = "NO", _("Norway")
    ICELAND = "IS", _("Iceland")
    NORDIC = "XN", _("Nordic (several countries)")


COUNTRY_TIME_ZONES = {
    "DK": "Europe/Copenhagen",
    "SE": "Europe/Stockholm",
    "FI": "Europe/Helsinki",
    "NO": "Europe/Oslo",
    "IS": "Atlantic/Reykjavik",
    "XN": "Europe/Copenhagen",
}

CONTENT_LANGUAGES = [code for code, _name in settings.LANGUAGES]


class NetworkQuerySet(models.QuerySet):
    def coordinated_by(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            roles__person__user=user, roles__role=NetworkRole.Role.COORDINATOR
        ).distinct()


class Network(TimeStamped):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    short_description = models.CharField(_("short description"), max_length=300, blank=True)
    description = models.TextField(
        _("description"), blank=True, help_text=_("Markdown: headings, lists, links.")
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(_("region"), max_length=100, blank=True)
    language = models.CharField(
        _("main language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("Used for e-mails to people who are not signed in."),
    )
    other_languages = models.JSONField(
        _("other languages"), default=list, blank=True, help_text=_("Language codes.")
    )
    time_zone = models.CharField(_("time zone"), max_length=40, default="Europe/Copenhagen")
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent network"),
    )
    funder = models.ForeignKey(
        "Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="funded_networks",
        verbose_name=_("funder"),
    )
    owner = models.ForeignKey(
        "Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_networks",
        verbose_name=_("project owner"),
    )
    management = models.ForeignKey(
        "Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="managed_networks",
        verbose_name=_("project management"),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    open_for_members = models.BooleanField(_("open for new members"), default=True)
    join_information = models.TextField(
        _("how to join"),
        blank=True,
        help_text=_("Who can join and what membership means (Markdown)."),
    )

    objects = NetworkQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:detail", args=[self.slug])

    @property
    def languages(self) -> list[str]:
        return [self.language, *[c for c in self.other_languages if c != self.language]]

    def ancestors(self) -> list["Network"]:
        chain, node = [], self.parent
        while node is not None and node not in chain:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))


class Organisation(TimeStamped):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        REGION = "region", _("Region")
        PSYCHIATRY = "psychiatry", _("Psychiatry or hospital")
        UNIVERSITY = "university", _("University or research")
        CULTURAL_INSTITUTION = "cultural", _("Cultural institution")
        ARTIST = "artist", _("Artist or freelancer")
        ASSOCIATION = "association", _("Association or NGO")
        HEALTH_CARE = "health_care", _("Health care")
        EDUCATION = "education", _("Education")
        COMPANY = "company", _("Company")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    sectors = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        limit_choices_to={"vocabulary": taxonomy.SECTOR},
        verbose_name=_("sectors"),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(_("region"), max_length=100, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:organisation", args=[self.slug])


class PersonQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(listed=True)

    def visible_to(self, user):
        """Listed people, plus oneself and those a coordinator looks after."""
        if not user.is_authenticated:
            return self.listed()
        if user.is_superuser:
            return self
        coordinated = Network.objects.coordinated_by(user)
        return self.filter(
            Q(listed=True)
            | Q(user=user)
            | Q(network_roles__network__in=coordinated)
            | Q(
                organisations__memberships__network__in=coordinated,
                organisations__memberships__status__in=[
                    Membership.Status.ACTIVE,
                    Membership.Status.APPLIED,
                ],
            )
        ).distinct()


class Person(TimeStamped):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("job title"), max_length=150, blank=True)
    organisations = models.ManyToManyField(
        Organisation, blank=True, related_name="people", verbose_name=_("organisations")
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
        verbose_name=_("user account"),
    )
    competences = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        limit_choices_to={"vocabulary": taxonomy.COMPETENCE},
        verbose_name=_("competences"),
    )
    art_forms = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        limit_choices_to={"vocabulary": taxonomy.ART_FORM},
        verbose_name=_("art forms"),
    )
    target_groups = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        limit_choices_to={"vocabulary": taxonomy.TARGET_GROUP},
        verbose_name=_("target groups"),
    )
    languages = models.ManyToManyField(
        Term,
        blank=True,
        related_name="+",
        limit_choices_to={"vocabulary": taxonomy.LANGUAGE},
        verbose_name=_("languages spoken"),
    )
    bio = models.TextField(_("short bio"), max_length=2000, blank=True)
    open_to_collaboration = models.BooleanField(_("open to collaboration"), default=False)
    listed = models.BooleanField(
        _("listed in the directory"),
        default=False,
        help_text=_("Consent to be shown to everyone in the directory and partner finder."),
    )
    listed_consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:person", args=[self.slug])


class Membership(TimeStamped):
    """An organisation's membership of a network."""

    class Status(models.TextChoices):
        APPLIED = "applied", _("Applied")
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        PROJECT_OWNER = "project_owner", _("Project owner")
        PROJECT_MANAGEMENT = "project_management", _("Project management")
        FUNDER = "funder", _("Funder")
        OBSERVER = "observer", _("Observer")

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("network")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    since = models.DateField(_("member since"), null=True, blank=True)
    ended = models.DateField(_("ended"), null=True, blank=True)

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organisation"], name="membership_unique_org"
            )
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.organisation} – {self.network}"


class NetworkRole(TimeStamped):
    """A person's role in a network: coordinators run it, members take part."""

    class Role(models.TextChoices):
        COORDINATOR = "coordinator", _("Coordinator")
        MEMBER = "member", _("Member")
        EVALUATOR = "evaluator", _("Evaluator")

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="roles", verbose_name=_("network")
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="network_roles", verbose_name=_("person")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        ordering = ["role", "person__name"]
        constraints = [
            models.UniqueConstraint(fields=["network", "person"], name="network_role_unique")
        ]
        verbose_name = _("network role")
        verbose_name_plural = _("network roles")

    def __str__(self):
        return f"{self.person} – {self.get_role_display()} – {self.network}"


class Group(TimeStamped):
    class Kind(models.TextChoices):
        STEERING = "steering", _("Steering group")
        WORKING = "working", _("Working group")
        AMBASSADORS = "ambassadors", _("Ambassadors")
        OTHER = "other", _("Other group")

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="groups", verbose_name=_("network")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=150)
    purpose = models.TextField(_("purpose"), max_length=3000, blank=True)
    members = models.ManyToManyField(
        Person, blank=True, related_name="network_groups", verbose_name=_("members")
    )

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="group_unique_name")
        ]
        verbose_name = _("group")
        verbose_name_plural = _("groups")

    def __str__(self):
        return self.name


class JoinRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=JoinRequest.Status.PENDING)


class JoinRequest(TimeStamped):
    """'Our municipality wants to join': a public request that coordinators decide on."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="join_requests", verbose_name=_("network")
    )
    organisation_name = models.CharField(_("organisation"), max_length=200)
    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=20, choices=Organisation.Kind.choices
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(_("region"), max_length=100, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("your name"), max_length=150)
    contact_title = models.CharField(_("your job title"), max_length=150, blank=True)
    contact_email = models.EmailField(_("your e-mail"))
    message = models.TextField(_("why do you want to join?"), max_length=3000, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decline_reason = models.TextField(_("reason"), max_length=2000, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation created"),
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact person created"),
    )

    objects = JoinRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")

    def __str__(self):
        return f"{self.organisation_name} → {self.network}"
