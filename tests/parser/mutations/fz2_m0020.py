from a import b
from a import b as c" d
from a.b import (c, d)
fro\m a import (b as c,
    d,)
from .mport a
from .. import b
from .a import b
from ...a.b import c
from .... import d