"""Parsers that turn the workspace's files into validated model objects, collecting findings."""
