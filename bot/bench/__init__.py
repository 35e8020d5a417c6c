"""Benchmarks on synthetic knowledge bases: `python -m bot bench` (see `run`)."""
