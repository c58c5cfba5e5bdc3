"""exportgate: the export-control and anti-distillation gateway for frontier AI model APIs."""

__version__ = "0.1.0"
