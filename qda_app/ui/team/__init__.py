"""Team work in the window: merging coders' project files, after a preview."""
