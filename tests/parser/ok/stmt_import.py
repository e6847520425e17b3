import a
import a.b.c
import a as b
import a.b as c, d
from a import b
from a import b as c, d
from a.b import (c, d)
from a import (b as c,
    d,)
from . import a
from .. import b
from .a import b
from ...a.b import c
from .... import d
from a import *
from __future__ import annotations
