try:
    x()
except ValueError as err:
    print(err)
except (TypeError, KeyError):
    pass
except Exception:
    raise
except:
    pass
