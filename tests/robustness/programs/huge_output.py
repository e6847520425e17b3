# A lot of output (900 kB) must all come out, in order; the page truncates with a notice.
line = "x" * 99
for i in range(9_000):
    print(line)
print("end")
