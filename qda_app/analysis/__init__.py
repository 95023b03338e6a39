"""Analyses that work on a project from above the facade (Qt-free): each a function that
takes a :class:`~qda_app.Project`, for the command line, the window and scripts alike."""
