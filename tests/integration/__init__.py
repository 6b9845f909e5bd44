"""The whole thing run as users run it: the pipeline end to end, every door's
one verdict, the CLI fuzzed, promotions killed, the wheel installed."""
