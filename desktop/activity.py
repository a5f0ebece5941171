"""The activity log: what each sync, write and failure did, in ids and figures, never personal data.

Lines go to the rotating log file (``core.setup_logging``) through the ``recruiter_companion.activity``
logger. A support engineer reading them learns which account (id and vendor), which stream or action,
how many records and requests, which status and error class; never a candidate's name, e-mail, phone
or CV text. Error texts come from vendors and may quote what was sent ("a candidate with e-mail … exists
already"), so they pass :func:`scrub` first, on top of the secret redactor every line passes.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from typing import Any

log = logging.getLogger("recruiter_companion.activity")

_EMAIL = re.compile(r"[^\s@<>\"',;:()\[\]]+@[^\s@<>\"',;:()\[\]]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
#: What the phone pattern also matches but is no person's data and is what a diagnosis needs.
_NOT_A_PHONE = re.compile(r"\d{1,3}(\.\d{1,3}){3}|\d{4}-\d{2}-\d{2}([ T]\d{2}(:\d{2}){0,2})?")
_QUOTED = re.compile(r"(['\"‘“])(?:(?!\1).){1,200}?\1")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose every file, the first and each one after a rollover, is created 0600.

    The stock handler opens the fresh file after a rollover with the umask (0644 on most systems)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(fd, 0o600)  # a log an older version wrote with the umask
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


class ScrubbingFormatter(logging.Formatter):
    """Every formatted line, a traceback included, with e-mail addresses replaced: an exception's text
    may quote what a vendor answered about a person ("a candidate with e-mail … exists"). Only e-mails:
    the phone and quote patterns of :func:`scrub` would also eat figures and a traceback's file names."""

    def format(self, record: logging.LogRecord) -> str:
        return _EMAIL.sub("<email>", super().format(record))


def scrub(text: str | None) -> str:
    """``text`` with e-mail addresses, phone numbers and quoted values replaced by placeholders."""
    if not text:
        return ""
    text = _EMAIL.sub("<email>", text)
    text = _PHONE.sub(lambda m: m[0] if _NOT_A_PHONE.fullmatch(m[0]) else "<phone>", text)
    return _QUOTED.sub(r"\1…\1", text)[:500]


def sync_started(account: Any, *, full: bool) -> None:
    log.info(
        "sync start account=%s vendor=%s mode=%s", account.id, account.vendor, "full" if full else "delta"
    )


def sync_finished(account: Any, report: Any, seconds: float) -> None:
    records = sum(report.per_model().values())
    failed = [r for r in report.streams if r.error]
    log.log(
        logging.INFO if not failed else logging.WARNING,
        "sync end account=%s vendor=%s ok=%s streams=%d failed=%d records=%d requests=%d seconds=%.1f",
        account.id,
        account.vendor,
        not failed,
        len(report.streams),
        len(failed),
        records,
        report.requests,
        seconds,
    )
    for result in failed:
        log.warning(
            "sync stream failed account=%s stream=%s error=%s", account.id, result.stream, scrub(result.error)
        )


def sync_crashed(account: Any, exc: BaseException) -> None:
    log.error(
        "sync failed account=%s vendor=%s error=%s: %s",
        account.id,
        account.vendor,
        type(exc).__name__,
        scrub(str(exc)),
    )


def write_done(outcome: Any) -> None:
    level = logging.WARNING if outcome.state == "failed" else logging.INFO
    log.log(
        level,
        "write entry=%s account=%s action=%s state=%s attempts=%s error=%s",
        outcome.entry_id,
        outcome.account_id,
        outcome.action,
        outcome.state,
        outcome.attempts,
        scrub(outcome.error) or "-",
    )
