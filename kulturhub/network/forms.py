from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.network.models import (
    CONTENT_LANGUAGES,
    Country,
    Group,
    JoinRequest,
    Membership,
    Network,
    NetworkRole,
    Organisation,
    Person,
)
from kulturhub.network.services import PartnerQuery


class TermChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, vocabulary, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(queryset=Term.objects.of(vocabulary), **kwargs)

    def label_from_instance(self, obj):
        return obj.label


class JoinRequestForm(forms.ModelForm):
    class Meta:
        model = JoinRequest
        fields = [
            "organisation_name",
            "organisation_kind",
            "country",
            "region",
            "municipality",
            "website",
            "contact_name",
            "contact_title",
            "contact_email",
            "message",
        ]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (required when declining; sent to the organisation)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NetworkForm(forms.ModelForm):
    other_languages = forms.MultipleChoiceField(
        label=_("Other languages"),
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Network
        fields = [
            "name",
            "short_description",
            "description",
            "region",
            "language",
            "other_languages",
            "contact_email",
            "website",
            "open_for_members",
            "join_information",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 12}),
            "join_information": forms.Textarea(attrs={"rows": 5}),
        }

    def clean_other_languages(self):
        codes = self.cleaned_data["other_languages"]
        return [c for c in codes if c in CONTENT_LANGUAGES]


class GroupForm(forms.ModelForm):
    class Meta:
        model = Group
        fields = ["kind", "name", "purpose", "members"]
        widgets = {
            "members": forms.CheckboxSelectMultiple,
            "purpose": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, network: Network, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        self.fields["members"].queryset = people
        self.fields["members"].required = False

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        clash = Group.objects.filter(network=self.network, name__iexact=name)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(_("This network already has a group with that name."))
        return name


class MembershipForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["status", "role"]


class AddMembershipForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.all()
    )
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)


class PersonRoleForm(forms.Form):
    person = forms.ModelChoiceField(label=_("Person"), queryset=Person.objects.none())
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[*NetworkRole.Role.choices, ("", _("No role (remove)"))],
        required=False,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people


class ProfileForm(forms.ModelForm):
    competences = TermChoiceField(taxonomy.COMPETENCE, label=_("Competences"))
    art_forms = TermChoiceField(taxonomy.ART_FORM, label=_("Art forms"))
    target_groups = TermChoiceField(taxonomy.TARGET_GROUP, label=_("Target groups"))
    languages = TermChoiceField(taxonomy.LANGUAGE, label=_("Languages spoken"))

    class Meta:
        model = Person
        fields = [
            "name",
            "title",
            "email",
            "phone",
            "bio",
            "competences",
            "art_forms",
            "target_groups",
            "languages",
            "open_to_collaboration",
            "listed",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}


class PartnerSearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    competence = forms.ChoiceField(label=_("Competence"), required=False)
    art_form = forms.ChoiceField(label=_("Art form"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        required=False,
        choices=[("", _("Any")), *Organisation.Kind.choices],
    )
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("Any")), *Country.choices]
    )
    region = forms.CharField(label=_("Region"), required=False, max_length=100)
    language = forms.ChoiceField(label=_("Language"), required=False)
    show = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[("people", _("People")), ("organisations", _("Organisations"))],
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    VOCABULARY_FIELDS = {
        "competence": taxonomy.COMPETENCE,
        "art_form": taxonomy.ART_FORM,
        "target_group": taxonomy.TARGET_GROUP,
        "sector": taxonomy.SECTOR,
        "language": taxonomy.LANGUAGE,
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms: dict[str, list[Term]] = {}
        for term in Term.objects.all():
            terms.setdefault(term.vocabulary, []).append(term)
        for name, vocabulary in self.VOCABULARY_FIELDS.items():
            self.fields[name].choices = [("", _("Any"))] + [
                (t.slug, t.label) for t in terms.get(vocabulary, [])
            ]

    def to_query(self) -> PartnerQuery:
        data = self.cleaned_data
        return PartnerQuery(
            text=data.get("q") or "",
            competence=data.get("competence") or "",
            art_form=data.get("art_form") or "",
            target_group=data.get("target_group") or "",
            sector=data.get("sector") or "",
            kind=data.get("kind") or "",
            country=data.get("country") or "",
            region=(data.get("region") or "").strip(),
            language=data.get("language") or "",
            show=data.get("show") or "people",
            page=data.get("page") or 1,
        )
