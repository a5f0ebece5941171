"""The vendor-HTML sanitiser: structure kept, anything active or remote gone."""

from __future__ import annotations

import pytest

from desktop.ui.html import sanitize


def test_keeps_structure_and_text() -> None:
    html = (
        "<h3>Über uns</h3><p>Wir sind <b>Nordhafen</b> &amp; <em>Co</em>.</p>"
        "<ul><li>Eins</li><li>Zwei</li></ul><table><tr><td colspan='2'>x</td></tr></table>"
    )
    assert sanitize(html) == (
        "<h3>Über uns</h3><p>Wir sind <b>Nordhafen</b> &amp; <em>Co</em>.</p>"
        # An HTML5 parser adds the tbody every browser adds; it renders the same.
        '<ul><li>Eins</li><li>Zwei</li></ul><table><tbody><tr><td colspan="2">x</td></tr></tbody></table>'
    )


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        "<SCRIPT type='text/javascript'>document.cookie</SCRIPT>",
        "<style>body{display:none}</style>",
        "<iframe src='https://evil.example'></iframe>",
        "<object data='x.swf'></object><embed src='y'>",
        "<svg><script>alert(1)</script></svg>",
        "<!--[if IE]><script>x()</script><![endif]-->",
        "<noscript><img src='https://t.example/p.gif'></noscript>",
        "<link rel=stylesheet href='https://evil.example/x.css'><meta http-equiv=refresh content='0;url=x'>",
    ],
)
def test_drops_active_content_entirely(html: str) -> None:
    out = sanitize("<p>before</p>" + html + "<p>after</p>")
    assert out == "<p>before</p><p>after</p>", out


def test_strips_attributes_events_styles_and_unsafe_links() -> None:
    out = sanitize(
        '<p onclick="steal()" style="color:white" class="x" id="y">hi</p>'
        '<a href="javascript:alert(1)">a</a><a href=" JaVa\tScRiPt:alert(1)">b</a>'
        '<a href="data:text/html,<script>x</script>">c</a>'
        '<a href="https://careers.example/job?id=1&amp;x=2" target="_blank" onmouseover="x()">d</a>'
        '<a href="mailto:jobs@example.com">e</a>'
    )
    assert out == (
        "<p>hi</p><a>a</a><a>b</a><a>c</a>"
        '<a href="https://careers.example/job?id=1&amp;x=2">d</a><a href="mailto:jobs@example.com">e</a>'
    )


def test_images_never_load_remote_content() -> None:
    out = sanitize(
        '<p>Team<img src="https://tracker.example/pixel.gif?u=1" alt="Team photo">'
        '<img src="http://x.example/a.png"></p>'
    )
    assert out == "<p>Team[Team photo]</p>"
    assert "http" not in out


def test_escapes_text_and_repairs_nesting() -> None:
    assert sanitize("<p>a < b &lt;script&gt;</p>") == "<p>a &lt; b &lt;script&gt;</p>"
    assert sanitize("<ul><li><b>open") == "<ul><li><b>open</b></li></ul>"
    assert sanitize("<p>x</b></i></p>") == "<p>x</p>"
    assert sanitize("<div><p>one</div>two") == "<div><p>one</p></div>two"


def test_plain_text_keeps_its_lines() -> None:
    assert sanitize("Line 1\nLine <2>") == "Line 1<br>Line &lt;2&gt;"
    assert sanitize(None) == "" and sanitize("") == ""


def test_unknown_tags_lose_the_tag_not_the_text() -> None:
    assert sanitize("<p><font color=red>red</font> <blink>x</blink></p>") == "<p>red x</p>"


def test_relative_links_and_odd_spans_are_dropped() -> None:
    out = sanitize(
        '<a href="/apply">a</a><a href="//evil.example/x">b</a>'
        '<table><tr><td rowspan="2;x">c</td></tr></table>'
    )
    assert out == "<a>a</a><a>b</a><table><tbody><tr><td>c</td></tr></tbody></table>"
