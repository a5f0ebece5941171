"""CareerPlug: connector declaration, mapping, and its sandbox."""
