"""Dataset preparation, synthetic data and SFT (lands with the dataset and training issues)."""
