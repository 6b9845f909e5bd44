"""The rule engine's checks: case files, catalogues, accuracy, properties, the registry's metadata."""
