"""Keeps secrets out of every log line, exception and report.

Secret values register themselves here as soon as they are loaded; ``redact`` replaces them (and
well-known secret-bearing query parameters and headers) with ``***``. A logging filter applies the
same to every record of the app's loggers.
"""

from __future__ import annotations

import logging
import re
import threading

_lock = threading.Lock()
_secrets: set[str] = set()

# Query parameters and headers that carry credentials at some vendor (CareerPlug's access_token, ...).
_SECRET_PARAM = re.compile(
    r"((?:access_token|client_secret|api_key|apikey|token|password|refresh_token|code)=)[^&\s'\"]+",
    re.IGNORECASE,
)
_SECRET_HEADER = re.compile(
    r"((?:authorization|x-smarttoken|x-api-key|api-key)['\"]?\s*[:=]\s*['\"]?)(?:bearer\s+|basic\s+)?[^\s'\",}]+",
    re.IGNORECASE,
)


def register_secret(value: str | None) -> None:
    """Remember a secret value so it is masked wherever it shows up. Short values are not masked
    (masking "1" would wreck every message) and are rejected as credentials elsewhere."""
    if value and len(value) >= 6:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """``text`` with every known secret and credential-looking parameter replaced by ``***``."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for value in secrets:
        if value in text:
            text = text.replace(value, "***")
    text = _SECRET_PARAM.sub(r"\1***", text)
    return _SECRET_HEADER.sub(r"\1***", text)


class RedactingFilter(logging.Filter):
    """Formats the record's message once and masks secrets in it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True
