# sys.version_info as the named tuple CPython has. runtime/py/mod_sys.c takes `result`
# from this module when the interpreter starts (and drops the module from sys.modules):
# being an embedded module it is precompiled, so starting compiles nothing.
class version_info(tuple):
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ('sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, '
                'serial=%r)' % tuple(self))


version_info.__module__ = 'sys'
result = version_info((3, 11, 7, 'final', 0))
