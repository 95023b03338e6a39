"""Memos in the window: the editor, the memo manager, memos in the text."""
