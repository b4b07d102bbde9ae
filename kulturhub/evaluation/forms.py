from django import forms
from django.utils.translation import gettext_lazy as _

from kulturhub.evaluation.instruments import INSTRUMENT_CODES, load_instrument
from kulturhub.evaluation.questions import KIND_LABELS, add_fields, parse_options
from kulturhub.programmes.models import Cohort, TimePoint


class AnswerForm(forms.Form):
    """One radio group per item of every instrument in the questionnaire.

    ``wording`` maps instrument codes to the network's official wording (an InstrumentText);
    instruments without one show the demo wording and are listed in ``demo_wording``.
    """

    def __init__(
        self,
        *args,
        codes: list[str],
        wording: dict | None = None,
        questions: list[dict] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.groups = []
        wording = wording or {}
        self.demo_wording = [code for code in codes if code not in wording]
        for code in codes:
            definition = load_instrument(code)
            official = wording.get(code)
            names = []
            for item in definition["items"]:
                name = f"{code}__{item['id']}"
                own = item.get("response_options")
                options = own or definition["response_options"]
                prefix = f"{item['id']}:" if own else ""
                self.fields[name] = forms.TypedChoiceField(
                    label=official.items[item["id"]] if official else item["text"],
                    choices=[
                        (
                            o["value"],
                            official.options[f"{prefix}{o['value']}"] if official else o["label"],
                        )
                        for o in options
                    ],
                    coerce=int,
                    required=False,
                    widget=forms.RadioSelect,
                )
                names.append(name)
            self.groups.append((definition["name"], names))
        # Own questions come after the instruments, as fields "custom__<key>"; not scored.
        self.custom = add_fields(self, questions or [], "custom")

    def answers(self) -> dict:
        result: dict[str, dict] = {}
        for name, value in self.cleaned_data.items():
            code, item = name.split("__", 1)
            result.setdefault(code, {})[item] = None if value in ("", None) else value
        return result

    def custom_fields(self):
        return [self[name] for name in self.custom]

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


class LicenceForm(forms.Form):
    """A coordinator records that the network holds an instrument's licence."""

    reference = forms.CharField(
        label=_("Licence reference"),
        max_length=200,
        required=False,
        help_text=_("E.g. the registration number or date of the licence."),
    )
    confirm = forms.BooleanField(
        label=_("We hold this licence and will follow its terms"), required=True
    )
