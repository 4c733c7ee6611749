"""Scoring: pure functions from the validated model to the Evaluation result."""

from tender.scoring.evaluate import evaluate

__all__ = ["evaluate"]
