"""The use cases: the only code that reads the workspace, computes, writes files and appends to the audit log."""
