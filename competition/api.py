"""What the competition tells the other apps (DESIGN.md: apps meet through small functions)."""

from competition.models import EssayCompetitionPage, Submission
from home import privacy
from home.live_blocks import CHANGES_AT

PLACES = [Submission.Award.FIRST, Submission.Award.SECOND, Submission.Award.THIRD]


def count_submitted_essays():
    """Essays submitted to every competition so far, whatever became of them."""
    return Submission.objects.count()


def winners(page):
    """[(place label, prize, submission)] and the honourable mentions, once results are out:
    what the competition's page and the home page show."""
    awarded = {
        submission.award: submission
        for submission in Submission.objects.of(page)
        .exclude(award="")
        .exclude(award=Submission.Award.MENTION)
    }
    prizes = list(page.prizes.all())
    placed = []
    for position, award in enumerate(PLACES):
        if award in awarded:
            prize = prizes[position] if position < len(prizes) else None
            placed.append((award.label, prize, awarded[award]))
    mentions = list(Submission.objects.of(page).filter(award=Submission.Award.MENTION))
    return placed, mentions


def current_competition(locale):
    """The home page's competition block: the latest competition of the locale's language that
    is open (with its deadline) or has published its results (with its winners); None while
    none is either, so the block shows no deadline that has passed. Until the deadline, or a
    competition not yet open opens (``CHANGES_AT``)."""
    State = EssayCompetitionPage.State
    opening = None  # a competition not yet open appears by itself when it opens
    for page in (
        EssayCompetitionPage.objects.live()
        .filter(privacy.is_public())
        .filter(locale=locale)
        .order_by("-opens_at", "-pk")[:3]
    ):
        state = page.state()
        if state == State.UPCOMING:
            opening = min(opening or page.source.opens_at, page.source.opens_at)
        if state == State.OPEN:
            closes_at = page.source.closes_at
            return {
                "competition": page,
                "closes_at": closes_at,
                CHANGES_AT: min(opening or closes_at, closes_at),
            }
        if state == State.RESULTS:
            return {"competition": page, "winners": winners(page)[0], CHANGES_AT: opening}
    return {CHANGES_AT: opening} if opening else None
