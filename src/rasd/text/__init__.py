"""Arabic text core: normalization with offset maps, segmentation, clitic-aware lexicon matching, numbers."""
