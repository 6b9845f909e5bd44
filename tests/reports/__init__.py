"""reports/: the HTML report, also in a real browser."""
