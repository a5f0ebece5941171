"""What a connector declares (streams, settings, auth, guides) and the reader that runs it."""

from connectors.base.connector import Connector
from connectors.base.declarations import (
    AnyStream,
    Guide,
    Incremental,
    MapContext,
    Rec,
    Routes,
    Scope,
    SettingField,
    StaticStream,
    Stream,
    SubRequest,
)
from connectors.base.reader import Batch, read_stream

__all__ = [
    "AnyStream",
    "Batch",
    "Connector",
    "Guide",
    "Incremental",
    "MapContext",
    "Rec",
    "Routes",
    "Scope",
    "SettingField",
    "StaticStream",
    "Stream",
    "SubRequest",
    "read_stream",
]
