"""The transcript: the view that paints codings, its margin, search, and coding from it."""
