"""The desktop window (PySide6 on the asyncio loop via qasync): the only package that imports Qt.

Data flows one way into it: cache → ``desktop.queries``/``desktop.search`` → Qt models → views.
Background work (sync, keyring, account changes) runs as asyncio tasks on the Qt loop or in threads;
the UI thread only reads the cache with short indexed queries.
"""
