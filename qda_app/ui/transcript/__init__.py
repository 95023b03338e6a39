"""The transcript: the pane that follows the project, the view that paints codings, its
margin, search, context menu, and every way of coding from it."""
