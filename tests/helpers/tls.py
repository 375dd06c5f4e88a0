"""Self-signed TLS certificates for the loopback test servers."""

from __future__ import annotations

import datetime
import hashlib
import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

from . import ServerUnavailable

SUBJECT_ALT_NAMES = "DNS:localhost,IP:127.0.0.1"


@dataclass(frozen=True)
class SelfSignedCert:
    """A certificate for ``localhost`` / ``127.0.0.1`` and its private key (PEM files)."""

    cert_path: Path
    key_path: Path

    @property
    def der(self) -> bytes:
        return ssl.PEM_cert_to_DER_cert(self.cert_path.read_text())

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the DER certificate, lowercase hex without separators."""
        return hashlib.sha256(self.der).hexdigest()

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts exactly this certificate (hostname checked)."""
        return ssl.create_default_context(cafile=str(self.cert_path))

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(str(self.cert_path), str(self.key_path))
        return ctx


def make_self_signed_cert(directory: Path | str, name: str = "server") -> SelfSignedCert:
    """Write ``NAME.crt``/``NAME.key`` into *directory* (reused when already there)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    cert = SelfSignedCert(directory / f"{name}.crt", directory / f"{name}.key")
    if cert.cert_path.exists() and cert.key_path.exists():
        return cert
    openssl = shutil.which("openssl")
    if openssl:
        _with_openssl(openssl, cert)
    else:
        _with_cryptography(cert)
    cert.key_path.chmod(0o600)
    return cert


def _with_openssl(openssl: str, cert: SelfSignedCert) -> None:
    cmd = [
        openssl, "req", "-x509", "-nodes", "-days", "3650",
        "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-subj", "/CN=localhost",
        "-addext", f"subjectAltName={SUBJECT_ALT_NAMES}",
        "-keyout", str(cert.key_path), "-out", str(cert.cert_path),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"openssl could not make a certificate: {proc.stderr.strip()}")


def _with_cryptography(cert: SelfSignedCert) -> None:
    try:
        import ipaddress

        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError as exc:
        raise ServerUnavailable(
            "neither the openssl program nor the Python 'cryptography' package is "
            "installed: cannot make a TLS certificate"
        ) from exc
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert.key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert.cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
