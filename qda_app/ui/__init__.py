"""The Qt window. Everything here calls the core through the ``Project`` facade only."""
