# An uncaught SyntaxError from exec(): CPython prints its msg, not str() with the place.
print('before')
exec('x = 1\nreturn 5')
