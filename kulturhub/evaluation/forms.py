from django import forms
from django.utils.translation import gettext_lazy as _

from kulturhub.evaluation.instruments import INSTRUMENT_CODES, load_instrument
from kulturhub.programmes.models import Cohort, TimePoint


class AnswerForm(forms.Form):
    """One radio group per item of every instrument in the questionnaire."""

    def __init__(self, *args, codes: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.groups = []
        for code in codes:
            definition = load_instrument(code)
            names = []
            for item in definition["items"]:
                name = f"{code}__{item['id']}"
                options = item.get("response_options") or definition["response_options"]
                self.fields[name] = forms.TypedChoiceField(
                    label=item["text"],
                    choices=[(o["value"], o["label"]) for o in options],
                    coerce=int,
                    required=False,
                    widget=forms.RadioSelect,
                )
                names.append(name)
            self.groups.append((definition["name"], names))

    def answers(self) -> dict:
        result: dict[str, dict] = {}
        for name, value in self.cleaned_data.items():
            code, item = name.split("__", 1)
            result.setdefault(code, {})[item] = None if value in ("", None) else value
        return result

    def grouped(self):
        return [(title, [self[name] for name in names]) for title, names in self.groups]


class QuestionnaireForm(forms.Form):
    time_point = forms.ChoiceField(label=_("Time point"), choices=TimePoint.choices)
    instruments = forms.MultipleChoiceField(
        label=_("Instruments"),
        widget=forms.CheckboxSelectMultiple,
        choices=[(c, load_instrument(c)["name"]) for c in INSTRUMENT_CODES],
    )
    days_to_answer = forms.IntegerField(
        label=_("Days to answer"), min_value=1, max_value=90, initial=14
    )


class InviteForm(forms.Form):
    cohort = forms.ModelChoiceField(label=_("Cohort"), queryset=Cohort.objects.none())

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = programme.cohorts.all()
