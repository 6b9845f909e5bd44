"""The application layer: the CLI, the pipeline, the pytest plugin and the
text renderer. The only place that imports training/, export/ and reports/
together; the core (harness/ outside this folder) never imports it."""
