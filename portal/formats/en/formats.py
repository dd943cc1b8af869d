"""English dates as the network's European readers write them: 20 March 2024, not March 20, 2024."""

DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "j M Y"
MONTH_DAY_FORMAT = "j F"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
