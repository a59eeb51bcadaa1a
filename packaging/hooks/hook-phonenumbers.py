# Replaces the contributed hook, which collects every phonenumbers module: the widget parses,
# validates and formats numbers, so it needs the number metadata (phonenumbers.data,
# shortdata), not the geocoder, carrier or time-zone tables (40 MB; bundle_filter.py).
from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: name.split(".")[1:2] not in ([part] for part in _UNUSED),
)
