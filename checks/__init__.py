"""The built-in checks of the epicrisis checklist, one module per family.

Ids and meanings: shared/spec/checklist.md. Importing this package registers
every check with the harness registry.
"""

from checks import cln, cod, dem, fmt, hal, rep  # noqa: F401  (registration)
