"""Assigning and ranking 1,000 essays with 3 judges each and 5 criteria: the pure logic's time.

Prints the median of a few runs of ``competition.assignment.assign`` and
``competition.ranking.rank`` (with and without normalisation). The issue's target is under one
second for both together; the database reads and writes around them come with the admin views.
"""

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from competition.assignment import Essay, Judge, assign
from competition.ranking import Criterion, Score, rank

LANGUAGES = ["mk", "sq", "tr", "rom", "sr", "bs", "rup", "en"]
ESSAYS, JUDGES, K, ROUNDS = 1000, 30, 3, 5


def timed(function):
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - start) * 1000)
    return result, statistics.median(timings)


def main():
    rng = random.Random(2026)
    essays = [
        Essay(
            n,
            rng.choice(LANGUAGES),
            school=f"school-{rng.randrange(120)}",
            municipality=f"m{rng.randrange(81)}",
        )
        for n in range(ESSAYS)
    ]
    judges = [
        Judge(
            n,
            frozenset({"mk", *rng.sample(LANGUAGES, 3)}),
            schools=frozenset(f"school-{rng.randrange(120)}" for _ in range(2)),
            municipalities=frozenset({f"m{rng.randrange(81)}"}),
        )
        for n in range(JUDGES)
    ]
    criteria = [Criterion(n, rng.choice([1, 2, 3]), 10) for n in range(5)]

    assignment, assign_ms = timed(lambda: assign(essays, judges, K))
    scores = [
        Score(essay_id, judge_id, {c.id: rng.randint(0, 10) for c in criteria})
        for essay_id, judge_ids in assignment.judges.items()
        for judge_id in judge_ids
    ]
    _, rank_ms = timed(lambda: rank(scores, criteria))
    _, normalised_ms = timed(lambda: rank(scores, criteria, normalise=True))
    load = assignment.load().values()
    print(f"essays {ESSAYS}, judges {JUDGES}, {K} judges each, {len(criteria)} criteria")
    spread = f"load {min(load)}-{max(load)}, short {len(assignment.short)}"
    print(f"assign                {assign_ms:8.1f} ms  ({spread})")
    print(f"rank                  {rank_ms:8.1f} ms")
    print(f"rank, normalised      {normalised_ms:8.1f} ms")
    print(f"assign + rank         {assign_ms + normalised_ms:8.1f} ms  (target < 1000 ms)")


if __name__ == "__main__":
    main()
