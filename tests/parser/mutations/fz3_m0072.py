a = r'raw\n'
b = b'bytes\x00\xff'
c = rb'raw by-es\n'
d = Br'x'
e = u'unicode'
f = R'\d+'
g = BR"\x"
