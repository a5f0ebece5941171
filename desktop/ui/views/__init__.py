"""The main window's parts, one widget family per module."""
