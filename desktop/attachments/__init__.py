"""Candidates' files offline (issue 18.1): downloaded after a sync, kept inside the cache (encrypted
with it), their text searchable. ``download`` fetches and stores, ``text`` reads the words out of a
file, ``files`` reads the kept bytes, answers where a record's file stands and writes the private
copies handed to the system's viewer."""

#: The account option bounding the bytes of files kept per account, in megabytes (``accounts edit
#: --attachments-cap``); kept here, light, so the command line can name it without importing HTTP.
CAP_OPTION = "attachments_cap_mb"
DEFAULT_CAP_MB = 500
