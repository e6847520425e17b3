"""secrets: tokens and random choices. Taskscope has no access to the host's entropy
from Python code; these draw from random's generator (seeded from the host at start,
with 0 under the virtual clock), which is fine for a playground and wrong for real
secrets."""

import base64
import random as _random
from hmac import compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes",
           "token_hex", "token_urlsafe", "compare_digest"]

SystemRandom = _random.Random
_sysrand = _random

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _random.randrange(exclusive_upper_bound)


def randbits(k):
    return _random.getrandbits(k)


def choice(seq):
    return _random.choice(seq)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _random.getrandbits(nbytes * 8).to_bytes(nbytes, "little") if nbytes else b""


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")
