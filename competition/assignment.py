"""Which judges read which essay: pure logic, no database, no request.

Each essay gets ``k`` judges who read its language and have no conflict with it (a judge
declares the schools and municipalities they are close to, and may declare a conflict on one
essay). Work is spread evenly: every essay goes, in turn, to the eligible judges with the least
work so far. Essays with the fewest eligible judges are served first, so that a rare language
is not left without readers by the common ones. When an essay cannot get ``k`` judges, it gets
as many as there are and is reported, never silently short.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Essay:
    id: int
    language: str
    school: str = ""
    municipality: str = ""


@dataclass(frozen=True)
class Judge:
    id: int
    languages: frozenset
    schools: frozenset = frozenset()
    municipalities: frozenset = frozenset()


@dataclass
class Assignment:
    judges: dict = field(default_factory=dict)  # essay id -> [judge id, ...]
    short: dict = field(default_factory=dict)  # essay id -> how many judges it lacks

    def load(self):
        """{judge id: number of essays}."""
        counts = {}
        for judge_ids in self.judges.values():
            for judge_id in judge_ids:
                counts[judge_id] = counts.get(judge_id, 0) + 1
        return counts


def has_conflict(judge, essay, declared=frozenset()):
    """True where the judge must not read the essay."""
    return (
        (judge.id, essay.id) in declared
        or (essay.school and essay.school in judge.schools)
        or (essay.municipality and essay.municipality in judge.municipalities)
    )


def eligible(judge, essay, declared=frozenset()):
    return essay.language in judge.languages and not has_conflict(judge, essay, declared)


def assign(essays, judges, k, declared=frozenset(), existing=None):
    """Give each essay ``k`` judges. ``existing`` ({essay id: [judge ids]}) is kept and topped up;
    ``declared`` holds (judge id, essay id) pairs of conflicts a judge declared."""
    judges = sorted(judges, key=lambda judge: judge.id)
    result = Assignment(judges={essay_id: list(ids) for essay_id, ids in (existing or {}).items()})
    load = {judge.id: 0 for judge in judges}
    for judge_id, count in result.load().items():
        load[judge_id] = load.get(judge_id, 0) + count

    candidates = {
        essay.id: [judge for judge in judges if eligible(judge, essay, declared)]
        for essay in essays
    }
    for essay in sorted(essays, key=lambda essay: (len(candidates[essay.id]), essay.id)):
        chosen = [
            judge_id
            for judge_id in result.judges.get(essay.id, [])
            if any(judge.id == judge_id for judge in candidates[essay.id])
        ]
        free = [judge for judge in candidates[essay.id] if judge.id not in chosen]
        free.sort(key=lambda judge: (load[judge.id], judge.id))
        for judge in free[: max(k - len(chosen), 0)]:
            chosen.append(judge.id)
            load[judge.id] += 1
        result.judges[essay.id] = chosen
        if len(chosen) < k:
            result.short[essay.id] = k - len(chosen)
    return result


def reassign(assignment, essays, judges, k, judge_id, essay_id, declared=frozenset()):
    """A judge declared a conflict on an essay: take it from them and give it to another."""
    declared = frozenset(declared) | {(judge_id, essay_id)}
    existing = {
        key: [other for other in ids if not (key == essay_id and other == judge_id)]
        for key, ids in assignment.judges.items()
    }
    return assign(essays, judges, k, declared=declared, existing=existing)
