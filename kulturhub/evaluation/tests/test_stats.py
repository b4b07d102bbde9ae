"""Tests for kulturhub.evaluation.stats against independent computations and published results.

Published values used (asserted to the precision they are printed with):

* Paired and Welch t-tests on Student's sleep data (Cushny & Peebles; R's ``sleep`` data set):
  R ``t.test(extra ~ group, data = sleep, paired = TRUE)`` prints t = -4.0621, df = 9,
  p-value = 0.002833, 95 % CI -2.4598858 to -0.7001142, mean difference -1.58;
  ``t.test(extra ~ group, data = sleep)`` (Welch) prints t = -1.8608, df = 17.776,
  p-value = 0.07939.
* BCG vaccine meta-analysis (metafor ``dat.bcg``, log risk ratios from ``escalc``):
  metafor's own test file ``tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r``
  (rma, method = "DL": estimate -0.7141, CI -1.0644 to -0.3638, z -3.9952, tau² 0.3088,
  I² 92.1173, Q 152.2330) and the printed ``rma(yi, vi, data = dat)`` REML output
  (estimate -0.7145, SE 0.1798, z -3.9744, CI -1.0669 to -0.3622, tau² 0.3132, I² 92.22 %,
  Q(df = 12) = 152.2330; ``predict(res, transf = exp)``: PI 0.1546 to 1.5490).
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import optimize
from scipy import stats as sps

from kulturhub.evaluation import instruments, stats

EVALUATION_DIR = Path(stats.__file__).resolve().parent
REPO_ROOT = EVALUATION_DIR.parents[1]


def assert_printed(actual: float, printed: str) -> None:
    """Assert ``actual`` rounds to the value as printed (half a unit in the last decimal)."""
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    tolerance = 0.5 * 10.0**-decimals + 1e-12
    assert abs(actual - float(printed)) <= tolerance, f"{actual!r} does not print as {printed}"


# --------------------------------------------------------------------------- no Django


def test_stats_and_instruments_import_without_django():
    code = (
        "import sys\n"
        "import kulturhub.evaluation.stats, kulturhub.evaluation.instruments\n"
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_sources_do_not_import_django():
    for path in [EVALUATION_DIR / "stats.py", EVALUATION_DIR / "instruments" / "__init__.py"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import ", "from ")):
                assert "django" not in stripped, f"{path.name}: {stripped}"


def test_score_is_reexported():
    assert stats.score is instruments.score
    assert stats.score("WHO5", {f"who5_{i}": 3 for i in range(1, 6)}) == 60


# --------------------------------------------------------------------------- paired_change

PRE = [12, 15, 9, 20, 14, 11, 17, 13]
POST = [15, 16, 12, 21, 18, 10, 20, 17]  # changes 3, 1, 3, 1, 4, -1, 3, 4


def test_paired_change_worked_example_by_hand():
    res = stats.paired_change(PRE, POST, mid=3)

    change = np.array(POST, float) - np.array(PRE, float)
    n = 8
    mean = 18 / 8  # 2.25
    sd = math.sqrt(21.5 / 7)  # squared deviations from 2.25 sum to 21.5
    assert change.sum() == 18
    assert ((change - mean) ** 2).sum() == pytest.approx(21.5)
    se = sd / math.sqrt(n)
    t = mean / se
    p = 2 * sps.t.sf(abs(t), n - 1)
    t_crit = sps.t.ppf(0.975, n - 1)
    dz = mean / sd
    gz = (1 - 3 / (4 * 7 - 1)) * dz  # J = 8/9

    assert res.n == n
    assert res.df == 7
    assert res.mean_pre == pytest.approx(np.mean(PRE))
    assert res.mean_post == pytest.approx(np.mean(POST))
    assert res.mean_change == pytest.approx(mean)
    assert res.sd_change == pytest.approx(sd)
    assert res.t == pytest.approx(t)
    assert res.p == pytest.approx(p)
    assert res.ci_low == pytest.approx(mean - t_crit * se)
    assert res.ci_high == pytest.approx(mean + t_crit * se)
    assert res.dz == pytest.approx(dz)
    assert res.gz == pytest.approx(8 / 9 * dz)
    assert res.gz == pytest.approx(gz)
    assert res.improved_share == 5 / 8  # changes >= 3: 3, 3, 4, 3, 4
    assert res.deteriorated_share == 0.0
    assert res.mid == 3.0


def test_paired_change_mid_when_lower_is_better():
    res = stats.paired_change(PRE, POST, mid=1, higher_is_better=False)
    assert res.improved_share == 1 / 8  # only the -1 change is an improvement
    assert res.deteriorated_share == 7 / 8


def test_paired_change_without_mid_has_no_shares():
    res = stats.paired_change(PRE, POST)
    assert res.improved_share is None
    assert res.deteriorated_share is None
    assert res.mid is None


def test_paired_change_mid_boundary_counts_despite_float_error():
    # SWEMWBS metric scores: 22.35 - 19.35 is 2.9999999999999996 in binary floating point.
    res = stats.paired_change([19.35, 19.25], [22.35, 19.98], mid=3)
    assert res.improved_share == 0.5


# Student's sleep data (R: datasets::sleep), drug 1 and drug 2 for the same ten patients.
SLEEP_DRUG1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_DRUG2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]


def test_paired_change_matches_r_sleep_example():
    # R compares group 1 - group 2; here change = post - pre with pre = drug 1, so signs flip.
    res = stats.paired_change(SLEEP_DRUG1, SLEEP_DRUG2)
    assert res.n == 10
    assert res.df == 9
    assert_printed(res.mean_change, "1.58")
    assert_printed(res.t, "4.0621")
    assert_printed(res.p, "0.002833")
    assert_printed(res.ci_low, "0.7001142")
    assert_printed(res.ci_high, "2.4598858")


def test_paired_change_drops_pairs_with_nan_on_either_side():
    pre = [1.0, 2.0, np.nan, 4.0, 5.0]
    post = [2.0, np.nan, 3.0, 6.0, 5.5]
    res = stats.paired_change(pre, post)
    ref = stats.paired_change([1.0, 4.0, 5.0], [2.0, 6.0, 5.5])
    assert res == ref
    assert res.n == 3


def test_paired_change_rejects_bad_input():
    with pytest.raises(ValueError, match="at least 2"):
        stats.paired_change([1.0], [2.0])
    with pytest.raises(ValueError, match="at least 2"):
        stats.paired_change([1.0, np.nan], [2.0, 3.0])
    with pytest.raises(ValueError, match="same length"):
        stats.paired_change([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match="mid"):
        stats.paired_change(PRE, POST, mid=0)
    with pytest.raises(ValueError, match="mid"):
        stats.paired_change(PRE, POST, mid=-3)
    with pytest.raises(ValueError, match="infinite"):
        stats.paired_change([1, 2, np.inf], [1, 2, 3])
    with pytest.raises(ValueError, match="one-dimensional"):
        stats.paired_change([[1, 2], [3, 4]], [[1, 2], [3, 4]])


def test_paired_change_constant_change_has_undefined_test():
    res = stats.paired_change([1, 2, 3], [3, 4, 5])
    assert res.mean_change == 2.0
    assert res.sd_change == 0.0
    assert res.ci_low == res.ci_high == 2.0
    assert math.isnan(res.t) and math.isnan(res.p) and math.isnan(res.dz) and math.isnan(res.gz)


def test_paired_change_result_is_frozen():
    res = stats.paired_change(PRE, POST)
    with pytest.raises(AttributeError):
        res.n = 3  # type: ignore[misc]


finite = st.floats(-1000, 1000, allow_nan=False, allow_subnormal=False)


@pytest.mark.filterwarnings("ignore:Precision loss occurred in moment calculation")
@settings(deadline=None, max_examples=150)
@given(st.lists(st.tuples(finite, finite), min_size=2, max_size=40))
def test_paired_change_ci_contains_mean_change(pairs):
    pre, post = zip(*pairs, strict=True)
    res = stats.paired_change(pre, post, mid=1.0)
    slack = 1e-9 * max(1.0, abs(res.mean_change))
    assert res.ci_low - slack <= res.mean_change <= res.ci_high + slack
    assert 0.0 <= res.improved_share + res.deteriorated_share <= 1.0


# --------------------------------------------------------------------------- random_effects

# dat.bcg: (tpos, tneg, cpos, cneg) for the 13 BCG vaccine trials (Colditz et al. 1994).
BCG = [
    (4, 119, 11, 128),
    (6, 300, 29, 274),
    (3, 228, 11, 209),
    (62, 13536, 248, 12619),
    (33, 5036, 47, 5761),
    (180, 1361, 372, 1079),
    (8, 2537, 10, 619),
    (505, 87886, 499, 87892),
    (29, 7470, 45, 7232),
    (17, 1699, 65, 1600),
    (186, 50448, 141, 27197),
    (5, 2493, 3, 2338),
    (27, 16886, 29, 17825),
]


def bcg_log_risk_ratios() -> tuple[np.ndarray, np.ndarray]:
    """yi, vi as metafor's escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg)."""
    tpos, tneg, cpos, cneg = np.array(BCG, dtype=float).T
    yi = np.log((tpos / (tpos + tneg)) / (cpos / (cpos + cneg)))
    vi = 1 / tpos - 1 / (tpos + tneg) + 1 / cpos - 1 / (cpos + cneg)
    return yi, vi


def test_bcg_effect_sizes_match_escalc_printout():
    yi, vi = bcg_log_risk_ratios()
    # Trials 8-13 as printed by escalc for dat.bcg (yi, vi to 4 decimals).
    printed = [
        ("0.0120", "0.0040"),
        ("-0.4694", "0.0564"),
        ("-1.3713", "0.0730"),
        ("-0.3394", "0.0124"),
        ("0.4459", "0.5325"),
        ("-0.0173", "0.0714"),
    ]
    for (y_printed, v_printed), y, v in zip(printed, yi[7:], vi[7:], strict=True):
        assert_printed(y, y_printed)
        assert_printed(v, v_printed)


def test_random_effects_dl_matches_metafor_bcg():
    yi, vi = bcg_log_risk_ratios()
    res = stats.random_effects(yi, vi, method="DL")
    assert res.method == "DL"
    assert res.k == 13
    assert_printed(res.estimate, "-0.7141")
    assert_printed(res.se, "0.1787")
    assert_printed(res.ci_low, "-1.0644")
    assert_printed(res.ci_high, "-0.3638")
    assert_printed(res.z, "-3.9952")
    assert_printed(res.tau2, "0.3088")
    assert_printed(res.i2, "92.1173")
    assert_printed(res.q, "152.2330")
    assert res.q_p == pytest.approx(sps.chi2.sf(152.2330, 12), rel=1e-4)
    assert res.q_p < 1e-4  # metafor prints "p-val < .0001"
    assert_printed(math.exp(res.estimate), "0.4896")  # predict(res, transf = exp)
    assert_printed(math.exp(res.ci_low), "0.3449")
    assert_printed(math.exp(res.ci_high), "0.6950")


def test_random_effects_reml_matches_metafor_bcg():
    yi, vi = bcg_log_risk_ratios()
    res = stats.random_effects(yi, vi, method="REML")
    assert res.method == "REML"
    assert_printed(res.estimate, "-0.7145")
    assert_printed(res.se, "0.1798")
    assert_printed(res.z, "-3.9744")
    assert_printed(res.ci_low, "-1.0669")
    assert_printed(res.ci_high, "-0.3622")
    assert_printed(res.tau2, "0.3132")
    assert_printed(math.sqrt(res.tau2), "0.5597")
    assert_printed(res.i2, "92.22")
    assert_printed(res.q, "152.2330")
    assert_printed(math.exp(res.pi_low), "0.1546")
    assert_printed(math.exp(res.pi_high), "1.5490")


def test_random_effects_dl_against_hand_computation():
    """DerSimonian-Laird and the metafor conventions written out independently."""
    yi, vi = bcg_log_risk_ratios()
    w = 1 / vi
    mu_fe = (w * yi).sum() / w.sum()
    q = (w * (yi - mu_fe) ** 2).sum()
    df = len(yi) - 1
    c = w.sum() - (w**2).sum() / w.sum()
    tau2 = max(0.0, (q - df) / c)
    w_star = 1 / (vi + tau2)
    mu = (w_star * yi).sum() / w_star.sum()
    se = 1 / math.sqrt(w_star.sum())
    z = sps.norm.ppf(0.975)

    res = stats.random_effects(yi, vi, "DL")
    assert res.q == pytest.approx(q)
    assert res.tau2 == pytest.approx(tau2)
    assert res.estimate == pytest.approx(mu)
    assert res.se == pytest.approx(se)
    assert res.ci_low == pytest.approx(mu - z * se)
    assert res.pi_high == pytest.approx(mu + z * math.sqrt(se**2 + tau2))
    assert res.i2 == pytest.approx(100 * (q - df) / q)  # I² = (Q - df)/Q under DL
    assert res.q_p == pytest.approx(sps.chi2.sf(q, df))
    assert res.p == pytest.approx(2 * sps.norm.sf(abs(mu / se)))


def test_random_effects_reml_solves_the_reml_estimating_equation():
    """Independent REML: fixed-point iteration of the REML score equation (Viechtbauer 2005)."""
    yi, vi = bcg_log_risk_ratios()
    tau2 = 0.0
    for _ in range(10_000):
        w = 1 / (vi + tau2)
        mu = (w * yi).sum() / w.sum()
        new = max(0.0, ((w**2) * ((yi - mu) ** 2 - vi)).sum() / (w**2).sum() + 1 / w.sum())
        if abs(new - tau2) < 1e-14:
            break
        tau2 = new
    res = stats.random_effects(yi, vi, "REML")
    assert res.tau2 == pytest.approx(tau2, rel=1e-6)
    w = 1 / (vi + tau2)
    assert res.estimate == pytest.approx((w * yi).sum() / w.sum(), rel=1e-7)
    assert res.se == pytest.approx(1 / math.sqrt(w.sum()), rel=1e-7)


def test_random_effects_reml_takes_the_global_maximum_of_a_bimodal_likelihood():
    # The restricted likelihood of these data has a local maximum at tau² = 0 (its slope there
    # is negative) and a higher interior maximum near 11.16.
    y, v = np.array([0.0, 0.0, 8.0]), np.array([1.0, 1.0, 9.0])

    def neg_loglik(tau2):
        w = 1 / (v + tau2)
        mu = (w * y).sum() / w.sum()
        return 0.5 * (np.log(v + tau2).sum() + np.log(w.sum()) + (w * (y - mu) ** 2).sum())

    def reml_score(tau2):
        w = 1 / (v + tau2)
        mu = (w * y).sum() / w.sum()
        return ((w**2) * (y - mu) ** 2).sum() - w.sum() + (w**2).sum() / w.sum()

    interior = optimize.brentq(reml_score, 8, 15, xtol=1e-14)
    assert reml_score(0.0) < 0
    assert neg_loglik(interior) < neg_loglik(0.0)
    res = stats.random_effects(y, v, "REML")
    assert res.tau2 == pytest.approx(interior, rel=1e-9)
    assert_printed(res.tau2, "11.16")


@pytest.mark.parametrize("method", ["DL", "REML"])
def test_random_effects_homogeneous_data_gives_zero_tau2(method):
    effects = [0.3, 0.3, 0.3, 0.3]
    variances = [0.04, 0.1, 0.02, 0.5]
    res = stats.random_effects(effects, variances, method=method)
    assert res.tau2 == 0.0
    assert res.i2 == 0.0
    assert res.estimate == pytest.approx(0.3)
    w = 1 / np.array(variances)
    assert res.se == pytest.approx(1 / math.sqrt(w.sum()))
    assert (res.pi_low, res.pi_high) == pytest.approx((res.ci_low, res.ci_high))
    assert res.q == pytest.approx(0.0, abs=1e-12)
    assert res.q_p == pytest.approx(1.0)


@pytest.mark.parametrize("method", ["DL", "REML"])
def test_random_effects_less_spread_than_sampling_error_truncates_tau2(method):
    # Effects scatter far less than their variances imply: the DL moment estimate is negative.
    res = stats.random_effects([0.10, 0.12, 0.08, 0.11], [0.05, 0.05, 0.05, 0.05], method)
    assert res.tau2 == 0.0
    assert res.estimate == pytest.approx(np.mean([0.10, 0.12, 0.08, 0.11]))


@pytest.mark.parametrize("method", ["DL", "REML"])
@pytest.mark.parametrize(
    ("effects", "variances"),
    [((0.1, 0.5), (0.01, 0.02)), ((0.1, 0.9), (0.01, 0.2)), ((0.3, -0.4), (0.001, 0.3))],
)
def test_random_effects_two_studies(method, effects, variances):
    res = stats.random_effects(effects, variances, method=method)
    assert res.k == 2
    # With k = 2, Q = (y1 - y2)² / (v1 + v2) and both the DL and the REML estimate reduce to
    # ((y1 - y2)² - (v1 + v2)) / 2 when that is positive.
    expected = ((effects[0] - effects[1]) ** 2 - sum(variances)) / 2
    assert expected > 0
    assert res.tau2 == pytest.approx(expected, rel=1e-6)
    assert res.q == pytest.approx((effects[0] - effects[1]) ** 2 / sum(variances))
    assert min(effects) < res.estimate < max(effects)


def test_random_effects_rejects_bad_input():
    with pytest.raises(ValueError, match="at least 2"):
        stats.random_effects([0.2], [0.01])
    with pytest.raises(ValueError, match="method"):
        stats.random_effects([0.2, 0.3], [0.01, 0.02], method="PM")
    with pytest.raises(ValueError, match="positive"):
        stats.random_effects([0.2, 0.3], [0.01, 0.0])
    with pytest.raises(ValueError, match="NaN"):
        stats.random_effects([0.2, np.nan], [0.01, 0.02])
    with pytest.raises(ValueError, match="same length"):
        stats.random_effects([0.2, 0.3, 0.1], [0.01, 0.02])


def test_random_effects_method_is_case_insensitive():
    yi, vi = bcg_log_risk_ratios()
    assert stats.random_effects(yi, vi, "reml") == stats.random_effects(yi, vi, "REML")


@settings(deadline=None, max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.floats(-5, 5, allow_nan=False, allow_subnormal=False),
            st.floats(1e-3, 10, allow_nan=False),
        ),
        min_size=2,
        max_size=15,
    ),
    st.sampled_from(["DL", "REML"]),
)
def test_random_effects_estimate_between_min_and_max_effect(studies, method):
    effects, variances = zip(*studies, strict=True)
    res = stats.random_effects(effects, variances, method=method)
    slack = 1e-9
    assert min(effects) - slack <= res.estimate <= max(effects) + slack
    assert res.tau2 >= 0.0
    assert 0.0 <= res.i2 <= 100.0
    assert res.ci_low <= res.estimate <= res.ci_high
    assert res.pi_low <= res.ci_low and res.ci_high <= res.pi_high
    assert 0.0 <= res.q_p <= 1.0


# --------------------------------------------------------------------------- threshold_shift


def test_threshold_shift_at_or_below():
    pre = [40, 60, 20, 50, 70, 30, np.nan]
    post = [60, 44, 30, 56, 80, np.nan, 10]
    # complete pairs: (40,60) (60,44) (20,30) (50,56) (70,80)
    res = stats.threshold_shift(pre, post, threshold=50, direction="at_or_below")
    assert res.n == 5
    assert res.count_pre == 3  # 40, 20, 50
    assert res.count_post == 2  # 44, 30
    assert res.share_pre == pytest.approx(0.6)
    assert res.share_post == pytest.approx(0.4)
    assert res.change == pytest.approx(-0.2)
    assert res.n_entered == 1  # 60 -> 44
    assert res.n_left == 2  # 40 -> 60, 50 -> 56
    assert res.mcnemar_p == pytest.approx(sps.binomtest(1, 3, 0.5).pvalue)


def test_threshold_shift_at_or_above():
    res = stats.threshold_shift([6, 7, 3, 9], [4, 7, 6, 5], threshold=6, direction="at_or_above")
    assert (res.count_pre, res.count_post) == (3, 2)
    assert res.share_pre == 0.75 and res.share_post == 0.5
    assert res.n_entered == 1 and res.n_left == 2


def test_threshold_shift_nobody_crosses():
    res = stats.threshold_shift([10, 90], [20, 80], threshold=50, direction="at_or_below")
    assert res.change == 0.0
    assert res.mcnemar_p == 1.0


def test_threshold_shift_rejects_bad_input():
    with pytest.raises(ValueError, match="direction"):
        stats.threshold_shift([1, 2], [1, 2], 1, "below")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="complete pair"):
        stats.threshold_shift([np.nan], [1], 1, "at_or_below")
    with pytest.raises(ValueError, match="threshold"):
        stats.threshold_shift([1, 2], [1, 2], math.nan, "at_or_below")


# --------------------------------------------------------------------------- attrition


def test_attrition_matches_r_welch_sleep_example():
    res = stats.attrition(SLEEP_DRUG1 + [np.nan], SLEEP_DRUG2)
    assert res.n_completers == 10 and res.n_dropouts == 10
    assert res.mean_completers == pytest.approx(0.75)
    assert res.mean_dropouts == pytest.approx(2.33)
    assert res.difference == pytest.approx(-1.58)
    assert_printed(res.t, "-1.8608")
    assert_printed(res.df, "17.776")
    assert_printed(res.p, "0.07939")


def test_attrition_needs_two_per_group():
    with pytest.raises(ValueError, match="at least 2"):
        stats.attrition([1.0, 2.0], [3.0, np.nan])


# --------------------------------------------------------------------------- dose_response


def test_dose_response_against_hand_computed_spearman():
    share = [0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 1.0]
    change = [1, -2, 3, 2, 6, 4, 5]
    # ranks of change: 2, 1, 4, 3, 7, 5, 6; share ranks 1..7; sum of squared differences 10
    n = 7
    rho = 1 - 6 * 10 / (n * (n**2 - 1))
    t = rho * math.sqrt((n - 2) / (1 - rho**2))
    p = 2 * sps.t.sf(abs(t), n - 2)
    res = stats.dose_response(share + [np.nan], change + [3])
    assert res.n == 7
    assert res.rho == pytest.approx(rho)
    assert res.rho == pytest.approx(23 / 28)
    assert res.p == pytest.approx(p)


def test_dose_response_constant_input_is_undefined():
    res = stats.dose_response([0.5, 0.5, 0.5], [1, 2, 3])
    assert math.isnan(res.rho) and math.isnan(res.p)
    assert res.n == 3


def test_dose_response_rejects_bad_input():
    with pytest.raises(ValueError, match="at least 3"):
        stats.dose_response([0.1, 0.2], [1, 2])
    with pytest.raises(ValueError, match="between 0 and 1"):
        stats.dose_response([0.1, 0.2, 1.5], [1, 2, 3])
