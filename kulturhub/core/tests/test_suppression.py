import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from kulturhub.core.suppression import suppress


def test_a_single_small_cell_takes_a_neighbour_with_it():
    # One row of categories (e.g. age bands) with its total.
    table = suppress([12, 3, 20])
    assert table.cells == [[None, None, 20]]  # the smallest other cell goes with the 3
    assert table.row_totals == [35]


def test_in_a_cross_table_suppression_spreads_over_rows_and_columns():
    table = suppress([[12, 3, 20], [9, 14, 8]])
    hidden = [(r, c) for r in range(2) for c in range(3) if table.cells[r][c] is None]
    assert (0, 1) in hidden and len(hidden) >= 4


def test_nothing_is_hidden_when_every_cell_is_large_enough():
    table = suppress([[10, 7], [6, 30]])
    assert table.cells == [[10, 7], [6, 30]] and table.total == 53


def test_a_small_total_is_hidden_too():
    table = suppress([[2, 1]])
    assert table.row_totals == [None] and table.total is None
    assert table.cells == [[None, None]]


def _recoverable(counts, table):
    """Cells an outsider can pin down exactly from what is shown (checked independently)."""
    counts = np.asarray(counts)
    rows, cols = counts.shape
    hidden = [(r, c) for r in range(rows) for c in range(cols) if table.cells[r][c] is None]
    if not hidden:
        return []
    pos = {cell: i for i, cell in enumerate(hidden)}
    a_eq, b_eq = [], []
    groups = [([(r, c) for c in range(cols)], table.row_totals[r]) for r in range(rows)]
    groups += [([(r, c) for r in range(rows)], table.column_totals[c]) for c in range(cols)]
    groups += [([(r, c) for r in range(rows) for c in range(cols)], table.total)]
    for cells, value in groups:
        if value is None:
            continue
        row = np.zeros(len(hidden))
        known = 0
        for cell in cells:
            if cell in pos:
                row[pos[cell]] = 1
            else:
                known += table.cells[cell[0]][cell[1]]
        if row.any():
            a_eq.append(row)
            b_eq.append(value - known)
    pinned = []
    for cell, i in pos.items():
        c = np.zeros(len(hidden))
        c[i] = 1
        kwargs = {"A_eq": np.array(a_eq), "b_eq": np.array(b_eq)} if a_eq else {}
        low = linprog(c, bounds=(0, None), method="highs", **kwargs)
        high = linprog(-c, bounds=(0, None), method="highs", **kwargs)
        if high.status == 0 and (-high.fun) - low.fun < 0.5:
            pinned.append(cell)
    return pinned


tables = st.integers(min_value=1, max_value=4).flatmap(
    lambda rows: st.integers(min_value=1, max_value=4).flatmap(
        lambda cols: st.lists(
            st.lists(st.integers(min_value=0, max_value=30), min_size=cols, max_size=cols),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=150, deadline=None)
@given(tables)
def test_no_cell_under_five_is_shown_or_recoverable(counts):
    table = suppress(counts)
    for row in table.cells:
        for value in row:
            assert value is None or value == 0 or value >= 5
    for value in [*table.row_totals, *table.column_totals, table.total]:
        assert value is None or value == 0 or value >= 5
    # Shown values are the true ones.
    for r, row in enumerate(table.cells):
        for c, value in enumerate(row):
            assert value is None or value == counts[r][c]
    # And no hidden cell can be worked out by differencing rows, columns and totals.
    assert _recoverable(counts, table) == []
