"""The time zones Kulturhub offers: the Nordic countries' own, and UTC."""

import zoneinfo

TIME_ZONE_CHOICES = [
    ("Europe/Copenhagen", "Europe/Copenhagen"),
    ("Europe/Stockholm", "Europe/Stockholm"),
    ("Europe/Helsinki", "Europe/Helsinki"),
    ("Europe/Oslo", "Europe/Oslo"),
    ("Atlantic/Reykjavik", "Atlantic/Reykjavik"),
    ("Atlantic/Faroe", "Atlantic/Faroe"),
    ("America/Nuuk", "America/Nuuk"),
    ("UTC", "UTC"),
]
assert all(name in zoneinfo.available_timezones() for name, _label in TIME_ZONE_CHOICES)
