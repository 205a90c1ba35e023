"""Background work of the campaigns: the signatory's email, and the share images on publishing."""

from django_tasks import task

from campaigns.models import CampaignPage, Signature
from home import emails


@task()
def send_confirmation(signature_id, page_id):
    """The signatory's email in their language: the link that confirms the signature and the
    one that withdraws it or, once it is confirmed, word that it was (someone signed again
    with the address: only its owner learns that it had signed)."""
    from campaigns.pledges import confirm_token, withdraw_token

    signature = Signature.objects.filter(pk=signature_id).first()
    page = CampaignPage.objects.live().filter(pk=page_id).first()
    if signature is None or page is None:
        return
    context = {
        "signature": signature,
        "page": page,
        "withdraw_url": page.full_route_url("withdraw", withdraw_token(signature)),
    }
    if signature.confirmed_at is None:
        template = "campaigns/email/confirm"
        context["confirm_url"] = page.full_route_url("confirm", confirm_token(signature))
    else:
        template = "campaigns/email/already_confirmed"
    emails.send(signature.email, signature.name, template, context, signature.language)


@task()
def make_share_images(page_id):
    """Draw the page's card images, so that no visitor's request waits for Pillow (their
    renditions, like every image's, are made when they are saved: home/images.py)."""
    from campaigns.cards import make_card_images

    page = CampaignPage.objects.live().filter(pk=page_id).first()
    if page is None:
        return 0
    return make_card_images(page)
