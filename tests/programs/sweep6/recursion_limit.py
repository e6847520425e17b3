import asyncio, sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

async def adepth(n):
    return 0 if n == 0 else 1 + await adepth(n - 1)

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves

async def main():
    print(depth(500), await adepth(300), len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
    try:
        depth(100000)
    except RecursionError as e:
        print("RecursionError caught")
    def perms(s):
        if len(s) <= 1:
            return [s]
        return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
    print(perms("abc"), len(perms("abcde")))
    memo = {}
    def ways(n):
        if n < 0: return 0
        if n == 0: return 1
        if n not in memo:
            memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
        return memo[n]
    print(ways(50))

asyncio.run(main())
