"""vnadmin.xml (in progress)."""
