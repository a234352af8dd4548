"""vnadmin.testing (in progress)."""
