"""python -m diplograph.graph — the same as the diplograph command."""
from diplograph.graph.cli import main

main()
