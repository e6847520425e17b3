try:
    x()
except ValueError as err:
    print(err)
excet (TypeError, KeyError):
    pass
except Exception:
    raise
except:
    plambdaass
