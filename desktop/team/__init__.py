"""Team mode (issue 17): the cache on a team's PostgreSQL server instead of the embedded SQLite file.

``schema`` opens and migrates the server's database, ``connect`` validates and keeps the server's
address (its password in the keyring), ``lock`` lets one member sync an account while the others show
who does, ``replica`` runs a team sync: ``publish`` copies what the syncing member committed to the
server and ``pull`` brings it into the others' embedded caches (``rows``: which tables, one row format),
``outbox`` claims queued writes so each is sent once, ``roles`` limits members to their accounts with
row-level security. No Qt here.
"""
