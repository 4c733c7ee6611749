"""Renderers: one module per output format, each reading only the Evaluation result."""
