"""The shop's rules in plain Python: money, tax, pricing and validation. No Qt, no database."""
