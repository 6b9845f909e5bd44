"""The app layer (harness/app/): the CLI, the pytest plugin."""
