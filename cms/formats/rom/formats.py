"""Romani date and number formats, in the order and punctuation of North Macedonia's languages.

The long forms use ``E``, the month's name as it stands in a date ("1 dekembri 2026").
"""

from cms.formats.shared import *  # noqa: F403 (one set of conventions for both languages)
