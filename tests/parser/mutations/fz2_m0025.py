a = 'héllo wörld'
b = '日本語'
c = '😀'
d = 'a\u200bb
e = '\x7f\x80\xa0\xad'
