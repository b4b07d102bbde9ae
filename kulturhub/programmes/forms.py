from django import forms
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.network.forms import TermChoiceField
from kulturhub.network.models import Country, Network, Organisation
from kulturhub.programmes.identity import reject_national_id
from kulturhub.programmes.models import (
    BridgeItem,
    Channel,
    Cohort,
    Consent,
    Delivery,
    Enrolment,
    Participant,
    Programme,
    ProgrammeStaff,
)
from kulturhub.programmes.workflow import ReferralStatus

WEEKDAYS = [
    ("1", _("Monday")),
    ("2", _("Tuesday")),
    ("3", _("Wednesday")),
    ("4", _("Thursday")),
    ("5", _("Friday")),
    ("6", _("Saturday")),
    ("7", _("Sunday")),
]


class NoIdMixin:
    """Refuse national identity numbers in every free-text field of the form."""

    # A Danish CPR number has no check digit, so any ten digits with a valid date match; phone
    # numbers such as 0701234567 would be refused. Phone fields are checked for format instead.
    id_exempt = frozenset({"phone", "contact_phone"})

    def clean(self):
        data = super().clean()
        for name, field in self.fields.items():
            if name in self.id_exempt:
                continue
            value = data.get(name)
            if isinstance(field, forms.CharField) and isinstance(value, str):
                try:
                    reject_national_id(value)
                except forms.ValidationError as error:
                    self.add_error(name, error)
        return data


class ReferralForm(NoIdMixin, forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.RegexField(
        label=_("Phone"),
        max_length=40,
        required=False,
        regex=r"^\+?[\d \-()]{6,}$",
        error_messages={"invalid": _("Write the phone number with digits, spaces and +.")},
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort"),
        queryset=Cohort.objects.none(),
        required=False,
        empty_label=_("Let the staff choose"),
    )
    age_band = forms.ChoiceField(
        label=_("Age"), choices=Participant.AgeBand.choices, required=False
    )
    gender = forms.ChoiceField(
        label=_("Gender"), choices=Participant.Gender.choices, required=False
    )
    reason = forms.ChoiceField(
        label=_("Main reason"), choices=Participant.Reason.choices, required=False
    )
    note = forms.CharField(
        label=_("Anything the staff should know"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Keep it short. Never write a national identity number or a diagnosis."),
    )
    agree = forms.BooleanField(label=_("The citizen agrees to be contacted by the programme."))

    def __init__(self, *args, programme: Programme, today, self_referral=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = programme.cohorts.filter(ends_on__gte=today)
        if self_referral:
            self.fields["agree"].label = _("I agree that the programme contacts me.")
            self.fields["note"].label = _("Anything you want to tell us")
            self.fields["note"].help_text = _("Never write your national identity number.")
        else:
            self.fields["channel"] = forms.ChoiceField(
                label=_("You refer from"),
                choices=[(c, Channel(c).label) for c in programme.channels if c != Channel.SELF],
            )

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone"):
            self.add_error("email", _("Give an e-mail address or a phone number."))
        return data


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"),
        choices=[(s, label) for s, label in ReferralStatus.choices if s != ReferralStatus.ENROLLED],
    )


class AssignForm(forms.Form):
    assigned_to = forms.ModelChoiceField(
        label=_("Case worker"), queryset=None, required=False, empty_label=_("Nobody")
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        from kulturhub.accounts.models import User

        self.fields["assigned_to"].queryset = User.objects.filter(
            programme_roles__programme=programme
        ).order_by("full_name")


class ConsentForm(NoIdMixin, forms.ModelForm):
    class Meta:
        model = Consent
        fields = ["kind", "text_version", "how"]


class EnrolForm(forms.Form):
    cohort = forms.ModelChoiceField(label=_("Cohort"), queryset=Cohort.objects.none())

    def __init__(self, *args, programme, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = programme.cohorts.filter(ends_on__gte=today)


class EnrolmentStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Enrolment.Status.choices)


class EraseForm(forms.Form):
    keep_anonymous = forms.ChoiceField(
        label=_("What should remain?"),
        choices=[
            ("yes", _("Keep the code, attendance and consented evaluation data, anonymously")),
            ("no", _("Erase everything")),
        ],
        widget=forms.RadioSelect,
    )
    confirm = forms.BooleanField(label=_("I have checked that the person asked for this."))


class ProgrammeForm(NoIdMixin, forms.ModelForm):
    target_groups = TermChoiceField(taxonomy.TARGET_GROUP, label=_("Target groups"))
    art_forms = TermChoiceField(taxonomy.ART_FORM, label=_("Art forms"))
    languages = TermChoiceField(taxonomy.LANGUAGE, label=_("Languages"))
    channels = forms.MultipleChoiceField(
        label=_("Referral channels"), choices=Channel.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Programme
        fields = [
            "network",
            "owner",
            "title",
            "code",
            "summary",
            "description",
            "partners",
            "target_groups",
            "art_forms",
            "languages",
            "level",
            "delivery",
            "venue",
            "address",
            "country",
            "region",
            "municipality",
            "accessibility",
            "channels",
            "contact_name",
            "contact_email",
            "contact_phone",
            "status",
            "response_days",
            "retention_months",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
            "partners": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, organisations, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = organisations
        self.fields["network"].queryset = networks
        self.fields["partners"].queryset = Organisation.objects.exclude(
            kind=Organisation.Kind.MUNICIPALITY
        ).order_by("name")
        self.fields["partners"].required = False
        self.fields["response_days"].widget.attrs.update({"min": 1, "max": 60})
        self.fields["retention_months"].widget.attrs.update({"min": 1, "max": 120})

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()

    def clean_retention_months(self):
        months = self.cleaned_data["retention_months"]
        if not 1 <= months <= 120:
            raise forms.ValidationError(_("Between 1 and 120 months."))
        return months


class CohortForm(forms.ModelForm):
    first_session = forms.DateTimeField(
        label=_("First session (local time)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M"],
        help_text=_("With the number of sessions, this makes a weekly schedule."),
    )
    session_count = forms.IntegerField(
        label=_("Number of sessions"), min_value=0, max_value=52, required=False
    )
    session_minutes = forms.IntegerField(
        label=_("Length of a session (minutes)"),
        min_value=15,
        max_value=600,
        initial=120,
        required=False,
    )

    class Meta:
        model = Cohort
        fields = ["name", "starts_on", "ends_on", "capacity"]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
        }

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The cohort must end after it starts."))
        if data.get("capacity") is not None and data["capacity"] < 1:
            self.add_error("capacity", _("Give at least one seat."))
        return data


class BridgeItemForm(NoIdMixin, forms.ModelForm):
    class Meta:
        model = BridgeItem
        fields = ["kind", "title", "description", "where", "when", "url"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class StaffForm(forms.Form):
    email = forms.EmailField(label=_("E-mail of a Kulturhub user"))
    role = forms.ChoiceField(label=_("Role"), choices=ProgrammeStaff.Role.choices)


class AdoptForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Your organisation"), queryset=Organisation.objects.none()
    )
    network = forms.ModelChoiceField(label=_("Network"), queryset=Network.objects.none())

    def __init__(self, *args, organisations, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["network"].queryset = networks


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("Any")), *Country.choices]
    )
    region = forms.CharField(label=_("Region"), required=False, max_length=100)
    municipality = forms.CharField(label=_("Municipality"), required=False, max_length=100)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)
    art_form = forms.ChoiceField(label=_("Art form"), required=False)
    delivery = forms.ChoiceField(
        label=_("Delivery"), required=False, choices=[("", _("Any")), *Delivery.choices]
    )
    weekday = forms.ChoiceField(
        label=_("Weekday"), required=False, choices=[("", _("Any")), *WEEKDAYS]
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    self_referral = forms.BooleanField(label=_("Open for self-referral"), required=False)
    starts_within = forms.IntegerField(
        label=_("Starts within (weeks)"), required=False, min_value=1, max_value=104
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, vocabulary in [
            ("target_group", taxonomy.TARGET_GROUP),
            ("art_form", taxonomy.ART_FORM),
            ("language", taxonomy.LANGUAGE),
        ]:
            self.fields[name].choices = [("", _("Any"))] + [
                (t.slug, t.label) for t in Term.objects.of(vocabulary)
            ]
