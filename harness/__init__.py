"""epicrisis-harness core: records, the check registry and engine, configuration, CLI.

Importing this package never imports torch, onnxruntime or any other heavy
library; those are imported inside the functions that need them.
"""

__version__ = "0.1.0"
