"""Where the per-document stage runs: this process, a process pool, or a Ray cluster."""
