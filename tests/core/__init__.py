"""The core (harness/ outside harness/app/): engine, registry, evaluation, stats, gates, baselines, import contract."""
