"""datatool: small utilities for inspecting line-oriented data files."""

__version__ = "1.2.0"
