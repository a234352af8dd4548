"""vnadmin.rules (in progress)."""
