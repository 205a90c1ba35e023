"""Date and number formats where Django's do not fit the site (``FORMAT_MODULE_PATH``).

Without a module of its own, a Romani or Aromanian page would use the settings' defaults
(``N j, Y``, a decimal point): the conventions of neither language. Both are written in North
Macedonia like the languages around them: day, month, year; a decimal comma; a dot between
thousands; weeks that start on Monday. The Macedonian and Albanian modules only correct
Django's long dates; a setting a module leaves out comes from Django's module for the language.
"""
