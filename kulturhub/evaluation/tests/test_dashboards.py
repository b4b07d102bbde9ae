"""Dashboards: the figures equal statistics computed independently from the same scores,
small groups are hidden (with complementary suppression) from everyone but the programme's
staff, filters narrow the rows, and every level has its authorisation."""

import io
import re
from datetime import date

import numpy as np
import pytest
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from scipy import stats as sps

from kulturhub.core.models import AuditEntry
from kulturhub.evaluation import charts, dashboards, stats
from kulturhub.evaluation.models import Score
from kulturhub.evaluation.tests.helpers import add_scores, make_concept, make_programme
from kulturhub.programmes.models import Programme

# (baseline, end) WHO-5 scores per participant, per programme.
AARHUS = [(40, 56), (32, 44), (48, 52), (28, 48), (44, 60), (36, 36), (52, 68)]
ODENSE = [(24, 40), (36, 48), (40, 44), (44, 64), (20, 36), (32, 32)]
VEJLE = [(40, 48), (28, 32), (36, 52)]  # three pairs: too few to show to outsiders


@pytest.fixture
def concept(network):
    return make_concept(network)


@pytest.fixture
def three(network, concept, programme):
    """Aarhus (the shared `programme` persona, with staff Sofie), Odense and Vejle."""
    programme.concept = concept
    programme.save()
    odense = make_programme(network, concept, "Odense")
    vejle = make_programme(network, concept, "Vejle")
    add_scores(programme, AARHUS)
    add_scores(odense, ODENSE + [(30, None), (26, None)])
    add_scores(vejle, VEJLE)
    return programme, odense, vejle


def _panel(board):
    [panel] = board.panels
    return panel


def test_the_pooled_row_is_the_paired_change_of_every_pair(three, concept):
    board = dashboards.build(
        "concept", concept.title, Programme.objects.all(), dashboards.Filters()
    )
    panel = _panel(board)
    pairs = AARHUS + ODENSE + VEJLE
    expected = stats.paired_change([a for a, _ in pairs], [b for _, b in pairs], 10)
    total = panel.total.change
    assert total.n == len(pairs) == 16
    for name in ("mean_pre", "mean_post", "mean_change", "sd_change", "ci_low", "ci_high", "t"):
        assert getattr(total, name) == pytest.approx(getattr(expected, name)), name
    assert total.p == pytest.approx(
        sps.ttest_rel([b for _, b in pairs], [a for a, _ in pairs]).pvalue
    )
    assert total.improved_share == pytest.approx(expected.improved_share)
    # WHO-5 ≤ 50 (poor well-being) before and after, counted by hand.
    assert panel.total.band_share_pre == pytest.approx(sum(a <= 50 for a, _ in pairs) / 16)
    assert panel.total.band_share_post == pytest.approx(sum(b <= 50 for _, b in pairs) / 16)
    # Odense's two baseline-only participants are the attrition group … with Vejle hidden,
    # but the total is still over every pair.
    assert panel.attrition is None  # fewer than 5 answered only at baseline


def test_small_programmes_are_hidden_with_a_complementary_row(three, concept):
    board = dashboards.build(
        "concept", concept.title, Programme.objects.all(), dashboards.Filters()
    )
    rows = {row.programme.municipality: row for row in _panel(board).rows}
    # Vejle (3 pairs) is hidden, and so is the next smallest, Odense (6), or Vejle's figures
    # would follow from the total minus Aarhus.
    assert rows["Vejle"].suppressed and rows["Vejle"].change is None
    assert rows["Odense"].suppressed
    assert not rows["Aarhus"].suppressed
    assert rows["Aarhus"].change.n == 7


def test_the_pooled_estimate_is_reml_over_the_shown_programmes(three, network, concept):
    # Two more programmes of 5+ pairs so that several programmes are shown.
    for name, shift in [("Randers", 6), ("Skive", 14)]:
        add_scores(make_programme(network, concept, name), [(a, b + shift - 8) for a, b in AARHUS])
    board = dashboards.build(
        "concept", concept.title, Programme.objects.all(), dashboards.Filters()
    )
    panel = _panel(board)
    shown = [r for r in panel.rows if not r.suppressed]
    effects, variances = [], []
    for row in shown:
        pre = np.array([a for a, _ in row_pairs(row)])
        post = np.array([b for _, b in row_pairs(row)])
        change = post - pre
        effects.append(change.mean())
        variances.append(change.var(ddof=1) / change.size)
    expected = stats.random_effects(effects, variances, method="REML")
    assert panel.pooled.k == len(shown) >= 3
    assert panel.pooled.estimate == pytest.approx(expected.estimate)
    assert panel.pooled.tau2 == pytest.approx(expected.tau2)


def row_pairs(row):
    values = {}
    for participant, time_point, value in Score.objects.filter(programme=row.programme).values_list(
        "participant", "time_point", "value"
    ):
        values.setdefault(participant, {})[time_point] = value
    return [(v["baseline"], v["end"]) for v in values.values() if len(v) == 2]


def test_the_programmes_own_staff_see_small_groups(three):
    programme, _odense, vejle = three
    board = dashboards.build(
        "programme",
        vejle.title,
        Programme.objects.filter(pk=vejle.pk),
        dashboards.Filters(),
        show_small=True,
    )
    [row] = _panel(board).rows
    assert not row.suppressed and row.change.n == 3
    outsider = dashboards.build(
        "programme", vejle.title, Programme.objects.filter(pk=vejle.pk), dashboards.Filters()
    )
    assert _panel(outsider).rows[0].suppressed and _panel(outsider).total.suppressed


def test_filters_narrow_the_pairs(three, concept):
    women = dashboards.build(
        "concept",
        concept.title,
        Programme.objects.all(),
        dashboards.Filters(gender="woman"),
        show_small=True,
    )
    expected = sum(
        1 for pairs in (AARHUS, ODENSE, VEJLE) for i, _ in enumerate(pairs) if i % 2 == 0
    )
    assert _panel(women).total.n == expected
    later = dashboards.build(
        "concept",
        concept.title,
        Programme.objects.all(),
        dashboards.Filters(start=date(2026, 4, 1)),
    )
    assert later.panels == []
    no_art = dashboards.build(
        "concept", concept.title, Programme.objects.all(), dashboards.Filters(art_form="dance")
    )
    assert no_art.panels == [] and no_art.programmes == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=9))
def test_hidden_rows_can_never_be_worked_out(counts):
    hidden = dashboards.hide_small(counts, show_small=False)
    for count, is_hidden in zip(counts, hidden, strict=True):
        if count < dashboards.MIN_CELL:
            assert is_hidden
    hidden_counts = [c for c, h in zip(counts, hidden, strict=True) if h]
    # Never exactly one hidden row beside a shown total, and the hidden rows together are
    # never a group smaller than 5.
    assert len(hidden_counts) != 1 or len(counts) == 1
    assert not hidden_counts or sum(hidden_counts) >= dashboards.MIN_CELL or all(hidden)


def test_paired_change_from_sums_equals_paired_change():
    rng = np.random.default_rng(7)
    pre = rng.integers(0, 100, 40).astype(float)
    post = pre + rng.normal(8, 12, 40)
    change = post - pre
    expected = stats.paired_change(pre, post, 10)
    got = stats.paired_change_from_sums(
        40,
        pre.sum(),
        post.sum(),
        change.sum(),
        (change**2).sum(),
        improved=int((change >= 10).sum()),
        deteriorated=int((change <= -10).sum()),
        mid=10,
    )
    for name in expected.__dataclass_fields__:
        assert getattr(got, name) == pytest.approx(getattr(expected, name)), name


def test_the_forest_plot_draws_one_marker_per_programme_and_the_pooled_diamond():
    svg = charts.interval_chart(
        "WHO-5 <change>",
        "desc",
        [charts.Interval("A", 5, 1, 9), charts.Interval("B", 8, 2, 14)],
        pooled=charts.Interval("Pooled", 6.5, 3, 10),
        prediction=(-1, 14),
    )
    assert svg.count("<rect") == 2 and svg.count("<polygon") == 1
    assert "WHO-5 &lt;change&gt;" in svg and 'role="img"' in svg


# ------------------------------------------------------------------------------ views

LEVELS = {
    "all": lambda p: reverse("evaluation:overview"),
    "network": lambda p: reverse("evaluation:network_dashboard", args=[p.network.slug]),
    "organisation": lambda p: reverse("evaluation:organisation_dashboard", args=[p.owner.slug]),
    "concept": lambda p: reverse("evaluation:concept_dashboard", args=[p.concept.slug]),
    "programme": lambda p: reverse("evaluation:results", args=[p.slug]),
}


@pytest.mark.parametrize("level", list(LEVELS))
def test_anonymous_visitors_are_sent_to_log_in(client, three, level):
    response = client.get(LEVELS[level](three[0]))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        (
            "sofie",
            {"all": 200, "network": 200, "organisation": 200, "concept": 200, "programme": 200},
        ),
        (
            "alice",
            {"all": 200, "network": 200, "organisation": 200, "concept": 200, "programme": 200},
        ),
        (
            "carol",
            {"all": 200, "network": 404, "organisation": 404, "concept": 200, "programme": 404},
        ),
        (
            "dave",
            {"all": 200, "network": 404, "organisation": 404, "concept": 200, "programme": 404},
        ),
        (
            "otto",
            {"all": 200, "network": 404, "organisation": 404, "concept": 200, "programme": 404},
        ),
    ],
)
def test_who_sees_which_dashboard(as_user, three, persona, expected, request):
    client = as_user(request.getfixturevalue(persona))
    for level, url in LEVELS.items():
        assert client.get(url(three[0])).status_code == expected[level], level


def test_cohort_dashboard_is_for_the_programmes_people(as_user, three, sofie, dave, cohort):
    url = reverse("evaluation:cohort_dashboard", args=[three[0].slug, cohort.pk])
    assert as_user(sofie).get(url).status_code == 200
    assert as_user(dave).get(url).status_code == 404


def test_the_staff_page_shows_the_figures_and_outsiders_see_them_hidden(
    as_user, three, sofie, alice
):
    _aarhus, _odense, vejle = three
    from kulturhub.programmes.models import ProgrammeStaff

    ProgrammeStaff.objects.create(programme=vejle, user=sofie, role=ProgrammeStaff.Role.STAFF)
    url = reverse("evaluation:results", args=[vejle.slug])
    staff_page = as_user(sofie).get(url).content.decode()
    assert "Not shown, to protect the participants." not in staff_page
    coordinator_page = as_user(alice).get(url).content.decode()
    assert "Not shown, to protect the participants." in coordinator_page


def test_invalid_filters_say_why_and_show_everything(as_user, three, alice):
    url = reverse("evaluation:network_dashboard", args=[three[0].network.slug])
    response = as_user(alice).get(url, {"start": "2026-05-01", "end": "2026-01-01"})
    assert response.status_code == 400
    assert "must not be before its start" in response.content.decode()
    assert response.context["board"].panels


def test_pdf_report_is_a_pdf_and_is_audit_logged(as_user, three, alice):
    url = reverse("evaluation:concept_dashboard", args=[three[0].concept.slug])
    response = as_user(alice).get(url + "report.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert AuditEntry.objects.filter(action="evaluation.report.pdf", actor=alice).exists()


def test_xlsx_holds_the_shown_figures_and_hides_the_small_ones(as_user, three, alice):
    url = reverse("evaluation:concept_dashboard", args=[three[0].concept.slug])
    response = as_user(alice).get(url + "results.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content))["Results"]
    rows = {r[1]: r for r in sheet.iter_rows(values_only=True) if r and r[0] and len(r) > 2}
    aarhus = rows["Kultur på recept Aarhus"]
    assert aarhus[2] == 7
    assert aarhus[5] == pytest.approx(np.mean([b - a for a, b in AARHUS]))
    assert "not shown" in str(rows["Kultur på recept Vejle"][2])


def test_figures_are_rounded_not_cut_off_in_the_languages_decimal_separator():
    from django.utils import translation

    from kulturhub.evaluation.reports import _number

    with translation.override("da"):
        assert _number(2.66, 1) == "2,7"  # Django's number_format would print 2,6
        assert _number(-1.26, 1) == "−1,3"
        assert _number(-0.04, 1) == "0,0"  # no minus sign on a zero
        assert _number(0.0456, 3) == "0,046"
    with translation.override("en"):
        assert _number(2.66, 1) == "2.7"
    assert _number(None, 1) == _number(float("nan"), 1) == "–"


def test_wide_tables_can_be_scrolled_from_the_keyboard(as_user, three, alice):
    # A table wider than a phone scrolls in its own region: focusable and named by its heading.
    url = reverse("evaluation:network_dashboard", args=[three[0].network.slug])
    page = as_user(alice).get(url).content.decode()
    regions = re.findall(r'<div class="table-scroll"([^>]*)>', page)
    assert regions
    for attributes in regions:
        assert 'tabindex="0"' in attributes and 'role="region"' in attributes
        heading = re.search(r'aria-labelledby="([^"]+)"', attributes).group(1)
        assert f'id="{heading}"' in page
