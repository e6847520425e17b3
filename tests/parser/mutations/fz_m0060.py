café =π = 3.14
変数 else= 'x'
print(café, π, 変数)
