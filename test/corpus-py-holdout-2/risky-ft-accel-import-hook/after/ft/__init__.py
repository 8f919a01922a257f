"""Instruction fine-tuning utilities."""

__version__ = "0.3.0"

from ft import _accel

_accel.install()
