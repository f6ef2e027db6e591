"""Documents the shop prints: data in (``model``), PDF bytes out (``render``)."""
