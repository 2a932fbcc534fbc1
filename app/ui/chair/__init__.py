"""The chair's window (评审组长): builds a panel, hands out packages, merges, settles and prints.

Widgets here reach the core only through ``app.services`` (and the pure ``app.review`` helpers the
services hand back); every engine code is worded in ``wording`` / ``wording_errors`` through ``tr``.
"""
