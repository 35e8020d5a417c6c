"""The knowledge base: typed entries loaded and validated once from `knowledge/*.yaml`."""
