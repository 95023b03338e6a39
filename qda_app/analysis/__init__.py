"""Analyses above the facade: search hits to code, what codes and words tell about a project.

Qt-free functions taking a :class:`~qda_app.Project`, like the exporters: the window,
the command line and scripts get the same results from them.
"""
