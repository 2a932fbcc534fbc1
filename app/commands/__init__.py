"""Sub-commands of ``dossier-panel``, one module per area; each has ``add_commands(subparsers)``."""
