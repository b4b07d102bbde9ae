from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kulturhub.activities.models import Activity
from kulturhub.core import taxonomy
from kulturhub.core.models import Term
from kulturhub.knowledge.models import TAG_VOCABULARIES, EvidenceLevel, Kind, KnowledgeItem
from kulturhub.network.models import Membership, Network, Organisation
from kulturhub.programmes.models import Concept, Programme

ANY = [("", _("Any"))]


class SearchForm(forms.Form):
    """The search box and filters. After searching, `show_counts` puts each facet's counts
    into the option labels, so the filters say how many items each choice leaves."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=ANY + Kind.choices)
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=ANY + list(settings.LANGUAGES)
    )
    evidence = forms.ChoiceField(
        label=_("Evidence level"), required=False, choices=ANY + EvidenceLevel.choices
    )
    network = forms.ChoiceField(label=_("Network"), required=False)
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=ANY + [(str(y), str(y)) for y in range(2000, 2101)],
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["network"].choices = ANY + list(
            Network.objects.order_by("name").values_list("slug", "name")
        )
        labels = dict(taxonomy.VOCABULARY_CHOICES)
        for vocabulary in TAG_VOCABULARIES:
            self.fields[vocabulary] = forms.ChoiceField(
                label=labels[vocabulary],
                required=False,
                choices=ANY
                + [(s, label) for s, label in taxonomy.VOCABULARIES[vocabulary].items()],
            )

    def filters(self):
        from kulturhub.knowledge.search import Filters

        data = self.cleaned_data
        return Filters(
            kind=data.get("kind") or "",
            language=data.get("language") or "",
            evidence=data.get("evidence") or "",
            network=data.get("network") or "",
            year=data.get("year"),
            tags={v: data[v] for v in TAG_VOCABULARIES if data.get(v)},
        )

    def show_counts(self, facets) -> None:
        for facet in facets:
            field = self.fields.get(facet.name)
            if field is None:
                continue
            choices = [(v.key, f"{v.label} ({v.count})") for v in facet.values]
            selected = self.data.get(facet.name)
            if selected and selected not in {key for key, _label in choices}:
                labels = dict(field.choices)
                choices.append((selected, f"{labels.get(selected, selected)} (0)"))
            field.choices = ANY + choices


class KnowledgeItemForm(forms.ModelForm):
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: title | address, e.g. Report | https://example.org/report"),
    )

    class Meta:
        model = KnowledgeItem
        fields = [
            "kind",
            "title",
            "summary",
            "body",
            "language",
            "translation_of",
            "evidence_level",
            "visibility",
            "published_on",
            "concepts",
            "organisations",
            "programmes",
            "activities",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 14}),
            "published_on": forms.DateInput(attrs={"type": "date"}),
            "organisations": forms.CheckboxSelectMultiple,
            "programmes": forms.CheckboxSelectMultiple,
            "activities": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        others = KnowledgeItem.objects.filter(network=network, translation_of=None)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["translation_of"].queryset = others.order_by("title")
        self.fields["concepts"].queryset = Concept.objects.order_by("title")
        self.fields["concepts"].required = False
        # What the item can be linked to: the network's member organisations, its programmes
        # and activities (not drafts), and whatever it is linked to already, so that saving
        # the form never drops a link it does not offer (e.g. a draft activity's).
        linked = (
            {
                name: set(getattr(self.instance, name).values_list("pk", flat=True))
                for name in ("organisations", "programmes", "activities")
            }
            if self.instance.pk
            else {"organisations": set(), "programmes": set(), "activities": set()}
        )
        choices = {
            "organisations": Organisation.objects.filter(
                Q(
                    memberships__network=network,
                    memberships__status=Membership.Status.ACTIVE,
                )
                | Q(pk__in=linked["organisations"])
            ).order_by("name"),
            "programmes": Programme.objects.filter(
                Q(network=network) & ~Q(status=Programme.Status.DRAFT)
                | Q(pk__in=linked["programmes"])
            ).order_by("title"),
            "activities": Activity.objects.filter(
                Q(network=network) & ~Q(status=Activity.Status.DRAFT)
                | Q(pk__in=linked["activities"])
            ).order_by("-starts_at"),
        }
        for name, queryset in choices.items():
            self.fields[name].queryset = queryset.distinct()
            self.fields[name].required = False
        labels = dict(taxonomy.VOCABULARY_CHOICES)
        chosen = set(self.instance.tags.values_list("pk", flat=True)) if self.instance.pk else set()
        for vocabulary in TAG_VOCABULARIES:
            terms = Term.objects.filter(vocabulary=vocabulary)
            self.fields[f"tags_{vocabulary}"] = forms.ModelMultipleChoiceField(
                label=labels[vocabulary],
                queryset=terms,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                initial=[t.pk for t in terms if t.pk in chosen],
            )
        if self.instance.pk and not self.is_bound:
            self.initial["links"] = "\n".join(
                f"{link.title} | {link.url}" for link in self.instance.links.filter(material=None)
            )

    def clean_links(self) -> list[tuple[str, str]]:
        links, validate = [], URLValidator(schemes=["http", "https"])
        for number, line in enumerate(self.cleaned_data["links"].splitlines(), start=1):
            if not line.strip():
                continue
            title, bar, url = line.rpartition("|")
            title, url = title.strip(), url.strip()
            try:
                validate(url)
            except ValidationError:
                raise ValidationError(
                    _("Line %(number)s: give a title, a bar and an http(s) address."),
                    params={"number": number},
                ) from None
            links.append((title[:200] if bar and title else url[:200], url))
        return links

    def _save_m2m(self):
        super()._save_m2m()
        self.instance.tags.set(
            [t for v in TAG_VOCABULARIES for t in self.cleaned_data.get(f"tags_{v}", [])]
        )


class AttachmentForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the file name."),
    )
    file = forms.FileField(label=_("File"))
