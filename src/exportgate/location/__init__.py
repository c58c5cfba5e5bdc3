"""exportgate.location: IP address -> country, region, network type (Tor, VPN, datacenter), owner.

Offline: registry country data from the ``iptocc`` wheel, the Tor/VPN/datacenter range lists
shipped in ``data/network`` (dated, with sources), and optional operator .mmdb files that take
precedence (``EXPORTGATE_GEOIP_MMDB``). See ``docs/location.md``.
"""

from exportgate.location.addresses import LocateError
from exportgate.location.locator import (
    LocationReport,
    Locator,
    default_locator,
    load_locator,
    locator_from_config,
)

__all__ = [
    "LocateError",
    "LocationReport",
    "Locator",
    "default_locator",
    "load_locator",
    "locator_from_config",
]
