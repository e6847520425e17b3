a = 2 ** 100
print(a)
print(a * a)
print(a - 1, -a)
print(3 ** 200)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // 10 ** 20, f % 1000003)
print(len(str(2 ** 10000)))
print((2 ** 64) // 3, (2 ** 64) % 7, -(2 ** 64) // 3)
print(hex(2 ** 70), bin(2 ** 65), oct(2 ** 64))
print(int("123456789012345678901234567890") * 10)
print(2 ** 64 == 18446744073709551616, 2 ** 63 < 2 ** 64, abs(-(10 ** 30)))
