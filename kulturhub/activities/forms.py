import zoneinfo
from datetime import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kulturhub.activities.models import Activity, Material, Series
from kulturhub.network.models import Network

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class LocalDateTimeField(forms.DateTimeField):
    """A wall-clock date and time, read without any time zone (the form adds the right one)."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT)

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", [LOCAL_FORMAT, "%Y-%m-%d %H:%M"])
        super().__init__(**kwargs)

    def to_python(self, value):
        with timezone.override(zoneinfo.ZoneInfo("UTC")):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result else result


def _local(value: datetime | None, tz) -> str:
    return value.astimezone(tz).strftime(LOCAL_FORMAT) if value else ""


class ActivityForm(forms.ModelForm):
    starts = LocalDateTimeField(label=_("Starts (local time)"))
    ends = LocalDateTimeField(label=_("Ends (local time)"))
    deadline = LocalDateTimeField(
        label=_("Registration deadline (local time)"),
        required=False,
        help_text=_("Leave empty to take registrations until the activity starts."),
    )

    class Meta:
        model = Activity
        fields = [
            "kind",
            "title",
            "summary",
            "description",
            "language",
            "time_zone",
            "format",
            "venue",
            "address",
            "online_link",
            "audience",
            "capacity",
            "waitlist_enabled",
            "promotion",
            "offer_hours",
            "series",
            "organisers",
            "organiser_groups",
            "status",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "organisers": forms.CheckboxSelectMultiple,
            "organiser_groups": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, network: Network, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        self.fields["series"].queryset = Series.objects.filter(network=network)
        self.fields["organisers"].queryset = people
        self.fields["organiser_groups"].queryset = network.groups.all()
        self.fields["status"].choices = [
            (Activity.Status.PUBLISHED, Activity.Status.PUBLISHED.label),
            (Activity.Status.DRAFT, Activity.Status.DRAFT.label),
        ]
        self.fields["capacity"].min_value = 1
        self.fields["capacity"].widget.attrs["min"] = 1
        self.fields["offer_hours"].widget.attrs.update({"min": 1, "max": 168})
        if not self.instance.pk:
            self.initial.setdefault("language", network.language)
            self.initial.setdefault("time_zone", network.time_zone)
        else:
            tz = self.instance.tz
            self.initial["starts"] = _local(self.instance.starts_at, tz)
            self.initial["ends"] = _local(self.instance.ends_at, tz)
            self.initial["deadline"] = _local(self.instance.registration_deadline, tz)

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        if capacity is not None and capacity < 1:
            raise forms.ValidationError(_("Give at least one seat, or leave empty for no limit."))
        return capacity

    def clean_offer_hours(self):
        hours = self.cleaned_data.get("offer_hours")
        if hours is not None and not 1 <= hours <= 168:
            raise forms.ValidationError(_("Between 1 and 168 hours."))
        return hours

    def clean(self):
        data = super().clean()
        tz_name = data.get("time_zone")
        starts, ends, deadline = data.get("starts"), data.get("ends"), data.get("deadline")
        if not tz_name or not starts or not ends:
            return data
        tz = zoneinfo.ZoneInfo(tz_name)
        self.instance.starts_at = starts.replace(tzinfo=tz)
        self.instance.ends_at = ends.replace(tzinfo=tz)
        self.instance.registration_deadline = deadline.replace(tzinfo=tz) if deadline else None
        if self.instance.ends_at <= self.instance.starts_at:
            self.add_error("ends", _("The activity must end after it starts."))
        if deadline and self.instance.registration_deadline > self.instance.starts_at:
            self.add_error("deadline", _("The deadline must be before the activity starts."))
        return data


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    access_needs = forms.CharField(
        label=_("Access needs"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the organisers see this; it is deleted 30 days after the activity."),
    )
    dietary_notes = forms.CharField(
        label=_("Dietary notes"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only the organisers see this; it is deleted 30 days after the activity."),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None and user.is_authenticated:
            self.fields["email"].disabled = True
            self.fields["email"].help_text = _("You register with your account's address.")
            self.initial.setdefault("email", user.email)
            self.initial.setdefault("name", user.full_name)
            person = getattr(user, "person", None)
            if person is not None:
                organisation = person.organisations.first()
                if organisation:
                    self.initial.setdefault("organisation", organisation.name)


class CancelActivityForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it cancelled? (sent to everyone registered)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CapacityForm(forms.Form):
    capacity = forms.IntegerField(
        label=_("Capacity"),
        min_value=1,
        required=False,
        help_text=_("Leave empty for no limit. Raising it gives seats to the waiting list."),
    )


class MaterialForm(forms.ModelForm):
    class Meta:
        model = Material
        fields = ["kind", "title", "file", "url"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.size > settings.MATERIAL_MAX_BYTES:
            raise forms.ValidationError(_("The file is too large (at most 25 MB)."))
        return upload

    def clean(self):
        data = super().clean()
        kind, upload, url = data.get("kind"), data.get("file"), data.get("url")
        if kind == Material.Kind.FILE and not upload:
            self.add_error("file", _("Choose a file to upload."))
        if kind in {Material.Kind.LINK, Material.Kind.RECORDING} and not url:
            self.add_error("url", _("Give the address of the link or recording."))
        return data


class ActivityFilterForm(forms.Form):
    WHEN = [("upcoming", _("Upcoming")), ("past", _("Past"))]

    network = forms.ChoiceField(label=_("Network"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("Any")), *Activity.Kind.choices]
    )
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=[("", _("Any")), *Activity.Format.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any")), *settings.LANGUAGES]
    )
    open_only = forms.BooleanField(label=_("Open to everyone"), required=False)
    month = forms.RegexField(
        label=_("Month"),
        regex=r"^\d{4}-(0[1-9]|1[0-2])$",
        required=False,
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2026-12"}),
        error_messages={"invalid": _("Give the month as YYYY-MM.")},
    )
    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].choices = [("", _("All networks"))] + [
            (n.slug, n.name) for n in Network.objects.order_by("name")
        ]


class CalendarFilterForm(ActivityFilterForm):
    """The list filters without 'when'; the month is chosen by paging through the calendar."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["when"]
        del self.fields["page"]
        self.fields["month"].widget = forms.HiddenInput()
