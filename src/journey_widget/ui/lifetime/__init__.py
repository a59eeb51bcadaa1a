"""How windows and their tasks live and die: owners, task slots, the GUI-thread collector,
work after the first paint."""
