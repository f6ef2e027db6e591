"""TokoDesk: the order desk for small Indonesian shops."""

__version__ = "0.1.0"
APP_NAME = "TokoDesk"
