"""The widgets: screens, dialogs and Qt models. Only this package imports QtWidgets."""
