"""The offline exchange files between the chair and the reviewers (no Qt, no database).

``package_format`` describes the reviewer package (chair → reviewer), ``reviewer_file`` the reviewer
file (reviewer → chair) and its HMAC, ``safe_zip`` how an archive from a USB stick is read without
trusting it, ``safe_names`` the one rule for names from files that reach a path. The services in
``app.services.packages``, ``workspace`` and ``merge`` use them. Formats: docs/exchange-formats.md.
"""
