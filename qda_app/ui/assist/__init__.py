"""The Assist pane: more like this, suggested codes and the consistency check, computed
on this computer (the core is :mod:`qda_app.assist`)."""
