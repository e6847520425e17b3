s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize())
print("éàü".upper(), "ÀÉÎ".lower(), "ñandú".title())
print(s.casefold(), "abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace())
print("Title Case".istitle(), "UPPER".isupper(), "lower".islower(), "x".isidentifier())
