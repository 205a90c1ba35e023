"""The Forum's part of ``seed_demo``: the coalition, its strategy and plan, events, meetings.

Called by home's seed_demo as ``seed(command, homes)``; like it, it creates only what is missing,
so running it again changes nothing.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import cyrtranslit

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.rich_text import RichText

from cms import languages
from forum.models import (
    Action,
    AdvocacyMeeting,
    AdvocacyPage,
    Commitment,
    Community,
    EventIndexPage,
    EventPage,
    EventParticipation,
    Goal,
    Indicator,
    Measurement,
    MembersPage,
    Objective,
    Organization,
    Registration,
    StrategyPage,
)
from home import municipalities

from . import texts

DEFAULT = languages.DEFAULT.code
SKOPJE = ZoneInfo(settings.TIME_ZONE)


def _date(text):
    return datetime.date.fromisoformat(text)


def _latin(text):
    return cyrtranslit.to_latin(text, "mk")


def _in_script(code, cyrillic, latin):
    """A proper name as a reader of that language writes it."""
    if code == DEFAULT:
        return cyrillic
    if languages.is_cyrillic(code):
        return cyrtranslit.to_cyrillic(latin, "sr")
    return latin


def seed(command, homes):
    seeder = ForumSeeder(command, homes)
    seeder.run()


class ForumSeeder:
    def __init__(self, command, homes):
        self.command = command
        self.homes = homes
        self.locales = command.locales

    def created(self, count=1):
        self.command.created += count

    def run(self):
        self.communities = self.seed_communities()
        self.organisations = self.seed_organisations()
        self.actions = self.seed_plan()
        self.seed_meetings()
        self.seed_pages()

    def translate(self, source, texts_by_field, **extra):
        """Create the source's missing translations, with each language's own text."""
        for code, locale in self.locales.items():
            if code == DEFAULT or source.get_translation_or_none(locale) is not None:
                continue
            translation = source.copy_for_translation(locale)
            for name, values in texts_by_field.items():
                setattr(translation, name, values[code])
            for function in extra.values():
                function(translation, code)
            translation.save()
            self.created()

    # Members

    def seed_communities(self):
        default = self.locales[DEFAULT]
        found = {}
        for order, (slug, language, names) in enumerate(texts.COMMUNITIES):
            community = Community.objects.filter(slug=slug, locale=default).first()
            if community is None:
                community = Community.objects.create(
                    slug=slug,
                    language=language,
                    name=names[DEFAULT],
                    sort_order=order,
                    locale=default,
                )
                self.created()
            self.translate(community, {"name": names})
            found[slug] = community
        return found

    def seed_organisations(self):
        default = self.locales[DEFAULT]
        found = {}
        entries = [
            (slug, role, town, acronym, served, joined, names)
            for slug, role, town, acronym, served, joined, names in texts.LEADS
        ]
        for slug, role, town, served, cyrillic, latin in texts.MEMBERS:
            names = {code: _in_script(code, cyrillic, latin) for code in languages.CODES}
            entries.append((slug, role, town, "", served, "2025-06-01", names))
        for slug, role, town, acronym, served, joined, names in entries:
            org = Organization.objects.filter(slug=slug, locale=default).first()
            if org is None:
                description = texts.LEAD_DESCRIPTIONS.get(slug, {})
                org = Organization(
                    slug=slug,
                    name=names[DEFAULT],
                    acronym=acronym,
                    role=role,
                    municipality=town,
                    joined_on=_date(joined),
                    website=f"https://{slug}.example.org/",
                    email=f"info@{slug}.example.org",
                    description=f"<p>{description[DEFAULT]}</p>" if description else "",
                    memorandum_signed_on=(
                        _date("2025-09-15") if role == Organization.Role.MEDIA_PARTNER else None
                    ),
                    locale=default,
                )
                org.save()
                org.communities.set([self.communities[name] for name in served])
                org.save()
                self.created()
            description = texts.LEAD_DESCRIPTIONS.get(slug)
            self.translate(
                org,
                {"name": names},
                description=lambda row, code, d=description: setattr(
                    row, "description", f"<p>{d[code]}</p>" if d else ""
                ),
            )
            found[slug] = org
        return found

    # Strategy and action plan

    def seed_plan(self):
        default = self.locales[DEFAULT]
        goals = {}
        for number, titles in texts.GOALS:
            goal = Goal.objects.filter(number=number, locale=default).first()
            if goal is None:
                goal = Goal.objects.create(number=number, title=titles[DEFAULT], locale=default)
                self.created()
            self.translate(goal, {"title": titles})
            goals[number] = goal
        objectives = {}
        for number, code, titles in texts.OBJECTIVES:
            objective = Objective.objects.filter(code=code, locale=default).first()
            if objective is None:
                objective = Objective.objects.create(
                    goal=goals[number], code=code, title=titles[DEFAULT], locale=default
                )
                self.created()
            self.translate(objective, {"title": titles})
            objectives[code] = objective

        indicators = {}
        for code, *rest in texts.INDICATORS:
            indicators.setdefault(code, []).append(rest)
        coordinator = get_user_model().objects.filter(is_superuser=True).first()
        actions = {}
        for code, objective, (
            start,
            end,
        ), budget, status, progress, lead, partners, titles in texts.ACTIONS:
            action = Action.objects.filter(code=code, locale=default).first()
            if action is None:
                action = Action(
                    code=code,
                    objective=objectives[objective],
                    title=titles[DEFAULT],
                    start_date=_date(start),
                    end_date=_date(end),
                    budget_mkd=Decimal(budget),
                    status=Action.Status.PLANNED,
                    progress=0,
                    responsible=self.organisations[lead],
                    locale=default,
                )
                for order, (baseline, target, live, _, names, units) in enumerate(
                    indicators.get(code, [])
                ):
                    action.indicators.add(
                        Indicator(
                            name=names[DEFAULT],
                            unit=units[DEFAULT],
                            baseline=Decimal(baseline),
                            target=Decimal(target),
                            live_source=live,
                            sort_order=order,
                            locale=default,
                        )
                    )
                action.save()
                action.partners.set([self.organisations[slug] for slug in partners])
                action.save()
                # The plan's history: it started as planned, then moved on.
                if (status, progress) != (Action.Status.PLANNED, 0):
                    action.status, action.progress = status, progress
                    action.changed_by = coordinator
                    action.save()
                self.created()
                for indicator, (_, _, _, measured, _, _) in zip(
                    action.indicators.all(), indicators.get(code, []), strict=True
                ):
                    for day, value in measured:
                        Measurement.objects.create(
                            indicator_key=indicator.translation_key,
                            measured_on=_date(day),
                            value=Decimal(value),
                            recorded_by=coordinator,
                        )
            self.translate(
                action,
                {"title": titles},
                indicators=lambda row, lang, code=code: self.translate_indicators(row, lang, code),
            )
            actions[code] = action
        return actions

    def translate_indicators(self, translation, code, action_code):
        for indicator, (_, _, _, _, names, units) in zip(
            translation.indicators.all(), texts.INDICATORS_BY_ACTION[action_code], strict=True
        ):
            indicator.name = names[code]
            indicator.unit = units[code]

    # Advocacy log

    def institution_name(self, key, code):
        if key.startswith("municipality:"):
            town = municipalities.name(key.split(":", 1)[1], code)
            return texts.MUNICIPALITY_OF[code].format(town)
        return texts.INSTITUTIONS[key][1][code]

    def seed_meetings(self):
        default = self.locales[DEFAULT]
        if AdvocacyMeeting.objects.filter(locale=default).exists():
            return
        for key, day, topic, public, status, due in texts.MEETINGS:
            kind = "municipality" if key.startswith("municipality:") else texts.INSTITUTIONS[key][0]
            title, ask, promise = texts.TOPICS[topic]
            meeting = AdvocacyMeeting(
                institution_type=kind,
                institution=self.institution_name(key, DEFAULT),
                date=_date(day),
                participants="Ајше Мемеди (InSoK), Дарко Јовановиќ (Инегра Нау), Енис Салиу (CIS)",
                topics=title[DEFAULT],
                asks=ask[DEFAULT],
                public_summary=texts.SUMMARY[DEFAULT].format(topic=title[DEFAULT]),
                internal_notes=(
                    "Следна средба по објавувањето на буџетот; контакт преку кабинетот."
                    if not public
                    else ""
                ),
                is_public=public,
                locale=default,
            )
            meeting.commitments.add(
                Commitment(
                    description=promise[DEFAULT],
                    owed_by=self.institution_name(key, DEFAULT),
                    due_date=_date(due),
                    status=status,
                    locale=default,
                )
            )
            meeting.save()
            meeting.actions.set([self.actions["A2.1"]])
            meeting.save()
            self.created()

            def localise(row, code, key=key, title=title, ask=ask, promise=promise):
                row.institution = self.institution_name(key, code)
                row.topics = title[code]
                row.asks = ask[code]
                row.public_summary = texts.SUMMARY[code].format(topic=title[code])
                for commitment in row.commitments.all():
                    commitment.description = promise[code]
                    commitment.owed_by = self.institution_name(key, code)

            self.translate(meeting, {}, text=localise)

    # Pages

    def seed_pages(self):
        home = self.homes[DEFAULT]
        for model, data, menu in (
            (StrategyPage, texts.STRATEGY_PAGE, True),
            (MembersPage, texts.MEMBERS_PAGE, True),
            (AdvocacyPage, texts.ADVOCACY_PAGE, True),
        ):

            def fields(code, model=model, data=data, menu=menu):
                values = {
                    "title": data["title"][code],
                    "slug": data["slug"][code],
                    "introduction": data["introduction"][code],
                    "show_in_menus": menu,
                }
                if model is StrategyPage:
                    values["vision"] = f"<p>{data['vision'][code]}</p>"
                    values["mission"] = f"<p>{data['mission'][code]}</p>"
                return values

            self.command.page(home, model, fields)

        index = self.command.page(
            home,
            EventIndexPage,
            lambda code: {
                "title": texts.EVENTS_PAGE["title"][code],
                "slug": texts.EVENTS_PAGE["slug"][code],
                "introduction": texts.EVENTS_PAGE["introduction"][code],
                "show_in_menus": True,
            },
        )
        for event in texts.EVENTS:
            self.seed_event(index, event)

    def seed_event(self, index, event):
        kind, start, hours, town, place, capacity, slug, titles, intros = event
        starts = datetime.datetime.fromisoformat(start).replace(tzinfo=SKOPJE)
        past = starts < datetime.datetime.now(tz=SKOPJE)

        def fields(code):
            values = {
                "title": titles[code],
                "slug": slug,
                "introduction": intros[code],
                "place": _in_script(code, place, _latin(place)) if place else "",
                "agenda": [
                    (
                        "item",
                        {
                            "time": starts.time(),
                            "title": titles[code],
                            "speakers": "",
                            "description": "",
                        },
                    )
                ],
            }
            if past:
                values["outcomes"] = RichText(f"<p>{intros[code]}</p>").source
            return values

        def source_fields(code):
            return {
                **fields(code),
                "kind": kind,
                "starts_at": starts,
                "ends_at": starts + datetime.timedelta(hours=hours),
                "municipality": town,
                "online_url": "" if town else "https://meet.example.org/forum-mentoring",
                "capacity": capacity,
                "registration_open": not past,
            }

        existing = EventPage.objects.child_of(index).filter(slug=slug).exists()
        page = self.command.page(
            index, EventPage, lambda code: source_fields(code) if code == DEFAULT else fields(code)
        )
        if existing:
            return
        if past:
            for community, women, men in (("roma", 6, 4), ("turkish", 4, 5), ("vlach", 2, 3)):
                page.participation.add(
                    EventParticipation(community=self.communities[community], women=women, men=men)
                )
            self.command.publish(page)
            for translation in page.get_translations():
                translation = translation.specific
                for row in page.participation.all():
                    translation.participation.add(
                        EventParticipation(community=row.community, women=row.women, men=row.men)
                    )
                self.command.publish(translation)
        if kind == "training":
            for name, email, language in (
                ("Сабина Рамадани", "sabina@example.org", "mk"),
                ("Mehmet İsmaili", "mehmet@example.org", "tr"),
                ("Jovana Stojanović", "jovana@example.org", "sr"),
            ):
                Registration.objects.create(
                    event_key=page.translation_key,
                    email=email,
                    name=name,
                    language=language,
                    status=Registration.Status.CONFIRMED,
                )
