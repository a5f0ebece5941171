"""Vendor HTML (job descriptions, postings) made safe to show: an allowlist, nothing active, nothing remote.

Vendors store whatever their editors produced: scripts, styles, tracking pixels, event handlers,
``javascript:`` links. Qt's rich text engine runs no scripts, but it would happily fetch an image
from a URL (a tracking pixel tells the vendor's customer when and where the recruiter read the
ad) and honour inline styles that make text unreadable in a dark theme. So we rebuild the markup
from an allowlist: known structural tags, no attributes except safe ``href``s and table spans, the
content of script-like elements dropped entirely, images replaced by their alt text.

No Qt here on purpose: the sanitiser is plain Python and tested as such.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

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


def _safe_href(value: str) -> str | None:
    # Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so do we.
    compact = "".join(ch for ch in value if ch > " ").lower()
    return value.strip() if compact.startswith(SAFE_SCHEMES) else None


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0  # depth inside a dropped element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP_WITH_CONTENT:
            self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "img":
            alt = next((v for k, v in attrs if k == "alt" and v), None)
            if alt:
                self.out.append(f"[{html.escape(alt)}]")
            return
        if tag not in ALLOWED_TAGS:
            return  # unknown wrapper: keep its text, lose the tag
        kept = []
        for name, value in attrs:
            if value is None:
                continue
            if tag == "a" and name == "href":
                href = _safe_href(value)
                if href:
                    kept.append(f' href="{html.escape(href, quote=True)}"')
            elif tag in ("td", "th") and name in _SPAN_ATTRS and value.isdigit():
                kept.append(f' {name}="{int(value)}"')
        self.out.append(f"<{tag}{''.join(kept)}>")
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP_WITH_CONTENT:
            return  # <script/> has no content to skip
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.open and self.open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROP_WITH_CONTENT:
            if self.dropping:
                self.dropping -= 1
            return
        if self.dropping or tag not in ALLOWED_TAGS or tag in VOID_TAGS or tag not in self.open:
            return
        # Close anything left open inside it, so the output stays well nested.
        while self.open:
            inner = self.open.pop()
            self.out.append(f"</{inner}>")
            if inner == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(html.escape(data, quote=False))

    def handle_comment(self, data: str) -> None:
        pass  # comments can hide conditional markup for old browsers: drop them

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass  # CDATA and friends

    def result(self) -> str:
        self.close()
        return "".join(self.out) + "".join(f"</{t}>" for t in reversed(self.open))


def sanitize(markup: str | None) -> str:
    """Safe HTML for a rich-text view; plain text input comes back escaped, with line breaks kept."""
    if not markup:
        return ""
    if not _LOOKS_LIKE_HTML.search(markup):
        return "<br>".join(html.escape(line) for line in markup.splitlines())
    parser = _Sanitizer()
    parser.feed(markup)
    return parser.result()
