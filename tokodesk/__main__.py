"""``tokodesk`` with no verb starts the app; ``tokodesk <verb> ...`` runs the command line.

Kept tiny: the GUI path must not import the command line's modules and vice versa, so
start-up stays close to a bare Qt window.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from tokodesk.cli import VERBS

    if args and args[0] in VERBS:
        from tokodesk.cli.main import run

        return run(args)
    from tokodesk.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
