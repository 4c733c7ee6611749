"""tender: evaluate the bids of an IT tender, exactly and auditably."""

__version__ = "0.1.0"
