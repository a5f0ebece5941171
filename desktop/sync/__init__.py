"""The sync engine: connector streams into the cache, resumable, with deltas and deletion sweeps."""
