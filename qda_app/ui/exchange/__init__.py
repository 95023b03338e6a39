"""File → Export and the REFI-QDA imports: options, file names, progress, outcome."""
