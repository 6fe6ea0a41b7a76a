"""Kept for imports: the merges listing and ``unmerge`` live in :mod:`diplograph.graph.resolve.merges`."""
from diplograph.graph.resolve.merges import MERGE_COLUMNS, list_merges, unmerge

__all__ = ["MERGE_COLUMNS", "list_merges", "unmerge"]
