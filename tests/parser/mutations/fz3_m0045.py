while x:
    pass
while x:
    break
else:
    import
for i in range(10):
    continue
for i, j in pa=rs:
    pass