import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.punctuation, string.hexdigits, string.octdigits)
print(string.capwords("hello   world  again"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(repr(string.whitespace))
