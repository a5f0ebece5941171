"""Write actions in the desktop app: forms generated from the connectors' declared actions, sent
through the outbox (``controller``), shown pending until the ATS confirms them (``provider``).

- ``catalog``: which actions a record offers and how a form is laid out (no Qt);
- ``lookups``: choices and pending entries read from the cache (no Qt);
- ``fields``, ``files``, ``screening``: editors by field kind, files with drag and drop, screening
  answers by question format with preconditions;
- ``form``: the form dialog; ``pending``: the pending-writes dialog; ``texts``: translated words.
"""
