"""eRecruiter (erecruiter.net): connector, mapping, writes and sandbox; facts in VENDOR.md."""
