"""Retrieved segments: the codings of the codes activated in the code system."""
