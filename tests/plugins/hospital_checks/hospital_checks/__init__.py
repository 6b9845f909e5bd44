"""A hospital's own epicrisis checks (family HSP), registered with
epicrisis-harness through the ``epicrisis.checks`` entry point group."""
