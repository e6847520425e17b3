def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
      return "lookup: " + type(e).__name__
 except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), TypeError()]:
    print(classify(exc))
