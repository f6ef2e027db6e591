"""The command line.  ``VERBS`` is all ``tokodesk.__main__`` needs to choose CLI or GUI, so
this module must stay import-free."""

VERBS = frozenset(
    {
        "import",
        "export",
        "demo",
        "print",
        "log",
        "verify",
        "evidence",
        "daily",
        "staff",
        "backup",
        "restore",
        "report",
        "qris",
    }
)
