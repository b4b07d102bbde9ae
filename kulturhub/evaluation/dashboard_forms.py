from django import forms
from django.utils.translation import gettext_lazy as _

from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.evaluation.dashboards import Filters
from kulturhub.programmes.models import Participant, TimePoint


class FilterForm(forms.Form):
    """The dashboard filters; every field optional, read from the query string."""

    target_group = forms.ModelChoiceField(
        label=_("Target group"),
        queryset=Term.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All"),
    )
    art_form = forms.ModelChoiceField(
        label=_("Art form"),
        queryset=Term.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("All"),
    )
    age_band = forms.ChoiceField(label=_("Age band"), required=False)
    gender = forms.ChoiceField(label=_("Gender"), required=False)
    start = forms.DateField(
        label=_("Baseline answered from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    end = forms.DateField(
        label=_("Baseline answered until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    after = forms.ChoiceField(
        label=_("Compare baseline with"),
        required=False,
        choices=[
            (TimePoint.END, TimePoint.END.label),
            (TimePoint.FOLLOW_UP_3, TimePoint.FOLLOW_UP_3.label),
            (TimePoint.FOLLOW_UP_6, TimePoint.FOLLOW_UP_6.label),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_group"].queryset = Term.objects.filter(vocabulary=taxonomy.TARGET_GROUP)
        self.fields["art_form"].queryset = Term.objects.filter(vocabulary=taxonomy.ART_FORM)
        everyone = [("", _("All"))]
        self.fields["age_band"].choices = everyone + [
            c for c in Participant.AgeBand.choices if c[0]
        ]
        self.fields["gender"].choices = everyone + [c for c in Participant.Gender.choices if c[0]]

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", _("The end of the period must not be before its start."))
        return data

    def filters(self) -> Filters:
        """The filters to apply: none of them if the form is not valid."""
        if not self.is_valid():
            return Filters()
        data = self.cleaned_data
        return Filters(
            target_group=data["target_group"].slug if data["target_group"] else "",
            art_form=data["art_form"].slug if data["art_form"] else "",
            age_band=data["age_band"],
            gender=data["gender"],
            start=data["start"],
            end=data["end"],
            after=data["after"] or TimePoint.END,
        )
