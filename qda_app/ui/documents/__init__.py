"""The project's documents: the list beside the transcript, and importing new ones."""
