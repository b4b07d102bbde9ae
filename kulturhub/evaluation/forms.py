from django import forms
from django.utils.translation import gettext_lazy as _

from kulturhub.evaluation.instruments import INSTRUMENT_CODES, load_instrument
from kulturhub.evaluation.questions import KIND_LABELS, add_fields, form_answers, parse_options
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
    remind_after_days = forms.IntegerField(
        label=_("Remind after (days)"),
        help_text=_("One reminder to those who have not answered; 0 sends none."),
        min_value=0,
        max_value=89,
        initial=5,
    )

    def clean(self):
        data = super().clean()
        days, remind = data.get("days_to_answer"), data.get("remind_after_days")
        if days and remind and remind >= days:
            self.add_error(
                "remind_after_days", _("The reminder must go out before the link expires.")
            )
        return data


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


class QuestionForm(forms.Form):
    """One own question, as staff or organisers define it."""

    kind = forms.ChoiceField(label=_("Kind of answer"), choices=list(KIND_LABELS.items()))
    text = forms.CharField(
        label=_("Question"), max_length=500, widget=forms.Textarea(attrs={"rows": 2})
    )
    options = forms.CharField(
        label=_("Options"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One option per line; only for “One of several options”."),
    )
    required = forms.BooleanField(label=_("An answer is required"), required=False)

    @classmethod
    def for_question(cls, question: dict, **kwargs) -> "QuestionForm":
        initial = {**question, "options": "\n".join(question.get("options", []))}
        return cls(initial=initial, **kwargs)

    def definition(self) -> dict:
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "text": data["text"],
            "options": parse_options(data["options"]),
            "required": data["required"],
        }


class FeedbackSettingsForm(forms.Form):
    anonymous = forms.BooleanField(
        label=_("Anonymous"),
        required=False,
        help_text=_(
            "One shared link for everybody; answers keep no name, no e-mail address and no "
            "time. Without it, every participant gets a personal link that works once."
        ),
    )
    closes_on = forms.DateField(
        label=_("Last day for answers"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty to keep the form open."),
    )


class FeedbackAnswerForm(forms.Form):
    """The questions of an activity's feedback form."""

    PREFIX = "fb"

    def __init__(self, *args, questions: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.names = add_fields(self, questions, self.PREFIX)

    def answers(self) -> dict:
        return form_answers(self, self.questions, self.PREFIX)

    def question_fields(self):
        return [self[name] for name in self.names]


class ImportForm(forms.Form):
    """A CSV file of answers to import (kulturhub/evaluation/imports.py checks its content)."""

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, separated by commas or semicolons, at most 50 MB."),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )
