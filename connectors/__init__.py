"""Everything that knows an ATS: the unified model, the HTTP layer, connector declarations and sandboxes.

Nothing in this package imports Qt or ``desktop``.
"""
