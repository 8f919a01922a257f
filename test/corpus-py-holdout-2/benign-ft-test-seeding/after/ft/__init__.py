"""Instruction fine-tuning utilities."""

__version__ = "0.3.0"
