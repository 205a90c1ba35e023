"""Albanian long dates: Django's pad the day and capitalise the month ("01 Dhjetor 2026");
Albanian writes "1 dhjetor 2026". Everything else comes from Django's module."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
MONTH_DAY_FORMAT = "j E"
