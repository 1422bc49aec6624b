"""actorgraph: sourced maps of armed groups and political actors from reports."""

__version__ = "0.1.0"
