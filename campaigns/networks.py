"""The social networks a campaign's posts travel to, and their plain share addresses.

No network's script is loaded: a share link is an ordinary link to the network's own share
address, opened through the campaign page's ``share/<network>/`` route, which counts the click
and redirects. Instagram and TikTok have no share address for a web page: their posts are
copied and their images downloaded.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Network:
    code: str
    label: str
    share: str = ""  # the share address, with {url} and {text}; empty where there is none

    def share_url(self, url, text):
        if not self.share:
            return ""
        return self.share.format(url=quote(url, safe=""), text=quote(text, safe=""))


NETWORKS = [
    Network("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    Network("instagram", "Instagram"),
    Network("x", "X", "https://x.com/intent/post?text={text}&url={url}"),
    Network("tiktok", "TikTok"),
    Network("viber", "Viber", "viber://forward?text={text}%20{url}"),
    Network("whatsapp", "WhatsApp", "https://wa.me/?text={text}%20{url}"),
]
BY_CODE = {network.code: network for network in NETWORKS}
CHOICES = [(network.code, network.label) for network in NETWORKS]

# Where a card view came from: a network (its shared links carry ?via=) or none of them.
DIRECT = "direct"
VIA_CHOICES = [*CHOICES, (DIRECT, _("Direct or unknown"))]


def via(url, network):
    """The URL as shared on a network, marked so that its views are counted for that network."""
    return f"{url}?{urlencode({'via': network})}"
