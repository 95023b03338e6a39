"""The Qt window. Everything here calls the core through the ``Project`` facade only.

The shell sits at this level: ``app`` starts the window, ``main_window`` builds the
features and docks and wires them, ``menus`` arranges the entries, ``settings``
remembers, and ``workbench`` is the context each feature gets instead of the main
window. Each feature is a package (``transcript``, ``documents``, ``codes``,
``retrieval``, ``analysis``, ``team``, ``exchange``); ``commands`` holds the undo
commands and ``common`` what they all share.
"""
