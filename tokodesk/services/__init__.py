"""Use cases.  Each takes a Session, never commits (the caller owns the transaction), checks
the rules, and returns plain values (never live ORM objects) that are safe to hand to the UI
thread."""
