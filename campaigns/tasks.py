"""Background work of the campaigns: the signatory's email, and the share images on publishing."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from campaigns.models import CampaignPage, Signature

# The renditions a campaign hands out: Open Graph and X (1200x630), a square post (1080x1080),
# a story or reel (1080x1920).
SHARE_SIZES = ["fill-1200x630", "fill-1080x1080", "fill-1080x1920"]


@task()
def send_confirmation(signature_id, page_id):
    """The link that confirms a signature, and the one that withdraws it, in the signatory's
    language."""
    from campaigns.pledges import confirm_token, withdraw_token

    signature = Signature.objects.filter(pk=signature_id, confirmed_at__isnull=True).first()
    page = CampaignPage.objects.live().filter(pk=page_id).first()
    if signature is None or page is None:
        return
    with translation.override(signature.language):
        context = {
            "signature": signature,
            "page": page,
            "confirm_url": page.full_route_url("confirm", confirm_token(signature)),
            "withdraw_url": page.full_route_url("withdraw", withdraw_token(signature)),
        }
        subject = " ".join(render_to_string("campaigns/email/confirm_subject.txt", context).split())
        body = render_to_string("campaigns/email/confirm.txt", context)
    recipient = f"{signature.name} <{signature.email}>"
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient]).send()


@task()
def make_share_images(page_id):
    """Draw the page's card images and make the renditions its share kit and social tags use,
    so that no visitor's request waits for Pillow."""
    from campaigns.cards import make_card_images
    from campaigns.models import CardImage

    page = CampaignPage.objects.live().filter(pk=page_id).first()
    if page is None:
        return 0
    drawn = make_card_images(page)
    for card in CardImage.objects.filter(page=page).select_related("image"):
        card.image.get_rendition("fill-1200x630")
    if page.hero_image is not None:
        page.hero_image.get_renditions("fill-1200x630", "fill-1200x500", "fill-480x270")
    for block in page.body:
        if block.block_type == "share_kit":
            block.value["image"].get_renditions(*SHARE_SIZES)
    return drawn
