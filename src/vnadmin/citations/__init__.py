"""vnadmin.citations (in progress)."""
