"""importlib.metadata describes installed distributions; the engine has none (its
modules are built in), so importing this module says so."""

raise ModuleNotFoundError("No module named 'importlib.metadata' (Taskscope has no installed distributions to describe)",
                          name='importlib.metadata')
