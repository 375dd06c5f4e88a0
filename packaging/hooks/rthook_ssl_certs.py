"""PyInstaller runtime hook: make sure TLS can check mail servers' certificates.

The bundled OpenSSL looks for trusted certificate authorities where the build machine
keeps them (Debian: /usr/lib/ssl/cert.pem). Other Linux systems keep them elsewhere, and
on macOS OpenSSL never reads the Keychain. Before the app starts, point ``SSL_CERT_FILE``
at the system's own bundle when the default place has none, and at the bundled certifi
list when the system has no bundle at all (always on macOS). Windows needs nothing: Python
reads the Windows certificate store. A user's own SSL_CERT_FILE/SSL_CERT_DIR always wins.
"""

import os
import sys

# where Linux systems keep the PEM bundle, the build machine's default first
_SYSTEM_BUNDLES = (
    "/usr/lib/ssl/cert.pem",  # Debian and Ubuntu's OpenSSL default
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, Arch, the BSDs
)


def _choose_ca_bundle() -> None:
    if os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"):
        return
    if sys.platform.startswith("win"):
        return
    if sys.platform != "darwin":
        for candidate in _SYSTEM_BUNDLES:
            if os.path.isfile(candidate):
                if candidate != _SYSTEM_BUNDLES[0]:
                    os.environ["SSL_CERT_FILE"] = candidate
                return
    bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "certifi", "cacert.pem")
    if os.path.isfile(bundled):
        os.environ["SSL_CERT_FILE"] = bundled


_choose_ca_bundle()
