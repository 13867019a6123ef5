"""Data files shipped with the app (style sheet, icon); installed as the package pos_app.resources."""
