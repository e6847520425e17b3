import asyncio
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
async def row_task(a, b, i):
    await asyncio.sleep(0.01 * i)
    return i, [sum(x * y for x, y in zip(a[i], col)) for col in zip(*b)]
async def main():
    a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
    b = [[1, 0, 0], [0, 2, 0], [0, 0, 3]]
    rows = await asyncio.gather(*(row_task(a, b, i) for i in range(3)))
    print(dict(rows) == dict(enumerate(matmul(a, b))), matmul(a, b))
    print(transpose(a), det(a), det(b))
    for r in matmul(a, a):
        print(" ".join(f"{v:5d}" for v in r))
    ident = [[int(i == j) for j in range(3)] for i in range(3)]
    print(matmul(a, ident) == a, [[round(v / 3, 2) for v in r] for r in a])
asyncio.run(main())
