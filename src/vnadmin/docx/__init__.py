"""vnadmin.docx (in progress)."""
