a = 'a' 'b'
b = ('multi'
     'line')
c = b'x' b'y'
das= u'a' 'b'
e = 'a' u'b'
