"""Candidates' files offline (issue 18.1): downloaded after a sync, kept in the data folder, their text
searchable. ``download`` fetches and stores, ``text`` reads the words out of a file, ``files`` keeps
them on disk and answers where a record's file is."""

#: The account option bounding the bytes of files kept per account, in megabytes (``accounts edit
#: --attachments-cap``); kept here, light, so the command line can name it without importing HTTP.
CAP_OPTION = "attachments_cap_mb"
DEFAULT_CAP_MB = 500
