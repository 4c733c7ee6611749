"""Decision analysis: how robust the ranking is (weight stability, SMAA, break-even, rank reversal, agreement)."""

from tender.analysis.analyze import Analysis, analyze

__all__ = ["Analysis", "analyze"]
