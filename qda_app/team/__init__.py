"""Team work: merging coders' project files and measuring how well they agree.

Qt-free; the window and the ``qda`` command call :meth:`Project.merge_from`
and :meth:`Project.agreement`, and render results with
:mod:`.merge_report`, :mod:`.agreement_report` and :mod:`.agreement_export`.
"""
