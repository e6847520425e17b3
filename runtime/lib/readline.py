"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'readline' (Taskscope runs in a sandbox without a terminal)", name="readline")
