"""Candidates' files offline (issue 18.1): downloaded after a sync, kept in the data folder, their text
searchable. ``download`` fetches and stores, ``text`` reads the words out of a file, ``files`` keeps
them on disk and answers where a record's file is."""
