"""Spreadsheet and CSV readers (in) and bid forms and score sheets (out)."""
