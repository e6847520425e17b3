"""importlib.resources reads data files shipped inside packages; the engine's packages
carry no data files, so importing this module says so."""

raise ModuleNotFoundError("importlib.resources is not available in Taskscope: its "
                          "packages carry no data files", name='importlib.resources')
