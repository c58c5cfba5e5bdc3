"""``python -m exportgate.cli``: the ``exportgate`` command."""

from exportgate.cli import main

main()
