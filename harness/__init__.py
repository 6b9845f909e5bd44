"""epicrisis-harness core: records, the check registry and engine, configuration, CLI.

Importing this package never imports torch, onnxruntime or any other heavy
library; those are imported inside the functions that need them.
"""

DISTRIBUTION = "epicrisis-harness"


def __getattr__(name: str) -> str:
    # The version is pyproject.toml's, read from the installed metadata (one
    # source); looked up on first use so that importing harness stays cheap.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version(DISTRIBUTION)
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'harness' has no attribute {name!r}")
