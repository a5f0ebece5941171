"""The GDPR duties of a recruiter's laptop (issue 15): forget a person, answer an access request,
keep deleted records' personal fields no longer than needed, flag candidates due for review.

No Qt here: the CLI (``desktop/cli/privacy.py``) and the window (``desktop/ui``) both call these."""
