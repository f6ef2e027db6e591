"""The frozen app's entry point (PyInstaller): the same ``tokodesk`` program."""

import sys

from tokodesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
