"""Reading the Forum's pages back in tests."""

import re

from wagtail.test.utils.form_data import inline_formset, nested_form_data

# The demo's action plan, in its order.
DEMO_ACTION_CODES = ["A1.1", "A1.2", "A1.3", "A1.4", "A2.1", "A2.2", "A3.1", "A3.2"]


def action_html(html, code):
    """The tracker's block for one action, from its anchor to the next action's."""
    anchor = f'id="action-{code.lower().replace(".", "")}"'
    assert anchor in html, f"{code} is not on the page"
    block = html.split(anchor, 1)[1]
    return re.split(r'id="action-', block, maxsplit=1)[0]


def indicator_now(html, code):
    """The figure in the 'now' column of the action's first indicator."""
    block = action_html(html, code)
    return re.split(r'class="indicator__current"[^>]*>', block, maxsplit=1)[1].split("<", 1)[0]


def action_form_data(action, **changes):
    """The admin edit form of an action, as the browser would post it, with some changes."""
    fields = {
        "code": action.code,
        "objective": action.objective_id,
        "title": action.title,
        "description": action.description,
        "status": action.status,
        "progress": action.progress,
        "start_date": action.start_date.isoformat(),
        "end_date": action.end_date.isoformat(),
        "budget_mkd": str(action.budget_mkd),
        "responsible": action.responsible_id or "",
        "partners": [org.pk for org in action.partners.all()],
    }
    indicators = [
        {
            "id": indicator.pk,
            "name": indicator.name,
            "unit": indicator.unit,
            "baseline": str(indicator.baseline),
            "target": str(indicator.target),
            "live_source": indicator.live_source,
        }
        for indicator in action.indicators.all()
    ]
    indicators = changes.pop("indicators", indicators)
    fields.update(changes)
    fields["indicators"] = inline_formset(indicators, initial=action.indicators.count())
    return nested_form_data(fields)


def loaded_revision(client, url):
    """The revision inputs of an admin edit form as the browser received it (Wagtail refuses
    a save made on an older revision than the latest)."""
    html = client.get(url).content.decode()
    return dict(re.findall(r'name="(loaded_revision_(?:id|created_at))" value="([^"]*)"', html))
