"""The project's documents: the list beside the transcript."""
