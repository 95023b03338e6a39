"""Drag-and-drop formats shared by the transcript (which drags) and the code tree (which drops)."""

SELECTION_MIME = "application/x-kodierwerk-text-selection"
"""A text selection: JSON ``{"document": uuid, "start": int, "end": int, "exact": bool}``
with code-point offsets."""
