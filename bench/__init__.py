"""Benchmarks of the facade against raw httpx and the generated clients: see README.md."""
