"""URL normalisation: two spellings of one address compare equal."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that track the reader and never change what the page says.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "ga_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ocid", "cmpid", "ref", "ref_src",
     "smid", "sref", "cid", "s_cid", "_ga", "mkt_tok", "at_medium", "at_campaign", "ito"}
)  # fmt: skip


def normalize_url(url: str) -> str:
    """A canonical form: http(s) alike, host lower-cased without `www.` and default port,
    no trailing slash, no fragment, tracking parameters dropped and the rest sorted."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip()
    host = host.removeprefix("www.")
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith(_TRACKING_PREFIXES) and name.lower() not in _TRACKING_NAMES
    ]
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))
