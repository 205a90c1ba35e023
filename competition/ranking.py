"""The ranking of the essays from the judges' scores: pure logic, no database, no request.

A judge's total for an essay is the weighted share of the rubric's maximum, on a 0-100 scale:
100 * sum(weight * score / maximum) / sum(weight). An essay's result is the mean of its judges'
totals. With ``normalise``, each judge's totals are first turned into z-scores over the essays
that judge read, then put back on the scale of all totals (mean and standard deviation of every
judge's totals together), so that a harsh or a lenient judge does not decide alone. Essays whose
judges' totals lie further apart than ``disagreement`` points are flagged for a further reading;
essays with fewer scores than the ``required`` judges per essay are flagged incomplete (ranked
on what there is, but not yet to be given a prize). Equal results share a rank (1, 2, 2, 4): ties
are shown, not broken.
"""

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    id: int
    weight: float
    maximum: float


@dataclass(frozen=True)
class Score:
    essay: int
    judge: int
    points: dict  # criterion id -> points given


@dataclass
class Ranked:
    essay: int
    result: float
    totals: dict  # judge id -> that judge's total (before normalisation)
    rank: int = 0
    tied: bool = False
    disagreement: bool = False
    incomplete: bool = False  # fewer judges' scores than the competition asks for

    @property
    def judges(self):
        return len(self.totals)


def total(points, criteria):
    """One judge's total for one essay, 0-100."""
    weights = sum(criterion.weight for criterion in criteria)
    if not weights:
        return 0.0
    share = sum(
        criterion.weight * points.get(criterion.id, 0) / criterion.maximum for criterion in criteria
    )
    return 100 * share / weights


def _normalised(totals_by_essay):
    """{essay: {judge: total}} with each judge's totals z-scored, then on the common scale."""
    by_judge = {}
    for totals in totals_by_essay.values():
        for judge, value in totals.items():
            by_judge.setdefault(judge, []).append(value)
    everything = [value for values in by_judge.values() for value in values]
    centre = statistics.fmean(everything)
    spread = statistics.pstdev(everything)
    shape = {
        judge: (statistics.fmean(values), statistics.pstdev(values))
        for judge, values in by_judge.items()
    }
    result = {}
    for essay, totals in totals_by_essay.items():
        result[essay] = {}
        for judge, value in totals.items():
            mean, deviation = shape[judge]
            z = (value - mean) / deviation if deviation else 0.0
            result[essay][judge] = centre + z * spread
    return result


def rank(scores, criteria, normalise=False, disagreement=25.0, places=2, required=1):
    """The essays, best first, each with its result, rank, tie, disagreement and incomplete
    flags (an essay is incomplete with fewer than ``required`` judges' scores)."""
    totals = {}
    for score in scores:
        totals.setdefault(score.essay, {})[score.judge] = total(score.points, criteria)
    adjusted = _normalised(totals) if normalise else totals

    ranked = [
        Ranked(
            essay=essay,
            result=round(statistics.fmean(adjusted[essay].values()), places),
            totals=judge_totals,
            disagreement=max(judge_totals.values()) - min(judge_totals.values()) > disagreement,
            incomplete=len(judge_totals) < required,
        )
        for essay, judge_totals in totals.items()
    ]
    ranked.sort(key=lambda row: (-row.result, row.essay))
    for position, row in enumerate(ranked, start=1):
        previous = ranked[position - 2] if position > 1 else None
        if previous is not None and previous.result == row.result:
            row.rank = previous.rank
            row.tied = previous.tied = True
        else:
            row.rank = position
    return ranked
