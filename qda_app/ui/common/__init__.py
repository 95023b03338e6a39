"""What every part of the window shares: the change hub, the error box, small dialogs, progress."""
