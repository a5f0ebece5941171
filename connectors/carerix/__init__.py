"""Carerix: the classic REST API (XML) connector and its sandbox."""
