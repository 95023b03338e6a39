"""Team work: merging coders' project files and measuring how well they agree.

Qt-free and above the facade: the window and the ``qda`` command call
:func:`.merge.merge_into` / :func:`.merge.merge_files` and
:func:`.agreement_input.measure_agreement`, and render results with
:mod:`.merge_report`, :mod:`.agreement_report` and :mod:`.agreement_export`.
"""
