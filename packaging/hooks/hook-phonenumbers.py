"""PyInstaller hook for phonenumbers: its number data, without place names, carriers and zones.

Replaces the community hook, which collects every submodule: the geocoder's place names
alone are 40 MB. Seller Desk parses and formats numbers (WhatsApp links) and needs only
the metadata in ``phonenumbers.data`` and ``phonenumbers.shortdata``. The spec also lists
the three left-out packages in ``excludes``; remove both if the geocoder is ever used.
"""

from PyInstaller.utils.hooks import collect_submodules

LEFT_OUT = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers",
                                   filter=lambda name: not name.startswith(LEFT_OUT))
