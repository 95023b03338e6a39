"""Analyses above the facade: what codes and words tell about a project as a whole.

Qt-free functions taking a :class:`~qda_app.Project`, like the exporters: the window,
the command line and scripts get the same numbers from them.
"""
