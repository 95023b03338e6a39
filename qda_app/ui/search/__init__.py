"""The Search pane: find text in all documents, and code every hit (autocode)."""
