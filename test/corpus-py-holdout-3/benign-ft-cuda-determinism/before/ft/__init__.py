"""Fine-tuning utilities."""
