"""The built-in checks of the epicrisis checklist, one module per family.

Ids and meanings: shared/spec/checklist.md. Each family module is an entry
point of the ``epicrisis.checks`` group (pyproject.toml); the registry loads
them from there, so importing this package registers nothing and the harness
never imports it by name.
"""
