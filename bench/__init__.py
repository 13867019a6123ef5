"""pos_app's benchmark suite: each hot path timed against plain sqlite3 doing the same work.

One command runs it all (`python -m bench --size small|full`, or `python bench/run.py`); see
run.py for the steps and README.md ("Benchmarks") for what it writes.
"""
