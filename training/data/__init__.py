"""The clinical dataset: a synthetic generator of realistic inpatient
epicrisis, preparation of users' JSONL files for training, and a mutation
corpus that measures the rule engine.

Nothing here is imported by the harness core; the CLI imports these modules
inside its commands.
"""
