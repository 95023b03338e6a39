"""The code system: tree, filter, memo, the code picker and the dialogs of code actions."""
