"""training/: the dataset, settings, devices, LoRA, micro and GGUF bases, pretraining, the ledger."""
