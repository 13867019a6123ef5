"""Tasks without a window that work through the controllers' unit of work: CSV import, the demo shop."""
