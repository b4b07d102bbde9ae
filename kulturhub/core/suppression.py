"""Small-cell suppression for aggregate tables shown to anyone but a programme's own staff.

A count below the threshold (default 5) is hidden (primary suppression). Hiding one cell is not
enough when totals are shown: it could be recovered by subtraction. So more cells are hidden
(complementary suppression) until no hidden cell can be worked out from what is shown. "Worked
out" is checked exactly: with the row, column and grand totals as constraints and every cell
≥ 0, a hidden cell is safe only if linear programming finds both a lower and a higher feasible
value for it (scipy.optimize.linprog), i.e. it is not pinned to one number.
"""

from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

THRESHOLD = 5


@dataclass(frozen=True)
class SuppressedTable:
    """What may be shown: None marks a hidden value."""

    cells: list[list[int | None]]
    row_totals: list[int | None]
    column_totals: list[int | None]
    total: int | None


def _bounds(counts: np.ndarray, hidden: np.ndarray, shown_rows, shown_cols, total_shown):
    """For each hidden cell, the (min, max) an outsider could derive from the shown values."""
    rows, cols = counts.shape
    index = {cell: i for i, cell in enumerate(zip(*np.nonzero(hidden), strict=True))}
    if not index:
        return {}
    a_eq, b_eq = [], []

    def constraint(cells, value):
        row = np.zeros(len(index))
        known = 0
        for cell in cells:
            if cell in index:
                row[index[cell]] = 1
            else:
                known += counts[cell]
        if row.any():
            a_eq.append(row)
            b_eq.append(value - known)

    for r in range(rows):
        if shown_rows[r]:
            constraint([(r, c) for c in range(cols)], counts[r].sum())
    for c in range(cols):
        if shown_cols[c]:
            constraint([(r, c) for r in range(rows)], counts[:, c].sum())
    if total_shown:
        constraint([(r, c) for r in range(rows) for c in range(cols)], counts.sum())
    result = {}
    for cell, i in index.items():
        objective = np.zeros(len(index))
        objective[i] = 1
        kwargs = {"A_eq": np.array(a_eq), "b_eq": np.array(b_eq)} if a_eq else {}
        low = linprog(objective, bounds=(0, None), method="highs", **kwargs)
        high = linprog(-objective, bounds=(0, None), method="highs", **kwargs)
        upper = -high.fun if high.status == 0 else np.inf  # unbounded: nothing pins it
        result[cell] = (low.fun, upper)
    return result


def suppress(counts, threshold: int = THRESHOLD) -> SuppressedTable:
    """Suppress a table of counts (rows × columns) shown with its row, column and grand totals.

    A flat list is one row of categories with its total (it has no column totals).
    """
    counts = np.asarray(counts, dtype=int)
    flat = counts.ndim == 1
    if flat:
        counts = counts.reshape(1, -1)
    rows, cols = counts.shape
    hidden = (counts > 0) & (counts < threshold)
    row_sums, col_sums = counts.sum(axis=1), counts.sum(axis=0)
    shown_rows = ~((row_sums > 0) & (row_sums < threshold))
    shown_cols = np.zeros(cols, dtype=bool) if flat else ~((col_sums > 0) & (col_sums < threshold))
    total_shown = not (0 < counts.sum() < threshold)
    while True:
        pinned = [
            cell
            for cell, (low, high) in _bounds(
                counts, hidden, shown_rows, shown_cols, total_shown
            ).items()
            if high - low < 0.5
        ]
        if not pinned:
            break
        # Hide one more cell beside the first pinned one: the smallest visible cell in its row
        # (or column), which costs the reader the least information.
        r, c = pinned[0]
        candidates = [(counts[r, j], (r, j)) for j in range(cols) if not hidden[r, j]]
        candidates += [(counts[i, c], (i, c)) for i in range(rows) if not hidden[i, c]]
        if not candidates:
            # Everything in reach is hidden already: hide the totals that pin it.
            shown_rows[r] = shown_cols[c] = False
            total_shown = False
            continue
        nonzero = [x for x in candidates if x[0] > 0] or candidates
        hidden[min(nonzero)[1]] = True
    return SuppressedTable(
        cells=[
            [None if hidden[r, c] else int(counts[r, c]) for c in range(cols)] for r in range(rows)
        ],
        row_totals=[int(row_sums[r]) if shown_rows[r] else None for r in range(rows)],
        column_totals=[int(col_sums[c]) if shown_cols[c] else None for c in range(cols)],
        total=int(counts.sum()) if total_shown else None,
    )
