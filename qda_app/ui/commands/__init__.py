"""The undo commands: each ``QUndoCommand`` calls the facade, so Ctrl+Z works on every edit."""
