"""The outbox: write actions saved before they are sent, then sent, retried and reconciled (DESIGN §6).

- ``queue``: the durable queue on the ``outbox`` table (statuses, idempotency keys, backoff state);
- ``resolve``: the cache records an action's unified ids name, handed to the connector;
- ``worker``: checks, saves and sends actions and upserts the vendor's answers into the cache;
- ``created``: what "sync only created applications" keeps, from the outbox's record of creations.

Kept free of imports here so the sync engine can use ``created`` without pulling in the worker.
"""
