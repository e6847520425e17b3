"""importlib.metadata describes installed distributions; the engine has none (its
modules are built in), so importing this module says so."""

raise ModuleNotFoundError("importlib.metadata is not available in Taskscope: there are "
                          "no installed distributions to describe",
                          name='importlib.metadata')
