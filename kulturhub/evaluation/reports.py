"""What the dashboard page, the PDF report and the XLSX export show, from one Dashboard."""

import io
from dataclasses import dataclass
from html import escape

from django.utils.formats import get_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from kulturhub.evaluation import charts
from kulturhub.evaluation.dashboards import Dashboard, Panel
from kulturhub.evaluation.instruments import load_instrument
from kulturhub.programmes.models import TimePoint

CHART_ROWS = 25


@dataclass
class Line:
    """A table row ready to print: the label, and the cells (None: hidden or too few)."""

    label: str
    n: int
    cells: list[str] | None
    suppressed: bool
    total: bool = False
    width: int = 7

    def html(self) -> SafeString:
        """The <tr>, every text escaped: a 1,000-row table without 20,000 template nodes (and
        without format_html, which costs a tenth of a second per thousand rows)."""
        label = escape(str(_("All") if self.total else self.label))
        if self.cells:
            cells = "".join(f"<td>{escape(cell)}</td>" for cell in self.cells)
        elif self.suppressed:
            hidden = escape(_("Not shown, to protect the participants."))
            cells = f'<td colspan="{self.width}">{hidden}</td>'
        else:
            few = escape(_("Too few pairs to compute a change."))
            cells = f'<td>{self.n}</td><td colspan="{self.width - 1}">{few}</td>'
        total = ' class="total"' if self.total else ""
        return mark_safe(f'<tr{total}><th scope="row">{label}</th>{cells}</tr>')  # noqa: S308


def _number(value: float | None, places: int, separator: str | None = None) -> str:
    """Rounded to `places` in the language's decimal separator, with a true minus sign.
    (Django's number_format cuts floats off instead of rounding: 2.675 would print as 2.6.)"""
    if value is None or value != value:  # None or NaN
        return "–"
    text = f"{value:.{places}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text.replace(".", separator or get_format("DECIMAL_SEPARATOR")).replace("-", "−")


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)} %"


def lines(panel: Panel) -> list[Line]:
    """The panel's rows (and its total, when there is more than one row) as printed text;
    formatting here instead of in template filters keeps a 1,000-row page quick."""
    result = []
    rows = [*panel.rows, panel.total] if len(panel.rows) > 1 else panel.rows
    separator = get_format("DECIMAL_SEPARATOR")

    def number(value, places):
        return _number(value, places, separator)

    for row in rows:
        cells = None
        if row.change and not row.suppressed:
            c = row.change
            p = "< 0.001" if c.p < 0.001 else number(c.p, 3)
            cells = [
                str(c.n),
                number(c.mean_pre, 1),
                number(c.mean_post, 1),
                f"{number(c.mean_change, 1)} ({number(c.ci_low, 1)} – {number(c.ci_high, 1)})",
                p,
                number(c.dz, 2),
                _percent(c.improved_share),
            ]
            if panel.measure.band_key:
                cells.append(f"{_percent(row.band_share_pre)} → {_percent(row.band_share_post)}")
        width = 8 if panel.measure.band_key else 7
        result.append(Line(row.label, row.n, cells, row.suppressed, row is panel.total, width))
    return result


@dataclass
class Section:
    panel: Panel
    chart: SafeString | None
    chart_title: str
    licence: dict
    demo_wording: bool
    lines: list[Line]


def sections(board: Dashboard) -> list[Section]:
    after = TimePoint(board.filters.after).label
    result = []
    for panel in board.panels:
        measure = panel.measure
        shown = [r for r in panel.rows if r.change and not r.suppressed]
        if len(shown) > CHART_ROWS:  # a readable forest plot: the largest programmes
            largest = sorted(shown, key=lambda r: -r.n)[:CHART_ROWS]
            shown = [r for r in shown if r in largest]
        chart = None
        title = _("%(measure)s: change from baseline to “%(after)s”, with 95 %% CI") % {
            "measure": measure.label,
            "after": after,
        }
        if len([r for r in panel.rows if r.change and not r.suppressed]) > CHART_ROWS:
            title += " " + _("(the %(count)s largest programmes; the table lists all)") % {
                "count": CHART_ROWS
            }
        if shown:
            weights = {}
            if panel.pooled:
                # Random-effects weights 1 / (v_i + tau²), as shares of their sum.
                raw = {
                    id(r): 1 / (r.change.sd_change**2 / r.change.n + panel.pooled.tau2)
                    for r in panel.pooled_rows
                }
                weights = {key: w / sum(raw.values()) for key, w in raw.items()}
            rows = [
                charts.Interval(
                    r.label,
                    r.change.mean_change,
                    r.change.ci_low,
                    r.change.ci_high,
                    weights.get(id(r)),
                )
                for r in shown
            ]
            pooled = prediction = None
            if panel.pooled:
                p = panel.pooled
                pooled = charts.Interval(
                    _("Pooled (random effects)"), p.estimate, p.ci_low, p.ci_high
                )
                prediction = (p.pi_low, p.pi_high)
            better = _("higher is better") if measure.higher_is_better else _("lower is better")
            description = "; ".join(
                f"{r.label}: {r.estimate:.1f} ({r.low:.1f} – {r.high:.1f})" for r in rows
            )
            if pooled:
                description += "; " + _("pooled: %(e).1f (%(l).1f – %(h).1f)") % {
                    "e": pooled.estimate,
                    "l": pooled.low,
                    "h": pooled.high,
                }
            chart = charts.interval_chart(
                title,
                description,
                rows,
                pooled=pooled,
                prediction=prediction,
                axis_label=_("Mean change in points (%(better)s)") % {"better": better},
            )
        definition = load_instrument(measure.code)
        result.append(
            Section(
                panel,
                chart,
                title,
                definition["licence"],
                any(item.get("wording") == "demo" for item in definition["items"]),
                lines(panel),
            )
        )
    return result


def shift_chart(board: Dashboard) -> SafeString | None:
    rows = [
        (
            f"{p.measure.label}: {p.measure.band_label}",
            p.total.band_share_pre,
            p.total.band_share_post,
        )
        for p in board.panels
        if p.total.band_share_pre is not None
    ]
    if not rows:
        return None
    after = str(TimePoint(board.filters.after).label)
    return charts.shift_chart(
        _("Share in the band at the worse end of the scale"),
        "; ".join(f"{label}: {pre:.0%} → {post:.0%}" for label, pre, post in rows),
        rows,
        str(TimePoint.BASELINE.label),
        after,
    )


def pdf(html: str) -> bytes:
    """Render the report with its own stylesheet read from disk; WeasyPrint fetches nothing
    (no request back to this server, nothing from elsewhere)."""
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    def refuse(url, *args, **kwargs):
        raise ValueError(f"The report does not load external resources ({url}).")

    stylesheet = CSS(filename=finders.find("css/report.css"), url_fetcher=refuse)
    return HTML(string=html, url_fetcher=refuse).write_pdf(stylesheets=[stylesheet])


def xlsx(board: Dashboard) -> bytes:
    """Aggregates only (suppressed as on the page): results, pooled estimates, age bands."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _("Results")[:31]
    bold = Font(bold=True)
    sheet.append([board.title])
    sheet["A1"].font = bold
    for label, value in board.filters.describe():
        sheet.append([str(label), str(value)])
    sheet.append([])
    header = [
        _("Instrument"),
        _("Group"),
        "n",
        _("Mean at baseline"),
        _("Mean after"),
        _("Mean change"),
        _("95 % CI low"),
        _("95 % CI high"),
        "p",
        "dz",
        _("Improved ≥ MID"),
        _("Deteriorated ≥ MID"),
        _("In band at baseline"),
        _("In band after"),
    ]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for panel in board.panels:
        for row in [*panel.rows, panel.total]:
            line = [panel.measure.label, row.label]
            if row.suppressed:
                line += [_("fewer than %(n)s: not shown") % {"n": 5}]
            elif row.change is None:
                line += [row.n]
            else:
                c = row.change
                line += [
                    c.n,
                    c.mean_pre,
                    c.mean_post,
                    c.mean_change,
                    c.ci_low,
                    c.ci_high,
                    c.p,
                    c.dz,
                    c.improved_share,
                    c.deteriorated_share,
                    row.band_share_pre,
                    row.band_share_post,
                ]
            sheet.append(line)
    pooled = book.create_sheet(_("Pooled")[:31])
    pooled.append(
        [
            _("Instrument"),
            _("Programmes"),
            _("Estimate"),
            "SE",
            _("95 % CI low"),
            _("95 % CI high"),
            "tau²",
            "I² (%)",
            "Q",
            _("p (Q)"),
            _("Prediction interval low"),
            _("Prediction interval high"),
        ]
    )
    for panel in board.panels:
        if panel.pooled:
            p = panel.pooled
            pooled.append(
                [
                    panel.measure.label,
                    len(panel.pooled_rows),
                    p.estimate,
                    p.se,
                    p.ci_low,
                    p.ci_high,
                    p.tau2,
                    p.i2,
                    p.q,
                    p.q_p,
                    p.pi_low,
                    p.pi_high,
                ]
            )
    if board.crosstab:
        ages = book.create_sheet(_("Age bands")[:31])
        ages.append([_("Programme"), *[str(c) for c in board.crosstab["columns"]], _("Total")])
        for label, cells, total in board.crosstab["rows"]:
            ages.append([label, *[_cell(v) for v in cells], _cell(total)])
        ages.append(
            [
                _("Total"),
                *[_cell(v) for v in board.crosstab["column_totals"]],
                _cell(board.crosstab["total"]),
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value):
    return "–" if value is None else value


def crosstab_rows(board: Dashboard) -> list[SafeString]:
    """The age-band table's body rows as escaped HTML (– for a hidden count)."""
    if not board.crosstab:
        return []
    return [
        mark_safe(  # noqa: S308  (every text escaped)
            f'<tr><th scope="row">{escape(str(label))}</th>'
            + "".join(f"<td>{escape(str(_cell(v)))}</td>" for v in [*cells, total])
            + "</tr>"
        )
        for label, cells, total in board.crosstab["rows"]
    ]
