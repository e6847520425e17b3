for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration,
            KeyboardInterrupt, SystemExit, RecursionError, ModuleNotFoundError, UnboundLocalError,
            NotImplementedError, TimeoutError, ExceptionGroup]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
