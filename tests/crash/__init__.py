"""The crash-safety kill harness (docs/CRASH-SAFETY.md): a writer process that is killed with
SIGKILL at random moments, and the checks run on what it leaves behind."""
