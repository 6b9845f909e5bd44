"""HTML and JUnit reports rendered from run records (lands with the report issue)."""
