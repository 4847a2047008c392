"""The domain layer: one package per domain over a shared floor.

Floor: :mod:`matcher.errors`, :mod:`matcher.ids`, :mod:`matcher.access`, :mod:`matcher.db`,
:mod:`matcher.csvio`. Domains (each a pure ``model``, its ``store``, its ``service`` and its
face): :mod:`matcher.profiles`, :mod:`matcher.matching`, :mod:`matcher.trust`,
:mod:`matcher.equity`, :mod:`matcher.events`, :mod:`matcher.loop`, :mod:`matcher.privacy`,
:mod:`matcher.security`. :mod:`matcher.schema` orders their migrations and
:mod:`matcher.community` wires their services over one database.
"""
