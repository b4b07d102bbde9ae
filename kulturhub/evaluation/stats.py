"""Statistics for evaluating culture-and-health activities: pure functions on numpy arrays.

Pure Python (numpy, scipy, statsmodels); no Django import. Where scipy or statsmodels provide a
computation it is used rather than a hand-written formula; the exceptions are documented at the
function (REML, which statsmodels does not offer, and the effect sizes / I², which are one-line
definitions).

Public interface (other code relies on it):

* :func:`paired_change` - pre/post change with t-test, 95 % CI, Cohen's dz / Hedges' gz and
  shares improved / deteriorated by at least a minimal important difference (MID).
* :func:`random_effects` - random-effects meta-analysis (DerSimonian-Laird or REML), with the
  conventions of R's metafor (normal-based CI and prediction interval, I² from the typical
  within-study variance).
* :func:`score` - instrument scoring (re-exported from :mod:`kulturhub.evaluation.instruments`).
* :func:`threshold_shift` - share at/below (or at/above) a threshold at baseline vs end.
* :func:`attrition` - completers vs drop-outs at baseline (Welch t-test).
* :func:`dose_response` - Spearman correlation of attendance share with change.

All confidence / prediction intervals are 95 %. Results are frozen dataclasses holding plain
Python floats and ints.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike
from scipy import optimize
from scipy import stats as sps
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.meta_analysis import combine_effects

from kulturhub.evaluation.instruments import score

__all__ = [
    "Attrition",
    "DoseResponse",
    "PairedChange",
    "RandomEffects",
    "ThresholdShift",
    "attrition",
    "dose_response",
    "paired_change",
    "random_effects",
    "score",
    "threshold_shift",
]

LEVEL = 0.95
_Z = float(sps.norm.ppf(0.5 + LEVEL / 2))  # 1.959963984540054


def _as_1d(values: ArrayLike, name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {arr.shape}")
    if np.isinf(arr).any():
        raise ValueError(f"{name} contains infinite values")
    return arr


def _paired(a: ArrayLike, b: ArrayLike, name_a: str, name_b: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the two arrays with every pair that has a NaN on either side removed."""
    x, y = _as_1d(a, name_a), _as_1d(b, name_b)
    if x.shape != y.shape:
        raise ValueError(f"{name_a} and {name_b} must have the same length ({x.size} != {y.size})")
    keep = ~(np.isnan(x) | np.isnan(y))
    return x[keep], y[keep]


# --------------------------------------------------------------------------- paired change


@dataclass(frozen=True, slots=True)
class PairedChange:
    """Result of :func:`paired_change`. Change is post - pre."""

    n: int
    mean_pre: float
    mean_post: float
    mean_change: float
    sd_change: float
    ci_low: float
    ci_high: float
    t: float
    df: int
    p: float
    dz: float
    gz: float
    improved_share: float | None
    deteriorated_share: float | None
    mid: float | None = None


def paired_change(
    pre: ArrayLike,
    post: ArrayLike,
    mid: float | None = None,
    *,
    higher_is_better: bool = True,
) -> PairedChange:
    """Summarise pre/post change for paired observations.

    Conventions: change = post - pre; pairs with a NaN on either side are dropped; SD of the
    change with ddof = 1; fewer than 2 complete pairs, arrays of different length or infinite
    values raise ``ValueError``.

    * ``t``, ``df``, ``p`` (two-sided) and the 95 % CI of the mean change come from
      :func:`scipy.stats.ttest_rel` and its ``confidence_interval``.
    * ``dz`` = mean change / SD of change (Cohen's dz); ``gz`` = J x dz with the Hedges
      small-sample correction J = 1 - 3 / (4 df - 1), df = n - 1.
    * With ``mid`` (a positive minimal important difference on the score scale):
      ``improved_share`` = share of pairs whose change is at least ``mid`` in the better
      direction, ``deteriorated_share`` = share at least ``mid`` in the worse direction. The
      better direction is an increase unless ``higher_is_better=False`` (e.g. UCLA-3, ONS
      anxiety). Both are ``None`` without ``mid``.

    If every pair changes by the same amount (SD of change 0), the t-test is undefined:
    ``t``, ``p``, ``dz`` and ``gz`` are NaN and the CI collapses to the mean change.
    """
    x_pre, x_post = _paired(pre, post, "pre", "post")
    n = int(x_pre.size)
    if n < 2:
        raise ValueError(f"paired_change needs at least 2 complete pairs, got {n}")
    if mid is not None and not (math.isfinite(mid) and mid > 0):
        raise ValueError(f"mid must be a positive number, got {mid!r}")

    change = x_post - x_pre
    mean_change = float(np.mean(change))
    sd_change = float(np.std(change, ddof=1))
    df = n - 1
    if sd_change > 0:
        res = sps.ttest_rel(x_post, x_pre)
        ci = res.confidence_interval(confidence_level=LEVEL)
        t, p = float(res.statistic), float(res.pvalue)
        ci_low, ci_high = float(ci.low), float(ci.high)
        dz = mean_change / sd_change
    else:
        t = p = dz = math.nan
        ci_low = ci_high = mean_change
    j = 1 - 3 / (4 * df - 1)
    gz = j * dz

    improved = deteriorated = None
    if mid is not None:
        tol = 1e-9 * max(1.0, mid)  # changes like 22.35 - 19.35 are not exactly 3.0 in floats
        signed = change if higher_is_better else -change
        improved = float(np.mean(signed >= mid - tol))
        deteriorated = float(np.mean(signed <= -mid + tol))

    return PairedChange(
        n=n,
        mean_pre=float(np.mean(x_pre)),
        mean_post=float(np.mean(x_post)),
        mean_change=mean_change,
        sd_change=sd_change,
        ci_low=ci_low,
        ci_high=ci_high,
        t=t,
        df=df,
        p=p,
        dz=dz,
        gz=gz,
        improved_share=improved,
        deteriorated_share=deteriorated,
        mid=None if mid is None else float(mid),
    )


def paired_change_from_sums(
    n: int,
    sum_pre: float,
    sum_post: float,
    sum_change: float,
    sum_change_sq: float,
    *,
    improved: int | None = None,
    deteriorated: int | None = None,
    mid: float | None = None,
) -> PairedChange:
    """:func:`paired_change` from sufficient statistics, for aggregates a database computed.

    ``sum_change`` = Σ(post - pre), ``sum_change_sq`` = Σ(post - pre)²; ``improved`` /
    ``deteriorated`` are the counts of pairs that changed by at least ``mid`` in the better /
    worse direction. Same conventions as :func:`paired_change`: SD with ddof = 1, t-based
    CI and two-sided p from the t distribution with n - 1 df (``scipy.stats.t``), Hedges' J.
    """
    [result] = paired_changes_from_sums(
        [n],
        [sum_pre],
        [sum_post],
        [sum_change],
        [sum_change_sq],
        improved=None if improved is None else [improved],
        deteriorated=None if deteriorated is None else [deteriorated],
        mid=mid,
    )
    return result


def paired_changes_from_sums(
    n: ArrayLike,
    sum_pre: ArrayLike,
    sum_post: ArrayLike,
    sum_change: ArrayLike,
    sum_change_sq: ArrayLike,
    *,
    improved: ArrayLike | None = None,
    deteriorated: ArrayLike | None = None,
    mid: float | None = None,
) -> list[PairedChange]:
    """:func:`paired_change_from_sums` for many groups at once (one scipy call for all)."""
    n = np.asarray(n, dtype=float)
    if n.size and n.min() < 2:
        raise ValueError(f"paired_change needs at least 2 complete pairs, got {int(n.min())}")
    sum_change = np.asarray(sum_change, dtype=float)
    sum_change_sq = np.asarray(sum_change_sq, dtype=float)
    df = n - 1
    mean_change = sum_change / n
    variance = np.maximum(0.0, (sum_change_sq - sum_change * sum_change / n) / df)
    # Sums of equal changes leave rounding noise of the order of the machine epsilon.
    variance[variance <= 1e-12 * np.maximum(1.0, sum_change_sq / n)] = 0.0
    sd = np.sqrt(variance)
    with np.errstate(divide="ignore", invalid="ignore"):
        se = sd / np.sqrt(n)
        t = np.where(sd > 0, mean_change / se, np.nan)
        dz = np.where(sd > 0, mean_change / sd, np.nan)
    p = np.where(sd > 0, 2 * sps.t.sf(np.abs(np.nan_to_num(t)), df), np.nan)
    half = sps.t.ppf(0.5 + LEVEL / 2, df) * se
    j = 1 - 3 / (4 * df - 1)
    mean_pre = np.asarray(sum_pre, dtype=float) / n
    mean_post = np.asarray(sum_post, dtype=float) / n
    up = None if mid is None or improved is None else np.asarray(improved, dtype=float) / n
    down = None if mid is None or deteriorated is None else np.asarray(deteriorated) / n
    return [
        PairedChange(
            n=int(n[i]),
            mean_pre=float(mean_pre[i]),
            mean_post=float(mean_post[i]),
            mean_change=float(mean_change[i]),
            sd_change=float(sd[i]),
            ci_low=float(mean_change[i] - half[i]),
            ci_high=float(mean_change[i] + half[i]),
            t=float(t[i]),
            df=int(df[i]),
            p=float(p[i]),
            dz=float(dz[i]),
            gz=float(j[i] * dz[i]),
            improved_share=None if up is None else float(up[i]),
            deteriorated_share=None if down is None else float(down[i]),
            mid=None if mid is None else float(mid),
        )
        for i in range(n.size)
    ]


# --------------------------------------------------------------------------- meta-analysis


@dataclass(frozen=True, slots=True)
class RandomEffects:
    """Result of :func:`random_effects` (conventions of R's metafor ``rma``, test = "z").

    ``i2`` is a percentage (0-100) as printed by metafor; ``q``/``q_p`` is Cochran's Q with
    k - 1 degrees of freedom; ``z``/``p`` test the pooled estimate against 0.
    """

    estimate: float
    se: float
    ci_low: float
    ci_high: float
    tau2: float
    i2: float
    q: float
    q_p: float
    pi_low: float
    pi_high: float
    k: int
    method: str
    z: float
    p: float


def _reml_tau2(y: np.ndarray, v: np.ndarray) -> float:
    """REML estimate of the between-study variance tau² (intercept-only model).

    statsmodels 0.15 has no REML estimator for ``combine_effects``, so the restricted
    log-likelihood is maximised directly. Up to a constant, with w_i = 1 / (v_i + tau²) and
    mu(tau²) = sum(w y) / sum(w), the negative restricted log-likelihood is

        0.5 * [ sum log(v_i + tau²) + log(sum w_i) + sum w_i (y_i - mu)² ]

    (Viechtbauer 2005, J Educ Behav Stat 30:261-293; the criterion metafor maximises for
    method = "REML"). It is minimised over tau² >= 0 with bounded Brent search
    (:func:`scipy.optimize.minimize_scalar`). The upper bound starts at ten times the larger
    of the observed variance of the effects and the largest within-study variance (REML tau²
    is about var(y) - mean(v), so far below) and is widened if the optimum lands on it.

    Bounded Brent never evaluates the end points and stops at a relative accuracy of about
    1e-8, so two refinements follow, both using the REML score (twice the derivative of the
    restricted log-likelihood), sum w²(y - mu)² - sum w + sum w² / sum w:

    * boundary: if the score at tau² = 0 is <= 0 (likelihood falling away from 0) and the
      criterion at 0 is not worse than at the Brent optimum, tau² = 0. Both conditions are
      needed because the restricted likelihood can be bimodal (a local maximum at 0 and a
      higher interior one, e.g. y = 0, 0, 8 with v = 1, 1, 9); the higher one is kept;
    * interior: the root of the score is polished with :func:`scipy.optimize.brentq` in a
      narrow bracket around the Brent optimum (kept as is if the bracket has no sign change).
    """

    def neg_restricted_loglik(tau2: float) -> float:
        w = 1.0 / (v + tau2)
        sw = w.sum()
        mu = (w * y).sum() / sw
        return 0.5 * (np.log(v + tau2).sum() + math.log(sw) + (w * (y - mu) ** 2).sum())

    def reml_score(tau2: float) -> float:
        w = 1.0 / (v + tau2)
        sw = w.sum()
        w2 = w**2
        mu = (w * y).sum() / sw
        return float((w2 * (y - mu) ** 2).sum() - sw + w2.sum() / sw)

    upper = 10.0 * max(float(np.var(y, ddof=1)), float(v.max()))
    for _ in range(8):
        res = optimize.minimize_scalar(
            neg_restricted_loglik,
            bounds=(0.0, upper),
            method="bounded",
            options={"xatol": 1e-12 * upper, "maxiter": 2000},
        )
        if not res.success:  # pragma: no cover - bounded Brent on a smooth 1-D function
            raise RuntimeError(f"REML optimisation failed: {res.message}")
        tau2 = float(res.x)
        if tau2 < 0.99 * upper:
            break
        upper *= 10.0
    else:  # pragma: no cover - would need an unbounded likelihood
        raise RuntimeError("REML optimisation did not find an interior optimum")

    at_zero = neg_restricted_loglik(0.0)
    if reml_score(0.0) <= 0 and at_zero <= neg_restricted_loglik(tau2) + 1e-12 * (
        1.0 + abs(at_zero)
    ):
        return 0.0
    lo, hi = tau2 * (1 - 1e-5), tau2 * (1 + 1e-5)
    if tau2 > 0 and reml_score(lo) > 0 > reml_score(hi):
        tau2 = float(optimize.brentq(reml_score, lo, hi, xtol=1e-15 * tau2, rtol=1e-15))
    return tau2


def random_effects(
    effects: ArrayLike,
    variances: ArrayLike,
    method: Literal["DL", "REML"] = "DL",
) -> RandomEffects:
    """Random-effects meta-analysis of ``effects`` with sampling ``variances``.

    ``method``: ``"DL"`` (DerSimonian-Laird) or ``"REML"`` (restricted maximum likelihood).
    Needs k >= 2 studies (k = 1 raises ``ValueError``); effects must be finite and variances
    finite and positive.

    * DL: tau², the pooled estimate, its SE and Cochran's Q come from
      :func:`statsmodels.stats.meta_analysis.combine_effects` (``method_re="dl"``).
      statsmodels 0.15 does *not* truncate a negative DL tau² at 0 (checked: homogeneous data
      give tau² < 0 and a meaningless I²), so tau² is truncated here and, when truncated, the
      fixed-effect estimate and SE are used (they are the random-effects ones at tau² = 0).
    * REML: tau² from :func:`_reml_tau2`; the estimate is the inverse-variance weighted mean
      with weights 1 / (v + tau²) and SE = 1 / sqrt(sum of those weights). Q still comes from
      statsmodels (it uses fixed-effect weights for both methods, as metafor does).

    As in metafor (default ``test="z"``): CI = mu ± z·SE, prediction interval
    = mu ± z·sqrt(SE² + tau²), z = 1.96; I² = 100·tau² / (tau² + s²) with s² the typical
    within-study variance (k - 1)·sum(w) / ((sum w)² - sum(w²)), w = 1/v - under DL this equals
    100·(Q - df)/Q when positive. ``q_p`` is the upper tail of chi² with k - 1 df.
    """
    y = _as_1d(effects, "effects")
    v = _as_1d(variances, "variances")
    if y.shape != v.shape:
        raise ValueError(f"effects and variances must have the same length ({y.size} != {v.size})")
    if np.isnan(y).any() or np.isnan(v).any():
        raise ValueError("effects and variances must not contain NaN")
    if (v <= 0).any():
        raise ValueError("variances must be positive")
    k = int(y.size)
    if k < 2:
        raise ValueError(f"random_effects needs at least 2 studies, got {k}")
    method_norm = str(method).upper()
    if method_norm not in ("DL", "REML"):
        raise ValueError(f"method must be 'DL' or 'REML', got {method!r}")

    # statsmodels divides by v + tau² with its untruncated (possibly negative) DL tau², which
    # can emit RuntimeWarnings; those random-effects values are discarded below in that case.
    with np.errstate(all="ignore"):
        sm = combine_effects(y, v, method_re="dl")
    q = max(float(sm.q), 0.0)  # a sum of squares; rounding can give -1e-17 for equal effects
    if method_norm == "DL":
        tau2 = float(sm.tau2)
        if tau2 > 0:
            estimate, se = float(sm.mean_effect_re), float(sm.sd_eff_w_re)
        else:
            tau2 = 0.0
            estimate, se = float(sm.mean_effect_fe), float(sm.sd_eff_w_fe)
    else:
        tau2 = _reml_tau2(y, v)
        w_re = 1.0 / (v + tau2)
        estimate = float((w_re * y).sum() / w_re.sum())
        se = float(1.0 / math.sqrt(w_re.sum()))

    w = 1.0 / v
    s2 = (k - 1) * w.sum() / (w.sum() ** 2 - (w**2).sum())
    i2 = 100.0 * tau2 / (tau2 + s2)
    pi_half = _Z * math.sqrt(se**2 + tau2)
    z = estimate / se
    return RandomEffects(
        estimate=estimate,
        se=se,
        ci_low=estimate - _Z * se,
        ci_high=estimate + _Z * se,
        tau2=tau2,
        i2=float(i2),
        q=q,
        q_p=float(sps.chi2.sf(q, k - 1)),
        pi_low=estimate - pi_half,
        pi_high=estimate + pi_half,
        k=k,
        method=method_norm,
        z=float(z),
        p=float(2 * sps.norm.sf(abs(z))),
    )


# --------------------------------------------------------------------------- thresholds


@dataclass(frozen=True, slots=True)
class ThresholdShift:
    """Result of :func:`threshold_shift`.

    ``share_pre`` / ``share_post``: share of the n complete pairs on the threshold side at
    baseline / end; ``change`` = share_post - share_pre; ``n_entered`` / ``n_left``: pairs
    that moved onto / off that side; ``mcnemar_p``: exact McNemar test of the two shares.
    """

    n: int
    threshold: float
    direction: str
    count_pre: int
    count_post: int
    share_pre: float
    share_post: float
    change: float
    n_entered: int
    n_left: int
    mcnemar_p: float


def threshold_shift(
    pre: ArrayLike,
    post: ArrayLike,
    threshold: float,
    direction: Literal["at_or_below", "at_or_above"],
) -> ThresholdShift:
    """Share of participants at/below (or at/above) ``threshold`` at baseline vs end.

    ``direction="at_or_below"`` counts scores <= threshold (e.g. WHO-5 <= 50, poor
    well-being); ``"at_or_above"`` counts scores >= threshold (e.g. UCLA-3 >= 6, lonely).
    Pairs with a NaN on either side are dropped (a paired comparison); no complete pair
    raises ``ValueError``. The exact McNemar p-value comes from
    :func:`statsmodels.stats.contingency_tables.mcnemar` (1.0 when nobody crossed).
    """
    if direction not in ("at_or_below", "at_or_above"):
        raise ValueError(f"direction must be 'at_or_below' or 'at_or_above', got {direction!r}")
    if not math.isfinite(threshold):
        raise ValueError("threshold must be a finite number")
    x_pre, x_post = _paired(pre, post, "pre", "post")
    n = int(x_pre.size)
    if n == 0:
        raise ValueError("threshold_shift needs at least 1 complete pair")
    if direction == "at_or_below":
        in_pre, in_post = x_pre <= threshold, x_post <= threshold
    else:
        in_pre, in_post = x_pre >= threshold, x_post >= threshold
    entered = int(np.sum(~in_pre & in_post))
    left = int(np.sum(in_pre & ~in_post))
    table = [[int(np.sum(in_pre & in_post)), left], [entered, int(np.sum(~in_pre & ~in_post))]]
    mcnemar_p = 1.0 if entered + left == 0 else float(mcnemar(table, exact=True).pvalue)
    count_pre, count_post = int(in_pre.sum()), int(in_post.sum())
    return ThresholdShift(
        n=n,
        threshold=float(threshold),
        direction=direction,
        count_pre=count_pre,
        count_post=count_post,
        share_pre=count_pre / n,
        share_post=count_post / n,
        change=(count_post - count_pre) / n,
        n_entered=entered,
        n_left=left,
        mcnemar_p=mcnemar_p,
    )


# --------------------------------------------------------------------------- attrition


@dataclass(frozen=True, slots=True)
class Attrition:
    """Result of :func:`attrition`; ``difference`` = mean_completers - mean_dropouts."""

    n_completers: int
    n_dropouts: int
    mean_completers: float
    mean_dropouts: float
    difference: float
    t: float
    df: float
    p: float


def attrition(completer_scores: ArrayLike, dropout_scores: ArrayLike) -> Attrition:
    """Compare (baseline) scores of completers and drop-outs.

    NaNs are dropped within each group; each group needs at least 2 values (else
    ``ValueError``). ``t``, ``df`` (Welch-Satterthwaite) and the two-sided ``p`` come from
    :func:`scipy.stats.ttest_ind` with ``equal_var=False`` (Welch's t-test).
    """
    a = _as_1d(completer_scores, "completer_scores")
    b = _as_1d(dropout_scores, "dropout_scores")
    a, b = a[~np.isnan(a)], b[~np.isnan(b)]
    if a.size < 2 or b.size < 2:
        raise ValueError(
            f"attrition needs at least 2 completers and 2 drop-outs, got {a.size} and {b.size}"
        )
    res = sps.ttest_ind(a, b, equal_var=False)
    mean_a, mean_b = float(np.mean(a)), float(np.mean(b))
    return Attrition(
        n_completers=int(a.size),
        n_dropouts=int(b.size),
        mean_completers=mean_a,
        mean_dropouts=mean_b,
        difference=mean_a - mean_b,
        t=float(res.statistic),
        df=float(res.df),
        p=float(res.pvalue),
    )


# --------------------------------------------------------------------------- dose-response


@dataclass(frozen=True, slots=True)
class DoseResponse:
    """Result of :func:`dose_response`: Spearman's rho, its two-sided p-value and n."""

    rho: float
    p: float
    n: int


def dose_response(attendance_share: ArrayLike, change: ArrayLike) -> DoseResponse:
    """Spearman rank correlation between attendance share (0-1) and change in score.

    Pairs with a NaN on either side are dropped; fewer than 3 pairs raise ``ValueError``, as
    do shares outside [0, 1]. ``rho`` and ``p`` come from :func:`scipy.stats.spearmanr`
    (p from the t approximation with n - 2 df). If either variable is constant the
    correlation is undefined and ``rho`` and ``p`` are NaN.
    """
    share, delta = _paired(attendance_share, change, "attendance_share", "change")
    n = int(share.size)
    if n < 3:
        raise ValueError(f"dose_response needs at least 3 complete pairs, got {n}")
    if (share < 0).any() or (share > 1).any():
        raise ValueError("attendance_share must lie between 0 and 1")
    if np.ptp(share) == 0 or np.ptp(delta) == 0:
        return DoseResponse(rho=math.nan, p=math.nan, n=n)
    res = sps.spearmanr(share, delta)
    return DoseResponse(rho=float(res.statistic), p=float(res.pvalue), n=n)
