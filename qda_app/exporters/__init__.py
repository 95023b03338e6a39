"""Exporters: everything that leaves the tool is written here, on the core API only.

Conventions every exporter follows (so the CLI and the window drive them alike),
with the helpers in :mod:`qda_app.files`:

* ``progress(done, total)`` is called now and then; it returns ``False`` to
  cancel, and the exporter then raises :class:`~qda_app.files.ExportCancelled`.
* Output goes through :func:`~qda_app.files.atomic_output`: a temporary file in
  the target folder, fsynced, then renamed. A failed or cancelled export leaves
  no half file, and an existing file is only replaced when ``force`` is given.
"""
