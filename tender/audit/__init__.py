"""The audit trail: the hash-chained log, the seals of the two-envelope procedure, verification."""
