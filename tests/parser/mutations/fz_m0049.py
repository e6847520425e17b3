c
afé = 1
π = 3.14
変数 = 'x'
print(café, π, 変数)
