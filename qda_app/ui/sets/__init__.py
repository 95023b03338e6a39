"""Document sets in the window: the Sets panel, the activation, the documents box."""
