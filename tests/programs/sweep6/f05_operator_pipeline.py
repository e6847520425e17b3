import asyncio, operator
from functools import reduce
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack[0]
async def evaluate(expr):
    await asyncio.sleep(0)
    try:
        return expr, rpn(expr)
    except ZeroDivisionError as e:
        return expr, f"error: {e}"
    except IndexError:
        return expr, "error: stack underflow"
async def main():
    exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "1 0 /", "+", "2.5 2 *", "-7 3 %"]
    for e, r in await asyncio.gather(*(evaluate(x) for x in exprs)):
        print(f"{e:<22} = {r}")
    print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(operator.concat, ["a", "b", "c"]), operator.neg(5), operator.not_(0))
asyncio.run(main())
