a = 'a' 'b'
b = ('multi'
     'line')
c = b'x' b'y'
d = u'a' 'b'
e = 'a' u'b'