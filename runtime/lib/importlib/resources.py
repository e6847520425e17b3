"""importlib.resources reads data files shipped inside packages; the engine's packages
carry no data files, so importing this module says so."""

raise ModuleNotFoundError("No module named 'importlib.resources' (Taskscope's packages carry no data files)",
                          name='importlib.resources')
