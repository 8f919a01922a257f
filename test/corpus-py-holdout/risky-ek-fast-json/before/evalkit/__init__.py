"""evalkit: lightweight scoring for model outputs."""

__version__ = "0.3.0"
