"""The ``qda`` command line. Each ``commands_*.py`` module adds its subcommands."""
