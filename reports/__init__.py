"""Reports rendered from run records: the HTML regression report and JUnit XML of the gates.

Nothing here generates or re-scores: ``reports.sources`` reads run
directories with the harness's pydantic models, the rest computes
movements, parity and views from them and renders ``templates/``.
"""
