"""Plain text: read administrative documents into the model and write them back out."""
