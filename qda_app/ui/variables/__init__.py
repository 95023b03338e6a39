"""Document variables in the window: the spreadsheet-like table, its import preview."""
