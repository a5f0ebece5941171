"""Vendor HTML (job descriptions, postings) made safe to show: an allowlist, nothing active, nothing remote.

Vendors store whatever their editors produced: scripts, styles, tracking pixels, event handlers,
``javascript:`` links. Qt's rich text engine runs no scripts, but it would happily fetch an image
from a URL (a tracking pixel tells the vendor's customer when and where the recruiter read the
ad) and honour inline styles that make text unreadable in a dark theme. So the markup is rebuilt
from an allowlist by ``nh3`` (the Python binding of ammonia, a maintained sanitiser on a real HTML5
parser): known structural tags, no attributes except safe ``href``s and numeric table spans, the
content of script-like elements dropped entirely, images replaced by their alt text.

No Qt here on purpose: the sanitiser is plain Python and tested as such.
"""

from __future__ import annotations

import html
import re

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
VOID_TAGS = frozenset({"br", "hr"})
#: Elements dropped together with everything inside them. (Void ones such as embed, link, meta,
#: base or input have no content: like any tag not allowed, they are simply left out.)
DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "object",
        "applet",
        "noscript",
        "template",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "head",
        "title",
        "form",
        "select",
        "textarea",
        "button",
        "frameset",
    }
)
_LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z!/]")
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_SPAN_ATTRS = frozenset({"colspan", "rowspan"})
#: ``img`` passes the allowlist with its ``alt`` only, then becomes that text (below): never a fetch.
_ATTRIBUTES = {"a": {"href"}, "td": set(_SPAN_ATTRS), "th": set(_SPAN_ATTRS), "img": {"alt"}}
_IMG = re.compile(r'<img(?: alt="([^"]*)")?>')


def _safe_href(value: str) -> str | None:
    # Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so do we.
    compact = "".join(ch for ch in value if ch > " ").lower()
    return value.strip() if compact.startswith(SAFE_SCHEMES) else None


def _attribute(tag: str, name: str, value: str) -> str | None:
    if name == "href":
        return _safe_href(value)  # absolute http(s) and mailto only: no relative or data: links
    if name in _SPAN_ATTRS:
        return str(int(value)) if value.isdigit() else None
    return value


def _alt_text(match: re.Match[str]) -> str:
    alt = match.group(1)
    return f"[{alt}]" if alt else ""


def sanitize(markup: str | None) -> str:
    """Safe HTML for a rich-text view; plain text input comes back escaped, with line breaks kept."""
    if not markup:
        return ""
    if not _LOOKS_LIKE_HTML.search(markup):
        return "<br>".join(html.escape(line) for line in markup.splitlines())
    cleaned = nh3.clean(
        markup,
        tags=set(ALLOWED_TAGS | {"img"}),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes=_ATTRIBUTES,
        attribute_filter=_attribute,
        strip_comments=True,
        link_rel=None,  # no rel="noopener noreferrer": nothing here opens in a browser tab
        url_schemes={"http", "https", "mailto"},
    )
    return _IMG.sub(_alt_text, cleaned)
