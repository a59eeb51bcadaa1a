"""Widgets, item models and painting. Knows the model and the service, never a source."""
