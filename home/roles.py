"""The Wagtail groups of DESIGN.md and what each may do, applied idempotently.

``apply_roles(apps)`` is called by a data migration (so every database has the groups, not
only the demo), with the historical app registry; running it again changes nothing. It sets
each group's permissions to exactly what is listed here, skipping those whose model does not
exist yet: an app that adds permissions to a role lists them here and calls it again from a
migration of its own.
Translators have one group per locale but the default one ("Translators · Romani"): each may
write and publish pages only under its locale's root page, so ``grant_translator_rights`` runs
again when a locale root appears. They translate; they hold no change rights on the source
records (the Forum's, the topics, the site settings), whose shared fields are not theirs.
"""

from cms import languages

EDITORS = "Editors"
COORDINATORS = "Coordinators"
JUDGES = "Judges"
LEGACY_TRANSLATORS = "Translators"  # the single group of before, split per locale (0005)
WORKFLOW_NAME = "Editor → Coordinator"
TASK_NAME = "Coordinator approval"

ADMIN = ["wagtailadmin.access_admin"]
TRANSLATE = ["wagtail_localize.submit_translation", "home.view_translation_report"]


def translator_group_name(code):
    """The translators' group of a locale: "Translators · Romani"."""
    from django.utils.translation import get_language_info

    language = languages.BY_CODE.get(code)
    if language is not None:
        return f"Translators · {language.name}"
    try:
        return f"Translators · {get_language_info(code)['name']}"
    except KeyError:  # a language Django does not know either
        return f"Translators · {code}"


TRANSLATOR_GROUPS = {
    language.code: translator_group_name(language.code)
    for language in languages.LANGUAGES
    if language != languages.DEFAULT
}


def translator_language_codes(user):
    """The languages ``user`` translates, in the order of cms/languages.py: their groups'."""
    names = set(user.groups.values_list("name", flat=True))
    return [code for code, group in TRANSLATOR_GROUPS.items() if group in names]


# On their locale's root page only: never the default locale's tree.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]

# The Forum's translatable records (forum/): editors write them, translators translate them.
FORUM_RECORDS = ["community", "organization", "goal", "objective", "action", "advocacymeeting"]
_FORUM_EDIT = [
    f"forum.{verb}_{model}"
    for model in [*FORUM_RECORDS, "measurement"]
    for verb in ("add", "change")
]
_FORUM_DELETE = [f"forum.delete_{model}" for model in [*FORUM_RECORDS, "measurement"]]
# Publishing them is a coordinator's approval (the records are moderated like pages).
_FORUM_PUBLISH = [
    f"forum.{verb}_{model}" for model in FORUM_RECORDS for verb in ("publish", "lock", "unlock")
]
_FORUM_COORDINATE = [
    *_FORUM_PUBLISH,
    "forum.import_action_plan",
    "forum.view_registration",
    "forum.change_registration",
    "forum.view_internal_meetings",
]

# The essay competition (competition/): coordinators run it, judges score what they are given.
_COMPETITION_COORDINATE = [
    "competition.manage_competition",
    "competition.view_personal_data",
    *(f"competition.{verb}_judge" for verb in ("add", "change", "delete", "view")),
]

# The library's topic names (search/): editors name the topics, translators translate them;
# coordinators publish them (topics are moderated like pages).
_LIBRARY_EDIT = ["search.add_topic", "search.change_topic"]
_LIBRARY_PUBLISH = ["search.publish_topic", "search.lock_topic", "search.unlock_topic"]

# The site settings are moderated like pages: editors write drafts, coordinators publish.
_SETTINGS_PUBLISH = [
    "home.publish_sitesettings",
    "home.lock_sitesettings",
    "home.unlock_sitesettings",
]

# Campaigns (campaigns/): editors and coordinators see the reach and pledge counts; only
# coordinators see who signed.
_CAMPAIGN_FIGURES = ["campaigns.view_reach"]

# The recorded emails: coordinators see the failed ones and send them again.
_EMAILS_WATCH = ["home.view_outboundemail", "home.retry_outboundemail"]

# Translators translate the records: wagtail-localize's editor is Wagtail's snippet edit view,
# which asks the model-wide change right. home/translators.py keeps them to their languages'
# rows; they add, delete and publish none.
_TRANSLATE_RECORDS = [
    *(f"forum.change_{model}" for model in FORUM_RECORDS),
    "search.change_topic",
]

# Model permissions, as "app_label.codename".
MODEL_PERMISSIONS = {
    EDITORS: [
        *ADMIN,
        *TRANSLATE,
        "home.add_sitesettings",
        "home.change_sitesettings",
        *_FORUM_EDIT,
        "forum.view_internal_meetings",
        *_LIBRARY_EDIT,
        *_CAMPAIGN_FIGURES,
    ],
    COORDINATORS: [
        *ADMIN,
        *TRANSLATE,
        "home.add_sitesettings",
        "home.change_sitesettings",
        "home.delete_sitesettings",
        *_SETTINGS_PUBLISH,
        *_FORUM_EDIT,
        *_FORUM_DELETE,
        *_FORUM_COORDINATE,
        *_COMPETITION_COORDINATE,
        *_LIBRARY_EDIT,
        *_LIBRARY_PUBLISH,
        "search.delete_topic",
        *_CAMPAIGN_FIGURES,
        "campaigns.export_signatures",
        *_EMAILS_WATCH,
    ],
    JUDGES: [*ADMIN, "competition.score_essays"],
    **{group: [*ADMIN, *TRANSLATE, *_TRANSLATE_RECORDS] for group in TRANSLATOR_GROUPS.values()},
}

# Page permissions on the tree's root, so they reach every locale's tree.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    COORDINATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}

# Image and document permissions on the root collection. Wagtail checks them against its own
# base models (wagtailimages.Image, wagtaildocs.Document), whatever the custom model.
_ADD_CHANGE = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
]
_CHOOSE = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
_DELETE = ["wagtailimages.delete_image", "wagtaildocs.delete_document"]
COLLECTION_PERMISSIONS = {
    EDITORS: [*_ADD_CHANGE, *_CHOOSE],
    COORDINATORS: [*_ADD_CHANGE, *_CHOOSE, *_DELETE],
    **{group: [*_CHOOSE] for group in TRANSLATOR_GROUPS.values()},
}

# What Wagtail's own first migrations create, which our groups and workflow replace.
WAGTAIL_DEFAULT_GROUP = "Moderators"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def create_permissions_and_apply(apps, schema_editor=None):
    """For a data migration: Django creates permissions only after all migrations have run,
    so those granted here are created first, which makes this work on a fresh database."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    apply_roles(apps)


# The permissions Wagtail adds to a snippet model with drafts and locks (after migrations run,
# like Django's own: see wagtail/snippets/models.py create_extra_permissions).
MODERATION_VERBS = ("publish", "lock", "unlock")


def moderate_snippets(apps, *model_labels):  # e.g. ("forum.community", "forum.action")
    """Put the Editor → Coordinator workflow on these snippet models (WorkflowContentType).

    For a data migration, with the historical registry. Also creates the models' publish,
    lock and unlock permissions now, so that ``apply_roles`` can grant them on a fresh
    database. Idempotent.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for label in model_labels:
        model = apps.get_model(label)
        content_type, _ = ContentType.objects.get_or_create(
            app_label=model._meta.app_label, model=model._meta.model_name
        )
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
        for verb in MODERATION_VERBS:
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{verb}_{model._meta.model_name}",
                defaults={"name": f"Can {verb} {model._meta.verbose_name_raw}"},
            )


def _permissions(Permission, dotted_names):
    wanted = {tuple(dotted.split(".")) for dotted in dotted_names}
    found = Permission.objects.filter(
        codename__in={codename for _, codename in wanted},
        content_type__app_label__in={app_label for app_label, _ in wanted},
    ).select_related("content_type")
    return [p for p in found if (p.content_type.app_label, p.codename) in wanted]


def apply_roles(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.filter(name=WAGTAIL_DEFAULT_GROUP).delete()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    for name, dotted_names in MODEL_PERMISSIONS.items():
        groups[name].permissions.set(_permissions(Permission, dotted_names))

    root_page = Page.objects.filter(depth=1).first()
    for name, group in groups.items():
        wanted = _permissions(
            Permission, [f"wagtailcore.{c}" for c in PAGE_PERMISSIONS.get(name, [])]
        )
        GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
            permission__in=wanted
        ).delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission
            )

    root_collection = Collection.objects.filter(depth=1).first()
    for name, group in groups.items():
        wanted = _permissions(Permission, COLLECTION_PERMISSIONS.get(name, []))
        GroupCollectionPermission.objects.filter(group=group).exclude(
            permission__in=wanted
        ).delete()
        for permission in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )

    _apply_workflow(apps, groups[COORDINATORS], root_page)
    grant_translator_rights(apps)


def _apply_workflow(apps, coordinators, root_page):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True, content_type=task_type)
    task.groups.add(coordinators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, workflow_pages__isnull=True).delete()


def grant_translator_rights(apps):
    """Each locale's translators write and publish under that locale's root, and nowhere else.

    A locale added later by an administrator, outside cms/languages.py, gets its group here.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    wanted = _permissions(
        Permission, [f"wagtailcore.{codename}" for codename in TRANSLATOR_PAGE_PERMISSIONS]
    )
    locale_roots = (
        Page.objects.filter(depth=2)
        .exclude(locale__language_code=languages.DEFAULT.code)
        .select_related("locale")
    )
    for page in locale_roots:
        group, created = Group.objects.get_or_create(
            name=translator_group_name(page.locale.language_code)
        )
        if created:
            group.permissions.set(_permissions(Permission, [*ADMIN, *TRANSLATE]))
        GroupPagePermission.objects.filter(group=group).exclude(
            page=page, permission__in=wanted
        ).delete()
        for permission in wanted:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
