"""Macedonian long dates: Django's pad the day and capitalise the month ("01 Декември 2026");
Macedonian writes "1 декември 2026". Everything else comes from Django's module."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
