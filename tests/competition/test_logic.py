"""The competition's pure logic: assignment of judges, the ranking, the redaction of essays."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition.assignment import Essay, Judge, assign, has_conflict, reassign
from competition.ranking import Criterion, Score, rank, total
from competition.redaction import MARK, redact, terms_for

# Assignment

JUDGES = [
    Judge(1, frozenset({"mk", "sq"}), schools=frozenset({"СОУ Гостивар"})),
    Judge(2, frozenset({"mk", "tr"})),
    Judge(3, frozenset({"mk", "rom"}), municipalities=frozenset({"kumanovo"})),
    Judge(4, frozenset({"mk", "sq", "rom"})),
    Judge(5, frozenset({"mk", "bs", "sr"})),
]


def test_each_essay_gets_k_judges_who_read_it_and_have_no_conflict():
    essays = [
        Essay(1, "mk"),
        Essay(2, "sq", school="СОУ Гостивар"),
        Essay(3, "rom", municipality="kumanovo"),
        Essay(4, "tr"),
    ]

    result = assign(essays, JUDGES, k=2)

    assert result.judges[2] == [4]  # judge 1 knows the school; no third reader of Albanian
    assert result.short == {2: 1, 3: 1, 4: 1}
    assert result.judges[3] == [4]  # judge 3 lives there
    assert result.judges[4] == [2]
    assert len(result.judges[1]) == 2
    for essay in essays:
        for judge_id in result.judges[essay.id]:
            judge = next(j for j in JUDGES if j.id == judge_id)
            assert essay.language in judge.languages
            assert not has_conflict(judge, essay)


def test_work_is_spread_evenly():
    essays = [Essay(n, "mk") for n in range(1, 31)]

    load = assign(essays, JUDGES, k=3).load()

    assert sum(load.values()) == 90
    assert max(load.values()) - min(load.values()) <= 1


def test_a_declared_conflict_moves_the_essay_to_another_judge():
    essays = [Essay(n, "mk") for n in range(1, 6)]
    first = assign(essays, JUDGES, k=3)
    judge = first.judges[1][0]

    second = reassign(first, essays, JUDGES, 3, judge, 1)

    assert judge not in second.judges[1] and len(second.judges[1]) == 3
    kept = {essay: ids for essay, ids in first.judges.items() if essay != 1}
    assert {essay: ids for essay, ids in second.judges.items() if essay != 1} == kept


@settings(max_examples=60, deadline=None)
@given(
    languages=st.lists(
        st.sampled_from(["mk", "sq", "tr", "rom", "sr", "bs", "rup", "en"]), max_size=60
    ),
    k=st.integers(min_value=1, max_value=4),
)
def test_assignment_rules_hold_for_any_set_of_essays(languages, k):
    essays = [
        Essay(n, language, municipality="kumanovo" if n % 7 == 0 else "")
        for n, language in enumerate(languages)
    ]

    result = assign(essays, JUDGES, k)

    for essay in essays:
        chosen = result.judges[essay.id]
        assert len(chosen) == len(set(chosen))
        readers = [
            j for j in JUDGES if essay.language in j.languages and not has_conflict(j, essay)
        ]
        assert len(chosen) == min(k, len(readers))
        assert result.short.get(essay.id, 0) == k - len(chosen)


# Ranking: a worked example, computed by hand.
#
# Two criteria: content (weight 2, out of 10) and language (weight 1, out of 5).
# total = 100 * (2 * content / 10 + 1 * language / 5) / 3
#   judge 1 (harsh):   essay A 6,3 -> 100*(1.2+0.6)/3 = 60;  essay B 4,2 -> 100*(0.8+0.4)/3 = 40
#   judge 2 (lenient): essay A 9,4 -> 100*(1.8+0.8)/3 = 86.67; essay C 10,5 -> 100
#   judge 3:           essay B 7,3 -> 100*(1.4+0.6)/3 = 66.67; essay C 4,2 -> 40
# Plain means: A (60+86.67)/2 = 73.33, C (100+40)/2 = 70, B (40+66.67)/2 = 53.33.
# Normalised: every judge read two essays, so each one's z-scores are +1 and -1.
# All six totals: mean 65.56, population sd 20.69 (computed below).
#   A: judge 1 +1, judge 2 -1 -> mean z 0 -> 65.56
#   B: judge 1 -1, judge 3 +1 -> 65.56
#   C: judge 2 +1, judge 3 -1 -> 65.56   (three-way tie)
CRITERIA = [Criterion(1, 2, 10), Criterion(2, 1, 5)]
A, B, C = 101, 102, 103
SCORES = [
    Score(A, 1, {1: 6, 2: 3}),
    Score(B, 1, {1: 4, 2: 2}),
    Score(A, 2, {1: 9, 2: 4}),
    Score(C, 2, {1: 10, 2: 5}),
    Score(B, 3, {1: 7, 2: 3}),
    Score(C, 3, {1: 4, 2: 2}),
]


def test_a_judges_total_is_the_weighted_share_of_the_maximum():
    assert total({1: 6, 2: 3}, CRITERIA) == pytest.approx(60)
    assert total({1: 10, 2: 5}, CRITERIA) == pytest.approx(100)
    assert total({}, CRITERIA) == 0


def test_ranking_by_the_weighted_mean():
    ranked = rank(SCORES, CRITERIA)

    assert [(row.essay, row.result, row.rank) for row in ranked] == [
        (A, 73.33, 1),
        (C, 70.0, 2),
        (B, 53.33, 3),
    ]
    assert not any(row.tied for row in ranked)
    # Judges 2 and 3 are 60 points apart on C, judges 1 and 3 26.67 apart on B.
    assert {row.essay: row.disagreement for row in ranked} == {A: True, B: True, C: True}
    assert {row.essay: row.disagreement for row in rank(SCORES, CRITERIA, disagreement=30)} == {
        A: False,
        B: False,
        C: True,
    }


def test_an_essay_with_fewer_judges_than_required_is_flagged_incomplete():
    # Judge 3 has not scored C yet: C has one score of the two each essay needs.
    ranked = rank(
        [score for score in SCORES if (score.essay, score.judge) != (C, 3)], CRITERIA, required=2
    )

    assert {row.essay: (row.judges, row.incomplete) for row in ranked} == {
        A: (2, False),
        B: (2, False),
        C: (1, True),
    }
    assert not any(row.incomplete for row in rank(SCORES, CRITERIA, required=2))


def test_normalising_takes_away_the_harsh_and_the_lenient_judges_weight():
    ranked = rank(SCORES, CRITERIA, normalise=True)

    totals = [60, 40, 86.6667, 100, 66.6667, 40]
    mean = sum(totals) / 6
    assert [row.result for row in ranked] == [round(mean, 2)] * 3
    assert [row.rank for row in ranked] == [1, 1, 1]
    assert all(row.tied for row in ranked)


def test_ties_share_a_rank_and_the_next_rank_is_skipped():
    scores = [Score(1, 1, {1: 8, 2: 4}), Score(2, 1, {1: 8, 2: 4}), Score(3, 1, {1: 5, 2: 5})]

    ranked = rank(scores, CRITERIA)

    assert [(row.essay, row.rank, row.tied) for row in ranked] == [
        (1, 1, True),
        (2, 1, True),
        (3, 3, False),
    ]


# Redaction


def test_name_school_and_municipality_are_hidden_in_either_script():
    terms = terms_for(name="Ајла Хоџиќ", school="СОУ Браќа Миладиновци", municipality="Куманово")
    text = (
        "Јас сум Ајла Хоџиќ од Куманово. Во СОУ Браќа Миладиновци учам со другарката Ајла. "
        "Ajla Hodžić also writes her name in Latin; kumanovo is home. Ајлавиот брат не."
    )

    redacted = redact(text, terms)

    assert redacted == (
        f"Јас сум {MARK} од {MARK}. Во {MARK} учам со другарката {MARK}. "
        f"{MARK} also writes her name in Latin; {MARK} is home. Ајлавиот брат не."
    )  # a longer word ("Ајлавиот") is not cut into


def test_redaction_without_terms_changes_nothing():
    assert redact("<b>Здраво</b>", terms_for()) == "<b>Здраво</b>"
