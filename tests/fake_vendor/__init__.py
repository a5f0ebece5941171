"""Tiny ATS: a fake sixth vendor, one package like ``connectors/<vendor>/``, registered at run time.

``tests/test_sixth_vendor.py`` registers it (``connectors.registry.register``) and runs it through the
sandbox, accounts, sync, export and the account dialog, proving a vendor needs nothing in ``desktop/``.
CONTRIBUTING.md's "Adding a vendor" walks through these files.
"""
