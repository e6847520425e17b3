"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'bdb' (Taskscope has no debugger: the interpreter has no trace hook for it to stop a program at)", name="bdb")
