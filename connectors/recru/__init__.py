"""RECRU (RECRU HR): one JSON-RPC endpoint per tenant; the connector, its writes and its sandbox."""
