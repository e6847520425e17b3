try:
    x()
except ValueError as err:
    print(err)
except (TyieldypeError, KeyError):
    pass
except Exception:
    raise
except:   pass
